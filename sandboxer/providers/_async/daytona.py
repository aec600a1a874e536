"""The Daytona provider: the control plane (app.daytona.io/api) and the toolbox inside each sandbox.

Requests are built by the generated clients (`sandboxer._generated.daytona_api`, `..._toolbox`)
and sent through one pooled httpx transport; answers are read as JSON. Commands run in toolbox
sessions, so stdout and stderr stay apart; followed logs and terminals are WebSockets
(`_transport/_async/websocket.py`, the `daytona` extra).
"""

from __future__ import annotations

import io
import json
import os
import posixpath
import shlex
import time
from collections.abc import Callable
from typing import Any, BinaryIO

import httpx

from ..._async.base import AsyncProviderBase, AsyncRunningFromInfo
from ..._concurrency import AsyncBackground, AsyncLock, ainvoke
from ..._generated.daytona_api.api.sandbox import (
    create_sandbox,
    delete_sandbox,
    get_port_preview_url,
    get_sandbox,
    get_toolbox_proxy_url,
    list_sandboxes,
    pause_sandbox,
    set_autostop_interval,
    start_sandbox,
)
from ..._generated.daytona_api.models import CreateSandbox
from ..._generated.daytona_api.types import UNSET
from ..._generated.daytona_toolbox import models as toolbox_models
from ..._generated.daytona_toolbox.api.file_system import (
    create_folder,
    delete_file,
    download_file,
    get_file_info,
    list_files,
    move_file,
    set_file_permissions,
    upload_file,
)
from ..._generated.daytona_toolbox.api.process import (
    connect_pty_session,
    create_pty_session,
    create_session,
    delete_pty_session,
    delete_session,
    get_session_command,
    get_session_command_logs,
    list_pty_sessions,
    resize_pty_session,
    send_input,
    session_execute_command,
)
from ..._transport._async.http import AsyncProviderTransport, call_endpoint, client_timeout, send_endpoint
from ..._transport._async.websocket import AsyncWebSocket, _wsproto
from ..._transport.endpoint import endpoint_request
from ..._transport.errors import json_answer
from ...config import ProviderConfig
from ...errors import (
    BadConfigError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
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
from .. import daytona_shapes as shapes
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
)
from ..daytona_shapes import NAME
from ..multipart import MultipartFile
from ..shell_line import check_timeout
from .polling_watcher import AsyncPollingWatcher
from .uploads import download_to, multipart_body, upload_from
from .waiting import wait_until

_PAGE = 100
_WATCH_INTERVAL = 0.5
_DEEP = 64  # ListFiles depth for a recursive watch


class _Command:
    """A command started through this sandbox object: its session, output and exit status."""

    def __init__(
        self,
        owner: AsyncDaytonaSandbox,
        session: str,
        command_id: str,
        callbacks: dict[int, Any],
        *,
        report_pid: bool,
        stdin: bool,
    ) -> None:
        self.owner = owner
        self.session = session
        self.command_id = command_id
        self.callbacks = callbacks  # 1 stdout, 2 stderr -> text callback
        self.stdin = stdin  # started with stdin kept open (send_stdin)
        self.collector = scripts.OutputCollector()
        self.demux = shapes.LogDemuxer()
        self.ends = {1: shapes.OutputEnd(), 2: shapes.OutputEnd()}
        self.pid_line: bytearray | None = bytearray() if report_pid else None  # until the pid is read
        self.pid: int | None = None
        self.socket: AsyncWebSocket | None = None
        self.pump: AsyncBackground | None = None
        self.started = time.monotonic()
        self.result: CommandResult | None = None
        self.free = False  # it ended (an exit code): its session may go back, once the end is seen

    def feed(self, stream: int, data: bytes) -> None:
        """Output from the log: the pid report first (start_command's wrapper prints it as the
        first stdout line), the rest to the collector without our end-of-output mark."""
        if stream == 1 and self.pid_line is not None:
            self.pid_line += data
            line, newline, rest = bytes(self.pid_line).partition(b"\n")
            if not newline:
                return
            self.pid_line = None
            try:
                self.pid = int(line.strip())
                data = rest
            except ValueError:  # not our report (the shell's own message): output
                data = line + newline + rest
        data = self.ends[stream].feed(data)
        if data:
            self.collector.feed(stream, data)

    def finish(self) -> None:
        """The log ended: what was held back as a possible start of the mark was output."""
        for stream, payload in self.demux.finish():
            self.feed(stream, payload)
        if self.pid_line:
            self.collector.feed(1, bytes(self.pid_line))
            self.pid_line = None
        for stream, end in self.ends.items():
            if held := end.finish():
                self.collector.feed(stream, held)


class _Terminal:
    def __init__(self, pid: int, socket: AsyncWebSocket, on_data: Any, rows: int, cols: int) -> None:
        self.pid = pid
        self.socket = socket
        self.on_data = on_data
        self.rows = rows
        self.cols = cols
        self.pump: AsyncBackground | None = None
        self.exit: dict[str, Any] | None = None


