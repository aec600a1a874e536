"""The E2B provider: the control plane (api.e2b.app) and envd inside each sandbox.

Control-plane requests are built by the generated client (`sandboxer._generated.e2b_api`). envd serves
files over REST (streamed here with httpx, so big files never sit in memory) and processes and the
filesystem over Connect-RPC (`_transport/_async/connect.py`). One pooled transport carries both.
"""

from __future__ import annotations

import io
import os
import posixpath
import shlex
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

import httpx

from ..._async.base import AsyncProviderBase, AsyncRunningFromInfo, AsyncWatcher
from ..._concurrency import AsyncBackground, ainvoke, unwrapped
from ..._generated.e2b_api import models  # each model imported on first use
from ..._transport._async.connect import AsyncConnectClient, AsyncConnectStream
from ..._transport._async.http import AsyncProviderTransport, client_timeout, send_endpoint
from ..._transport.endpoint import LazyEndpoint
from ..._transport.errors import json_answer
from ..._transport.retry import RETRY_ON
from ...config import ProviderConfig
from ...errors import (
    CommandTimeoutError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    NotSupportedError,
    ProviderError,
    SandboxerError,
    SandboxerTimeoutError,
)
from ...types import (
    CommandResult,
    CreatePTYRequest,
    CreateSandboxRequest,
    FileInfo,
    ListSandboxesFilter,
    ProcessInfo,
    PTYInfo,
    RunCommandRequest,
    SandboxInfo,
    StartCommandRequest,
    WatchEvent,
)
from .. import e2b_shapes as shapes
from .. import managed
from .. import shell_scripts as scripts
from ..arguments import (
    as_bytes,
    check_mode,
    check_path,
    check_port,
    check_removable,
    check_sandbox_id,
    check_seconds,
    check_terminal_size,
    wanted_metadata,
)
from ..e2b_shapes import FILESYSTEM, NAME, PROCESS
from ..exit_status import timed_out
from ..multipart import MultipartFile
from .uploads import download_to, multipart_body, upload_from

# The generated endpoints this adapter calls, each imported on its first call (issue 21).
_SANDBOXES = "e2b_api.api.sandboxes"
delete_sandboxes_sandbox_id = LazyEndpoint(_SANDBOXES, "delete_sandboxes_sandbox_id")
get_sandboxes_sandbox_id = LazyEndpoint(_SANDBOXES, "get_sandboxes_sandbox_id")
get_v2_sandboxes = LazyEndpoint(_SANDBOXES, "get_v2_sandboxes")
post_sandboxes = LazyEndpoint(_SANDBOXES, "post_sandboxes")
post_sandboxes_sandbox_id_connect = LazyEndpoint(_SANDBOXES, "post_sandboxes_sandbox_id_connect")
post_sandboxes_sandbox_id_pause = LazyEndpoint(_SANDBOXES, "post_sandboxes_sandbox_id_pause")
post_sandboxes_sandbox_id_timeout = LazyEndpoint(_SANDBOXES, "post_sandboxes_sandbox_id_timeout")

_PAGE = 100  # the most GET /v2/sandboxes answers per page
# How often envd is asked to send a keepalive on a watch stream: also how soon a sync watcher's
# thread notices stop().
_WATCH_KEEPALIVE = 2.0


class _Process:
    """A process started through this sandbox object, its events pumped in the background."""

    def __init__(
        self, stream: AsyncConnectStream, callbacks: dict[str, Any], stdin: bool, *, timed: bool = False
    ) -> None:
        self.stream = stream
        self.callbacks = callbacks  # "stdout" / "stderr" -> text callback; "pty" -> bytes callback
        self.stdin = stdin
        self.output = shapes.ProcessOutput(watch_marker=timed)  # timed: our watchdog's marker
        self.started = time.monotonic()
        self.pump: AsyncBackground | None = None
        self.rows = 0
        self.cols = 0

    @property
    def pid(self) -> int:
        return self.output.pid or 0

    def reader(self) -> AsyncBackground:
        """What reads the stream: every process handed out is being read (_start: start_pump)."""
        if self.pump is None:
            raise SandboxerError(f"process {self.pid}: its output is not being read")
        return self.pump


