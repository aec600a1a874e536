"""The Daytona provider: the control plane (app.daytona.io/api) and the toolbox inside each sandbox.

Requests are built by the generated clients (`sandboxer._generated.daytona_api`, `..._toolbox`)
and sent through one pooled httpx transport; answers are read as JSON. Commands run in toolbox
sessions, so stdout and stderr stay apart; followed logs and terminals are WebSockets
(`_transport/_async/websocket.py`, the `daytona` extra).
"""

from __future__ import annotations

import collections
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
from ..._concurrency import AsyncBackground, AsyncFlag, AsyncLock, ainvoke
from ..._transport._async.http import AsyncProviderTransport, call_endpoint, client_timeout, send_endpoint
from ..._transport._async.websocket import AsyncWebSocket, wsproto_installed
from ..._transport.endpoint import LazyEndpoint, endpoint_request
from ..._transport.errors import json_answer
from ...config import ProviderConfig
from ...errors import (
    BadConfigError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    NotSupportedError,
    ProviderError,
    SandboxerError,
    SandboxerTimeoutError,
    UnauthorizedError,
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
from ..daytona_shapes import NAME
from ..multipart import MultipartFile
from ..shell_line import check_timeout
from .polling_watcher import AsyncPollingWatcher
from .uploads import download_to, multipart_body, upload_from
from .waiting import wait_until

# The generated endpoints this adapter calls, each imported on its first call (issue 21).
_SANDBOX = "daytona_api.api.sandbox"
create_sandbox = LazyEndpoint(_SANDBOX, "create_sandbox")
delete_sandbox = LazyEndpoint(_SANDBOX, "delete_sandbox")
get_port_preview_url = LazyEndpoint(_SANDBOX, "get_port_preview_url")
get_sandbox = LazyEndpoint(_SANDBOX, "get_sandbox")
get_toolbox_proxy_url = LazyEndpoint(_SANDBOX, "get_toolbox_proxy_url")
list_sandboxes = LazyEndpoint(_SANDBOX, "list_sandboxes")
pause_sandbox = LazyEndpoint(_SANDBOX, "pause_sandbox")
set_ttl = LazyEndpoint(_SANDBOX, "set_ttl")
start_sandbox = LazyEndpoint(_SANDBOX, "start_sandbox")
_FILES = "daytona_toolbox.api.file_system"
create_folder = LazyEndpoint(_FILES, "create_folder")
delete_file = LazyEndpoint(_FILES, "delete_file")
download_file = LazyEndpoint(_FILES, "download_file")
get_file_info = LazyEndpoint(_FILES, "get_file_info")
list_files = LazyEndpoint(_FILES, "list_files")
move_file = LazyEndpoint(_FILES, "move_file")
set_file_permissions = LazyEndpoint(_FILES, "set_file_permissions")
upload_file = LazyEndpoint(_FILES, "upload_file")
upload_files = LazyEndpoint(_FILES, "upload_files")
_PROCESS = "daytona_toolbox.api.process"
connect_pty_session = LazyEndpoint(_PROCESS, "connect_pty_session")
create_pty_session = LazyEndpoint(_PROCESS, "create_pty_session")
create_session = LazyEndpoint(_PROCESS, "create_session")
delete_pty_session = LazyEndpoint(_PROCESS, "delete_pty_session")
delete_session = LazyEndpoint(_PROCESS, "delete_session")
get_session_command = LazyEndpoint(_PROCESS, "get_session_command")
get_session_command_logs = LazyEndpoint(_PROCESS, "get_session_command_logs")
list_pty_sessions = LazyEndpoint(_PROCESS, "list_pty_sessions")
resize_pty_session = LazyEndpoint(_PROCESS, "resize_pty_session")
send_input = LazyEndpoint(_PROCESS, "send_input")
session_execute_command = LazyEndpoint(_PROCESS, "session_execute_command")

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
        socket: AsyncWebSocket,
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
        self.socket = socket  # its followed log
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

    def ended(self) -> CommandResult:
        """The result: read by _follow, which raised instead when it could not read it."""
        if self.result is None:
            raise ProviderError(NAME, f"command {self.command_id}: its result was never read")
        return self.result

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
    """A terminal's socket, read at once into a bounded buffer that `on_data` is fed from: the
    daemon drops a client that reads slowly (close 1008 "slow consumer", pty/websocket.go:110), so
    a slow callback must never hold the socket's reading up."""

    def __init__(self, pid: int, socket: AsyncWebSocket, on_data: Any, rows: int, cols: int) -> None:
        self.pid = pid
        self.socket = socket
        self.on_data = on_data
        self.rows = rows
        self.cols = cols
        self.pump: AsyncBackground | None = None  # feeds on_data from the buffer
        self.reader: AsyncBackground | None = None  # reads the socket into the buffer
        self.exit: dict[str, Any] | None = None
        self.error: ProviderError | None = None  # the daemon's control "error", or an overflow
        self.buffer: collections.deque[bytes] = collections.deque()
        self.buffered = 0
        self.ended = False  # the socket is read to its end
        self.stopped = False  # killed or closed: what is still buffered is not delivered
        self.more = AsyncFlag()  # set when the buffer gained data or the socket ended

    def hold(self, data: bytes) -> None:
        if self.buffered + len(data) > shapes.TERMINAL_BUFFER:
            self.error = ProviderError(
                NAME,
                f"terminal {self.pid}: on_data fell {shapes.TERMINAL_BUFFER} bytes behind the output; "
                "the terminal was closed",
            )
            raise self.error
        self.buffer.append(data)
        self.buffered += len(data)
        self.more.set()

    def take(self) -> list[bytes]:
        self.more = AsyncFlag()  # replaced first: what comes after the taking wakes the next wait
        taken = []
        while self.buffer:  # popleft, one at a time: the sync twin's reader thread may append meanwhile
            taken.append(self.buffer.popleft())
            self.buffered -= len(taken[-1])
        return taken

    def check(self) -> None:
        if self.error is not None:
            raise self.error


class AsyncDaytonaSandbox(AsyncRunningFromInfo):
    provider_name = NAME
    features = frozenset({"stream_output", "pty_output"})
    conditions = {
        "pause": "only `linux-vm` and `windows` sandboxes; the default class, `container`, raises "
        "`NotSupportedError` (`resume` starts any stopped sandbox)",
    }

    def __init__(self, provider: AsyncDaytonaProvider, record: dict[str, Any]) -> None:
        self._provider = provider
        self._id: str = record["id"]
        self._toolbox_url = (record.get("toolboxProxyUrl") or "").rstrip("/")
        self._class = shapes.sandbox_class(record)  # fixed for its life: whether it can pause
        self._sessions: list[str] = []  # idle sessions for run_command (one command at a time each)
        self._session_lock = AsyncLock()
        self._commands: dict[int, _Command] = {}
        self._handles: dict[str, _Command] = {}
        self._terminals: dict[int, _Terminal] = {}
        self._next_terminal = 1
        self._session_number = 0
        self._gone = False
        self._bulk_upload = False  # its daemon predates /files/upload-v2

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
        base = await self._base()
        try:
            return await send_endpoint(
                self._provider.toolbox_http, endpoint, base=base, stream=stream, **options
            )
        except ProviderError as exc:
            raise self._toolbox_error(exc) from exc

    def _toolbox_error(self, exc: ProviderError) -> ProviderError:
        """What a toolbox error means. The proxy's answers for a sandbox that is not running are
        a 400 or a 404 (never "no such file": exists() must not say False); the daemon's 403 is a
        file permission (os.IsPermission in every fs handler), not a refused key."""
        if shapes.not_running(exc):
            return ProviderError(
                NAME,
                f"sandbox {self._id} is not running (stopped, archived or changing state): "
                f"resume() it first ({exc.message})",
                code="not_running",  # no status: the file calls read a 400 or 404 as the daemon's own
            )
        if isinstance(exc, UnauthorizedError) and exc.status_code == 403:
            return ProviderError(
                NAME, f"permission denied: {exc.message}", status_code=403, code="permission_denied"
            )
        return exc

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
        """Pauses a linux-vm or windows sandbox (memory kept) and returns once it is paused, as the
        SDK waits (sdk-python _async/sandbox.py:1273-1295): a resume or kill right after works. The
        API refuses other classes (422; the default class is container), so those raise
        NotSupportedError before anything is sent."""
        if self._class not in shapes.PAUSING_CLASSES:
            raise NotSupportedError(
                NAME,
                "pause",
                f"Daytona pauses only linux-vm and windows sandboxes; {self._id} is a {self._class} sandbox",
            )
        try:
            await self._provider.call(pause_sandbox, sandbox_id_or_name=self._id)
        except ProviderError as exc:
            if exc.status_code == 422:  # "Pausing is not supported for this sandbox"
                raise NotSupportedError(NAME, "pause", f"Daytona refused to pause {self._id}: {exc.message}") from exc
            raise
        await self._provider.wait_state(self._id, "paused")

    async def resume(self) -> None:
        await self._provider.call(start_sandbox, sandbox_id_or_name=self._id)
        await self._provider.wait_started(self._id, delete_on_failure=False)
        await self._forget_sessions()  # a stopped sandbox's daemon lost them (they live in its memory)

    async def kill(self) -> None:
        await self._provider.kill_sandbox(self._id)
        self._gone = True  # its sessions went with it: nothing left to end
        await self._stop_readers()

    async def _stop_readers(self) -> None:
        readers: list[_Command | _Terminal] = [*self._handles.values(), *self._terminals.values()]
        for reader in readers:
            if reader.pump is not None:
                await _stop_reading(reader)
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
        """The sandbox is destroyed `seconds` from now (its TTL, re-anchored: the API rounds to
        whole minutes), whatever its state."""
        check_seconds(seconds, "set_timeout")
        await self._provider.call(set_ttl, sandbox_id_or_name=self._id, ttl_minutes=shapes.minutes(seconds))

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

    async def _forget_sessions(self) -> None:
        async with self._session_lock:
            self._sessions = []

    async def _take_session(self) -> str:
        """An idle session kept for this sandbox, or a new one. Commands run in subshells (nothing
        of one stays for the next), one at a time in a session: a session is taken while its
        command runs, and given back once it has ended."""
        async with self._session_lock:
            if self._sessions:
                return self._sessions.pop()
        return await self._new_session()

    async def _release(self, session: str, *, ended: bool) -> None:
        """A session whose command has ended (an exit code) goes back idle, for the next command;
        one whose command may still run is deleted with it. An ended session is never deleted:
        deleting a session kills all it started (daemon pkg/session/delete.go:44-69), and what a
        command left running in the background (`server &`) must outlive it, and close(). So all
        are kept for reuse: a sandbox has as many as ever ran at once through this object."""
        if not ended:
            await self._end_session(session)
            return
        async with self._session_lock:
            self._sessions.append(session)  # as many as ever ran at once: a burst's are reused

    async def _end_session(self, session: str) -> None:
        if self._gone:
            return
        try:
            await self._tool(delete_session, session_id=session)
        except ProviderError:
            pass  # gone already, or with a stopped sandbox: what ran in it went with it

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

    async def _exec_in_session(
        self, line: str, *, run_async: bool, read_timeout: Any = None
    ) -> tuple[str, dict[str, Any]]:
        """Exec a line in a kept session, or a new one. A kept session the daemon lost (a stop and
        start of the sandbox: sessions live in its memory) is forgotten with all kept ones and the
        line runs once more in a new session: it never started. A session whose exec failed
        otherwise is deleted, with whatever may run in it."""
        session = await self._take_session()
        try:
            try:
                return session, await self._exec(
                    session, line, run_async=run_async, read_timeout=read_timeout
                )
            except ProviderError as exc:
                if not shapes.session_lost(exc):
                    raise
            await self._forget_sessions()
            session = await self._new_session()
            return session, await self._exec(session, line, run_async=run_async, read_timeout=read_timeout)
        except BaseException:
            await self._end_session(session)
            raise

    async def _run(self, line: str, read_timeout: Any = None) -> dict[str, Any]:
        """Run a line to its end in a kept session (one request once the session exists)."""
        session, answer = await self._exec_in_session(line, run_async=False, read_timeout=read_timeout)
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
            result = command.ended()
        check_timeout(NAME, req.timeout_seconds, result)
        return result

    async def _launch(
        self, line: str, callbacks: dict[int, Any], *, report_pid: bool, stdin: bool
    ) -> _Command:
        """Start a line in a kept session (taken until the command ends) and open its followed log."""
        session, answer = await self._exec_in_session(line, run_async=True)
        try:
            command_id = answer["cmdId"]
            http = self._provider.toolbox_http
            logs = endpoint_request(
                get_session_command_logs,
                http.timeout,
                base=await self._base(),
                session_id=session,
                command_id=command_id,
                follow=True,
            )
            socket = await AsyncWebSocket.connect(http, logs["url"], provider=NAME, params=logs["params"])
            command = _Command(
                self, session, command_id, socket, callbacks, report_pid=report_pid, stdin=stdin
            )
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
                command.free = True  # given back by whoever takes the result
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
            if command.pid is not None:  # (a started command's pid is known: start_command)
                self._commands.pop(command.pid, None)
        await self._hand_back(command)
        return command.ended()

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
            return NotFoundError(
                NAME, f"{what}: no such file or directory: {path!r}", status_code=exc.status_code
            )
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
            # A daemon before July 2026 ignores depth and gives no path: its one level is named so too.
            known = depth == 1 or not (isinstance(entry, dict) and entry.get("path"))
            named = posixpath.join(path, name) if known and isinstance(name, str) else None
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
        """`/files/upload-v2`; a daemon from before it (July 2026: self-hosted, or a sandbox not
        restarted since) has no such route (gin's 404 "page not found"), so this sandbox's uploads
        go to `/files/bulk-upload` from then on (the SDK's own route, in both daemons)."""
        check_path(path)
        start = source.tell() if not self._bulk_upload and source.seekable() else None
        if not self._bulk_upload:
            form = MultipartFile(posixpath.basename(path) or "file")
            try:
                response = await self._toolbox(
                    upload_file,
                    path=path,
                    headers={"Content-Type": form.content_type},
                    content=multipart_body(form, source),
                )
                await response.aclose()
                return
            except NotFoundError as exc:  # upload-v2 makes the parents: a 404 is the route missing
                if start is None:
                    raise ProviderError(
                        NAME,
                        f"upload: this sandbox's daemon has no /files/upload-v2, and the source cannot be read again ({exc.message})",
                    ) from exc
                self._bulk_upload = True
                source.seek(start)
        form = shapes.BulkUploadForm(path)
        answer = await self._tool(
            upload_files, headers={"Content-Type": form.content_type}, content=multipart_body(form, source)
        )
        # 200 {"files": [{path, bytes}]} names each file written; a part it did not take as a file
        # is skipped without a word (upload_files.go), so a 200 without ours is no upload. Daemons
        # up to v0.170 answer an empty 200 (upload_files.go@v0.170.0:95): nothing to check there.
        written = answer.get("files") if isinstance(answer, dict) else None
        if written is not None and not any(isinstance(f, dict) and f.get("path") == path for f in written):
            raise ProviderError(
                NAME, f"upload: the daemon's bulk-upload wrote no file at {path!r}: {answer!r:.200}"
            )

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
            request = endpoint_request(
                connect_pty_session, http.timeout, base=await self._base(), session_id=session
            )
            socket = await AsyncWebSocket.connect(http, request["url"], provider=NAME)
        except BaseException:
            await self._delete_pty(session)
            raise
        terminal = _Terminal(pid, socket, req.on_data, rows, cols)
        try:
            await self._connected(terminal)
        except BaseException:
            await socket.aclose()
            await self._delete_pty(session)
            raise
        terminal.reader = AsyncBackground(
            self._read_terminal, terminal, name=f"sandboxer-daytona-pty-read-{pid}"
        )
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

    async def _connected(self, terminal: _Terminal) -> None:
        """Wait for the daemon's {"type":"control","status":"connected"} before anything is typed
        (the SDK waits for it too); a control "error" (an unknown terminal still answers 101,
        then says so: pty/controller.go:189-217) is an error."""
        while True:
            frame = await terminal.socket.receive()
            if frame is None:
                raise ProviderError(NAME, f"terminal {terminal.pid} closed before it was connected")
            control = _control(frame)
            if control is None:
                terminal.hold(frame.encode("utf-8") if isinstance(frame, str) else frame)
            elif control.get("status") == "connected":
                return
            elif control.get("status") == "error":
                raise ProviderError(NAME, f"terminal {terminal.pid}: {control.get('error') or control}")

    async def _read_terminal(self, terminal: _Terminal) -> None:
        try:
            while True:
                frame = await terminal.socket.receive()
                if frame is None:
                    return
                control = _control(frame)
                if control is None:
                    terminal.hold(frame.encode("utf-8") if isinstance(frame, str) else frame)
                elif control.get("status") == "exited":
                    terminal.exit = control
                elif control.get("status") == "error":
                    terminal.error = ProviderError(
                        NAME, f"terminal {terminal.pid}: {control.get('error') or control}"
                    )
                    return
        except ProviderError as exc:
            terminal.error = terminal.error or exc
        finally:
            terminal.ended = True
            terminal.more.set()
            if terminal.error is not None:
                await terminal.socket.aclose()

    async def _pump_terminal(self, terminal: _Terminal) -> None:
        """Feed on_data from the buffer until the socket is read to its end and the buffer empty."""
        while not terminal.stopped:
            waiting = terminal.more
            chunks = terminal.take()
            for chunk in chunks:
                if terminal.on_data is not None and not terminal.stopped:
                    await ainvoke(terminal.on_data, chunk)
            if not chunks:
                if terminal.ended and not terminal.buffer:
                    terminal.check()
                    return
                await waiting.wait(0.05)

    def _terminal(self, pid: int) -> _Terminal:
        terminal = self._terminals.get(pid) if isinstance(pid, int) else None
        if terminal is None:
            raise NotFoundError(NAME, f"no terminal with pid {pid!r} was created through this sandbox object")
        return terminal

    async def send_pty_input(self, pid: int, data: bytes | str) -> None:
        terminal = self._terminal(pid)
        terminal.check()
        await terminal.socket.send(as_bytes(data))

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
                if terminal.pump is not None:
                    await terminal.pump.join(timeout=10)  # the socket closes when the terminal ends
            except (SandboxerError, TimeoutError):
                pass
        finally:
            await _stop_reading(terminal)
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


async def _stop_reading(reader: _Command | _Terminal) -> None:
    """Stop the tasks reading a command's log or a terminal, and close its socket."""
    if isinstance(reader, _Terminal):
        reader.stopped = True
        reader.more.set()  # a pump waiting for output wakes, and ends
        if reader.reader is not None:
            await reader.reader.stop(reader.socket.aclose)
    if reader.pump is not None:
        await reader.pump.stop(reader.socket.aclose)
    else:
        await reader.socket.aclose()


def _control(frame: bytes | str) -> dict[str, Any] | None:
    """A terminal's control message ({"type": "control", ...}, sent as text), else None: output."""
    if not isinstance(frame, str):
        return None
    try:
        control = json.loads(frame)
    except ValueError:
        return None
    return control if isinstance(control, dict) and control.get("type") == "control" else None


def _body(model: str, data: dict[str, Any]) -> Any:
    """A generated toolbox request model from plain data (it serialises it back with to_dict)."""
    from ..._generated.daytona_toolbox import models  # each model imported on first use

    return getattr(models, model).from_dict(data)


def _list_options() -> dict[str, Any]:
    """Flags list_sandboxes leaves out: the generated defaults (false) would be read as true by the
    server."""
    from ..._generated.daytona_api.types import UNSET

    return {"include_errored_deleted": UNSET, "include_warm": UNSET}


class _RetryHints(httpx.AsyncBaseTransport):
    """Under the retries: Daytona names its retry hint after the limit that was hit,
    `Retry-After-<throttler>` (docs limits.mdx:51-60); a 429 carrying one gets it as Retry-After,
    which the retries read."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        hint = shapes.retry_after_hint(response.headers) if response.status_code == 429 else None
        if hint is None:
            return response
        # A new answer around the same body: the vendor's own answer stays as it came.
        return httpx.Response(
            response.status_code,
            headers=[*response.headers.raw, (b"Retry-After", hint.encode("ascii"))],
            stream=response.stream,
            extensions=response.extensions,
            request=request,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()


class AsyncDaytonaProvider(AsyncProviderBase):
    """Sandboxes on Daytona (https://daytona.io): key from api_key, DAYTONA_API_KEY or DAYTONA_TOKEN."""

    name = NAME
    sandbox_class = AsyncDaytonaSandbox

    def __init__(self, config: ProviderConfig) -> None:
        if not wsproto_installed():
            raise BadConfigError(
                "the Daytona provider needs the daytona extra: pip install 'sandboxer[daytona]'"
            )
        self.settings = shapes.settings(config)
        transport = AsyncProviderTransport.from_config(
            config, provider=NAME, target=self.settings.api_url, wrap=_RetryHints
        )
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
        """Poll the sandbox until it is started (0.1 s, growing to 1 s; an image build passes
        through pending_build and building_snapshot); a failed state or the configured time
        running out is an error (a sandbox being created is then deleted)."""
        try:
            return await self.wait_state(sandbox_id, "started", record)
        except (ProviderError, SandboxerTimeoutError):
            if delete_on_failure:
                await self.delete_quietly(sandbox_id)
            raise

    async def wait_state(
        self, sandbox_id: str, wanted: str, record: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Poll the sandbox until its state is `wanted`; a failed state, or start_timeout_seconds
        passing, is an error."""
        pending = record  # a record in hand is looked at first
        last_state: str | None = None

        async def reached(_left: float) -> dict[str, Any] | None:
            nonlocal pending, last_state
            found = pending or await self.record(get_sandbox, sandbox_id_or_name=sandbox_id)
            pending = None
            state = last_state = str(found.get("state"))
            if state in shapes.FAILED_STATES:
                raise ProviderError(
                    NAME,
                    f"sandbox {sandbox_id} ended in state {state!r}: {found.get('errorReason') or 'no reason given'}",
                    code=state,
                )
            return found if state == wanted else None

        async def expired() -> SandboxerTimeoutError:
            return SandboxerTimeoutError(
                NAME,
                f"sandbox {sandbox_id} was not {wanted} after {self.settings.start_timeout:g}s (state {last_state!r})",
            )

        return await wait_until(reached, self.settings.start_timeout, expired)

    async def delete(self, sandbox_id: str) -> None:
        """DELETE, asked again while the API answers 409 "Sandbox state change in progress" (a
        sandbox starting, stopping or pausing: sandbox.service.ts destroy(), :2016-2018), for at
        most DELETE_SECONDS."""

        async def deleted(_left: float) -> bool | None:
            try:
                await self.call(delete_sandbox, sandbox_id_or_name=sandbox_id)
            except ConflictError as exc:
                if "state change in progress" not in exc.message.lower():
                    raise
                return None
            return True

        async def expired() -> ConflictError:
            return ConflictError(
                NAME,
                f"sandbox {sandbox_id} was still changing state after {shapes.DELETE_SECONDS:g}s: not deleted",
            )

        await wait_until(deleted, shapes.DELETE_SECONDS, expired)

    async def delete_quietly(self, sandbox_id: str) -> None:
        try:
            await self.delete(sandbox_id)
        except SandboxerError:
            pass

    async def _delete_marked(self, mark: str) -> None:
        """Delete what a create marked `mark` made, when its answer never said (the list is
        eventually consistent: asked for a few seconds until something is found)."""
        labels = shapes.labels_query({shapes.CREATE_MARK: mark})

        async def made(_left: float) -> list[Any] | None:
            page = await self.call(list_sandboxes, limit=_PAGE, labels=labels, **_list_options())
            items = page.get("items") if isinstance(page, dict) else None
            return items or None

        async def nothing() -> SandboxerTimeoutError:
            return SandboxerTimeoutError(NAME, "no sandbox carries the create's mark")

        try:
            found = await wait_until(made, shapes.MARK_LOOKUP_SECONDS, nothing)
        except SandboxerError:
            return
        for item in found:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                await self.delete_quietly(item["id"])

    async def create_sandbox(self, req: CreateSandboxRequest) -> tuple[AsyncDaytonaSandbox, SandboxInfo]:
        if not isinstance(req, CreateSandboxRequest):
            raise InvalidRequestError("create_sandbox takes a CreateSandboxRequest")
        mark = shapes.new_create_mark()
        body = shapes.create_body(
            self.settings,
            mark,
            template=req.template,
            metadata=req.metadata,
            envs=req.envs,
            cpus=req.cpus,
            memory_mb=req.memory_mb,
            timeout_seconds=req.timeout_seconds,
            auto_destroy=req.auto_destroy,
        )
        from ..._generated.daytona_api.models import CreateSandbox  # only when creating

        try:
            # A snapshot create is answered once started, or after 30 s on the server
            # (sandbox.controller.ts:303-308); an image build at once, in pending_build.
            record = await self.record(create_sandbox, body=CreateSandbox.from_dict(body))
        except ProviderError as exc:
            if not shapes.may_have_made(exc):
                raise
            await self._delete_marked(mark)  # made, but the answer never said which
            if exc.status_code == 400:  # "Sandbox failed to start: <reason>"
                raise ProviderError(NAME, exc.message, status_code=400, code="error") from exc
            raise
        except BaseException:
            await self._delete_marked(mark)  # interrupted: the caller never gets its id
            raise
        try:
            record = await self.wait_started(record["id"], record)
        except (SandboxerTimeoutError, ProviderError):
            raise  # wait_started has deleted it
        except BaseException:
            await self.delete_quietly(record["id"])  # interrupted: the caller never gets its id
            raise
        return AsyncDaytonaSandbox(self, record), shapes.sandbox_info(record)

    async def attach_sandbox(self, sandbox_id: str) -> AsyncDaytonaSandbox:
        check_sandbox_id(sandbox_id)
        return AsyncDaytonaSandbox(self, await self.record(get_sandbox, sandbox_id_or_name=sandbox_id))

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        wanted = wanted_metadata(filter)
        limit = filter.limit if filter is not None else None
        found: list[SandboxInfo] = []
        cursor = None
        while limit is None or len(found) < limit:
            kwargs: dict[str, Any] = {
                "limit": _PAGE if limit is None else min(_PAGE, limit - len(found)),
                **_list_options(),
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
        await self.delete(sandbox_id)

    async def close(self) -> None:
        # Kept sessions are left alone: deleting one would kill what its commands left running.
        # Started commands go on; only our reading of their logs and terminals ends.
        for reader in list(self.readers):
            await _stop_reading(reader)
        self.readers.clear()
        await self.toolbox_http.aclose()
        await self.api_http.aclose()


__all__ = ["AsyncDaytonaProvider", "AsyncDaytonaSandbox"]
