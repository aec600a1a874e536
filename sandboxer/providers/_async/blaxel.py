"""The Blaxel provider: the control plane (api.blaxel.ai/v0) and the sandbox API at each sandbox's URL.

Requests are built by the generated clients (`sandboxer._generated.blaxel_api`, `..._sandbox`)
and sent through one pooled httpx transport; answers are read as JSON. Sandboxes are named: the
name is our id. Commands run through the API's streamed exec (NDJSON events). Sandboxes go to
standby by themselves and wake on any request; `pause` asks for the standby at once (the sandbox
API's POST /standby) and `resume` wakes it (POST /resume). Blaxel has no stdin: it is refused.
Terminals run on the API's WebSocket (/terminal/ws, JSON frames).
"""

from __future__ import annotations

import io
import logging
import math
import os
import posixpath
import shlex
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, BinaryIO

import attrs
import httpx

from ..._async.base import AsyncProviderBase, AsyncRunningFromInfo, AsyncWatcher
from ..._concurrency import AsyncBackground, ainvoke, unwrapped
from ..._generated.blaxel_api import models as api_models  # each model imported on first use
from ..._generated.blaxel_sandbox import models as sandbox_models
from ..._transport._async.http import AsyncProviderTransport, call_endpoint, client_timeout, send_endpoint
from ..._transport._async.websocket import AsyncWebSocket
from ..._transport.endpoint import STREAMED_BODY, LazyEndpoint
from ..._transport.errors import json_answer, request_id_of
from ..._transport.retry import RETRY_STATUSES
from ...config import ProviderConfig
from ...errors import (
    ConflictError,
    ConnectionFailedError,
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
from .. import blaxel_shapes as shapes
from .. import managed
from .. import shell_scripts as scripts
from ..arguments import (
    check_mode,
    check_port,
    check_sandbox_id,
    check_seconds,
    check_terminal_size,
    wanted_metadata,
)
from ..blaxel_shapes import NAME
from ..exit_status import timed_out
from ..multipart import MultipartFile
from ..shell_line import script_line
from .kept_terminals import AsyncKeptTerminals, stop_reading
from .uploads import download_to, upload_from
from .waiting import wait_until

# The generated endpoints this adapter calls, each imported on its first call (issue 21).
_COMPUTE = "blaxel_api.api.compute"
_FILESYSTEM = "blaxel_sandbox.api.filesystem"
_PROCESS = "blaxel_sandbox.api.process"
create_sandbox = LazyEndpoint(_COMPUTE, "create_sandbox")
create_sandbox_preview = LazyEndpoint(_COMPUTE, "create_sandbox_preview")
create_sandbox_preview_token = LazyEndpoint(_COMPUTE, "create_sandbox_preview_token")
delete_sandbox = LazyEndpoint(_COMPUTE, "delete_sandbox")
get_sandbox = LazyEndpoint(_COMPUTE, "get_sandbox")
get_sandbox_preview = LazyEndpoint(_COMPUTE, "get_sandbox_preview")
list_sandboxes = LazyEndpoint(_COMPUTE, "list_sandboxes")
update_sandbox = LazyEndpoint(_COMPUTE, "update_sandbox")
delete_filesystem_multipart_upload_id_abort = LazyEndpoint(
    _FILESYSTEM, "delete_filesystem_multipart_upload_id_abort"
)
delete_filesystem_path = LazyEndpoint(_FILESYSTEM, "delete_filesystem_path")
get_filesystem_path = LazyEndpoint(_FILESYSTEM, "get_filesystem_path")
get_watch_filesystem_path = LazyEndpoint(_FILESYSTEM, "get_watch_filesystem_path")
post_filesystem_multipart_initiate_path = LazyEndpoint(_FILESYSTEM, "post_filesystem_multipart_initiate_path")
post_filesystem_multipart_upload_id_complete = LazyEndpoint(
    _FILESYSTEM, "post_filesystem_multipart_upload_id_complete"
)
put_filesystem_multipart_upload_id_part = LazyEndpoint(_FILESYSTEM, "put_filesystem_multipart_upload_id_part")
put_filesystem_path = LazyEndpoint(_FILESYSTEM, "put_filesystem_path")
delete_process_identifier_kill = LazyEndpoint(_PROCESS, "delete_process_identifier_kill")
get_process = LazyEndpoint(_PROCESS, "get_process")
get_process_identifier = LazyEndpoint(_PROCESS, "get_process_identifier")
get_process_identifier_logs = LazyEndpoint(_PROCESS, "get_process_identifier_logs")
post_process = LazyEndpoint(_PROCESS, "post_process")

_PAGE = 50
log = logging.getLogger("sandboxer.blaxel")


class _Run:
    """A command as this client follows it: its callbacks, how much of each stream they were given
    (to go on from there after a cut), and the process record it ended with."""

    def __init__(self, name: str, callbacks: dict[int, Any]) -> None:
        self.name = name
        self.callbacks = callbacks
        self.given = {1: 0, 2: 0}  # characters handed to each stream's callback
        self.whole = {1: True, 2: True}  # no piece came mangled (U+FFFD): counting still holds
        self.record: dict[str, Any] | None = None
        self.started = time.monotonic()
        self.response: httpx.Response | None = None  # the exec stream, while it is read
        self.stopped = False

    async def stop(self, pump: AsyncBackground) -> None:
        """Stop following (the process goes on): the stream closed, the asking ended."""
        self.stopped = True
        await pump.stop(self.response.aclose if self.response is not None else _nothing)

    async def give(self, stream: int, text: str) -> None:
        if not text:
            return
        self.given[stream] += len(text)
        self.whole[stream] = self.whole[stream] and "\ufffd" not in text
        if self.callbacks.get(stream) is not None:
            await ainvoke(self.callbacks[stream], text)

    async def catch_up(self, record: dict[str, Any]) -> None:
        """What a record holds past what the callbacks were given, where that can be told (the
        record holds the whole output and every piece given came whole); a character still being
        written (its bytes cut, U+FFFD) waits for the next record."""
        running = record.get("status") == "running"
        for stream, key in ((1, "stdout"), (2, "stderr")):
            text = str(record.get(key) or "")
            if not self.whole[stream] or shapes.truncated(text):
                continue
            if running and text.endswith("\ufffd"):
                text = text[:-1]
            await self.give(stream, text[self.given[stream] :])


class _Started:
    """A process started through this sandbox object; with callbacks, its exec stream read in the
    background."""

    def __init__(self, run: _Run, pid: int, pump: AsyncBackground | None = None) -> None:
        self.run = run
        self.pid = pid
        self.pump = pump

    async def stop(self) -> None:
        """Stop reading its output (the process goes on)."""
        if self.pump is not None:
            await self.run.stop(self.pump)


async def _nothing() -> None:
    return None


async def _events(response: httpx.Response) -> AsyncIterator[tuple[str, str]]:
    """The streamed exec's NDJSON events as (type, data): lines split at "\n" only (a "\r" in a
    progress bar is output, not a line end)."""
    pending = b""
    try:
        async for chunk in response.aiter_bytes():
            *lines, pending = (pending + chunk).split(b"\n")
            for line in lines:
                event = shapes.exec_event(line)
                if event is not None:
                    yield event
        event = shapes.exec_event(pending)
    except ProviderError as exc:  # a malformed event: which answer it was in is said
        exc.request_id = exc.request_id or request_id_of(response.headers)
        raise
    if event is not None:
        yield event


class _Terminal:
    """A terminal this sandbox object made: its WebSocket, its size, and the reader that hands its
    output to on_data."""

    def __init__(self, pid: int, session: str, socket: AsyncWebSocket, rows: int, cols: int) -> None:
        self.pid = pid
        self.session = session  # the server's session id, which names the launcher's files
        self.socket = socket
        self.rows = rows
        self.cols = cols
        self.reader: AsyncBackground | None = None


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


class AsyncBlaxelSandbox(AsyncKeptTerminals, AsyncRunningFromInfo):
    provider_name = NAME
    features = frozenset({"stream_output", "pty_output"})
    conditions = {
        "pause": "standby, which any later request to the sandbox ends; needs an image with a current "
        "sandbox API (`POST /standby`), an older one raises `ProviderError`",
    }

    def __init__(self, provider: AsyncBlaxelProvider, record: dict[str, Any]) -> None:
        self._provider = provider
        self._record = record
        self._id: str = record["metadata"]["name"]
        self._url = shapes.sandbox_url(record, provider.settings.workspace)
        self._started: dict[str, _Started] = {}
        self._terminals: dict[int, _Terminal] = {}
        self._terminals_made = 0  # terminal pids: this object's own numbers (the server gives none)
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
        for terminal in list(self._terminals.values()):
            await self._drop_terminal(terminal)

    async def pause(self) -> None:
        """Standby now rather than after its idle time: the sandbox API's POST /standby, answered
        202 before the standby happens (docs.blaxel.ai/api-reference/system/put-the-sandbox-in-
        standby; not yet in the SDKs), then waited for as the record's `state` STANDBY (control
        plane spec, Sandbox.state RUNNING|STANDBY), so `info()` says paused once this returns.
        Memory, processes and files are kept; nothing is billed but storage. The API refuses while
        a keepAlive process holds the sandbox awake. Any later request to the sandbox (a command, a
        file, a followed stream's poll) wakes it."""
        await self._post_system("/standby")
        await self._wait_for_state(lambda state: state == "STANDBY", "go to standby")

    async def resume(self) -> None:
        """POST /resume (docs.blaxel.ai/api-reference/system/resume-the-sandbox): wakes a sandbox
        in standby, as any request would; then waited for until its record no longer says STANDBY."""
        await self._post_system("/resume")
        await self._wait_for_state(lambda state: state != "STANDBY", "wake from standby")

    async def _post_system(self, route: str) -> None:
        # Not in the generated client (made from the sandbox-api source, which predates these
        # routes): sent as it is; the transport maps an error answer as for any call.
        try:
            await self._provider.sandbox_http.post(self._url.rstrip("/") + route)
        except NotFoundError as exc:
            await self._provider.record(self._id)  # the sandbox itself gone: that NotFoundError
            raise ProviderError(
                NAME,
                f"POST {route}: this sandbox's API has no such route (its image carries a sandbox "
                f"API older than standby): {exc.message}",
                404,
            ) from exc

    async def _wait_for_state(self, reached: Callable[[str], bool], what: str) -> None:
        last: dict[str, str] = {}

        async def probe(_left: float) -> bool | None:
            record = await self._provider.record(self._id)
            last["state"] = state = str(record.get("state"))
            return True if reached(state) else None

        async def expired() -> SandboxerTimeoutError:
            return SandboxerTimeoutError(
                NAME,
                f"sandbox {self._id} did not {what} within {_STATE_SECONDS:g}s (state {last.get('state')!r}; "
                "a request or an open connection to it keeps it awake)",
            )

        await wait_until(probe, _STATE_SECONDS, expired)

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
        """The preview URL of a port: public by default (anyone with the URL reaches the port);
        with extra['public_previews']=False a private one, which wants the token `preview_link`
        gives."""
        return (await self.preview_link(port))[0]

    async def preview_link(self, port: int) -> tuple[str, str]:
        """(url, token) for a port's preview; the token ("" for a public preview) goes in the
        header `X-Blaxel-Preview-Token` (py sandbox.py:795) or the query `bl_preview_token`
        (ts sandbox.ts:613). A private preview's token lasts PREVIEW_TOKEN_SECONDS."""
        check_port(port)
        name = f"port-{port}"
        public = self._provider.settings.public_previews
        try:
            preview = await self._provider.call(
                create_sandbox_preview,
                sandbox_name=self._id,
                body=api_models.Preview.from_dict(
                    {"metadata": {"name": name}, "spec": {"port": port, "public": public}}
                ),
            )
        except ConflictError:  # made before: the same preview
            preview = await self._provider.call(get_sandbox_preview, sandbox_name=self._id, preview_name=name)
        url = ((preview or {}).get("spec") or {}).get("url") if isinstance(preview, dict) else None
        if not isinstance(url, str) or not url:
            raise ProviderError(NAME, f"the preview of port {port} has no URL: {preview!r:.200}")
        return url, ("" if public else await self._preview_token(name))

    async def _preview_token(self, preview: str) -> str:
        answer = await self._provider.call(
            create_sandbox_preview_token,
            sandbox_name=self._id,
            preview_name=preview,
            json={
                "metadata": {"name": ""},
                "spec": {"expiresAt": shapes.in_seconds(shapes.PREVIEW_TOKEN_SECONDS)},
            },
        )
        token = ((answer or {}).get("spec") or {}).get("token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise ProviderError(NAME, f"the preview token of {preview} is missing: {answer!r:.200}")
        return token

    # --- commands -----------------------------------------------------------------------------

    def _process_request(
        self, cmd: str, env: dict[str, str], cwd: str | None, user: str | None, **extra: Any
    ) -> Any:
        body: dict[str, Any] = {"command": shapes.as_user(cmd, user), **extra}
        if env:
            body["env"] = dict(env)
        if cwd is not None:
            body["workingDir"] = cwd
        return sandbox_models.ProcessRequest.from_dict(body)

    async def run_command(
        self, req: RunCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> CommandResult:
        """The streamed exec (its events typed by stream, a keepalive every 5 s: no edge gives up
        on it however long the command runs); the timeout is kept here (the API keeps none for it,
        srv handler/process.go:395): past it the process is killed."""
        if not isinstance(req, RunCommandRequest):
            raise InvalidRequestError("run_command takes a RunCommandRequest")
        run = _Run(shapes.new_process_name(), {1: on_stdout, 2: on_stderr})  # named: asked for by name
        pump = await self._exec(req.cmd, req.env, req.cwd, req.user, run)
        try:
            await pump.join(req.timeout_seconds)
        except TimeoutError:
            if pump.done():  # the follower's own failure (a SandboxerTimeoutError is a TimeoutError too)
                raise
            await run.stop(pump)
            return await self._end_timed_out(run, req.timeout_seconds or 0.0)
        except BaseException:
            await run.stop(pump)
            raise
        return await self._result(run)

    async def _exec(
        self, cmd: str, env: dict[str, str], cwd: str | None, user: str | None, run: _Run
    ) -> AsyncBackground:
        """POST /process asking for the streamed exec, its events read in the background."""
        body = self._process_request(cmd, env, cwd, user, name=run.name)
        run.response = await self._send(
            post_process,
            body=body,
            stream=True,
            headers=shapes.EXEC_HEADERS,
            read_timeout=self._provider.settings.request_timeout,  # keepalives come every 5 s
        )
        return AsyncBackground(self._follow, run.response, run, name=f"sandboxer-blaxel-{run.name}")

    async def _follow(self, response: httpx.Response, run: _Run) -> None:
        """The exec's events to their result: output to the callbacks (without the API's own
        keepalive and kill notices, written into the stdout events), the final process record kept.
        A stream cut short, or ended without a result, is no end of the process: it is asked for
        until it has ended."""
        try:
            if shapes.EXEC_STREAM in response.headers.get("content-type", ""):
                await self._read_events(response, run)
            else:
                await self._answered_plainly(response, run)
        except (ConnectionFailedError, SandboxerTimeoutError):
            pass  # the edge or the network dropped the stream: asked for below
        finally:
            await response.aclose()
        if run.record is None:
            run.record = await self._until_ended(run)

    @staticmethod
    async def _read_events(response: httpx.Response, run: _Run) -> None:
        async for kind, data in _events(response):
            if kind in shapes.OUTPUT_EVENTS and not shapes.is_notice(data):
                await run.give(shapes.OUTPUT_EVENTS[kind], data)
            elif kind == "result":
                run.record = shapes.result_record(data)
            elif kind == "error":  # the process could not start (a missing working directory)
                raise ProviderError(NAME, data, 422, request_id=request_id_of(response.headers))

    @staticmethod
    async def _answered_plainly(response: httpx.Response, run: _Run) -> None:
        """An API without the streamed exec answers the process record itself, as the SDK expects
        (py process.py:316-340): its output so far to the callbacks, the rest asked for."""
        await response.aread()
        record = json_answer(NAME, response)
        if not isinstance(record, dict):
            raise ProviderError(NAME, f"malformed process answer: {record!r:.200}")
        await run.catch_up(record)
        if record.get("status") != "running":
            run.record = record

    async def _until_ended(self, run: _Run) -> dict[str, Any]:
        """The process's record once it has ended, asked for again and again (0.1 s apart, growing
        to 1 s, as the SDK's wait does: py process.py:397-416); what it printed meanwhile goes to
        the callbacks."""

        async def ended(_left: float) -> dict[str, Any] | None:
            if run.stopped:
                raise SandboxerError(f"following process {run.name} was stopped")
            record = await self._call(get_process_identifier, identifier=run.name)
            if not isinstance(record, dict):
                raise ProviderError(NAME, f"malformed process answer: {record!r:.200}")
            await run.catch_up(record)
            return None if record.get("status") == "running" else record

        async def never() -> SandboxerError:  # pragma: no cover (no deadline: the caller's timeout ends it)
            return SandboxerError(f"process {run.name} did not end")

        return await wait_until(ended, math.inf, never)

    async def _end_timed_out(self, run: _Run, timeout: float) -> CommandResult:
        """Kill a process past its deadline (the API's kill: SIGKILL to its process group, so a
        command ignoring TERM ends too) and raise CommandTimeoutError with its output so far."""
        try:
            await self._call(delete_process_identifier_kill, identifier=run.name)
            ended_by_us = True
        except NotFoundError:  # it ended by itself meanwhile (the API's kill found no process)
            ended_by_us = False
        run.record = await self._call(get_process_identifier, identifier=run.name)
        result = await self._result(run)
        if (
            not ended_by_us
            and isinstance(run.record, dict)
            and run.record.get("status") in ("completed", "failed")
        ):
            return result
        raise timed_out(NAME, timeout, result)

    async def _result(self, run: _Run) -> CommandResult:
        """The ended process's result, its whole output: a record inlines the last 64 KiB of each
        stream (srv handler/process.go:191-203), .../logs up to 4 MiB (process/logfile.go:194); what
        the API itself no longer keeps is said in `error`."""
        record = run.record
        if not isinstance(record, dict):
            raise ProviderError(NAME, f"malformed process answer: {record!r:.200}")
        output = {key: str(record.get(key) or "") for key in ("stdout", "stderr")}
        if any(shapes.truncated(text) for text in output.values()):
            logs = await self._call(get_process_identifier_logs, identifier=run.name)
            if isinstance(logs, dict):
                output.update(
                    {key: str(logs.get(key) or "") for key in output if shapes.truncated(output[key])}
                )
        code, error = shapes.exit_status(record)
        cut = [key for key, text in output.items() if shapes.truncated(text)]
        if cut:  # said, never silent: the API keeps only the end of a very long output
            error = f"Blaxel kept only the end of the {' and '.join(cut)} of this command" + (
                f"; {error}" if error else ""
            )
        stdout = output["stdout"]
        return CommandResult(
            stdout=shapes.strip_kill_notice(stdout) if record.get("status") == "killed" else stdout,
            stderr=output["stderr"],
            exit_code=code,
            duration_ms=int((time.monotonic() - run.started) * 1000),
            error=error,
        )

    async def start_command(
        self, req: StartCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> tuple[int, str]:
        """Without callbacks, a plain start (the answer holds the pid); with them, the streamed
        exec, whose events hold no pid until the end: the process is asked for by name."""
        if not isinstance(req, StartCommandRequest):
            raise InvalidRequestError("start_command takes a StartCommandRequest")
        if req.stdin:
            raise NotSupportedError(NAME, "start_command(stdin=True)", "Blaxel processes take no stdin")
        run = _Run(shapes.new_process_name(), {1: on_stdout, 2: on_stderr})
        if on_stdout is None and on_stderr is None:
            body = self._process_request(req.cmd, req.env, req.cwd, req.user, name=run.name)
            record = await self._call(post_process, body=body)
            if not isinstance(record, dict):
                raise ProviderError(NAME, f"malformed process answer: {record!r:.200}")
            self._started[run.name] = _Started(run, shapes.pid_of(record))
            return self._started[run.name].pid, run.name
        pump = await self._exec(req.cmd, req.env, req.cwd, req.user, run)
        try:
            pid = await self._pid_of(run, pump)
        except BaseException:
            await run.stop(pump)
            raise
        started = self._started[run.name] = _Started(run, pid, pump)
        self._provider.pumps.add(started)
        return pid, run.name

    async def _pid_of(self, run: _Run, pump: AsyncBackground) -> int:
        """The pid of a process started by the streamed exec: its answer goes out before the process
        is started (srv handler/process.go:384-395), so it may be unknown for a moment."""

        async def found(_left: float) -> int | None:
            if pump.done():
                await pump.join()  # its failure (the process could not start) raised here
                return shapes.pid_of(run.record or {})
            try:
                return shapes.pid_of(await self._call(get_process_identifier, identifier=run.name))
            except NotFoundError:
                return None

        async def expired() -> ProviderError:
            return ProviderError(NAME, f"process {run.name} was not started in {_START_SECONDS:g}s")

        return await wait_until(found, _START_SECONDS, expired)

    async def wait_for_handle(self, handle_id: str) -> CommandResult:
        if not isinstance(handle_id, str) or not handle_id:
            raise NotFoundError(NAME, f"no command handle {handle_id!r}")
        started = self._started.pop(handle_id, None)
        run = started.run if started is not None else _Run(handle_id, {})
        try:
            if started is not None and started.pump is not None:
                await started.pump.join()
            else:
                run.record = await self._until_ended(run)
        finally:
            if started is not None:
                self._provider.pumps.discard(started)
        return await self._result(run)

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

    # --- terminals ----------------------------------------------------------------------------
    # The API's WebSocket terminal (blaxel_shapes: terminals). A session outlives its connection
    # and nothing lists or ends sessions over HTTP: list_pty is the terminals this sandbox object
    # made that are still open; kill_pty kills the session's leader (the launcher's pid) through a
    # process, after which the server kills the rest of the session.

    async def create_pty(self, req: CreatePTYRequest) -> PTYInfo:
        if not isinstance(req, CreatePTYRequest):
            raise InvalidRequestError("create_pty takes a CreatePTYRequest")
        rows, cols = req.rows or shapes.PTY_ROWS, req.cols or shapes.PTY_COLS
        session = shapes.new_pty_session()
        launcher = shapes.pty_launcher(session, req.command, req.env, req.user)
        await self._call(
            put_filesystem_path,
            path=shapes.fs_path(shapes.pty_launcher_path(session)),
            body=sandbox_models.FileRequest.from_dict(
                {"content": launcher, "permissions": "755"}
            ),  # a new file: 0755
        )
        socket = await AsyncWebSocket.connect(
            self._provider.sandbox_http,
            self._url.rstrip("/") + "/terminal/ws",
            provider=NAME,
            params=shapes.terminal_query(session, rows, cols, req.cwd, self._provider.settings.api_key),
        )
        try:
            first = await self._first_output(socket)
        except BaseException:
            await socket.aclose()
            await self._remove_launcher(session)
            raise
        self._terminals_made += 1
        pid = self._terminals_made
        terminal = self._terminals[pid] = _Terminal(pid, session, socket, rows, cols)
        terminal.reader = AsyncBackground(
            self._read_terminal, terminal, req.on_data, first, name=f"sandboxer-blaxel-pty-{pid}"
        )
        self._provider.terminals.add(terminal)
        return PTYInfo(pid=pid, rows=rows, cols=cols)

    async def _remove_launcher(self, session: str) -> None:
        """A launcher that never ran is left behind (it removes itself when it runs): removed."""
        try:
            await self._call(delete_filesystem_path, path=shapes.fs_path(shapes.pty_launcher_path(session)))
        except SandboxerError:
            pass

    async def _first_output(self, socket: AsyncWebSocket) -> str:
        """The session's first frame: output (the launcher's start sign: the shell runs) or the
        error the server sends, then closing, when it could not start it (srv handler/terminal.go:
        185-193), raised typed."""
        waiting = AsyncBackground(socket.receive, name="sandboxer-blaxel-pty-start")
        try:
            message = await waiting.join(self._provider.settings.request_timeout)
        except TimeoutError:
            if waiting.done():
                raise
            await waiting.stop(socket.aclose)
            raise SandboxerTimeoutError(NAME, "the terminal did not start in time") from None
        except ConnectionFailedError as exc:
            raise ProviderError(NAME, "the terminal's connection ended before it started") from exc
        if message is None:
            raise ProviderError(NAME, "the terminal's connection closed before it started")
        kind, data = shapes.terminal_frame(message)
        if kind == "error":
            raise shapes.terminal_error(data)
        if kind != "output":
            raise ProviderError(NAME, f"unexpected first terminal frame: {message!r:.200}")
        return data

    async def _read_terminal(self, terminal: _Terminal, on_data: Any, first: str) -> None:
        """Output frames to on_data as UTF-8 bytes. The server ends a session by dropping the
        connection without a close frame (gorilla's conn.Close, srv handler/terminal.go:264-272):
        that is the terminal's end, not a failure."""
        try:
            await self._give(on_data, first)
            while (message := await terminal.socket.receive()) is not None:
                kind, data = shapes.terminal_frame(message)
                if kind == "output":
                    await self._give(on_data, data)
        except ConnectionFailedError:
            pass  # dropped without a close frame: how the server ends a session (the socket is closed)
        finally:
            self._terminals.pop(terminal.pid, None)  # ended: no longer listed

    @staticmethod
    async def _give(on_data: Any, data: str) -> None:
        if on_data is not None and data:
            await ainvoke(on_data, data.encode("utf-8"))

    async def send_pty_input(self, pid: int, data: bytes | str) -> None:
        frame = shapes.input_frame(data)
        await self._terminal(pid).socket.send(frame)

    async def resize_pty(self, pid: int, rows: int, cols: int) -> None:
        """A "resize" frame; the server does not answer it (srv handler/terminal.go:308-313)."""
        check_terminal_size(rows, cols)
        terminal = self._terminal(pid)
        await terminal.socket.send(shapes.resize_frame(rows, cols))
        terminal.rows, terminal.cols = rows, cols

    async def kill_pty(self, pid: int) -> None:
        """Kill the session's leader (its shell or command; the server kills the rest of the
        session), then close the connection. Closing alone would leave the session running
        (srv handler/terminal/session_manager.go:35-37, 358-367)."""
        terminal = self._terminal(pid)
        try:
            await self.run_command(RunCommandRequest(shapes.pty_kill_line(terminal.session)))
        finally:
            await self._drop_terminal(terminal)

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
                body=sandbox_models.FileRequest.from_dict({"isDirectory": True}),
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
            body=sandbox_models.MultipartInitiateRequest.from_dict(initiate),
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
                body=sandbox_models.MultipartCompleteRequest.from_dict({"parts": parts}),
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
_START_SECONDS = 10.0  # how long a process started by the streamed exec may take to be known
# How long a standby or a wake may take to show in the record (docs: without connections a sandbox
# goes to standby in about 15 s; after POST /standby "shortly after"; a wake takes under 25 ms).
_STATE_SECONDS = 30.0


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
        self.terminals: set[_Terminal] = set()  # terminals whose WebSockets are read

    async def stop_reading(self, terminal: _Terminal) -> None:
        await stop_reading(self.terminals, terminal)

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
            if status in shapes.NEVER_DEPLOYED:
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
        runtime: dict[str, Any] = {
            "image": req.template or shapes.DEFAULT_IMAGE,
            "memory": shapes.memory_for(req.cpus, req.memory_mb),
        }
        if req.envs:
            runtime["envs"] = [{"name": k, "value": v} for k, v in req.envs.items()]
        if req.ports:
            runtime["ports"] = [{"target": p, "protocol": "HTTP"} for p in req.ports]
        spec: dict[str, Any] = {"runtime": runtime}
        if self.settings.region:
            spec["region"] = self.settings.region
        else:  # as the SDK warns (py sandbox.py:389-395): the API will require it
            log.warning("Blaxel: no region set (extra['region'] or BL_REGION); it will become required")
        if req.timeout_seconds is not None:
            spec["lifecycle"] = shapes.expiry(req.timeout_seconds)
        name = shapes.new_name()
        body = {"metadata": {"name": name, "labels": managed.marked(req.metadata)}, "spec": spec}
        await self._create(name, body)
        try:
            record = await self._wait_deployed(name)
        except BaseException:
            await self._delete_quietly(name)  # failed, timed out or interrupted: nothing left running
            raise
        return AsyncBlaxelSandbox(self, record), shapes.sandbox_info(record)

    async def _create(self, name: str, body: dict[str, Any]) -> None:
        """POST /sandboxes. Its answer may be lost while the control plane goes on deploying (an
        edge 504 past ~60 s, a read timeout, a dropped connection: ts @blaxel/core
        src/sandbox/sandbox.ts:59-62, 556-580): the sandbox is then looked up by its name and,
        when it was made, deleted before the create's error is raised (never sent again: a
        create is no idempotent call); interrupted, it is deleted too. Only an answer that says
        it was not made (a 409 for a name taken: someone else's) leaves nothing to clean."""
        try:
            await self.call(create_sandbox, body=api_models.Sandbox.from_dict(body))
        except ProviderError as exc:
            if shapes.outcome_unknown(exc) and await self._made(name):
                await self._delete_quietly(name)
            raise
        except BaseException:
            await self._delete_quietly(name)
            raise

    async def _made(self, name: str) -> bool:
        try:
            await self.record(name)
        except SandboxerError:  # not found, or not answering either: nothing more to do here
            return False
        return True

    async def attach_sandbox(self, sandbox_id: str) -> AsyncBlaxelSandbox:
        check_sandbox_id(sandbox_id)
        return AsyncBlaxelSandbox(self, await self.record(sandbox_id))

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        wanted = wanted_metadata(filter)
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
        for terminal in list(self.terminals):  # the sessions go on (for their idle time at least)
            await self.stop_reading(terminal)
        await self.sandbox_http.aclose()
        await self.api_http.aclose()