def _fold(process: _Process, message: dict[str, Any]) -> list[tuple[str, Any]]:
    """What one stream message delivers; a message of the wrong shape is the provider's error,
    named by the stream's request id."""
    try:
        return process.output.feed(message)
    except (TypeError, ValueError, AttributeError) as exc:  # (binascii.Error is a ValueError)
        raise ProviderError(
            NAME, f"malformed process event {message!r:.200}: {exc}", request_id=process.stream.request_id
        ) from exc


async def _consume(process: _Process, *, until_start: bool = False) -> None:
    """Fold the stream's messages into `process.output`, handing output to callbacks in order.

    With `until_start`, return once the pid is known (the stream stays open for the rest). On any
    failure (a callback's too) the stream is closed.
    """
    try:
        async for message in process.stream:
            for stream, data in _fold(process, message):
                if process.callbacks.get(stream) is not None:
                    await ainvoke(process.callbacks[stream], data)
            if until_start and process.output.pid is not None:
                return
        for stream, text in process.output.flush():
            if process.callbacks.get(stream) is not None:
                await ainvoke(process.callbacks[stream], text)
    except BaseException:
        await process.stream.aclose()
        raise
    if process.output.end is None:
        raise ProviderError(NAME, f"the stream of process {process.pid} ended without its exit status")


def _dangling(entry: dict[str, Any]) -> bool:
    """A symlink that leads nowhere (or round in a loop): envd names the link itself as its target
    when it cannot resolve it (shared/pkg/filesystem/entry.go:50-53, 114-122)."""
    target = entry.get("symlinkTarget")
    return isinstance(target, str) and bool(target) and target == entry.get("path")


class AsyncE2BWatcher(AsyncWatcher):
    def __init__(self, stream: AsyncConnectStream, root: str, on_event: Callable[[WatchEvent], Any]) -> None:
        self._stream = stream
        self._root = root
        self._on_event = on_event
        self._stopped = False
        self.error: BaseException | None = None  # why watching ended early, if it did
        self._loop = AsyncBackground(self._run, name="sandboxer-e2b-watch")

    async def _run(self) -> None:
        try:
            async for message in self._stream:
                if self._stopped:
                    return
                event = shapes.watch_event(message.get("filesystem") or {}, self._root)
                if event is not None:
                    await ainvoke(self._on_event, event)
        except SandboxerError as exc:
            if not self._stopped:
                self.error = unwrapped(exc)
        except Exception as exc:  # the callback's own failure ends watching; kept for the caller
            self.error = unwrapped(exc)
        finally:
            await self._stream.aclose()

    async def stop(self) -> None:
        """Stop watching and close the stream; no event is delivered after this returns (also
        when called from inside on_event)."""
        self._stopped = True
        await self._loop.stop(self._stream.aclose)


