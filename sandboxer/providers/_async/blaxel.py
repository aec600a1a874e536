"""The Blaxel provider: the control plane (api.blaxel.ai/v0) and the sandbox API at each sandbox's URL.

Requests are built by the generated clients (`sandboxer._generated.blaxel_api`, `..._sandbox`)
and sent through one pooled httpx transport; answers are read as JSON. Sandboxes are named: the
name is our id. Blaxel has no pause/resume (sandboxes go to standby by themselves), no terminal
and no stdin: those operations are not offered.
"""

from __future__ import annotations

import io
import os
import posixpath
import shlex
import time
from collections.abc import Callable
from typing import Any, BinaryIO

import attrs
import httpx

from ..._async.base import AsyncProviderBase, AsyncRunningFromInfo, AsyncWatcher
from ..._concurrency import AsyncBackground, ainvoke, unwrapped
from ..._generated.blaxel_api.api.compute import (
    create_sandbox,
    create_sandbox_preview,
    delete_sandbox,
    get_sandbox,
    get_sandbox_preview,
    list_sandboxes,
    update_sandbox,
)
from ..._generated.blaxel_api.models import Preview, Sandbox
from ..._generated.blaxel_sandbox.api.filesystem import (
    delete_filesystem_multipart_upload_id_abort,
    delete_filesystem_path,
    get_filesystem_path,
    get_watch_filesystem_path,
    post_filesystem_multipart_initiate_path,
    post_filesystem_multipart_upload_id_complete,
    put_filesystem_multipart_upload_id_part,
    put_filesystem_path,
)
from ..._generated.blaxel_sandbox.api.process import (
    delete_process_identifier_kill,
    get_process,
    get_process_identifier,
    get_process_identifier_logs_stream,
    post_process,
)
from ..._generated.blaxel_sandbox.models import (
    FileRequest,
    MultipartCompleteRequest,
    MultipartInitiateRequest,
    ProcessRequest,
)
from ..._transport._async.http import AsyncProviderTransport, call_endpoint, client_timeout, send_endpoint
from ..._transport.endpoint import STREAMED_BODY
from ..._transport.errors import json_answer
from ..._transport.retry import RETRY_STATUSES
from ...config import ProviderConfig
from ...errors import (
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
    CreateSandboxRequest,
    FileInfo,
    ListSandboxesFilter,
    ProcessInfo,
    RunCommandRequest,
    SandboxInfo,
    StartCommandRequest,
    WatchEvent,
)
from .. import blaxel_shapes as shapes
from .. import managed
from .. import shell_scripts as scripts
from ..arguments import check_mode, check_port, check_sandbox_id, check_seconds
from ..blaxel_shapes import NAME
from ..exit_status import timed_out
from ..multipart import MultipartFile
from ..shell_line import script_line
from .uploads import download_to, upload_from
from .waiting import wait_until

_PAGE = 50


class _Started:
    """A process started through this sandbox object: its streamed logs, read in the background."""

    def __init__(self, name: str, pid: int, callbacks: dict[int, Any]) -> None:
        self.name = name
        self.pid = pid
        self.callbacks = callbacks
        self.pump: AsyncBackground | None = None
        self.response: httpx.Response | None = None  # the followed log the pump reads
        self.started = time.monotonic()

    async def stop(self) -> None:
        """Stop reading its log (the process goes on)."""
        if self.pump is not None and self.response is not None:
            await self.pump.stop(self.response.aclose)


class AsyncBlaxelWatcher(AsyncWatcher):
    """Events from /watch/filesystem: JSON lines {op, name, path}, and keepalive lines between."""

    def __init__(self, response: httpx.Response, on_event: Callable[[WatchEvent], Any]) -> None:
        self._response = response
        self._on_event = on_event
        self._stopped = False
        self.error: BaseException | None = None
        self._loop = AsyncBackground(self._run, name="sandboxer-blaxel-watch")

    async def _run(self) -> None:
        try:
            async for line in self._response.aiter_lines():
                if self._stopped:
                    return
                event = shapes.watch_event(line)
                if event is not None:
                    await ainvoke(self._on_event, event)
        except SandboxerError as exc:
            if not self._stopped:
                self.error = unwrapped(exc)
        except Exception as exc:  # the callback's own failure ends watching; kept for the caller
            self.error = unwrapped(exc)
        finally:
            await self._response.aclose()

    async def stop(self) -> None:
        self._stopped = True
        await self._loop.stop(self._response.aclose)


