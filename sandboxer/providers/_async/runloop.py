"""The Runloop provider: devboxes, their executions and files (api.runloop.ai, paths under /v1).

Request paths come from the generated client (`sandboxer._generated.runloop_api`); bodies are sent
and answers read as plain JSON through one pooled transport. Output streams are server-sent events
(although the description says JSON), read line by line as they come. Files move as bytes through
upload_file / download_file; listings and the like are small shell scripts with paths as data.

What the vendor leaves undocumented is met at its worst (tests/fake_runloop.py models it so): a path
the file API cannot use answers a 404 that reads like a missing devbox, so a failed transfer asks a
script what is at the path; an upload may make no parent directories, so one that fails makes them
and is sent again; a killed execution may report no exit status, so a command this client killed
reports 137; a shut-down devbox is still answered, with status "shutdown", so attach and kill say
it is gone. A command's timeout is kept inside the devbox by our watchdog script, whose marker at
the end of stderr says it fired (the API has no timeout that ends a command).
"""

from __future__ import annotations

import io
import os
import posixpath
import shlex
import time
from typing import Any, BinaryIO

import httpx

from ..._async.base import AsyncProviderBase, AsyncRunningFromInfo
from ..._concurrency import AsyncBackground, ainvoke, asleep
from ..._transport._async.http import AsyncProviderTransport, call_endpoint, client_timeout, send_endpoint
from ..._transport._async.websocket import AsyncWebSocket
from ..._transport.endpoint import LazyEndpoint
from ..._transport.errors import error_from_response
from ..._transport.retry import RETRY_STATUSES
from ...config import ProviderConfig
from ...errors import (
    ConnectionFailedError,
    InvalidRequestError,
    NotFoundError,
    ProviderError,
    QuotaExceededError,
    RateLimitError,
    SandboxerError,
    SandboxerTimeoutError,
    UnauthorizedError,
)
from ...types import (
    CommandResult,
    CreatePTYRequest,
    CreateSandboxRequest,
    ListSandboxesFilter,
    ProcessInfo,
    PTYInfo,
    RunCommandRequest,
    SandboxInfo,
    StartCommandRequest,
)
from .. import managed
from .. import runloop_shapes as shapes
from .. import shell_scripts as scripts
from ..arguments import (
    as_bytes,
    check_mode,
    check_path,
    check_port,
    check_sandbox_id,
    check_seconds,
    check_terminal_size,
    wanted_metadata,
)
from ..exit_status import timed_out
from ..multipart import MultipartFile
from ..runloop_shapes import NAME
from ..shell_line import check_user, command_line, script_line
from .kept_terminals import AsyncKeptTerminals, stop_reading
from .scripted_files import AsyncScriptedFiles
from .uploads import download_to, multipart_body, upload_from
from .waiting import wait_until

# The generated endpoints this adapter calls, each imported on its first call (issue 21).
_DEVBOX = "runloop_api.api.devbox"
_EXECUTIONS = "runloop_api.api.executions"
connect_devbox_pty_session = LazyEndpoint(_DEVBOX, "connect_devbox_pty_session")
control_devbox_pty_session = LazyEndpoint(_DEVBOX, "control_devbox_pty_session")
create_devbox = LazyEndpoint(_DEVBOX, "create_devbox")
create_devbox_pty_tunnel = LazyEndpoint(_DEVBOX, "create_devbox_pty_tunnel")
devbox_download_file = LazyEndpoint(_DEVBOX, "devbox_download_file")
devbox_upload_file = LazyEndpoint(_DEVBOX, "devbox_upload_file")
enable_devbox_tunnel = LazyEndpoint(_DEVBOX, "enable_devbox_tunnel")
exec_async_command = LazyEndpoint(_DEVBOX, "exec_async_command")
execute_command = LazyEndpoint(_DEVBOX, "execute_command")
get_devbox = LazyEndpoint(_DEVBOX, "get_devbox")
keep_alive_devbox = LazyEndpoint(_DEVBOX, "keep_alive_devbox")
kill_async_execution = LazyEndpoint(_DEVBOX, "kill_async_execution")
list_devboxes = LazyEndpoint(_DEVBOX, "list_devboxes")
resume_devbox = LazyEndpoint(_DEVBOX, "resume_devbox")
send_std_in = LazyEndpoint(_DEVBOX, "send_std_in")
shutdown_devbox = LazyEndpoint(_DEVBOX, "shutdown_devbox")
suspend_devbox = LazyEndpoint(_DEVBOX, "suspend_devbox")
wait_for_command_completion = LazyEndpoint(_DEVBOX, "wait_for_command_completion")
wait_for_devbox_status = LazyEndpoint(_DEVBOX, "wait_for_devbox_status")
stream_stderr = LazyEndpoint(_EXECUTIONS, "stream_std_err_updates")
stream_stdout = LazyEndpoint(_EXECUTIONS, "stream_std_out_updates")

_PAGE = 100
_KILLED = 137  # 128 + SIGKILL: what a command this client killed reports
_MARKER = scripts.TIMEOUT_MARKER.decode()
# An output stream's 408 is the server's idle timeout, answered by reopening it from its offset
# (_follow), not by the transport sending the same request again.
_STREAM_RETRY = RETRY_STATUSES - {408}


class _Execution:
    """A command started through this sandbox object; its output streams read in the background."""

    def __init__(
        self,
        execution_id: str,
        callbacks: dict[int, Any],
        stdin: bool,
        *,
        with_pid: bool,
        timed: bool = False,
    ) -> None:
        self.id = execution_id
        self.callbacks = callbacks
        self.stdin = stdin
        # Only start_command's wrapper prints a pid first: elsewhere a number on line 1 is output.
        # A timed command's stderr may end with the watchdog's marker: held back from the callbacks.
        self.collector = scripts.OutputCollector(expect_pid=with_pid, watch_marker=timed)
        self.pumps: list[AsyncBackground] = []
        self.started = time.monotonic()
        self.killed = False  # kill_process ended it: its exit status is 137 whatever the API says