class AsyncE2BSandbox(AsyncRunningFromInfo):
    provider_name = NAME
    features = frozenset({"stream_output", "pty_output"})

    def __init__(
        self,
        provider: AsyncE2BProvider,
        sandbox_id: str,
        access_token: str | None,
        lifetime: int = shapes.DEFAULT_LIFETIME,
        domain: str | None = None,
        envd_version: tuple[int, ...] | None = None,
    ) -> None:
        self._provider = provider
        self._id = sandbox_id
        self._lifetime = lifetime
        self._envd_version = envd_version
        # A sandbox record may name its own domain; envd and its ports live there.
        self._domain = domain or provider.settings.domain
        self._envd_url = f"https://{shapes.ENVD_PORT}-{sandbox_id}.{self._domain}"
        self._rpc = AsyncConnectClient(
            provider.envd_http,
            NAME,
            self._envd_url,
            headers={"X-Access-Token": access_token} if access_token else {},
        )
        self._envd_headers = dict(self._rpc.headers)
        # Who calls run as when a request names nobody (None: the template's default user).
        self._default_user = shapes.call_user(provider.settings.user, envd_version)
        self._user = shapes.basic_user(self._default_user)
        self._processes: dict[int, _Process] = {}
        self._ptys: dict[int, _Process] = {}
        self._workdir: str | None = None  # where a command without cwd starts (relative paths' base)

    @property
    def id(self) -> str:
        return self._id

    # --- lifecycle ----------------------------------------------------------------------------

    async def info(self) -> SandboxInfo:
        record = await self._provider.record(get_sandboxes_sandbox_id, sandbox_id=self._id)
        return shapes.sandbox_info(record)

    async def pause(self) -> None:
        await self._provider.call(post_sandboxes_sandbox_id_pause, sandbox_id=self._id)

    async def resume(self) -> None:
        # /connect resumes a paused sandbox (and only extends a running one's lifetime).
        record = await self._provider.record(
            post_sandboxes_sandbox_id_connect,
            sandbox_id=self._id,
            body=models.ConnectSandbox(timeout=self._lifetime),
        )
        token = record.get("envdAccessToken")
        if token:
            self._rpc.headers["X-Access-Token"] = token
            self._envd_headers["X-Access-Token"] = token

    async def kill(self) -> None:
        try:
            await self._provider.kill_sandbox(self._id)
        finally:
            for process in [*self._processes.values(), *self._ptys.values()]:
                await self._provider.stop_pump(process)
            self._processes.clear()
            self._ptys.clear()

    async def port_url(self, port: int) -> str:
        check_port(port)
        return f"https://{port}-{self._id}.{self._domain}"

    async def set_timeout(self, seconds: float) -> None:
        check_seconds(seconds, "set_timeout")
        self._lifetime = shapes.lifetime(seconds)
        await self._provider.call(
            post_sandboxes_sandbox_id_timeout,
            sandbox_id=self._id,
            body=models.SandboxTimeoutRequest(timeout=self._lifetime),
        )

    # --- commands -----------------------------------------------------------------------------

    def _start_stream(
        self,
        config: dict[str, Any],
        *,
        user: str | None,
        stdin: bool = False,
        pty: tuple[int, int] | None = None,
        timeout: float | None = None,
    ) -> AsyncConnectStream:
        message: dict[str, Any] = {"process": config, "stdin": stdin}
        if pty is not None:
            message["pty"] = {"size": {"cols": pty[1], "rows": pty[0]}}
        return self._rpc.stream(
            f"{PROCESS}/Start",
            message,
            timeout=timeout,
            headers=shapes.basic_user(user or self._default_user),
        )

    async def _start(self, stream: AsyncConnectStream, callbacks: dict[str, Any], stdin: bool) -> _Process:
        """Read up to the start event (the pid), then pump the rest beside the caller."""
        process = _Process(stream, callbacks, stdin)
        await _consume(process, until_start=True)
        if process.output.pid is None:
            raise ProviderError(NAME, "the process stream ended before the process started")
        self._provider.start_pump(process)
        return process

    async def _signal(self, pid: int, name: str = "SIGNAL_SIGKILL") -> None:
        await self._rpc.unary(f"{PROCESS}/SendSignal", {**shapes.selector(pid), "signal": name})

    async def run_command(
        self, req: RunCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> CommandResult:
        """A timeout is kept inside the sandbox by our watchdog (TERM, then KILL, to the command's
        whole tree; its marker ends stderr): envd's own deadline kills only the process it started
        (process/start.go:39-44: SIGKILL to one pid), leaving the command's children running. The
        call's deadline, a little later, is the backstop."""
        if not isinstance(req, RunCommandRequest):
            raise InvalidRequestError("run_command takes a RunCommandRequest")
        timeout = req.timeout_seconds
        cmd = req.cmd if timeout is None else shapes.watched(req.cmd, timeout)
        config = shapes.process_config(cmd, req.env, req.cwd)
        deadline = None if timeout is None else timeout + shapes.TIMEOUT_BACKSTOP
        stream = self._start_stream(config, user=req.user, timeout=deadline)
        callbacks = {"stdout": on_stdout, "stderr": on_stderr}
        process = _Process(stream, callbacks, stdin=False, timed=timeout is not None)
        try:
            await _consume(process)
        except SandboxerTimeoutError as exc:
            if timeout is None:
                raise
            # The backstop: the watchdog did not end it in time. envd kills its one process at
            # the call's deadline: the rest of the tree is ended here.
            if process.output.pid is not None:
                try:
                    await self._kill_tree(process.pid)
                except NotFoundError:
                    pass
            raise self._timed_out(process, timeout) from exc
        finally:
            await stream.aclose()
        if timeout is not None and process.output.timed_out:  # (only a timed command is watched)
            raise self._timed_out(process, timeout)
        return process.output.result(int((time.monotonic() - process.started) * 1000))

    @staticmethod
    def _timed_out(process: _Process, timeout: float) -> CommandTimeoutError:
        return timed_out(
            NAME, timeout, process.output.result(int((time.monotonic() - process.started) * 1000))
        )

    async def _kill_tree(self, pid: int) -> None:
        """Kill a process with everything it started: envd's SendSignal reaches only the pid
        (process/handler.go:463-481), and a killed shell's children would run on. Run as root, so
        a command of any user can be ended; 21: no such process."""
        line = shapes.script_command(scripts.KILL_TREE, str(pid))
        result = await self.run_command(RunCommandRequest(line, user="root"))
        scripts.check_exit(NAME, result.exit_code, "kill_process", str(pid), result.stderr)

    async def start_command(
        self, req: StartCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> tuple[int, str]:
        if not isinstance(req, StartCommandRequest):
            raise InvalidRequestError("start_command takes a StartCommandRequest")
        config = shapes.process_config(req.cmd, req.env, req.cwd)
        stream = self._start_stream(config, user=req.user, stdin=req.stdin)
        process = await self._start(stream, {"stdout": on_stdout, "stderr": on_stderr}, req.stdin)
        self._processes[process.pid] = process
        return process.pid, str(process.pid)

    async def wait_for_handle(self, handle_id: str) -> CommandResult:
        try:
            pid = shapes.check_pid(int(handle_id))
        except (TypeError, ValueError):
            raise NotFoundError(NAME, f"no command handle {handle_id!r}") from None
        process = self._processes.pop(pid, None)
        if process is None:
            # Started elsewhere (another client, an earlier session): attach to its output.
            stream = self._rpc.stream(f"{PROCESS}/Connect", shapes.selector(pid))
            process = _Process(stream, {}, stdin=False)
            await _consume(process)
        else:
            await process.reader().join()
        return process.output.result(int((time.monotonic() - process.started) * 1000))

    def _with_stdin(self, pid: int) -> int:
        process = self._processes.get(shapes.check_pid(pid))
        if process is not None and not process.stdin:
            raise InvalidRequestError(f"command {pid} was started without stdin=True")
        return pid

    async def send_stdin(self, pid: int, data: bytes | str) -> None:
        payload = as_bytes(data)
        await self._rpc.unary(
            f"{PROCESS}/SendInput",
            {**shapes.selector(self._with_stdin(pid)), "input": {"stdin": shapes.b64(payload)}},
        )

    async def close_stdin(self, pid: int) -> None:
        if self._envd_version is not None and self._envd_version < shapes.CLOSE_STDIN_SINCE:
            raise NotSupportedError(
                NAME, "close_stdin", "this sandbox's envd is older than 0.5.2: rebuild its template"
            )
        await self._rpc.unary(f"{PROCESS}/CloseStdin", shapes.selector(self._with_stdin(pid)))

    async def kill_process(self, pid: int) -> None:
        await self._kill_tree(shapes.check_pid(pid))

    async def list_processes(self) -> list[ProcessInfo]:
        answer = await self._rpc.unary(f"{PROCESS}/List", {}, idempotent=True)
        return [
            ProcessInfo(pid=int(p.get("pid") or 0), command=shapes.command_line(p))
            for p in answer.get("processes") or []
        ]

    # --- files --------------------------------------------------------------------------------

    async def _fs(self, method: str, message: dict[str, Any], *, reads: bool = False) -> dict[str, Any]:
        try:
            return await self._rpc.unary(
                f"{FILESYSTEM}/{method}",
                message,
                headers=self._user,
                idempotent=reads,
                retry_on=shapes.ENVD_RETRY_STATUSES,
            )
        except ProviderError as exc:
            raise shapes.filesystem_error(method, exc) from exc

    async def _path(self, path: object) -> str:
        """A path as envd should get it. envd takes a relative path from the user's home, while a
        command without cwd starts in the template's working directory (permissions/path.go:30-51;
        process/handler.go:232): a relative path is made absolute against the latter, asked once
        (`pwd`), so files and commands agree. `~` is the home to both."""
        path = check_path(path)
        if path.startswith(("/", "~")):
            return path
        if self._workdir is None:
            result = await self.run_command(RunCommandRequest("pwd"))
            workdir = result.stdout.removesuffix("\n")
            if result.exit_code != 0 or not workdir.startswith("/"):
                raise ProviderError(
                    NAME, f"cannot tell the working directory: {result.stderr or workdir!r:.200}"
                )
            self._workdir = workdir
        return posixpath.join(self._workdir, path)

    async def _entry(self, path: str) -> dict[str, Any]:
        answer = await self._fs("Stat", {"path": await self._path(path)}, reads=True)
        entry = answer.get("entry")
        if not isinstance(entry, dict):
            raise ProviderError(NAME, f"malformed Stat answer: {answer!r:.200}")
        return entry

    async def stat(self, path: str) -> FileInfo:
        entry = await self._entry(path)
        target = entry.get("symlinkTarget")
        if isinstance(target, str) and target:
            # A symlink: envd gives the target's kind and mode but the link's own size and time
            # (filesystem/entry.go:46-95); the rest comes from the target, resolved to its end.
            if _dangling(entry):
                raise NotFoundError(NAME, f"stat: {path!r} is a symlink to nothing")
            followed = await self._entry(target)
            entry = {**followed, "name": entry.get("name"), "path": entry.get("path")}
        return shapes.file_info(entry)

    async def exists(self, path: str) -> bool:
        """Whether the path leads somewhere (a symlink to nothing does not: os.path.exists)."""
        try:
            return not _dangling(await self._entry(path))
        except NotFoundError:
            return False

    async def list_directory(self, path: str) -> list[FileInfo]:
        answer = await self._fs("ListDir", {"path": await self._path(path), "depth": 1}, reads=True)
        entries = [shapes.file_info(e) for e in answer.get("entries") or []]
        return sorted(entries, key=lambda e: e.name)

    async def make_dir(self, path: str) -> None:
        try:
            await self._fs("MakeDir", {"path": await self._path(path)})
        except ConflictError as exc:
            if exc.code != "already_exists":  # a file in the way
                raise
            # already_exists: a directory is there (envd stats it, following links): like mkdir -p

    async def remove(self, path: str) -> None:
        check_removable(path)
        path = await self._path(path)
        # envd removes with os.RemoveAll, which says nothing of a missing path: ask first.
        await self._entry(path)
        await self._fs("Remove", {"path": path})

    async def rename(self, src: str, dst: str) -> None:
        await self._fs("Move", {"source": await self._path(src), "destination": await self._path(dst)})

    def _files_params(self, path: str, user: str | None = None) -> dict[str, str]:
        # /files takes its user from `username` alone (absent: the template's default user).
        user = user or self._default_user
        return {"path": path, **({"username": user} if user else {})}

    async def _download_into(self, path: str, sink: BinaryIO) -> None:
        path = await self._path(path)
        http = self._provider.envd_http
        request = http.build_request(
            "GET",
            f"{self._envd_url}/files",
            params=self._files_params(path),
            headers=self._envd_headers,
            extensions={RETRY_ON: shapes.ENVD_RETRY_STATUSES},
        )
        try:
            response = await http.send(request, stream=True)
        except ProviderError as exc:
            raise shapes.download_error(exc) from exc
        try:
            async for chunk in response.aiter_bytes():  # decoded: envd gzips when it may
                sink.write(chunk)
        finally:
            await response.aclose()

    async def read_file(self, path: str) -> bytes:
        sink = io.BytesIO()
        await self._download_into(path, sink)
        return sink.getvalue()

    async def download(self, remote_path: str, destination: str | os.PathLike[str] | BinaryIO) -> None:
        await download_to(destination, lambda sink: self._download_into(remote_path, sink))

    async def _upload_from(self, path: str, source: BinaryIO, user: str | None = None) -> None:
        path = await self._path(path)
        form = MultipartFile(posixpath.basename(path) or "file")
        http = self._provider.envd_http
        request = http.build_request(
            "POST",
            f"{self._envd_url}/files",
            params=self._files_params(path, user),
            headers={**self._envd_headers, "Content-Type": form.content_type},
            content=multipart_body(form, source),
        )
        response = await http.send(request)
        await response.aclose()

    async def upload(self, remote_path: str, source: str | os.PathLike[str] | BinaryIO) -> None:
        await upload_from(source, lambda stream: self._upload_from(remote_path, stream))

    async def write_file(
        self, path: str, content: bytes, mode: int | None = None, user: str | None = None
    ) -> None:
        check_mode(mode)
        if user is not None:
            check_path(user)
        path = await self._path(path)
        await self._upload_from(path, io.BytesIO(as_bytes(content)), user)
        if mode is not None:
            # envd has no chmod call: the file's mode is set by a command with the path as data.
            result = await self.run_command(
                RunCommandRequest(f"chmod {mode:o} -- {shlex.quote(path)}", user=user)
            )
            if result.exit_code != 0:
                raise ProviderError(NAME, f"write_file: chmod {mode:o} failed: {result.stderr.strip()}")

    async def watch_directory(
        self, path: str, on_event: Callable[[WatchEvent], Any], recursive: bool = False
    ) -> AsyncE2BWatcher:
        if not callable(on_event):
            raise InvalidRequestError("watch_directory: on_event must be callable")
        root = await self._path(path)
        if not root.startswith("/"):  # envd names events relative to the directory: make it absolute
            root = (await self.stat(root)).path
        stream = self._rpc.stream(
            f"{FILESYSTEM}/WatchDir", {"path": root, "recursive": bool(recursive)}, keepalive=_WATCH_KEEPALIVE
        )
        try:
            first = await anext(stream, None)  # the start event: events from here on are seen
        except BaseException:
            await stream.aclose()
            raise
        if first is None or "start" not in first:
            await stream.aclose()
            raise ProviderError(NAME, f"watch_directory: envd did not start watching {root!r}")
        return AsyncE2BWatcher(stream, root, on_event)

    # --- terminals ----------------------------------------------------------------------------

    async def create_pty(self, req: CreatePTYRequest) -> PTYInfo:
        if not isinstance(req, CreatePTYRequest):
            raise InvalidRequestError("create_pty takes a CreatePTYRequest")
        rows, cols = req.rows or 24, req.cols or 80
        # As E2B's SDK starts them (sandbox_async/commands/pty.py:138-141): envd adds none of these.
        env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **req.env}
        config = shapes.process_config(req.command, env, req.cwd, terminal=True)
        stream = self._start_stream(config, user=req.user, pty=(rows, cols))
        process = await self._start(stream, {"pty": req.on_data}, stdin=True)
        process.rows, process.cols = rows, cols
        self._ptys[process.pid] = process
        return PTYInfo(pid=process.pid, rows=rows, cols=cols)

    def _pty(self, pid: int) -> _Process:
        process = self._ptys.get(shapes.check_pid(pid))
        if process is None:
            raise NotFoundError(NAME, f"no terminal with pid {pid} was created through this sandbox object")
        return process

    async def send_pty_input(self, pid: int, data: bytes | str) -> None:
        payload = as_bytes(data)
        await self._rpc.unary(
            f"{PROCESS}/SendInput",
            {**shapes.selector(self._pty(pid).pid), "input": {"pty": shapes.b64(payload)}},
        )

    async def resize_pty(self, pid: int, rows: int, cols: int) -> None:
        process = self._pty(pid)
        check_terminal_size(rows, cols)
        await self._rpc.unary(
            f"{PROCESS}/Update",
            {**shapes.selector(process.pid), "pty": {"size": {"cols": cols, "rows": rows}}},
        )
        process.rows, process.cols = rows, cols

    async def kill_pty(self, pid: int) -> None:
        process = self._pty(pid)
        try:
            try:
                await self._signal(process.pid)
            except NotFoundError:
                pass  # already gone
            try:
                await process.reader().join(timeout=10)  # its output ends with it
            except (SandboxerError, TimeoutError):
                await self._provider.stop_pump(process)  # gone either way: stop reading it
        finally:
            self._ptys.pop(process.pid, None)

    async def list_pty(self) -> list[PTYInfo]:
        # The terminals this object created that envd still runs (it does not mark terminals).
        running = {p.pid for p in await self.list_processes()}
        for pid in [pid for pid in self._ptys if pid not in running]:
            del self._ptys[pid]
        return [PTYInfo(pid=pid, rows=p.rows, cols=p.cols) for pid, p in self._ptys.items()]


class AsyncE2BProvider(AsyncProviderBase):
    """Sandboxes on E2B (https://e2b.dev): key from api_key or E2B_API_KEY."""

    name = NAME
    sandbox_class = AsyncE2BSandbox

    def __init__(self, config: ProviderConfig) -> None:
        self.settings = shapes.settings(config)
        transport = AsyncProviderTransport.from_config(
            config, provider=NAME, target=self.settings.api_url, quota_messages=shapes.QUOTA_MESSAGES
        )
        timeout = client_timeout(self.settings.request_timeout)
        self.api_http = httpx.AsyncClient(
            base_url=self.settings.api_url,
            headers={"X-API-Key": self.settings.api_key},
            transport=transport,
            timeout=timeout,
        )
        # envd gets its own client: the API key is for the control plane only.
        self.envd_http = httpx.AsyncClient(transport=transport, timeout=timeout)
        self._pumps: set[_Process] = set()  # started commands and terminals still being read

    def start_pump(self, process: _Process) -> None:
        """Read the rest of a process's stream beside the caller, until it ends or close()."""

        async def pump() -> None:
            try:
                await _consume(process)
            finally:
                self._pumps.discard(process)

        self._pumps.add(process)
        process.pump = AsyncBackground(pump, name=f"sandboxer-e2b-{process.pid}")

    async def stop_pump(self, process: _Process) -> None:
        if process.pump is not None:
            await process.pump.stop(process.stream.aclose)
        self._pumps.discard(process)

    async def answer(self, endpoint: Any, **options: Any) -> tuple[Any, httpx.Headers]:
        """A control-plane endpoint's JSON answer (None when empty) and its headers."""
        response = await send_endpoint(self.api_http, endpoint, **options)
        return json_answer(NAME, response), response.headers

    async def call(self, endpoint: Any, **kwargs: Any) -> Any:
        return (await self.answer(endpoint, **kwargs))[0]

    async def record(self, endpoint: Any, **kwargs: Any) -> dict[str, Any]:
        """A sandbox record (Sandbox, SandboxDetail): an object with its sandboxID."""
        found = await self.call(endpoint, **kwargs)
        if not isinstance(found, dict) or not isinstance(found.get("sandboxID"), str):
            raise ProviderError(NAME, f"malformed sandbox record from the control plane: {found!r:.200}")
        return found

    async def create_sandbox(self, req: CreateSandboxRequest) -> tuple[AsyncE2BSandbox, SandboxInfo]:
        if not isinstance(req, CreateSandboxRequest):
            raise InvalidRequestError("create_sandbox takes a CreateSandboxRequest")
        if req.cpus is not None or req.memory_mb is not None:
            raise NotSupportedError(
                NAME,
                "create_sandbox(cpus, memory_mb)",
                "an E2B sandbox gets CPUs and memory from its template (build one with cpuCount/memoryMB)",
            )
        from ..._generated.e2b_api.types import UNSET  # only when creating

        lifetime = shapes.lifetime(req.timeout_seconds)
        body = models.NewSandbox(
            template_id=req.template or shapes.DEFAULT_TEMPLATE,
            timeout=lifetime,
            # auto_destroy=False: at the end of its lifetime the sandbox is paused, not deleted.
            auto_pause=req.auto_destroy is False,
            metadata=managed.marked(req.metadata),  # ours: what cleanup may kill
            env_vars=dict(req.envs) or UNSET,
            # envd then wants the sandbox's access token (E2B's SDKs create sandboxes so too).
            secure=True,
        )
        started = datetime.now(UTC)
        record = await self.record(post_sandboxes, body=body)
        sandbox = AsyncE2BSandbox(
            self,
            record["sandboxID"],
            record.get("envdAccessToken"),
            lifetime,
            record.get("domain"),
            shapes.envd_version(record),
        )
        info = shapes.sandbox_info(
            {
                "metadata": managed.marked(req.metadata),
                "endAt": started + timedelta(seconds=lifetime),
                **record,
            },
            started_at=started,
        )
        return sandbox, info

    async def attach_sandbox(self, sandbox_id: str) -> AsyncE2BSandbox:
        """The sandbox, running: a paused one is resumed (/connect, as E2B's SDK's connect() does;
        envd cannot be reached while it is paused). A running one is left as it is."""
        check_sandbox_id(sandbox_id)
        record = await self.record(get_sandboxes_sandbox_id, sandbox_id=sandbox_id)
        if record.get("state") == "paused":
            record = await self.record(
                post_sandboxes_sandbox_id_connect,
                sandbox_id=sandbox_id,
                body=models.ConnectSandbox(timeout=shapes.DEFAULT_LIFETIME),
            )
        return AsyncE2BSandbox(
            self,
            record["sandboxID"],
            record.get("envdAccessToken"),
            domain=record.get("domain"),
            envd_version=shapes.envd_version(record),
        )

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        wanted = wanted_metadata(filter)
        limit = filter.limit if filter is not None else None
        found: list[SandboxInfo] = []
        token = None
        while limit is None or len(found) < limit:
            kwargs: dict[str, Any] = {"limit": _PAGE if limit is None else min(_PAGE, limit - len(found))}
            query = shapes.metadata_query(wanted)
            if query is not None:
                kwargs["metadata"] = query
            if token is not None:
                kwargs["next_token"] = token
            page, headers = await self.answer(get_v2_sandboxes, **kwargs)
            if not isinstance(page, list):
                raise ProviderError(NAME, f"malformed sandbox list: {page!r:.200}")
            found += [shapes.sandbox_info(record) for record in page]
            token = headers.get("x-next-token")
            if not token or not page:
                break
        return found if limit is None else found[:limit]

    async def kill_sandbox(self, sandbox_id: str) -> None:
        check_sandbox_id(sandbox_id)
        await self.call(delete_sandboxes_sandbox_id, sandbox_id=sandbox_id)

    async def close(self) -> None:
        for process in list(self._pumps):
            await self.stop_pump(process)
        await self.envd_http.aclose()
        await self.api_http.aclose()