class AsyncBlaxelSandbox(AsyncRunningFromInfo):
    provider_name = NAME
    features = frozenset({"stream_output"})

    def __init__(self, provider: AsyncBlaxelProvider, record: dict[str, Any]) -> None:
        self._provider = provider
        self._record = record
        self._id = record["metadata"]["name"]
        self._url = str(record["metadata"].get("url") or "").rstrip("/")
        if not self._url:
            raise ProviderError(NAME, f"sandbox {self._id} has no URL yet")
        self._started: dict[str, _Started] = {}
        self._workdir: str | None = None  # where a command without cwd starts: relative paths' base

    @property
    def id(self) -> str:
        return self._id

    # --- plumbing -----------------------------------------------------------------------------

    async def _send(self, endpoint: Any, **options: Any) -> httpx.Response:
        return await send_endpoint(self._provider.sandbox_http, endpoint, base=self._url, **options)

    async def _call(self, endpoint: Any, **options: Any) -> Any:
        return await call_endpoint(self._provider.sandbox_http, NAME, endpoint, base=self._url, **options)

    # --- lifecycle ----------------------------------------------------------------------------

    async def info(self) -> SandboxInfo:
        return shapes.sandbox_info(await self._provider.record(self._id))

    async def kill(self) -> None:
        await self._provider.kill_sandbox(self._id)
        for started in list(self._started.values()):
            await started.stop()
            self._provider.pumps.discard(started)
        self._started.clear()

    async def set_timeout(self, seconds: float) -> None:
        check_seconds(seconds, "set_timeout")
        record = await self._provider.record(self._id)
        spec = dict(record.get("spec") or {})
        spec["lifecycle"] = shapes.expiry(seconds)
        body = {
            "metadata": {"name": self._id, "labels": (record.get("metadata") or {}).get("labels") or {}},
            "spec": spec,
        }
        # As the server sent it (plain JSON, not the generated model: a value it does not know is no crash).
        await self._provider.call(update_sandbox, sandbox_name=self._id, json=body)

    async def port_url(self, port: int) -> str:
        check_port(port)
        name = f"port-{port}"
        try:
            preview = await self._provider.call(
                create_sandbox_preview,
                sandbox_name=self._id,
                body=Preview.from_dict({"metadata": {"name": name}, "spec": {"port": port, "public": True}}),
            )
        except ConflictError:  # made before: the same preview
            preview = await self._provider.call(get_sandbox_preview, sandbox_name=self._id, preview_name=name)
        url = ((preview or {}).get("spec") or {}).get("url") if isinstance(preview, dict) else None
        if not isinstance(url, str) or not url:
            raise ProviderError(NAME, f"the preview of port {port} has no URL: {preview!r:.200}")
        return url

    # --- commands -----------------------------------------------------------------------------

    def _process_request(
        self, cmd: str, env: dict[str, str], cwd: str | None, user: str | None, **extra: Any
    ) -> Any:
        body: dict[str, Any] = {"command": shapes.as_user(cmd, user), **extra}
        if env:
            body["env"] = dict(env)
        if cwd is not None:
            body["workingDir"] = cwd
        return ProcessRequest.from_dict(body)

    async def run_command(
        self, req: RunCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> CommandResult:
        if not isinstance(req, RunCommandRequest):
            raise InvalidRequestError("run_command takes a RunCommandRequest")
        started = time.monotonic()
        name = shapes.new_process_name()  # named, so it can be read back and ended after a timeout
        if on_stdout is None and on_stderr is None:
            return await self._run_waiting(req, name, started)
        return await self._run_following(req, name, started, {1: on_stdout, 2: on_stderr})

    async def _run_waiting(self, req: RunCommandRequest, name: str, started: float) -> CommandResult:
        """One long poll: the API answers when the process has ended, or with a 422 at `timeout`,
        when the process still runs (it ends nothing itself: we do)."""
        extra: dict[str, Any] = {"name": name, "waitForCompletion": True}
        read = None
        if req.timeout_seconds is not None:
            extra["timeout"] = shapes.whole_seconds(req.timeout_seconds)
            read = extra["timeout"] + 30.0
        body = self._process_request(req.cmd, req.env, req.cwd, req.user, **extra)
        try:
            record = await self._call(post_process, body=body, read_timeout=read)
        except ProviderError as exc:
            if req.timeout_seconds is None:
                raise
            late = (
                isinstance(exc, SandboxerTimeoutError) and time.monotonic() - started >= req.timeout_seconds
            )
            if not (shapes.timed_out(exc) or late):
                raise
            return await self._end_timed_out(name, req.timeout_seconds, started)
        return self._result(record, started)

    async def _run_following(
        self, req: RunCommandRequest, name: str, started: float, callbacks: dict[int, Any]
    ) -> CommandResult:
        """Started, its log followed to the callbacks; the timeout is kept here (the API keeps none
        for a process it does not wait for, srv handler/process.go:395)."""
        body = self._process_request(req.cmd, req.env, req.cwd, req.user, name=name)
        await self._call(post_process, body=body)
        response = await self._open_log(name)
        pump = AsyncBackground(self._pump_log, response, callbacks, name=f"sandboxer-blaxel-{name}")
        try:
            await pump.join(req.timeout_seconds)
        except TimeoutError:
            if pump.done():  # the follower's own failure (a SandboxerTimeoutError is a TimeoutError too)
                raise
            try:
                return await self._end_timed_out(name, req.timeout_seconds or 0.0, started)
            finally:  # its log ends with it; what came before the end reached the callbacks
                try:
                    await pump.join(_DRAIN_SECONDS)
                except TimeoutError:
                    await pump.stop(response.aclose)
        except BaseException:
            await pump.stop(response.aclose)
            raise
        return self._result(await self._call(get_process_identifier, identifier=name), started)

    async def _end_timed_out(self, name: str, timeout: float, started: float) -> CommandResult:
        """Kill a process past its deadline (the API's kill: SIGKILL to its process group, so a
        command ignoring TERM ends too) and raise CommandTimeoutError with its output so far."""
        try:
            await self._call(delete_process_identifier_kill, identifier=name)
            ended_by_us = True
        except NotFoundError:  # it ended by itself meanwhile (the API's kill found no process)
            ended_by_us = False
        record = await self._call(get_process_identifier, identifier=name)
        result = self._result(record, started)
        if not ended_by_us and isinstance(record, dict) and record.get("status") in ("completed", "failed"):
            return result
        raise timed_out(NAME, timeout, result)

    def _result(self, record: Any, started: float) -> CommandResult:
        if not isinstance(record, dict):
            raise ProviderError(NAME, f"malformed process answer: {record!r:.200}")
        code, error = shapes.exit_status(record)
        stdout = str(record.get("stdout") or "")
        return CommandResult(
            stdout=shapes.strip_kill_notice(stdout) if record.get("status") == "killed" else stdout,
            stderr=str(record.get("stderr") or ""),
            exit_code=code,
            duration_ms=int((time.monotonic() - started) * 1000),
            error=error,
        )

    async def _open_log(self, name: str) -> httpx.Response:
        return await self._send(
            get_process_identifier_logs_stream, identifier=name, stream=True, read_timeout=None
        )

    async def _pump_log(self, response: httpx.Response, callbacks: dict[int, Any]) -> None:
        """Read a process's followed log to its end (the API closes it when the process has ended),
        handing each line to its stream's callback."""
        lines = shapes.LogLines()
        try:
            async for line in response.aiter_lines():
                for stream, text in lines.feed(line.rstrip("\r\n")):
                    if callbacks.get(stream) is not None:
                        await ainvoke(callbacks[stream], text)
            for stream, text in lines.end():
                if callbacks.get(stream) is not None:
                    await ainvoke(callbacks[stream], text)
        finally:
            await response.aclose()

    async def start_command(
        self, req: StartCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> tuple[int, str]:
        if not isinstance(req, StartCommandRequest):
            raise InvalidRequestError("start_command takes a StartCommandRequest")
        if req.stdin:
            raise NotSupportedError(NAME, "start_command(stdin=True)", "Blaxel processes take no stdin")
        name = shapes.new_process_name()
        body = self._process_request(req.cmd, req.env, req.cwd, req.user, name=name)
        record = await self._call(post_process, body=body)
        if not isinstance(record, dict):
            raise ProviderError(NAME, f"malformed process answer: {record!r:.200}")
        name = str(record.get("name") or name)
        started = _Started(name, shapes.pid_of(record), {1: on_stdout, 2: on_stderr})
        if on_stdout is not None or on_stderr is not None:
            # Only with callbacks: a followed log holds a connection for the process's life.
            started.response = await self._open_log(name)
            started.pump = AsyncBackground(
                self._pump_log, started.response, started.callbacks, name=f"sandboxer-blaxel-{name}"
            )
            self._provider.pumps.add(started)
        self._started[name] = started
        return started.pid, name

    async def wait_for_handle(self, handle_id: str) -> CommandResult:
        if not isinstance(handle_id, str) or not handle_id:
            raise NotFoundError(NAME, f"no command handle {handle_id!r}")
        started = self._started.pop(handle_id, None)
        began = started.started if started else time.monotonic()
        try:
            if started is not None and started.pump is not None:
                await started.pump.join()
            else:
                await self._pump_log(await self._open_log(handle_id), {})  # it ends when the process does
        finally:
            if started is not None:
                self._provider.pumps.discard(started)
        return self._result(await self._call(get_process_identifier, identifier=handle_id), began)

    async def kill_process(self, pid: int) -> None:
        if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
            raise InvalidRequestError(f"invalid pid {pid!r}")
        await self._call(delete_process_identifier_kill, identifier=str(pid))

    async def list_processes(self) -> list[ProcessInfo]:
        found = await self._call(get_process)
        return [
            ProcessInfo(pid=shapes.pid_of(p), command=str(p.get("command") or ""))
            for p in found or []
            if isinstance(p, dict) and p.get("status") == "running"
        ]

    async def _shell(self, script: str, *args: str, what: str, path: str) -> CommandResult:
        """One of our shell scripts (shell_scripts.py) run as a process, its arguments as data;
        its exit status mapped to our errors."""
        result = await self.run_command(RunCommandRequest(script_line(script, *args)))
        scripts.check_exit(NAME, result.exit_code, what, path, result.stderr or result.stdout)
        return result

    # --- files --------------------------------------------------------------------------------

    async def _path(self, path: object) -> str:
        """An absolute path: a relative one is taken from the directory a command without cwd
        starts in (the API's own cwd: srv handler/process/process.go:248-256), asked once. The
        filesystem API would resolve it against $WORKDIR instead when the image sets one
        (srv handler/filesystem.go:143-154)."""
        path = shapes.check_path(path)
        if path.startswith("/"):
            return shapes.check_absolute(path)
        if self._workdir is None:
            result = await self.run_command(RunCommandRequest("pwd"))
            workdir = result.stdout[:-1] if result.stdout.endswith("\n") else result.stdout
            if result.exit_code != 0 or not workdir.startswith("/"):
                raise ProviderError(
                    NAME, f"cannot tell the working directory: {result.stderr or workdir!r:.200}"
                )
            self._workdir = workdir
        return shapes.absolute(path, self._workdir)

    async def _directory(self, path: str) -> Any:
        """A directory's listing (a file's JSON, content and all, when it is none). A path under a
        regular file is not found: the API's os.Stat fails with ENOTDIR, which it answers 500
        (srv handler/filesystem.go:277-284), a failure asked again would only repeat."""
        try:
            return await self._call(
                get_filesystem_path,
                path=shapes.fs_path(path),
                headers={"Accept": "application/json"},
                retry_on=_FS_RETRY,
            )
        except ProviderError as exc:
            _raise_not_found_under_a_file(exc, path)
            raise

    async def list_directory(self, path: str) -> list[FileInfo]:
        found = await self._directory(await self._path(path))
        if not isinstance(found, dict) or "files" not in found:
            raise InvalidRequestError(f"list_directory: not a directory: {path!r}")
        return shapes.listing(found)

    async def _entries(self, path: str) -> dict[str, Any] | None:
        """A directory's listing; None when `path` is a file. Asked as a download, so that a file
        answers with its headers and is left unread (a directory is listed whatever is asked,
        srv handler/filesystem.go:286-289)."""
        response = await self._open_file(path)
        try:
            if "attachment" in response.headers.get("content-disposition", ""):
                return None
            await response.aread()
        finally:
            await response.aclose()
        found = json_answer(NAME, response)
        if not isinstance(found, dict) or "files" not in found:
            raise ProviderError(NAME, f"malformed directory listing: {found!r:.200}")
        return found

    async def stat(self, path: str) -> FileInfo:
        """The entry in its parent's listing (asking for the path itself would send a file's whole
        content). A listing shows a symlink itself (Lstat: mode 0o777, the target's name length as
        size): for one, its target is asked for with our STAT script."""
        given = path
        path = await self._path(path)
        if path == "/":
            return FileInfo(name="/", path="/", is_dir=True)
        parent, name = posixpath.split(path)
        found = await self._entries(parent)
        if found is not None:
            for entry in found.get("files") or []:
                if isinstance(entry, dict) and entry.get("name") == name:
                    if shapes.is_symlink(entry):
                        return await self._stat_target(path)
                    return shapes.file_info(entry, False)
            for entry in found.get("subdirectories") or []:
                if isinstance(entry, dict) and entry.get("name") == name:
                    return shapes.file_info(entry, True)
        raise NotFoundError(NAME, f"stat: no such file or directory: {given!r}")

    async def _stat_target(self, path: str) -> FileInfo:
        result = await self._shell(scripts.STAT, path, what="stat", path=path)
        try:
            entries = scripts.parse_listing(
                path, result.stdout.encode("utf-8", "surrogateescape"), 2, given=path
            )
        except ValueError as exc:
            raise ProviderError(NAME, f"malformed stat of {path!r}") from exc
        if not entries:
            raise NotFoundError(NAME, f"stat: no such file or directory: {path!r}")
        return attrs.evolve(entries[0], name=posixpath.basename(path), path=path)

    async def exists(self, path: str) -> bool:
        try:
            await self.stat(path)
        except (NotFoundError, InvalidRequestError):
            return False
        return True

    async def make_dir(self, path: str) -> None:
        path = await self._path(path)
        try:
            await self._call(
                put_filesystem_path,
                path=shapes.fs_path(path),
                body=FileRequest.from_dict({"isDirectory": True}),
            )
        except ProviderError as exc:
            # os.MkdirAll: a file at the path or above it, "mkdir /x/f: not a directory"; a dangling
            # link there, "file exists" (srv handler/filesystem.go:494-498)
            if exc.status_code == 422 and any(t in (exc.message or "") for t in _IN_THE_WAY):
                raise ConflictError(NAME, f"make_dir: a file is in the way: {exc.message}", 422) from exc
            raise

    async def remove(self, path: str) -> None:
        path = await self._path(path)
        if path == "/":
            raise InvalidRequestError("remove: refusing to remove the root directory")
        try:
            await self._call(delete_filesystem_path, path=shapes.fs_path(path), recursive=True)
        except ProviderError as exc:
            # a path under a regular file: the API's os.Stat fails ENOTDIR, answered 422
            # (srv handler/filesystem.go:609-613)
            if (
                exc.status_code == 422
                and (exc.message or "").startswith("stat ")
                and "not a directory" in exc.message
            ):
                raise NotFoundError(NAME, f"remove: no such file or directory: {path!r}", 422) from exc
            raise

    async def rename(self, src: str, dst: str) -> None:
        # The sandbox API has no move: our RENAME script does it, exactly to dst (never into a
        # directory there: ConflictError), both paths as data.
        src, dst = await self._path(src), await self._path(dst)
        await self._shell(scripts.RENAME, src, dst, what="rename", path=src)

    async def _open_file(self, path: str) -> httpx.Response:
        """GET a path as a download, the answer left to read: a file comes as an attachment (its
        type from its name: a .json file is JSON too), a directory as its JSON listing."""
        try:
            return await self._send(
                get_filesystem_path,
                path=shapes.fs_path(path),
                download=True,
                stream=True,
                headers={"Accept": "application/octet-stream"},
                retry_on=_FS_RETRY,
            )
        except ProviderError as exc:
            _raise_not_found_under_a_file(exc, path)
            raise

    async def _download_into(self, path: str, sink: BinaryIO) -> None:
        response = await self._open_file(await self._path(path))
        try:
            attachment = "attachment" in response.headers.get("content-disposition", "")
            if not attachment and response.headers.get("content-type", "").startswith("application/json"):
                raise InvalidRequestError(f"read: {path!r} is a directory")
            async for chunk in response.aiter_bytes():
                sink.write(chunk)
        finally:
            await response.aclose()

    async def read_file(self, path: str) -> bytes:
        sink = io.BytesIO()
        await self._download_into(path, sink)
        return sink.getvalue()

    async def download(self, remote_path: str, destination: str | os.PathLike[str] | BinaryIO) -> None:
        await download_to(destination, lambda sink: self._download_into(remote_path, sink))

    async def _upload_from(self, path: str, source: BinaryIO, mode: int | None = None) -> None:
        """Multipart upload (bytes, never a text field): initiate, 5 MiB parts, complete."""
        initiate = {} if mode is None else {"permissions": f"{mode:o}"}
        answer = await self._call(
            post_filesystem_multipart_initiate_path,
            path=shapes.fs_path(path),
            body=MultipartInitiateRequest.from_dict(initiate),
        )
        upload_id = answer.get("uploadId") if isinstance(answer, dict) else None
        if not isinstance(upload_id, str):
            raise ProviderError(NAME, f"malformed multipart initiate answer: {answer!r:.200}")
        parts = []
        try:
            number = 0
            while True:
                chunk = source.read(shapes.PART_SIZE)
                if not isinstance(chunk, bytes | bytearray | memoryview):
                    raise InvalidRequestError("upload: the source must be opened in binary mode")
                if not chunk and number:
                    break
                number += 1
                form = MultipartFile(posixpath.basename(path))
                part = await self._call(
                    put_filesystem_multipart_upload_id_part,
                    upload_id=upload_id,
                    part_number=number,
                    body=STREAMED_BODY,
                    headers={"Content-Type": form.content_type},
                    content=form.head + bytes(chunk) + form.tail,
                )
                parts.append({"partNumber": number, "etag": (part or {}).get("etag", "")})
                if not chunk:
                    break
            await self._call(
                post_filesystem_multipart_upload_id_complete,
                upload_id=upload_id,
                body=MultipartCompleteRequest.from_dict({"parts": parts}),
            )
        except BaseException:
            try:
                await self._call(delete_filesystem_multipart_upload_id_abort, upload_id=upload_id)
            except SandboxerError:
                pass
            raise

    async def upload(self, remote_path: str, source: str | os.PathLike[str] | BinaryIO) -> None:
        path = await self._path(remote_path)
        await upload_from(source, lambda stream: self._upload_from(path, stream))

    async def write_file(
        self, path: str, content: bytes, mode: int | None = None, user: str | None = None
    ) -> None:
        check_mode(mode)
        data = content.encode("utf-8") if isinstance(content, str) else content
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidRequestError(
                f"write_file: content must be bytes or str, not {type(content).__name__}"
            )
        path = await self._path(path)
        await self._upload_from(path, io.BytesIO(bytes(data)), mode)
        if mode is not None:
            # The API opens the file O_CREATE|O_TRUNC with the mode: a new file gets it less the
            # umask (and without setuid/setgid/sticky), one that was there keeps its own
            # (srv handler/filesystem/multipart.go:182).
            result = await self.run_command(RunCommandRequest(shlex.join(["chmod", f"{mode:o}", "--", path])))
            if result.exit_code != 0:
                raise ProviderError(NAME, f"write_file: chmod failed: {result.stderr.strip()}")
        if user is not None:
            result = await self.run_command(
                RunCommandRequest(f"chown -- {shlex.quote(user)} {shlex.quote(path)}")
            )
            if result.exit_code != 0:
                raise ProviderError(NAME, f"write_file: chown failed: {result.stderr.strip()}")

    async def watch_directory(
        self, path: str, on_event: Callable[[WatchEvent], Any], recursive: bool = False
    ) -> AsyncBlaxelWatcher:
        if not callable(on_event):
            raise InvalidRequestError("watch_directory: on_event must be callable")
        path = await self._path(path)
        await self.list_directory(path)  # a missing path or a file: an error now, not later
        # "dir/**" watches the whole tree, "dir" its entries.
        target = shapes.fs_path(path).rstrip("/") + "/**" if recursive else shapes.fs_path(path)
        response = await self._send(get_watch_filesystem_path, path=target, stream=True, read_timeout=None)
        return AsyncBlaxelWatcher(response, on_event)


_FS_RETRY = RETRY_STATUSES - {500}  # the API's 500 for a path under a file is an answer, not a hiccup
_IN_THE_WAY = ("not a directory", "file exists")
_DRAIN_SECONDS = 5.0  # after a kill, how long the rest of a followed log may take


def _raise_not_found_under_a_file(exc: ProviderError, path: str) -> None:
    """A path under a regular file does not exist: the API's 500 "stat ...: not a directory"
    (os.Stat's ENOTDIR, srv handler/filesystem.go:277-284) is raised as NotFoundError."""
    if exc.status_code == 500 and "not a directory" in (exc.message or ""):
        raise NotFoundError(NAME, f"no such file or directory: {path!r} ({exc.message})", 500) from exc


class AsyncBlaxelProvider(AsyncProviderBase):
    """Sandboxes on Blaxel (https://blaxel.ai): key from api_key or BL_API_KEY, workspace from
    extra['workspace'] or BL_WORKSPACE."""

    name = NAME
    sandbox_class = AsyncBlaxelSandbox

    def __init__(self, config: ProviderConfig) -> None:
        self.settings = shapes.settings(config)
        transport = AsyncProviderTransport.from_config(config, provider=NAME, target=self.settings.api_url)
        timeout = client_timeout(self.settings.request_timeout)
        auth = {"Authorization": f"Bearer {self.settings.api_key}"}
        self.api_http = httpx.AsyncClient(
            base_url=self.settings.api_url,
            # API version 2026-04-28: the paginated {data, meta} listing.
            headers={
                **auth,
                "X-Blaxel-Workspace": self.settings.workspace,
                "Blaxel-Version": shapes.API_VERSION,
            },
            transport=transport,
            timeout=timeout,
        )
        self.sandbox_http = httpx.AsyncClient(headers=auth, transport=transport, timeout=timeout)
        self.pumps: set[_Started] = set()  # started commands whose logs are followed

    async def call(self, endpoint: Any, **options: Any) -> Any:
        return await call_endpoint(self.api_http, NAME, endpoint, **options)

    async def record(self, name: str) -> dict[str, Any]:
        found = await self.call(get_sandbox, sandbox_name=name)
        if not isinstance(found, dict) or not isinstance((found.get("metadata") or {}).get("name"), str):
            raise ProviderError(NAME, f"malformed sandbox record: {found!r:.200}")
        return found

    async def _delete_quietly(self, name: str) -> None:
        try:
            await self.call(delete_sandbox, sandbox_name=name)
        except SandboxerError:
            pass

    async def _wait_deployed(self, name: str) -> dict[str, Any]:
        last: dict[str, str] = {}

        async def deployed(_left: float) -> dict[str, Any] | None:
            record = await self.record(name)
            last["status"] = status = str(record.get("status"))
            if status in ("FAILED", "TERMINATED", "DELETING"):
                raise ProviderError(NAME, f"sandbox {name} ended in status {status!r}", code=status)
            return record if status == "DEPLOYED" else None

        async def expired() -> SandboxerTimeoutError:
            return SandboxerTimeoutError(
                NAME,
                f"sandbox {name} was not deployed after {self.settings.deploy_timeout:g}s (status {last['status']!r})",
            )

        return await wait_until(deployed, self.settings.deploy_timeout, expired)

    async def create_sandbox(self, req: CreateSandboxRequest) -> tuple[AsyncBlaxelSandbox, SandboxInfo]:
        if not isinstance(req, CreateSandboxRequest):
            raise InvalidRequestError("create_sandbox takes a CreateSandboxRequest")
        if req.timeout_seconds is not None and req.auto_destroy is False:
            raise NotSupportedError(
                NAME,
                "create_sandbox(timeout_seconds, auto_destroy=False)",
                "a Blaxel sandbox's lifetime ends in its deletion",
            )
        runtime: dict[str, Any] = {"image": req.template or shapes.DEFAULT_IMAGE}
        memory = shapes.memory_for(req.cpus, req.memory_mb)
        if memory is not None:
            runtime["memory"] = memory
        if req.envs:
            runtime["envs"] = [{"name": k, "value": v} for k, v in req.envs.items()]
        if req.ports:
            runtime["ports"] = [{"target": p, "protocol": "HTTP"} for p in req.ports]
        spec: dict[str, Any] = {"runtime": runtime}
        if self.settings.region:
            spec["region"] = self.settings.region
        if req.timeout_seconds is not None:
            spec["lifecycle"] = shapes.expiry(req.timeout_seconds)
        name = shapes.new_name()
        body = {"metadata": {"name": name, "labels": managed.marked(req.metadata)}, "spec": spec}
        await self.call(create_sandbox, body=Sandbox.from_dict(body))
        try:
            record = await self._wait_deployed(name)
        except BaseException:
            await self._delete_quietly(name)  # failed, timed out or interrupted: nothing left running
            raise
        return AsyncBlaxelSandbox(self, record), shapes.sandbox_info(record)

    async def attach_sandbox(self, sandbox_id: str) -> AsyncBlaxelSandbox:
        check_sandbox_id(sandbox_id)
        return AsyncBlaxelSandbox(self, await self.record(sandbox_id))

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        wanted = (filter.metadata_filter if filter else None) or {}
        limit = filter.limit if filter is not None else None
        found: list[SandboxInfo] = []
        cursor = None
        while limit is None or len(found) < limit:
            kwargs: dict[str, Any] = {"limit": _PAGE, "show_terminated": False}
            if cursor is not None:
                kwargs["cursor"] = cursor
            page = await self.call(list_sandboxes, **kwargs)
            # Older API versions answer a bare array of every sandbox; newer ones {data, meta}.
            items = page.get("data") if isinstance(page, dict) else page
            if not isinstance(items, list):
                raise ProviderError(NAME, f"malformed sandbox list: {page!r:.200}")
            for item in items:
                info = shapes.sandbox_info(item)
                # Labels are filtered here: the list call has no label filter.
                if all(info.metadata.get(k) == v for k, v in wanted.items()):
                    found.append(info)
            meta = page.get("meta") if isinstance(page, dict) else None
            cursor = (meta or {}).get("nextCursor") if (meta or {}).get("hasMore") else None
            if not cursor or not items:
                break
        return found if limit is None else found[:limit]

    async def kill_sandbox(self, sandbox_id: str) -> None:
        check_sandbox_id(sandbox_id)
        await self.call(delete_sandbox, sandbox_name=sandbox_id)

    async def close(self) -> None:
        for started in list(self.pumps):  # the processes go on; we stop reading their logs
            await started.stop()
        self.pumps.clear()
        await self.sandbox_http.aclose()
        await self.api_http.aclose()