class _Terminal:
    """A PTY session this sandbox object made: its name, its WebSocket (raw bytes both ways) and
    the reader that hands its output to on_data."""

    def __init__(self, pid: int, tunnel: _PtyTunnel, socket: AsyncWebSocket, rows: int, cols: int) -> None:
        self.pid = pid
        self.name = shapes.pty_name(pid)
        self.tunnel = tunnel
        self.socket = socket
        self.rows = rows
        self.cols = cols
        self.reader: AsyncBackground | None = None


class _PtyTunnel:
    """The devbox's terminal service: https://13-{tunnel_key}.tunnel.<domain>, with its token."""

    def __init__(self, base: str, token: str) -> None:
        self.base = base
        self.headers = {"Authorization": f"Bearer {token}"}
        # The WebSocket carries the token both ways Runloop's clients send it: as a bearer (the
        # SDK's PTY branch, sdk/async_pty.py) and as the subprotocol (rl-cli src/lib/pty-ws.ts).
        self.socket_headers = {**self.headers, "Sec-WebSocket-Protocol": token}


class AsyncRunloopSandbox(AsyncKeptTerminals, AsyncScriptedFiles, AsyncRunningFromInfo):
    provider_name = NAME
    features = frozenset({"stream_output", "pty_output"})

    def __init__(self, provider: AsyncRunloopProvider, devbox_id: str) -> None:
        self._provider = provider
        self._id = devbox_id
        self._executions: dict[str, _Execution] = {}
        self._by_pid: dict[int, _Execution] = {}
        self._terminals: dict[int, _Terminal] = {}

    @property
    def id(self) -> str:
        return self._id

    async def _call(self, endpoint: Any, json: Any = None, **kwargs: Any) -> Any:
        return await self._provider.call(endpoint, json=json, **kwargs)

    def _remaining(self, deadline: float | None) -> float:
        return shapes.WAIT_SLICE if deadline is None else deadline - time.monotonic()

    # --- lifecycle ----------------------------------------------------------------------------

    async def info(self) -> SandboxInfo:
        return shapes.devbox_info(await self._call(get_devbox, id=self._id))

    async def pause(self) -> None:
        """Suspend snapshots the disk, which takes a while ("suspending"); /resume answers 400
        "Devbox is not suspended" until it is done (RL-spec /resume), so it is waited for, as the
        SDK's Devbox.suspend does (py: sdk/devbox.py:237-254). The disk is kept; running processes
        are not (py: resources/devboxes/devboxes.py, suspend)."""
        await self._call(suspend_devbox, id=self._id)
        await self._provider.wait_status(self._id, "suspended")

    async def resume(self) -> None:
        await self._call(resume_devbox, id=self._id)
        await self._provider.wait_status(self._id, "running")

    async def kill(self) -> None:
        try:
            await self._provider.kill_sandbox(self._id)
        finally:
            for execution in list(self._executions.values()):
                await self._provider.stop_pumps(execution)
            self._executions.clear()
            self._by_pid.clear()
            for terminal in list(self._terminals.values()):
                await self._drop_terminal(terminal)

    async def set_timeout(self, seconds: float) -> None:
        """keep_alive restarts the devbox's idle timer (set at create from timeout_seconds): it then
        lives at least its idle time more. A devbox without one, or asked for more than it, cannot
        be given that time through the API, and is refused (never pretended)."""
        check_seconds(seconds, "set_timeout")
        idle = shapes.idle_seconds(await self._call(get_devbox, id=self._id))
        if idle is None or seconds > idle:
            raise InvalidRequestError(
                f"set_timeout: Runloop restarts this devbox's idle timer ({idle or 'none'} s) but cannot "
                f"set {seconds:g} s; choose the time at create (timeout_seconds)"
            )
        await self._call(keep_alive_devbox, id=self._id)

    async def port_url(self, port: int) -> str:
        check_port(port)
        # One tunnel per devbox (a second enable is refused): reuse it when there is one. An
        # "open" tunnel: the URL needs no token (a port asked for is meant to be reached).
        record = await self._call(get_devbox, id=self._id)
        tunnel = record.get("tunnel") if isinstance(record, dict) else None
        if not isinstance(tunnel, dict) or not tunnel.get("tunnel_key"):
            tunnel = await self._call(enable_devbox_tunnel, id=self._id, json={"auth_mode": "open"})
        key = tunnel.get("tunnel_key") if isinstance(tunnel, dict) else None
        if not isinstance(key, str) or not key:
            raise ProviderError(NAME, f"malformed tunnel answer: {tunnel!r:.200}")
        return shapes.tunnel_url(self._provider.settings.base_url, key, port)

    # --- commands -----------------------------------------------------------------------------

    async def _execute(self, line: str, *, stdin: bool = False) -> str:
        """Start a command (execute_async): its execution id at once, to follow its output or feed
        its stdin. Never sent twice (it takes no command id)."""
        answer = await self._call(
            exec_async_command, id=self._id, json={"command": line, "attach_stdin": stdin}
        )
        return _execution_id(answer)

    async def _run(self, line: str, deadline: float | None = None) -> dict[str, Any]:
        """Run a command to its end: its completed execution, output whole.

        /execute waits up to OPTIMISTIC_WAIT for the command and answers it, ended or still running
        (then waited for). Its command_id makes it safe to send again (a lost answer, a 408): the
        same id is the same command, never a second one. A command given up on is killed."""
        body = {
            "command_id": shapes.new_command_id(),
            "command": line,
            "optimistic_timeout": int(max(min(shapes.OPTIMISTIC_WAIT, self._remaining(deadline)), 1)),
        }
        answer: Any = None
        try:
            for attempt in range(shapes.MOST_ASKS):
                try:
                    answer = await self._call(
                        execute_command,
                        id=self._id,
                        json=body,
                        resendable=True,
                        read_timeout=shapes.OPTIMISTIC_WAIT + shapes.ANSWER_MARGIN,
                    )
                    break
                except SandboxerTimeoutError as exc:  # the API's 408: ask again, by the same id
                    if (
                        exc.status_code != 408
                        or attempt + 1 == shapes.MOST_ASKS
                        or self._remaining(deadline) <= 0
                    ):
                        raise
                    await asleep(shapes.pause_before(attempt))
            if not isinstance(answer, dict):
                raise ProviderError(NAME, f"malformed execution answer: {answer!r:.200}")
            if answer.get("status") != "completed":
                answer = await self._wait(_execution_id(answer), deadline)
        except BaseException as exc:
            await self._abandon(body, answer, exc)
            raise
        return await self._whole(answer)

    async def _abandon(self, body: dict[str, Any], answer: Any, failure: BaseException) -> None:
        """Kill a command given up on (interrupted, out of time): it must not run on.

        Without its execution id: if the request may have reached the devbox, the id is asked for by
        the command id with a harmless command (`true`), so a request that never arrived is not
        started now; the same command id is the same command, whose execution is then killed."""
        execution = answer.get("execution_id") if isinstance(answer, dict) else None
        if not isinstance(execution, str):
            if not _may_have_arrived(failure):
                return
            try:
                again = await self._call(
                    execute_command,
                    id=self._id,
                    json={"command_id": body["command_id"], "command": "true", "optimistic_timeout": 1},
                    read_timeout=shapes.ANSWER_MARGIN,
                )
            except SandboxerError:
                return
            execution = again.get("execution_id") if isinstance(again, dict) else None
            if not isinstance(execution, str):
                return
        await self._kill_execution(execution)

    async def _wait(self, execution: str, deadline: float | None = None) -> dict[str, Any]:
        """Wait until the execution completes, in slices (each call answers 408 after its own
        time). A poll whose answer was lost (a reset, a timeout) is asked again, a few times in a
        row at most: the command runs on meanwhile."""
        failed = 0
        while True:
            slice_ = int(max(min(shapes.WAIT_SLICE, self._remaining(deadline)), 1))
            try:
                answer = await self._call(
                    wait_for_command_completion,
                    devbox_id=self._id,
                    execution_id=execution,
                    json={"statuses": ["completed"], "timeout_seconds": slice_},
                    read_timeout=slice_ + shapes.ANSWER_MARGIN,
                    resendable=True,  # it only reads
                )
                failed = 0
            except (SandboxerTimeoutError, ConnectionFailedError) as exc:
                answer = None
                if exc.status_code != 408:  # not the API's "not yet": the answer was lost
                    failed += 1
                    if failed == shapes.MOST_ASKS:
                        raise
                    await asleep(shapes.pause_before(failed - 1))
            if isinstance(answer, dict) and answer.get("status") == "completed":
                return answer
            if self._remaining(deadline) <= 0:
                raise SandboxerTimeoutError(NAME, f"execution {execution} did not complete in time")

    async def _whole(self, answer: dict[str, Any], known: dict[str, str] | None = None) -> dict[str, Any]:
        """The completed execution with its whole output: an answer holds the last lines of a long
        one (marked truncated); the rest comes from its output stream (`known`: what the callbacks'
        streams already read). Text is taken only if it ends with the answer's own tail; a stream
        that cannot be read, ends early or passes MAX_OUTPUT leaves the answer marked, for the
        caller to say so."""
        cut = shapes.truncated_streams(answer)
        if not cut:
            return answer
        execution, whole = _execution_id(answer), dict(answer)
        for name in cut:
            text = (known or {}).get(name)
            if text is None or not shapes.completes(text, answer.get(name)):
                text = await self._read_whole(execution, name)
            if text is not None and shapes.completes(text, answer.get(name)):
                whole[name], whole[f"{name}_truncated"] = text, False
        return whole

    async def _read_whole(self, execution: str, name: str) -> str | None:
        """One stream's output from its start, or None (unreadable, or past MAX_OUTPUT)."""
        parts: list[str] = []
        size = [0]

        async def keep(text: str) -> None:
            size[0] += len(text)
            if size[0] > shapes.MAX_OUTPUT:
                raise _TooLong
            parts.append(text)

        endpoint = stream_stdout if name == "stdout" else stream_stderr
        try:
            await self._follow(
                execution,
                endpoint,
                keep,
                read_timeout=self._provider.settings.request_timeout,
                most_quiet=shapes.MOST_ASKS,
            )
        except (SandboxerError, _TooLong):
            return None
        return "".join(parts)

    async def _script(self, script: str, *args: str, what: str, path: str | None = None) -> str:
        answer = await self._run(script_line(script, *args))
        scripts.check_exit(NAME, answer.get("exit_status"), what, path, str(answer.get("stderr") or ""))
        if "stdout" in shapes.truncated_streams(answer):  # a listing cut short would be a wrong one
            raise ProviderError(NAME, f"{what}: Runloop kept only the end of the output of {path or what}")
        return str(answer.get("stdout") or "")

    def _result(self, answer: dict[str, Any], started: float, *, strip_pid: bool = False) -> CommandResult:
        stdout = str(answer.get("stdout") or "")
        truncated = [name for name in ("stdout", "stderr") if answer.get(f"{name}_truncated")]
        if strip_pid and "stdout" not in truncated:  # a cut stdout no longer starts with the pid line
            stdout = stdout.partition("\n")[2]
        code = answer.get("exit_status")
        error = None if isinstance(code, int) else "the execution gave no exit status"
        if truncated:  # said, never silent: the API keeps only the end of a long output
            error = f"Runloop truncated the {' and '.join(truncated)} of this command" + (
                f"; {error}" if error else ""
            )
        return CommandResult(
            stdout=stdout,
            stderr=str(answer.get("stderr") or ""),
            exit_code=int(code) if isinstance(code, int) else -1,
            duration_ms=int((time.monotonic() - started) * 1000),
            error=error,
        )

    async def run_command(
        self, req: RunCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> CommandResult:
        if not isinstance(req, RunCommandRequest):
            raise InvalidRequestError("run_command takes a RunCommandRequest")
        check_user(req.user)
        started = time.monotonic()
        timeout = req.timeout_seconds
        cmd = req.cmd
        if timeout is not None:
            # The API ends no command (DevboxStartExecutionParameters.optimistic_timeout:
            # "Operation is not killed"): our watchdog, run as the command's user, ends its whole
            # tree (TERM, then KILL) and marks the end of stderr, so the result says it timed out.
            cmd = shlex.join(scripts.sh(scripts.RUN_WITH_TIMEOUT, f"{timeout:.3f}", req.cmd))
        line = command_line(cmd, req.env, req.cwd, req.user)
        # Past a margin after its timeout, a command that did not end is given up on (and killed).
        deadline = None if timeout is None else started + timeout + shapes.GIVE_UP_MARGIN
        if on_stdout is None and on_stderr is None:
            result = self._result(await self._run(line, deadline), started)
        else:
            callbacks = {1: on_stdout, 2: on_stderr}
            result = await self._run_streamed(line, deadline, callbacks, started, timed=timeout is not None)
        if timeout is not None and _timed_out(result):
            raise timed_out(NAME, timeout, result)
        return result

    async def _run_streamed(
        self, line: str, deadline: float | None, callbacks: dict[int, Any], started: float, *, timed: bool
    ) -> CommandResult:
        """A command whose output goes to callbacks as it comes: started apart (its execution id
        first, to follow its output streams), then waited for. The result of a timed command
        keeps the watchdog's marker (the callbacks never see it)."""
        execution = await self._execute(line)
        streamed = _Execution(execution, callbacks, False, with_pid=False, timed=timed)
        self._stream(streamed, with_pid=False)
        try:
            answer = await self._wait(execution, deadline)
            seen = await self._drain(streamed)
            answer = await self._whole(answer, {"stdout": seen[0], "stderr": seen[1]})
        except BaseException:
            await self._provider.stop_pumps(streamed)
            await self._kill_execution(execution)  # given up on, or interrupted: it must not run on
            raise
        result = self._result(answer, started)
        await self._catch_up(streamed, seen, result, marked=timed)
        return result

    async def _kill_execution(self, execution: str) -> None:
        """Kill an execution with its process group: by default only "the launched process" is
        killed (killAsyncExecution; DevboxKillExecutionRequest), and a child of it would run on."""
        try:
            await self._call(
                kill_async_execution,
                devbox_id=self._id,
                execution_id=execution,
                json={"kill_process_group": True},
            )
        except SandboxerError:
            pass

    async def _drain(self, execution: _Execution) -> tuple[str, str]:
        """Let the output streams end (they end with the execution), then hand over what the
        decoder still holds (a last line without its newline). The (stdout, stderr) streamed."""
        for pump in execution.pumps:
            try:
                await pump.join(timeout=30)
            except TimeoutError:
                if pump.done():
                    raise  # the stream itself timed out (a SandboxerTimeoutError), not this wait
                await pump.cancel()
        self._provider.pumps.discard(execution)
        streamed = execution.collector.finish()
        for which, text in execution.collector.take():
            if execution.callbacks.get(which) is not None:
                await ainvoke(execution.callbacks[which], text)
        return streamed

    @staticmethod
    async def _catch_up(
        execution: _Execution, streamed: tuple[str, str], result: CommandResult, *, marked: bool = False
    ) -> None:
        """Hand the callbacks what the execution printed but its event stream did not bring (a
        stream that ended early): they then see the whole of the result's output, never less
        (`marked`: the watchdog's marker that may end stderr is not output)."""
        stderr = result.stderr.removesuffix(_MARKER) if marked else result.stderr
        for which, got, full in ((1, streamed[0], result.stdout), (2, streamed[1], stderr)):
            callback = execution.callbacks.get(which)
            if callback is not None and len(full) > len(got) and full.startswith(got):
                await ainvoke(callback, full[len(got) :])

    def _stream(self, execution: _Execution, *, with_pid: bool) -> list[AsyncBackground]:
        """Read both output streams (server-sent events) beside the caller, into the callbacks."""
        pumps = []
        for stream, endpoint in ((1, stream_stdout), (2, stream_stderr)):
            if execution.callbacks.get(stream) is not None or (with_pid and stream == 1):
                pumps.append(
                    AsyncBackground(
                        self._read_events, execution, stream, endpoint, name=f"sandboxer-runloop-{stream}"
                    )
                )
        execution.pumps = pumps
        self._provider.pumps.add(execution)
        return pumps

    async def _follow(
        self,
        execution: str,
        endpoint: Any,
        on_text: Any,
        read_timeout: float | None = None,
        *,
        most_quiet: int | None = None,
    ) -> None:
        """Hand `on_text` the output of one stream of an execution, chunk by chunk, from its start
        to its end (server-sent events, which end when the execution does).

        The server ends a stream that was idle for a while with a 408, as the answer's status or
        as an `event: error` in it: as both SDKs do, the stream is opened again from the offset
        its last chunk ended at (py: _streaming.py:380-453; ts:
        lib/streaming-reconnection.ts), so nothing is lost or repeated. Any other error event is
        the error of its code. `most_quiet`: how many reopenings in a row that bring nothing are
        allowed (None: any number, for a command may be silent for long)."""
        place = _Place()
        quiet = 0
        while True:
            chunks = place.chunks
            try:
                await self._follow_from(place, execution, endpoint, on_text, read_timeout)
                return
            except SandboxerTimeoutError as exc:
                # (A read that timed out is no idle stream: a live one has no read timeout.)
                if exc.status_code != 408:
                    raise
                quiet = 0 if place.chunks > chunks else quiet + 1
                if most_quiet is not None and quiet > most_quiet:
                    raise
            if quiet > 1:  # a stream that keeps timing out at once is not asked again at once
                await asleep(min(0.1 * 2 ** (quiet - 2), 2.0))

    async def _follow_from(
        self, place: _Place, execution: str, endpoint: Any, on_text: Any, read_timeout: float | None
    ) -> None:
        """One opening of a stream, from `place` on; `place` moves with each chunk."""
        offset = {} if place.offset is None else {"offset": str(place.offset)}
        response = await send_endpoint(
            self._provider.http,
            endpoint,
            devbox_id=self._id,
            execution_id=execution,
            headers={"Accept": "text/event-stream"},
            # None: a live command may be silent for long; an ended one's stream is not.
            read_timeout=read_timeout,
            retry_on=_STREAM_RETRY,
            stream=True,
            **offset,
        )
        events = shapes.ServerSentEvents()
        try:
            async for line in response.aiter_lines():
                event = events.line(line)
                if event is None:
                    continue
                name, data = event
                if name == "error":
                    status = shapes.error_event_status(data)
                    raise error_from_response(NAME, response.request, status, response.headers, data.encode())
                chunk = shapes.output_chunk(data)
                place.chunks += 1
                if chunk.offset is not None:
                    place.offset = chunk.offset
                await on_text(chunk.output)
        finally:
            await response.aclose()

    async def _read_events(self, execution: _Execution, stream: int, endpoint: Any) -> None:
        async def deliver(text: str) -> None:
            execution.collector.feed(stream, text.encode("utf-8"))
            for which, out in execution.collector.take():
                if execution.callbacks.get(which) is not None:
                    await ainvoke(execution.callbacks[which], out)

        await self._follow(execution.id, endpoint, deliver)

    async def start_command(
        self, req: StartCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> tuple[int, str]:
        if not isinstance(req, StartCommandRequest):
            raise InvalidRequestError("start_command takes a StartCommandRequest")
        check_user(req.user)
        line = command_line(req.cmd, req.env, req.cwd, req.user, report_pid=True)
        execution = _Execution(
            await self._execute(line, stdin=req.stdin), {1: on_stdout, 2: on_stderr}, req.stdin, with_pid=True
        )
        self._stream(execution, with_pid=True)
        for _ in range(600):  # the wrapper prints the pid first
            if execution.collector.pid is not None or all(p.done() for p in execution.pumps):
                break
            await asleep(0.05)
        if execution.collector.pid is None:
            await self._provider.stop_pumps(execution)
            await self._kill_execution(execution.id)
            raise ProviderError(NAME, f"execution {execution.id} did not report its pid")
        self._executions[execution.id] = execution
        self._by_pid[execution.collector.pid] = execution
        return execution.collector.pid, execution.id

    async def wait_for_handle(self, handle_id: str) -> CommandResult:
        if not isinstance(handle_id, str) or not handle_id:
            raise NotFoundError(NAME, f"no command handle {handle_id!r}")
        execution = self._executions.pop(handle_id, None)
        started = execution.started if execution else time.monotonic()
        answer = await self._whole(await self._wait(handle_id))
        code = answer.get("exit_status")
        if execution is not None and execution.killed and not (isinstance(code, int) and code >= 0):
            # What a killed execution reports is undocumented (a null exit_status at worst): the
            # command this client killed ended by SIGKILL.
            answer = {**answer, "exit_status": _KILLED}
        if execution is not None:
            try:
                await self._drain(execution)
            except SandboxerError:
                await self._provider.stop_pumps(execution)  # the stream broke; the result is the API's
            self._by_pid.pop(execution.collector.pid or 0, None)
        return self._result(answer, started, strip_pid=True)

    def _with_stdin(self, pid: int) -> _Execution:
        execution = self._by_pid.get(pid) if isinstance(pid, int) else None
        if execution is None:
            raise NotFoundError(NAME, f"no command with pid {pid!r} was started through this sandbox object")
        if not execution.stdin:
            raise InvalidRequestError(f"command {pid} was started without stdin=True")
        return execution

    async def send_stdin(self, pid: int, data: bytes | str) -> None:
        execution = self._with_stdin(pid)
        try:
            text = data if isinstance(data, str) else as_bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidRequestError(
                "send_stdin: Runloop carries stdin as text; the bytes are not UTF-8"
            ) from None
        await self._send_std_in(execution, {"text": text}, pid)

    async def close_stdin(self, pid: int) -> None:
        await self._send_std_in(self._with_stdin(pid), {"signal": "EOF"}, pid)

    async def _send_std_in(self, execution: _Execution, body: dict[str, str], pid: int) -> None:
        """send_std_in answers whether it delivered (DevboxSendStdInResult.success, py:
        types/devbox_send_std_in_result.py): false when the command ended or its stdin was closed."""
        answer = await self._call(send_std_in, devbox_id=self._id, execution_id=execution.id, json=body)
        if not isinstance(answer, dict) or answer.get("success") is not True:
            raise ProviderError(
                NAME,
                f"stdin of command {pid} was not delivered (it ended, or its stdin is closed): {answer!r:.200}",
            )

    async def kill_process(self, pid: int) -> None:
        """The pid's whole tree: the launched shell keeps no process group of its own (no job
        control), so a group kill would miss the command's children."""
        if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 1:
            raise InvalidRequestError(f"invalid pid {pid!r}")
        await self._script(scripts.KILL_TREE, str(pid), what="kill_process", path=str(pid))
        execution = self._by_pid.get(pid)
        if execution is not None:
            execution.killed = True

    async def list_processes(self) -> list[ProcessInfo]:
        return scripts.parse_processes(await self._script(scripts.LIST_PROCESSES, what="list_processes"))

    # --- terminals ----------------------------------------------------------------------------
    # Runloop's PTY plane (a contract stub in its spec; built from it and its CLI, rl-cli
    # src/lib/pty-client.ts): create_pty_tunnel gives a tunnel key and a token; on tunnel port 13,
    # GET /pty/{session} makes (or finds) a session running bash and answers its connect_url, a
    # WebSocket of raw bytes; POST /pty/{session}/control resizes, signals or closes it. Nothing
    # lists sessions: list_pty is the terminals this sandbox object made that are still open.

    async def _tunnel(self) -> _PtyTunnel:
        """A PTY tunnel: made fresh for each terminal, as Runloop's clients do (it is "not stored on
        the Devbox and generated fresh on each request", PtyTunnelView)."""
        answer = await self._call(create_devbox_pty_tunnel, id=self._id)
        key = answer.get("tunnel_key") if isinstance(answer, dict) else None
        token = answer.get("auth_token") if isinstance(answer, dict) else None
        if not (isinstance(key, str) and key and isinstance(token, str) and token):
            raise ProviderError(NAME, f"malformed PTY tunnel answer: {str(answer)[:80]!r}")
        return _PtyTunnel(shapes.tunnel_url(self._provider.settings.base_url, key, shapes.PTY_PORT), token)

    async def create_pty(self, req: CreatePTYRequest) -> PTYInfo:
        if not isinstance(req, CreatePTYRequest):
            raise InvalidRequestError("create_pty takes a CreatePTYRequest")
        check_user(req.user)
        rows, cols = req.rows or 24, req.cols or 80
        typed = shapes.typed_start(req.command, req.env, req.cwd, req.user)
        tunnel = await self._tunnel()
        pid = shapes.new_pty_number()
        session = await self._provider.call(
            connect_devbox_pty_session,
            base=tunnel.base,
            headers=tunnel.headers,
            session_name=shapes.pty_name(pid),
            cols=cols,
            rows=rows,
        )
        try:
            path = session.get("connect_url") if isinstance(session, dict) else None
            if not isinstance(path, str) or not path.startswith("/"):
                raise ProviderError(NAME, f"malformed PTY session answer: {session!r:.200}")
            socket = await AsyncWebSocket.connect(
                self._provider.http, tunnel.base + path, provider=NAME, headers=tunnel.socket_headers
            )
        except BaseException:
            await self._close_session(tunnel, shapes.pty_name(pid))  # made, never used: not left open
            raise
        terminal = _Terminal(
            pid, tunnel, socket, int(session.get("rows") or rows), int(session.get("cols") or cols)
        )
        terminal.reader = AsyncBackground(
            self._read_terminal, terminal, req.on_data, name=f"sandboxer-runloop-pty-{pid}"
        )
        self._terminals[pid] = terminal
        self._provider.terminals.add(terminal)
        if typed:
            try:
                await socket.send(typed.encode("utf-8"))
            except BaseException:
                await self.kill_pty(pid)
                raise
        return PTYInfo(pid=pid, rows=terminal.rows, cols=terminal.cols)

    async def _close_session(self, tunnel: _PtyTunnel, name: str) -> None:
        try:
            await self._control(tunnel, name, {"action": "close"})
        except SandboxerError:
            pass

    async def _read_terminal(self, terminal: _Terminal, on_data: Any) -> None:
        try:
            while (frame := await terminal.socket.receive()) is not None:
                if on_data is not None:
                    await ainvoke(on_data, frame.encode("utf-8") if isinstance(frame, str) else frame)
        finally:
            self._terminals.pop(terminal.pid, None)  # the session ended (exit, close): no longer listed

    async def _control(self, tunnel: _PtyTunnel, name: str, body: dict[str, Any]) -> None:
        await self._provider.call(
            control_devbox_pty_session, body, base=tunnel.base, headers=tunnel.headers, session_name=name
        )

    async def send_pty_input(self, pid: int, data: bytes | str) -> None:
        await self._terminal(pid).socket.send(as_bytes(data))

    async def resize_pty(self, pid: int, rows: int, cols: int) -> None:
        check_terminal_size(rows, cols)
        terminal = self._terminal(pid)
        await self._control(terminal.tunnel, terminal.name, {"action": "resize", "cols": cols, "rows": rows})
        terminal.rows, terminal.cols = rows, cols

    async def kill_pty(self, pid: int) -> None:
        """close ends the session (SIGHUP to its foreground group); a session already gone (404)
        is ended too."""
        terminal = self._terminal(pid)
        try:
            await self._control(terminal.tunnel, terminal.name, {"action": "close"})
        except NotFoundError:
            pass
        finally:
            await self._drop_terminal(terminal)

    # --- files --------------------------------------------------------------------------------

    async def _what_is_at(self, path: str, failure: ProviderError, what: str) -> SandboxerError:
        """The error for a path the file API refused: the API does not say why (its 404 reads like
        a missing devbox), so a script looks. Missing: NotFoundError (raised); a directory:
        InvalidRequestError; anything else: the API's own error."""
        given = scripts.script_path(path)
        out = await self._listing_output(scripts.STAT, given, what=what)  # NotFoundError: missing
        try:
            entries = scripts.parse_listing(path, out, 2, given=given)
        except ValueError:
            entries = []
        if entries and entries[0].is_dir:
            return InvalidRequestError(f"{what}: is a directory: {path!r}")
        return failure

    async def _download_into(self, path: str, sink: BinaryIO) -> None:
        try:
            response = await send_endpoint(
                self._provider.http,
                devbox_download_file,
                id=self._id,
                json={"path": check_path(path)},
                read_timeout=shapes.FILE_TIMEOUT,  # a 429 is resent by the transport (the body is bytes)
                stream=True,
            )
        except ProviderError as exc:
            if not _about_the_path(exc):
                raise
            raise await self._what_is_at(path, exc, "read_file")  # noqa: B904 (it may be exc itself)
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

    async def _send_upload(self, path: str, source: BinaryIO) -> None:
        # multipart: the `path` field, then the `file` part streamed (never a text field)
        form = MultipartFile("file", {"path": path})
        response = await send_endpoint(
            self._provider.http,
            devbox_upload_file,
            id=self._id,
            headers={"Content-Type": form.content_type},
            content=multipart_body(form, source),
            read_timeout=shapes.FILE_TIMEOUT,
        )
        await response.aclose()

    async def _upload_again_if_limited(self, path: str, source: BinaryIO, start: int) -> None:
        """An upload, sent again from `start` when rate limited (429), as the SDK does (py:
        _base_client.py:1036-1069): a streamed body is never resent by the transport."""
        for attempt in range(shapes.MOST_ASKS):
            try:
                await self._send_upload(path, source)
                return
            except RateLimitError as exc:
                if attempt + 1 == shapes.MOST_ASKS:
                    raise
                wait = shapes.pause_before(attempt) if exc.retry_after is None else exc.retry_after
                await asleep(min(wait, shapes.GIVE_UP_MARGIN))
                source.seek(start)

    async def _make_parent(self, path: str, what: str) -> None:
        parent = posixpath.dirname(path.removeprefix("~/"))  # the API's "~/" is the home: where scripts run
        if parent not in ("", "/", "~"):
            await self._script(scripts.MAKE_DIR, parent, what=what, path=path)

    async def _upload_from(self, path: str, source: BinaryIO) -> None:
        """Whether upload_file makes parent directories is undocumented: an upload that fails has
        them made, then is sent again (a source that cannot be read again gets them first)."""
        check_path(path)
        start = _position(source)
        if start is None:
            await self._make_parent(path, "write_file")
            await self._send_upload(path, source)
            return
        try:
            await self._upload_again_if_limited(path, source, start)
            return
        except ProviderError as exc:
            if not _about_the_path(exc):
                raise
        await self._make_parent(path, "write_file")
        source.seek(start)
        try:
            await self._upload_again_if_limited(path, source, start)
        except ProviderError as exc:
            if not _about_the_path(exc):
                raise
            raise await self._what_is_at(path, exc, "write_file")  # noqa: B904 (it may be exc itself)

    async def upload(self, remote_path: str, source: str | os.PathLike[str] | BinaryIO) -> None:
        await upload_from(source, lambda stream: self._upload_from(remote_path, stream))

    async def write_file(
        self, path: str, content: bytes, mode: int | None = None, user: str | None = None
    ) -> None:
        check_mode(mode)
        check_user(user)
        await self._upload_from(path, io.BytesIO(as_bytes(content)))
        if mode is not None:
            await self._script('chmod "$1" -- "$2"', f"{mode:o}", path, what="write_file", path=path)
        if user is not None:
            await self._script('chown -- "$1" "$2"', user, path, what="write_file", path=path)

    async def _listing_output(self, script: str, path: str, *, what: str) -> bytes:
        out = await self._script(script, path, what=what, path=path)
        return out.encode("utf-8", "surrogateescape")


class AsyncRunloopProvider(AsyncProviderBase):
    """Devboxes on Runloop (https://runloop.ai): key from api_key or RUNLOOP_API_KEY."""

    name = NAME
    sandbox_class = AsyncRunloopSandbox

    def __init__(self, config: ProviderConfig) -> None:
        self.settings = shapes.settings(config)
        transport = AsyncProviderTransport.from_config(config, provider=NAME, target=self.settings.base_url)
        self.http = httpx.AsyncClient(
            base_url=self.settings.base_url,
            headers={"Authorization": f"Bearer {self.settings.api_key}"},
            transport=transport,
            timeout=client_timeout(self.settings.request_timeout),
        )
        self.pumps: set[_Execution] = set()  # executions whose output streams are read
        self.terminals: set[_Terminal] = set()  # terminals whose WebSockets are read

    async def stop_reading(self, terminal: _Terminal) -> None:
        await stop_reading(self.terminals, terminal)

    async def stop_pumps(self, execution: _Execution) -> None:
        for pump in execution.pumps:
            await pump.cancel()
        self.pumps.discard(execution)

    async def call(self, endpoint: Any, json: Any = None, *, resendable: bool = False, **options: Any) -> Any:
        """One call of a generated endpoint, its body plain JSON. `resendable`: safe to send again
        (it carries its own identity), except on a 408, which the caller answers."""
        if resendable:
            options.update(idempotent=True, retry_on=RETRY_STATUSES - {408})
        return await call_endpoint(self.http, NAME, endpoint, json=json, **options)

    async def wait_status(self, devbox_id: str, goal: str) -> dict[str, Any]:
        """The devbox's record once it is `goal`, long-polled in slices (each answers 408 when its
        time is up). A poll that failed on the way (a reset, a 5xx) is asked again, as the SDK's
        await loop does with connection errors (py: lib/wait_for_status.py), a few times in a row."""
        failed = [0]

        async def reached(left: float) -> dict[str, Any] | None:
            hold = int(max(min(shapes.WAIT_SLICE, left), 1))
            try:
                record = await self.call(
                    wait_for_devbox_status,
                    id=devbox_id,
                    json={"statuses": [goal, "failure", "shutdown"], "timeout_seconds": hold},
                    read_timeout=hold + shapes.ANSWER_MARGIN,
                )
                failed[0] = 0
            except SandboxerTimeoutError as exc:
                if exc.status_code == 408:  # the API's "not yet"
                    return None
                await self._failed_poll(failed, exc)
                return None  # asked again
            except (ConnectionFailedError, ProviderError) as exc:
                if not _lost_on_the_way(exc):
                    raise
                await self._failed_poll(failed, exc)
                return None  # asked again
            status = record.get("status") if isinstance(record, dict) else None
            if status != goal and status in ("failure", "shutdown"):
                raise ProviderError(
                    NAME,
                    f"devbox {devbox_id} ended in {status!r}: {record.get('failure_reason') or 'no reason given'}",
                    code=status,
                )
            return record if status == goal else None

        async def expired() -> SandboxerTimeoutError:
            return SandboxerTimeoutError(
                NAME, f"devbox {devbox_id} was not {goal} after {self.settings.start_timeout:g}s"
            )

        return await wait_until(reached, self.settings.start_timeout, expired, pause=False)

    @staticmethod
    async def _failed_poll(failed: list[int], failure: ProviderError) -> None:
        """Count a poll lost on its way; past MOST_ASKS in a row it is the error."""
        failed[0] += 1
        if failed[0] >= shapes.MOST_ASKS:
            raise failure
        await asleep(shapes.pause_before(failed[0] - 1))

    async def _shutdown_quietly(self, devbox_id: str) -> None:
        try:
            await self.call(shutdown_devbox, id=devbox_id)
        except SandboxerError:
            pass

    async def create_sandbox(self, req: CreateSandboxRequest) -> tuple[AsyncRunloopSandbox, SandboxInfo]:
        if not isinstance(req, CreateSandboxRequest):
            raise InvalidRequestError("create_sandbox takes a CreateSandboxRequest")
        # A mark of this very create, to find its devbox when the answer is lost (list by it).
        mark = shapes.new_command_id()
        body: dict[str, Any] = {
            "metadata": {**managed.marked(req.metadata), shapes.CREATE_MARK: mark},
            "environment_variables": dict(req.envs),
        }
        if req.template is not None:
            body.update(shapes.template_fields(req.template))
        launch = shapes.launch_parameters(req.cpus, req.memory_mb, req.timeout_seconds, req.ports)
        if launch:
            body["launch_parameters"] = launch
        try:
            record = await self.call(create_devbox, json=body)
        except BaseException as exc:
            if _may_have_arrived(exc) or _answered_by_a_failing_server(exc):
                await self._shutdown_marked(mark)  # made, its answer lost: not left to run an hour
            raise
        devbox_id = record.get("id") if isinstance(record, dict) else None
        if not isinstance(devbox_id, str):
            await self._shutdown_marked(mark)
            raise ProviderError(NAME, f"malformed devbox answer: {record!r:.200}")
        try:
            record = await self.wait_status(devbox_id, "running")
        except BaseException:
            # Whatever ended the wait (failure, time, a 5xx, interruption), the caller never gets
            # the devbox: it would otherwise run until Runloop's default hour.
            await self._shutdown_quietly(devbox_id)
            raise
        return AsyncRunloopSandbox(self, devbox_id), shapes.devbox_info(record)

    async def _shutdown_marked(self, mark: str) -> None:
        """Shut down the devbox a create whose answer was lost made, found by its mark (the list
        is searched a few pages deep; nothing found, nothing was made)."""
        after = None
        try:
            for _ in range(shapes.MARK_SEARCH_PAGES):
                page, boxes = await self._page(after)
                for box in boxes:
                    if (box.get("metadata") or {}).get(shapes.CREATE_MARK) == mark:
                        await self._shutdown_quietly(box["id"])
                        return
                if not page.get("has_more") or not boxes:
                    return
                after = boxes[-1]["id"]
        except (SandboxerError, KeyError, TypeError, AttributeError):
            return

    async def _page(self, after: str | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """One page of the devbox list (newest first), after the devbox `after`."""
        kwargs: dict[str, Any] = {"limit": _PAGE}
        if after is not None:
            kwargs["starting_after"] = after
        page = await self.call(list_devboxes, **kwargs)
        boxes = page.get("devboxes") if isinstance(page, dict) else None
        if not isinstance(boxes, list) or not all(isinstance(box, dict) for box in boxes):
            raise ProviderError(NAME, f"malformed devbox list: {page!r:.200}")
        return page, boxes

    async def _live_record(self, sandbox_id: str) -> dict[str, Any]:
        """The devbox's record; a shut-down devbox is still answered (status "shutdown"), but it is
        gone for good: NotFoundError."""
        check_sandbox_id(sandbox_id)
        record: dict[str, Any] = await self.call(get_devbox, id=sandbox_id)
        if shapes.devbox_info(record).status == "stopped":
            raise NotFoundError(NAME, f"devbox {sandbox_id} is shut down")
        return record

    async def attach_sandbox(self, sandbox_id: str) -> AsyncRunloopSandbox:
        await self._live_record(sandbox_id)
        return AsyncRunloopSandbox(self, sandbox_id)

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        wanted = wanted_metadata(filter)
        limit = filter.limit if filter is not None else None
        found: list[SandboxInfo] = []
        after = None
        while limit is None or len(found) < limit:
            page, boxes = await self._page(after)
            for box in boxes:
                info = shapes.devbox_info(box)
                # Metadata is matched here (the list call filters by status only); shut-down
                # devboxes are gone for us.
                if info.status != "stopped" and all(info.metadata.get(k) == v for k, v in wanted.items()):
                    found.append(info)
            if not page.get("has_more") or not boxes:
                break
            after = boxes[-1].get("id")
            if not isinstance(after, str):
                raise ProviderError(NAME, f"malformed devbox list: {page!r:.200}")
        return found if limit is None else found[:limit]

    async def kill_sandbox(self, sandbox_id: str) -> None:
        """Shutting down a shut-down devbox is undocumented (it may well answer 200): asked first."""
        await self._live_record(sandbox_id)
        await self.call(shutdown_devbox, id=sandbox_id)

    async def close(self) -> None:
        for execution in list(self.pumps):  # the executions go on; we stop reading them
            await self.stop_pumps(execution)
        for terminal in list(self.terminals):  # the sessions stay for their idle time
            await self.stop_reading(terminal)
        await self.http.aclose()


def _timed_out(result: CommandResult) -> bool:
    """Whether the watchdog ended the command: its marker ends stderr (and is taken out)."""
    if not result.stderr.endswith(_MARKER):
        return False
    result.stderr = result.stderr[: -len(_MARKER)]
    return True


def _about_the_path(failure: ProviderError) -> bool:
    """Whether a file API failure may be about the path (the API's answer does not say), rather
    than about the key, the rate, the quota or the network."""
    return not isinstance(
        failure,
        UnauthorizedError
        | RateLimitError
        | QuotaExceededError
        | ConnectionFailedError
        | SandboxerTimeoutError,
    )


def _position(source: BinaryIO) -> int | None:
    """Where a source can be read again from, or None (a pipe, a socket)."""
    try:
        return source.tell() if source.seekable() else None
    except (AttributeError, OSError, ValueError):
        return None


class _Place:
    """Where a followed output stream is: the byte offset its last chunk ended at, and how many
    chunks came."""

    def __init__(self) -> None:
        self.offset: int | None = None
        self.chunks = 0


class _TooLong(Exception):
    """An output longer than we keep in memory (MAX_OUTPUT)."""


def _answered_by_a_failing_server(failure: BaseException) -> bool:
    """A 5xx: the server (or a gateway before it) failed, maybe after doing what was asked."""
    status = failure.status_code if isinstance(failure, ProviderError) else None
    return isinstance(status, int) and status >= 500


def _lost_on_the_way(failure: BaseException) -> bool:
    """Whether a request failed on its way, not by the API's decision: a broken connection, or a
    5xx (the server or a proxy before it failed); asking again may well succeed."""
    return isinstance(failure, ConnectionFailedError) or _answered_by_a_failing_server(failure)


def _may_have_arrived(failure: BaseException) -> bool:
    """Whether a request that failed so may still have reached the devbox, its answer lost."""
    if not isinstance(failure, Exception):
        return True  # interrupted: it may have been on its way
    if isinstance(failure, SandboxerTimeoutError | ConnectionFailedError):
        never_sent = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
        return not isinstance(failure.__cause__, never_sent)
    return False


def _execution_id(answer: Any) -> str:
    execution = answer.get("execution_id") if isinstance(answer, dict) else None
    if not isinstance(execution, str) or not execution:
        raise ProviderError(NAME, f"malformed execution answer: {answer!r:.200}")
    return execution