class AsyncDaytonaSandbox(AsyncRunningFromInfo):
    provider_name = NAME
    features = frozenset({"stream_output", "pty_output"})

    def __init__(self, provider: AsyncDaytonaProvider, record: dict[str, Any]) -> None:
        self._provider = provider
        self._id = record["id"]
        self._toolbox_url = (record.get("toolboxProxyUrl") or "").rstrip("/")
        self._sessions: list[str] = []  # idle sessions for run_command (one command at a time each)
        self._session_lock = AsyncLock()
        self._commands: dict[int, _Command] = {}
        self._handles: dict[str, _Command] = {}
        self._terminals: dict[int, _Terminal] = {}
        self._next_terminal = 1
        self._session_number = 0
        self._gone = False
        self._detached = False  # the client closed: started commands keep running, unread

    @property
    def id(self) -> str:
        return self._id

    # --- plumbing -----------------------------------------------------------------------------

    async def _base(self) -> str:
        if not self._toolbox_url:  # older records carry no toolboxProxyUrl: ask for it
            answer = await self._provider.call(get_toolbox_proxy_url, sandbox_id=self._id)
            url = answer.get("url") if isinstance(answer, dict) else None
            self._toolbox_url = str(url or "").rstrip("/")
            if not self._toolbox_url:
                raise ProviderError(NAME, f"no toolbox URL for sandbox {self._id}")
        return f"{self._toolbox_url}/{self._id}"

    async def _toolbox(self, endpoint: Any, *, stream: bool = False, **options: Any) -> httpx.Response:
        return await send_endpoint(
            self._provider.toolbox_http, endpoint, base=await self._base(), stream=stream, **options
        )

    async def _tool(self, endpoint: Any, **options: Any) -> Any:
        return json_answer(NAME, await self._toolbox(endpoint, **options))

    async def _tool_object(self, endpoint: Any, **kwargs: Any) -> dict[str, Any]:
        found = await self._tool(endpoint, **kwargs)
        if found is None:
            return {}
        if not isinstance(found, dict):
            raise ProviderError(NAME, f"malformed toolbox answer: {found!r:.200}")
        return found

    # --- lifecycle ----------------------------------------------------------------------------

    async def info(self) -> SandboxInfo:
        return shapes.sandbox_info(await self._provider.record(get_sandbox, sandbox_id_or_name=self._id))

    async def pause(self) -> None:
        await self._provider.call(pause_sandbox, sandbox_id_or_name=self._id)

    async def resume(self) -> None:
        await self._provider.call(start_sandbox, sandbox_id_or_name=self._id)
        await self._provider.wait_started(self._id, delete_on_failure=False)

    async def kill(self) -> None:
        await self._provider.kill_sandbox(self._id)
        self._gone = True  # its sessions went with it: nothing left to end
        await self._stop_readers()

    async def _stop_readers(self) -> None:
        for reader in [*self._handles.values(), *self._terminals.values()]:
            if reader.socket is not None and reader.pump is not None:
                await reader.pump.stop(reader.socket.aclose)
        self._handles.clear()
        self._commands.clear()
        self._terminals.clear()

    async def port_url(self, port: int) -> str:
        """The preview URL of a port. A private sandbox's URL also wants the header
        `X-Daytona-Preview-Token` (see `preview_link`)."""
        return (await self.preview_link(port))[0]

    async def preview_link(self, port: int) -> tuple[str, str]:
        """(url, token) for a port: send the token as `X-Daytona-Preview-Token` to a private sandbox."""
        check_port(port)
        answer = await self._provider.call(get_port_preview_url, sandbox_id_or_name=self._id, port=port)
        if not isinstance(answer, dict) or not isinstance(answer.get("url"), str):
            raise ProviderError(NAME, f"malformed preview URL answer: {answer!r:.200}")
        return answer["url"], str(answer.get("token") or "")

    async def set_timeout(self, seconds: float) -> None:
        check_seconds(seconds, "set_timeout")
        await self._provider.call(
            set_autostop_interval, sandbox_id_or_name=self._id, interval=shapes.minutes(seconds)
        )

    # --- sessions -----------------------------------------------------------------------------

    async def _new_session(self) -> str:
        # Numbered sessions (sandboxer-1, -2, ...): a number another client holds is skipped.
        while True:
            self._session_number += 1
            session = f"sandboxer-{self._session_number}"
            try:
                await self._tool(create_session, body=_body("CreateSessionRequest", {"sessionId": session}))
                return session
            except ConflictError:
                continue

    async def _take_session(self) -> str:
        """An idle session kept for this sandbox, or a new one. Commands run in subshells (nothing
        of one stays for the next), one at a time in a session: a session is taken while its
        command runs, and given back once it has ended."""
        async with self._session_lock:
            if self._sessions:
                return self._sessions.pop()
        return await self._new_session()

    async def _release(self, session: str, *, ended: bool) -> None:
        """A session whose command has ended (an exit code) goes back idle; one whose command may
        still run is deleted with it. A burst of concurrent commands makes as many sessions: only
        a few are kept idle."""
        async with self._session_lock:
            kept = (
                ended
                and len(self._sessions) < shapes.IDLE_SESSIONS
                and not self._provider.closing
                and not self._detached
            )
            if kept:
                self._sessions.append(session)
        if kept:
            self._provider.pooling.add(self)
        else:
            await self._end_session(session)

    async def _end_session(self, session: str) -> None:
        if self._gone or self._detached:
            return
        try:
            await self._tool(delete_session, session_id=session)
        except NotFoundError:
            pass

    async def _exec(
        self, session: str, line: str, *, run_async: bool, read_timeout: Any = None
    ) -> dict[str, Any]:
        """Run a line in a session; a synchronous exec is answered when the command ends, so its
        read timeout is the command's (None: as long as it takes)."""
        answer = await self._tool(
            session_execute_command,
            read_timeout=httpx.USE_CLIENT_DEFAULT if run_async else read_timeout,
            session_id=session,
            body=_body(
                "SessionExecuteRequest", {"command": line, "runAsync": run_async, "suppressInputEcho": True}
            ),
        )
        if not isinstance(answer, dict) or not isinstance(answer.get("cmdId"), str):
            raise ProviderError(NAME, f"malformed exec answer: {answer!r:.200}")
        return answer

    async def _run(self, line: str, read_timeout: Any = None) -> dict[str, Any]:
        """Run a line to its end in a kept session (one request once the session exists). A
        session whose command did not answer is deleted, with whatever still runs in it."""
        session = await self._take_session()
        try:
            answer = await self._exec(session, line, run_async=False, read_timeout=read_timeout)
        except BaseException:
            await self._end_session(session)
            raise
        await self._release(session, ended=answer.get("exitCode") is not None)
        return answer

    async def _script(self, script: str, *args: str, what: str, path: str | None = None) -> str:
        """Run one of our shell scripts (paths as arguments, never in the script text)."""
        answer = await self._run(shapes.script_line(script, *args))
        scripts.check_exit(NAME, answer.get("exitCode"), what, path, answer.get("stderr") or "")
        return answer.get("stdout") or ""

    # --- commands -----------------------------------------------------------------------------

    async def run_command(
        self, req: RunCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> CommandResult:
        if not isinstance(req, RunCommandRequest):
            raise InvalidRequestError("run_command takes a RunCommandRequest")
        shapes.check_user(req.user)
        started = time.monotonic()
        line = shapes.command_line(req.cmd, req.env, req.cwd, req.user, timeout=req.timeout_seconds)
        if on_stdout is None and on_stderr is None:
            # The toolbox answers a synchronous exec when the command has ended (and whatever it
            # left holding its output), streams apart.
            answer = await self._run(
                line, None if req.timeout_seconds is None else req.timeout_seconds + 30.0
            )
            code = answer.get("exitCode")
            result = CommandResult(
                stdout=shapes.without_end(answer.get("stdout") or ""),
                stderr=shapes.without_end(answer.get("stderr") or ""),
                exit_code=int(code) if isinstance(code, int) else -1,
                duration_ms=int((time.monotonic() - started) * 1000),
                error=None if isinstance(code, int) else "the toolbox gave no exit code",
            )
        else:
            command = await self._launch(line, {1: on_stdout, 2: on_stderr}, report_pid=False, stdin=False)
            await self._follow(command)
            await self._hand_back(command)
            result = command.result
        check_timeout(NAME, req.timeout_seconds, result)
        return result

    async def _launch(
        self, line: str, callbacks: dict[int, Any], *, report_pid: bool, stdin: bool
    ) -> _Command:
        """Start a line in a kept session (taken until the command ends) and open its followed log."""
        session = await self._take_session()
        try:
            answer = await self._exec(session, line, run_async=True)
            command = _Command(self, session, answer["cmdId"], callbacks, report_pid=report_pid, stdin=stdin)
            http = self._provider.toolbox_http
            logs = endpoint_request(
                get_session_command_logs,
                http.timeout,
                base=await self._base(),
                session_id=session,
                command_id=command.command_id,
                follow=True,
            )
            command.socket = await AsyncWebSocket.connect(http, logs["url"], provider=NAME, params=logs["params"])
            self._provider.readers.add(command)
        except BaseException:
            await self._end_session(session)
            raise
        return command

    async def _read_log(self, command: _Command, *, until_pid: bool = False) -> bool:
        """Feed followed log frames to the collector and callbacks; True once the log has ended."""
        while True:
            frame = await command.socket.receive()
            if frame is None:
                command.finish()
                if command.socket.close_code not in (None, 1000):
                    raise ProviderError(
                        NAME,
                        f"the log of command {command.command_id} ended with close code "
                        f"{command.socket.close_code}: {command.socket.close_reason}",
                    )
                return True
            data = frame.encode("utf-8") if isinstance(frame, str) else frame
            for stream, payload in command.demux.feed(data):
                command.feed(stream, payload)

            for stream, text in command.collector.take():
                if command.callbacks.get(stream) is not None:
                    await ainvoke(command.callbacks[stream], text)
            if until_pid and command.pid is not None:
                return False

    async def _follow(self, command: _Command, ended: bool = False) -> None:
        """Read the log to its end, then the exit code. A session whose command did not end (no
        exit code) is deleted, with whatever still runs in it; one whose command ended is given
        back by whoever takes the result (`_hand_back`): when sessions are reused then depends on
        the caller's calls alone, never on when a log in the background happened to end."""
        ended_cleanly = False
        try:
            if not ended:
                await self._read_log(command)
            stdout, stderr = command.collector.finish()
            for stream, text in command.collector.take():
                if command.callbacks.get(stream) is not None:
                    await ainvoke(command.callbacks[stream], text)
            details = await self._tool_object(
                get_session_command, session_id=command.session, command_id=command.command_id
            )
            code = details.get("exitCode")
            command.result = CommandResult(
                stdout=stdout,
                stderr=stderr,
                exit_code=int(code) if code is not None else -1,
                duration_ms=int((time.monotonic() - command.started) * 1000),
                error=None if code is not None else "the command's exit code is unknown",
            )
            ended_cleanly = code is not None
        finally:
            self._provider.readers.discard(command)
            await command.socket.aclose()
            if ended_cleanly:
                command.free = True
                self._provider.pooling.add(self)  # close() deletes it if it is never handed back
            else:
                await self._end_session(command.session)

    async def _hand_back(self, command: _Command) -> None:
        if command.free:
            command.free = False
            await self._release(command.session, ended=True)

    async def start_command(
        self, req: StartCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> tuple[int, str]:
        if not isinstance(req, StartCommandRequest):
            raise InvalidRequestError("start_command takes a StartCommandRequest")
        shapes.check_user(req.user)
        line = shapes.command_line(req.cmd, req.env, req.cwd, req.user, report_pid=True, stdin=req.stdin)
        command = await self._launch(line, {1: on_stdout, 2: on_stderr}, report_pid=True, stdin=req.stdin)
        try:
            ended = await self._read_log(command, until_pid=True)
        except BaseException:
            await command.socket.aclose()
            await self._end_session(command.session)
            raise
        if command.pid is None:
            await self._follow(command, ended=True)
            await self._hand_back(command)
            raise ProviderError(NAME, f"the command ended before reporting its pid: {command.result}")
        command.pump = AsyncBackground(self._follow, command, ended, name=f"sandboxer-daytona-{command.pid}")
        handle = f"{command.session}/{command.command_id}"
        self._handles[handle] = command
        self._commands[command.pid] = command
        return command.pid, handle

    async def wait_for_handle(self, handle_id: str) -> CommandResult:
        command = self._handles.get(handle_id) if isinstance(handle_id, str) else None
        if command is None or command.pump is None:
            raise NotFoundError(
                NAME, f"no command handle {handle_id!r} was started through this sandbox object"
            )
        try:
            await command.pump.join()
        finally:
            self._handles.pop(handle_id, None)
            self._commands.pop(command.pid, None)
        await self._hand_back(command)
        return command.result

    async def send_stdin(self, pid: int, data: bytes | str) -> None:
        command = self._commands.get(pid) if isinstance(pid, int) else None
        if command is None:
            raise NotFoundError(NAME, f"no command with pid {pid!r} was started through this sandbox object")
        if not command.stdin:
            # Its stdin is /dev/null (command_line): what is sent would never reach it.
            raise InvalidRequestError(f"send_stdin: command {pid} was started without stdin=True")
        try:
            text = data if isinstance(data, str) else as_bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidRequestError(
                "send_stdin: Daytona carries stdin as text; the bytes are not UTF-8"
            ) from None
        await self._tool(
            send_input,
            session_id=command.session,
            command_id=command.command_id,
            body=_body("SessionSendInputRequest", {"data": text}),
        )

    async def kill_process(self, pid: int) -> None:
        if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 1:
            raise InvalidRequestError(f"invalid pid {pid!r}")
        # Session commands share their session shell's process group (the daemon starts the shell
        # with Setpgid and it has no job control: daemon pkg/session/create.go:21-27), so the pid
        # leads no group of its own: its whole tree is killed. Killing the pid alone would leave its
        # children holding the command's output open, and its exit code would never be written.
        await self._script(scripts.KILL_TREE, str(pid), what="kill_process", path=str(pid))

    async def list_processes(self) -> list[ProcessInfo]:
        return scripts.parse_processes(await self._script(scripts.LIST_PROCESSES, what="list_processes"))

    # --- files --------------------------------------------------------------------------------

    # The daemon's file calls answer os.Stat's errors by status: ENOENT 404, EACCES 403, anything
    # else 400 (daemon pkg/toolbox/fs/*.go, v0.190.0). ENOTDIR, a path under a regular file, is
    # therefore 400, not 404; and from v0.148 to v0.190 every such answer has an empty body (gin's
    # AbortWithError writes the status before the error middleware could add one). So a 400 says
    # nothing more: where it matters, one more request tells what is there.

    async def _file_call(self, endpoint: Any, what: str, path: str, **kwargs: Any) -> Any:
        """A file call on `path`; a 400 for a path under a regular file is NotFoundError, as it is
        for a path that is not there, any other 400 InvalidRequestError."""
        try:
            return await self._tool(endpoint, path=path, **kwargs)
        except ProviderError as exc:
            if exc.status_code != 400:
                raise
            raise await self._file_error(exc, what, path) from exc

    async def _file_error(self, exc: ProviderError, what: str, path: str) -> Exception:
        """What a 400 for `path` was: NotFoundError under a regular file, else InvalidRequestError."""
        if await self._file_above(path):
            return NotFoundError(NAME, f"{what}: no such file or directory: {path!r}", status_code=exc.status_code)
        return InvalidRequestError(f"{what}: {exc.message}")

    async def _file_above(self, path: str) -> bool:
        """Whether a directory above `path` is a regular file (or a link to one): what a 400
        answered for `path` means when it is so."""
        return await self._not_a_directory(posixpath.dirname(path.rstrip("/")))

    async def _not_a_directory(self, path: str) -> bool:
        """Whether `path`, or a directory above it, is something other than a directory."""
        while path and path != "/":
            try:
                found = await self._tool(get_file_info, path=path)
            except NotFoundError:
                return False
            except ProviderError as exc:
                if exc.status_code != 400:
                    raise
                path = posixpath.dirname(path.rstrip("/"))  # ENOTDIR higher up (or some other 400)
                continue
            return not (isinstance(found, dict) and found.get("isDir"))
        return False

    async def stat(self, path: str) -> FileInfo:
        # The path asked for: the daemon's FileInfo has no path (v0.190) and follows links.
        return shapes.file_info(await self._file_call(get_file_info, "stat", check_path(path)), path)

    async def exists(self, path: str) -> bool:
        try:
            await self._file_call(get_file_info, "exists", check_path(path))
        except NotFoundError:
            return False
        return True

    async def list_directory(self, path: str) -> list[FileInfo]:
        return await self._listing(path, 1)

    async def _listing(self, path: str, depth: int) -> list[FileInfo]:
        answer = await self._file_call(list_files, "list_directory", check_path(path), depth=depth)
        if not isinstance(answer, list):
            raise ProviderError(NAME, f"malformed listing: {answer!r:.200}")
        # One level: each entry under the path asked for (v0.190 gives no path); deeper levels
        # need the daemon's own path of each entry.
        entries = []
        for entry in answer:
            name = entry.get("name") if isinstance(entry, dict) else None
            named = posixpath.join(path, name) if depth == 1 and isinstance(name, str) else None
            entries.append(shapes.file_info(entry, named))
        return sorted(entries, key=lambda e: e.path)

    async def make_dir(self, path: str) -> None:
        # os.MkdirAll: an existing directory is fine (201); any failure is 400, a file in the way
        # (the path or a directory above it) as much as a permission: asked apart.
        try:
            await self._tool(create_folder, path=check_path(path), mode="755")
        except ProviderError as exc:
            if exc.status_code != 400:
                raise
            if await self._not_a_directory(path.rstrip("/")):
                raise ConflictError(
                    NAME, f"make_dir: a file is in the way: {path!r}", status_code=exc.status_code
                ) from exc
            raise InvalidRequestError(f"make_dir: {exc.message}") from exc

    async def remove(self, path: str) -> None:
        check_removable(path)
        await self._file_call(delete_file, "remove", path, recursive=True)

    async def rename(self, src: str, dst: str) -> None:
        check_path(src)
        check_path(dst)
        source, target = posixpath.normpath(src), posixpath.normpath(dst)
        if target.startswith(source.rstrip("/") + "/") and source.startswith("/") == target.startswith("/"):
            # A directory into its own subtree: the daemon's rename(2) fails (EINVAL), its fallback
            # copies the tree there, then removes the source, copy and all (fs/move_file.go:88-105):
            # 200, the data gone. Asked first, only when the paths say it may be so.
            try:
                found = await self._tool(get_file_info, path=src)
            except ProviderError as exc:
                if exc.status_code not in (400, 404):
                    raise
                found = None  # not there (or under a file): the daemon answers the move
            if isinstance(found, dict) and found.get("isDir"):
                raise InvalidRequestError(f"rename: cannot move directory {src!r} into itself ({dst!r})")
        try:
            await self._tool(move_file, source=src, destination=dst)
            return
        except ProviderError as exc:
            if exc.status_code == 400:
                raise await self._file_error(exc, "rename", src) from exc
            if exc.status_code != 409:
                raise
        # 409: the destination exists, file or directory alike (fs/move_file.go:82-85). Our RENAME
        # script replaces a file in one rename(2) and refuses a directory (exit 22: ConflictError).
        await self._script(scripts.RENAME, src, dst, what="rename", path=src)

    async def _download_into(self, path: str, sink: BinaryIO) -> None:
        try:
            response = await self._toolbox(download_file, path=check_path(path), stream=True)
        except ProviderError as exc:  # 400: a directory ("path must be a file"), or under a file
            if exc.status_code != 400:
                raise
            raise await self._file_error(exc, "read", path) from exc
        try:
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

    async def _upload_from(self, path: str, source: BinaryIO) -> None:
        form = MultipartFile(posixpath.basename(path) or "file")
        response = await self._toolbox(
            upload_file,
            path=check_path(path),
            headers={"Content-Type": form.content_type},
            content=multipart_body(form, source),
        )
        await response.aclose()

    async def upload(self, remote_path: str, source: str | os.PathLike[str] | BinaryIO) -> None:
        await upload_from(source, lambda stream: self._upload_from(remote_path, stream))

    async def write_file(
        self, path: str, content: bytes, mode: int | None = None, user: str | None = None
    ) -> None:
        check_mode(mode)
        shapes.check_user(user)
        await self._upload_from(path, io.BytesIO(as_bytes(content)))
        if mode is not None or user is not None:
            kwargs: dict[str, Any] = {"path": path}
            if mode is not None:
                kwargs["mode"] = f"{mode:o}"
            if user is not None:
                kwargs.update(owner=user, group=user)
            await self._file_call(set_file_permissions, "write_file", **kwargs)

    async def watch_directory(
        self, path: str, on_event: Callable[[WatchEvent], Any], recursive: bool = False
    ) -> AsyncPollingWatcher:
        if not callable(on_event):
            raise InvalidRequestError("watch_directory: on_event must be callable")
        depth = _DEEP if recursive else 1
        first = await self._listing(path, depth)  # also: NotFoundError now, not later
        return AsyncPollingWatcher(lambda: self._listing(path, depth), first, on_event, _WATCH_INTERVAL)

    # --- terminals ----------------------------------------------------------------------------

    async def create_pty(self, req: CreatePTYRequest) -> PTYInfo:
        if not isinstance(req, CreatePTYRequest):
            raise InvalidRequestError("create_pty takes a CreatePTYRequest")
        shapes.check_user(req.user)
        rows, cols = req.rows or 24, req.cols or 80
        typed = (
            [req.command or "", req.user or "", *req.env.keys(), *req.env.values()]
            if req.command or req.user
            else []
        )
        if any(ch < " " or ch == "\x7f" for text in typed for ch in text):
            # They are typed into the terminal: a control character would act as a key, not data.
            raise InvalidRequestError(
                "create_pty: command, user and env must not hold control characters here"
            )
        env = {"TERM": "xterm-256color", **req.env}
        body: dict[str, Any] = {"cols": cols, "rows": rows, "envs": env}
        if req.cwd is not None:
            body["cwd"] = req.cwd
        # Terminals are named sandboxer-pty-<n>: n is the pid our API gives them (the toolbox has
        # no OS pid for a terminal). The first free number is taken; another client's is skipped.
        pid = self._next_terminal
        while True:
            session = shapes.pty_id(pid)
            try:
                await self._tool(create_pty_session, body=_body("PtyCreateRequest", {"id": session, **body}))
                break
            except ConflictError:
                pid += 1
        self._next_terminal = pid + 1
        try:
            http = self._provider.toolbox_http
            request = endpoint_request(connect_pty_session, http.timeout, base=await self._base(), session_id=session)
            socket = await AsyncWebSocket.connect(http, request["url"], provider=NAME)
        except BaseException:
            await self._delete_pty(session)
            raise
        terminal = _Terminal(pid, socket, req.on_data, rows, cols)
        terminal.pump = AsyncBackground(self._pump_terminal, terminal, name=f"sandboxer-daytona-pty-{pid}")
        self._terminals[pid] = terminal
        self._provider.readers.add(terminal)
        if req.command is not None or req.user is not None:
            # The toolbox starts a shell: the command (as the user) replaces it, typed as a line.
            # sudo resets the environment: the env goes again after it.
            argv = (
                ["sudo", "-n", "-u", req.user, "--", "env", "--", *(f"{k}={v}" for k, v in env.items())]
                if req.user
                else []
            )
            argv += ["/bin/sh", "-c", req.command] if req.command else ["/bin/sh", "-l"]
            await socket.send(("exec " + shlex.join(argv) + "\r").encode())
        return PTYInfo(pid=pid, rows=rows, cols=cols)

    async def _pump_terminal(self, terminal: _Terminal) -> None:
        while True:
            frame = await terminal.socket.receive()
            if frame is None:
                return
            if isinstance(frame, str):  # control messages are text: {"type": "control", ...}
                try:
                    control = json.loads(frame)
                except ValueError:
                    control = None
                if isinstance(control, dict) and control.get("type") == "control":
                    if control.get("status") == "exited":
                        terminal.exit = control
                    continue
                frame = frame.encode("utf-8")
            if terminal.on_data is not None:
                await ainvoke(terminal.on_data, frame)

    def _terminal(self, pid: int) -> _Terminal:
        terminal = self._terminals.get(pid) if isinstance(pid, int) else None
        if terminal is None:
            raise NotFoundError(NAME, f"no terminal with pid {pid!r} was created through this sandbox object")
        return terminal

    async def send_pty_input(self, pid: int, data: bytes | str) -> None:
        await self._terminal(pid).socket.send(as_bytes(data))

    async def resize_pty(self, pid: int, rows: int, cols: int) -> None:
        check_terminal_size(rows, cols)
        terminal = self._terminal(pid)
        await self._tool(
            resize_pty_session,
            session_id=shapes.pty_id(pid),
            body=_body("PtyResizeRequest", {"rows": rows, "cols": cols}),
        )
        terminal.rows, terminal.cols = rows, cols

    async def _delete_pty(self, session: str) -> None:
        try:
            await self._tool(delete_pty_session, session_id=session)
        except NotFoundError:
            pass

    async def kill_pty(self, pid: int) -> None:
        terminal = self._terminal(pid)
        try:
            await self._delete_pty(shapes.pty_id(pid))
            try:
                await terminal.pump.join(timeout=10)  # the socket closes when the terminal ends
            except (SandboxerError, TimeoutError):
                pass
        finally:
            await terminal.pump.stop(terminal.socket.aclose)
            self._terminals.pop(pid, None)
            self._provider.readers.discard(terminal)

    async def list_pty(self) -> list[PTYInfo]:
        answer = await self._tool_object(list_pty_sessions)
        found = []
        for session in answer.get("sessions") or []:
            if not isinstance(session, dict):
                continue
            pid = shapes.pty_pid(str(session.get("id", "")))
            if pid is not None and session.get("active", True):
                found.append(
                    PTYInfo(pid=pid, rows=int(session.get("rows") or 0), cols=int(session.get("cols") or 0))
                )
        return found


def _body(model: str, data: dict[str, Any]) -> Any:
    """A generated toolbox request model from plain data (it serialises it back with to_dict)."""
    return getattr(toolbox_models, model).from_dict(data)


class AsyncDaytonaProvider(AsyncProviderBase):
    """Sandboxes on Daytona (https://daytona.io): key from api_key, DAYTONA_API_KEY or DAYTONA_TOKEN."""

    name = NAME
    sandbox_class = AsyncDaytonaSandbox

    def __init__(self, config: ProviderConfig) -> None:
        if _wsproto() is None:
            raise BadConfigError(
                "the Daytona provider needs the daytona extra: pip install 'sandboxer[daytona]'"
            )
        self.settings = shapes.settings(config)
        transport = AsyncProviderTransport.from_config(config, provider=NAME, target=self.settings.api_url)
        timeout = client_timeout(self.settings.request_timeout)
        headers = {"Authorization": f"Bearer {self.settings.api_key}"}
        if self.settings.organization_id:
            headers["X-Daytona-Organization-ID"] = self.settings.organization_id
        self.api_http = httpx.AsyncClient(
            base_url=self.settings.api_url, headers=headers, transport=transport, timeout=timeout
        )
        # The toolbox takes the same key; it answers logs with stdout and stderr apart to clients
        # of at least SPLIT_LOGS_VERSION.
        toolbox_headers = {
            **headers,
            "X-Daytona-SDK-Version": shapes.SPLIT_LOGS_VERSION,
            "X-Daytona-Split-Output": "true",
        }
        self.toolbox_http = httpx.AsyncClient(headers=toolbox_headers, transport=transport, timeout=timeout)
        self.readers: set[Any] = set()  # started commands and terminals whose sockets are read
        self.pooling: set[AsyncDaytonaSandbox] = set()  # sandboxes holding idle command sessions
        self.closing = False  # close() began: sessions are no longer kept

    async def call(self, endpoint: Any, **options: Any) -> Any:
        return await call_endpoint(self.api_http, NAME, endpoint, **options)

    async def record(self, endpoint: Any, **kwargs: Any) -> dict[str, Any]:
        found = await self.call(endpoint, **kwargs)
        if not isinstance(found, dict) or not isinstance(found.get("id"), str):
            raise ProviderError(NAME, f"malformed sandbox record: {found!r:.200}")
        return found

    async def wait_started(
        self, sandbox_id: str, record: dict[str, Any] | None = None, *, delete_on_failure: bool = True
    ) -> dict[str, Any]:
        """Poll the sandbox until it is started (0.1 s, growing to 1 s); a failed state or the
        configured time running out is an error (a sandbox being created is then deleted)."""
        last = {"record": record}

        async def started(_left: float) -> dict[str, Any] | None:
            found = last["record"] or await self.record(get_sandbox, sandbox_id_or_name=sandbox_id)
            last["record"] = None
            state = str(found.get("state"))
            last["state"] = state
            if state in shapes.FAILED_STATES:
                if delete_on_failure:
                    await self._delete_quietly(sandbox_id)
                raise ProviderError(
                    NAME,
                    f"sandbox {sandbox_id} ended in state {state!r}: {found.get('errorReason') or 'no reason given'}",
                    code=state,
                )
            return found if state == "started" else None

        async def expired() -> SandboxerTimeoutError:
            if delete_on_failure:
                await self._delete_quietly(sandbox_id)
            return SandboxerTimeoutError(
                NAME,
                f"sandbox {sandbox_id} was not started after {self.settings.start_timeout:g}s (state {last['state']!r})",
            )

        return await wait_until(started, self.settings.start_timeout, expired)

    async def _delete_quietly(self, sandbox_id: str) -> None:
        try:
            await self.call(delete_sandbox, sandbox_id_or_name=sandbox_id)
        except SandboxerError:
            pass

    async def create_sandbox(self, req: CreateSandboxRequest) -> tuple[AsyncDaytonaSandbox, SandboxInfo]:
        if not isinstance(req, CreateSandboxRequest):
            raise InvalidRequestError("create_sandbox takes a CreateSandboxRequest")
        body: dict[str, Any] = {"labels": managed.marked(req.metadata), "env": dict(req.envs)}
        if req.template is not None:
            body["snapshot"] = req.template
        if req.cpus is not None:
            body["cpu"] = max(int(-(-req.cpus // 1)), 1)  # whole cores, rounded up
        if req.memory_mb is not None:
            body["memory"] = shapes.gigabytes(req.memory_mb)
        if req.timeout_seconds is not None:
            body["autoStopInterval"] = shapes.minutes(req.timeout_seconds)
        if req.auto_destroy is not None:
            # Deleted as soon as it stops (0), or never automatically (-1).
            body["autoDeleteInterval"] = 0 if req.auto_destroy else -1
        record = await self.record(create_sandbox, body=CreateSandbox.from_dict(body))
        try:
            record = await self.wait_started(record["id"], record)
        except (SandboxerTimeoutError, ProviderError):
            raise  # wait_started has deleted it
        except BaseException:
            await self._delete_quietly(record["id"])  # interrupted: the caller never gets its id
            raise
        return AsyncDaytonaSandbox(self, record), shapes.sandbox_info(record)

    async def attach_sandbox(self, sandbox_id: str) -> AsyncDaytonaSandbox:
        check_sandbox_id(sandbox_id)
        return AsyncDaytonaSandbox(self, await self.record(get_sandbox, sandbox_id_or_name=sandbox_id))

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        wanted = (filter.metadata_filter if filter else None) or {}
        limit = filter.limit if filter is not None else None
        found: list[SandboxInfo] = []
        cursor = None
        while limit is None or len(found) < limit:
            kwargs: dict[str, Any] = {
                "limit": _PAGE if limit is None else min(_PAGE, limit - len(found)),
                # Not sent: the generated defaults (false) would be read as true by the server.
                "include_errored_deleted": UNSET,
                "include_warm": UNSET,
            }
            labels = shapes.labels_query(wanted)
            if labels is not None:
                kwargs["labels"] = labels
            if cursor is not None:
                kwargs["cursor"] = cursor
            page = await self.call(list_sandboxes, **kwargs)
            if not isinstance(page, dict) or not isinstance(page.get("items"), list):
                raise ProviderError(NAME, f"malformed sandbox list: {page!r:.200}")
            found += [shapes.sandbox_info(item) for item in page["items"]]
            cursor = page.get("nextCursor")
            if not cursor or not page["items"]:
                break
        return found if limit is None else found[:limit]

    async def kill_sandbox(self, sandbox_id: str) -> None:
        check_sandbox_id(sandbox_id)
        await self.call(delete_sandbox, sandbox_id_or_name=sandbox_id)
        for sandbox in list(self.pooling):  # its sessions went with it: nothing left to delete
            if sandbox.id == sandbox_id:
                sandbox._gone = True
                sandbox._sessions = []
                self.pooling.discard(sandbox)

    async def close(self) -> None:
        # Idle sessions: their commands have ended (what a command left running in one goes with
        # it). A command ending from now on deletes its session instead of keeping it.
        self.closing = True
        for sandbox in list(self.pooling):
            async with sandbox._session_lock:
                idle, sandbox._sessions = sandbox._sessions, []
            for command in sandbox._handles.values():  # ended, never waited for
                if command.free:
                    command.free = False
                    idle.append(command.session)
            for session in idle:
                try:
                    await sandbox._end_session(session)
                except ProviderError:
                    pass  # the sandbox was stopped or deleted elsewhere: its sessions went with it
        self.pooling.clear()
        for reader in list(self.readers):
            if isinstance(reader, _Command):
                reader.owner._detached = True  # a started command goes on; its session stays
            if reader.pump is not None:
                await reader.pump.stop(reader.socket.aclose)
            else:
                await reader.socket.aclose()
        self.readers.clear()
        await self.toolbox_http.aclose()
        await self.api_http.aclose()


__all__ = ["AsyncDaytonaProvider", "AsyncDaytonaSandbox"]
