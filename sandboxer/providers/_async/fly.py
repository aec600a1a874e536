"""The Fly Machines provider: machines of one app, and everything inside them through exec
(api.machines.dev, paths under /v1/apps/{app}).

Request paths come from the generated client (`sandboxer._generated.fly_machines`); bodies are sent
and answers read as plain JSON through one pooled transport. Exec runs a program and answers when
it ends, with text stdin and output. So: every argument travels as argv (never spliced into shell
text); files move as base64 in chunks (`base64_files`); commands run detached with their output and
status kept in files (`detached`), so one that outlives a request (exec answers 408 past ~30 s) goes
on, and any client can collect it. Only machines carrying our metadata mark are listed, attached
and killed. Terminals and streamed output have no API: they are not offered. Machines never get the
app's secrets (skip_secrets); with extra['app_per_sandbox'] each sandbox is a machine in an app of
its own (its own network and hostname: the only way to a port_url of one sandbox). Fly's rate
limits are kept under the retries by `fly_transport` (paced per machine and action from the first
request; extra['pace_requests']=False: from the first 429).
"""

from __future__ import annotations

import io
import math
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

import httpx

from ..._async.base import AsyncProviderBase, AsyncRunningFromInfo
from ..._concurrency import asleep
from ..._generated.fly_machines import models  # each model imported on first use
from ..._transport._async.http import AsyncProviderTransport, call_endpoint, client_timeout
from ..._transport.endpoint import LazyEndpoint
from ..._transport.retry import RETRY_STATUSES
from ...config import ProviderConfig
from ...errors import (
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
    CreateSandboxRequest,
    ListSandboxesFilter,
    ProcessInfo,
    RunCommandRequest,
    SandboxInfo,
    StartCommandRequest,
    WatchEvent,
)
from .. import base64_files as files
from .. import detached, managed
from .. import fly_shapes as shapes
from .. import shell_scripts as scripts
from ..arguments import (
    as_bytes,
    check_mode,
    check_path,
    check_port,
    check_sandbox_id,
    wanted_metadata,
)
from ..exit_status import timed_out
from ..fly_shapes import NAME
from ..shell_line import check_user, command_line
from .fly_transport import AsyncFlyTransport
from .polling_watcher import AsyncPollingWatcher
from .scripted_files import AsyncScriptedFiles
from .uploads import download_to, upload_from
from .waiting import wait_until

# The generated endpoints this adapter calls, each imported on its first call (issue 21).
_APPS = "fly_machines.api.apps"
_MACHINES = "fly_machines.api.machines"
app_ip_assignments_create = LazyEndpoint(_APPS, "app_ip_assignments_create")
apps_create = LazyEndpoint(_APPS, "apps_create")
apps_delete = LazyEndpoint(_APPS, "apps_delete")
apps_list = LazyEndpoint(_APPS, "apps_list")
machines_create = LazyEndpoint(_MACHINES, "machines_create")
machines_delete = LazyEndpoint(_MACHINES, "machines_delete")
machines_exec = LazyEndpoint(_MACHINES, "machines_exec")
machines_list = LazyEndpoint(_MACHINES, "machines_list")
machines_list_processes = LazyEndpoint(_MACHINES, "machines_list_processes")
machines_show = LazyEndpoint(_MACHINES, "machines_show")
machines_start = LazyEndpoint(_MACHINES, "machines_start")
machines_suspend = LazyEndpoint(_MACHINES, "machines_suspend")
machines_update_metadata = LazyEndpoint(_MACHINES, "machines_update_metadata")
machines_wait = LazyEndpoint(_MACHINES, "machines_wait")

_NOT_408 = RETRY_STATUSES - {408}  # a wait's 408 means "not yet": asked again by wait_state
_INLINE_OUTPUT = 1024 * 1024  # a finished command's output sent back with its status, up to this
# A lost create's machine is looked up by its nonce after these pauses: the list lags the create
# (flyctl waits 500 ms first: internal/command/deploy/strategy_bluegreen.go:1473-1545).
LOOKUP_PAUSES = (0.5, 0.5, 0.5)
# A watcher lists once per interval, an exec each: within Fly's 1 exec a second per machine, with
# room for the sandbox's other calls (docs machines/api/working-with-machines-api.html.markerb:79-85).
WATCH_INTERVAL = 2.0


def _pid(pid: object) -> int:
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 1:
        raise InvalidRequestError(f"invalid pid {pid!r}")
    return pid


class AsyncFlySandbox(AsyncScriptedFiles, AsyncRunningFromInfo):
    provider_name = NAME
    conditions = {
        "port_url": "only with `extra[\"app_per_sandbox\"]=True`; in a shared app Fly's proxy balances a "
        "port over every machine, so it raises `NotSupportedError`",
    }

    def __init__(self, provider: AsyncFlyProvider, machine_id: str, app: str | None = None) -> None:
        self._provider = provider
        self._machine = machine_id
        self._app = app  # the sandbox's own app (extra['app_per_sandbox']), else None: the shared one
        self._started: dict[str, float] = {}  # handle -> when start_command started it (durations)

    @property
    def id(self) -> str:
        return shapes.sandbox_id(self._app, self._machine)

    async def _call(self, endpoint: Any, json: Any = None, **kwargs: Any) -> Any:
        return await self._provider.call(
            endpoint, json=json, machine_id=self._machine, app=self._app, **kwargs
        )

    # --- lifecycle ----------------------------------------------------------------------------

    async def info(self) -> SandboxInfo:
        return shapes.machine_info(await self._call(machines_show), self._app)

    async def pause(self) -> None:
        await self._call(machines_suspend)
        await self._provider.wait_state(self._machine, "suspended", app=self._app)

    async def resume(self) -> None:
        await self._call(machines_start)
        await self._provider.wait_state(self._machine, "started", app=self._app)

    async def kill(self) -> None:
        await self._provider.destroy(self._machine, self._app)

    async def port_url(self, port: int) -> str:
        """The port's URL on the sandbox's own app (extra['app_per_sandbox']), which serves this
        sandbox only. A shared app has none: Fly's proxy balances an app's port over all its machines."""
        check_port(port)
        if self._app is None:
            raise NotSupportedError(
                NAME,
                "port_url",
                "it needs extra['app_per_sandbox']=True: in a shared app, Fly's proxy balances a port "
                "over every machine serving it, so no URL reaches this sandbox only",
            )
        return shapes.port_url(await self._call(machines_show), f"{self._app}.fly.dev", port)

    async def set_timeout(self, seconds: float) -> None:
        """The sandbox now ends `seconds` from now: the machine's watchdog (its main process) is
        given the new deadline through exec, and the deadline is kept in the metadata (info)."""
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or not seconds > 0:
            raise InvalidRequestError(f"set_timeout: seconds must be positive, not {seconds!r}")
        deadline = datetime.now(UTC) + timedelta(seconds=math.ceil(seconds))
        answer = await self._exec(
            scripts.sh(shapes.SET_DEADLINE, shapes.WATCHDOG_FILE, str(int(deadline.timestamp())))
        )
        if answer.exit_code == shapes.NO_WATCHDOG:
            raise InvalidRequestError(
                "set_timeout: this machine runs its image's own command (keep_image_command), "
                "not sandboxer's watchdog: it has no lifetime to change"
            )
        scripts.check_exit(NAME, answer.exit_code, "set_timeout", None, answer.stderr)
        await self._call(
            machines_update_metadata, json={"metadata": {shapes.EXPIRES_KEY: shapes.expires_text(deadline)}}
        )

    # --- exec ---------------------------------------------------------------------------------

    async def _exec(
        self,
        argv: list[str],
        *,
        stdin: str | None = None,
        timeout: int = shapes.EXEC_TIMEOUT,
        reads_only: bool = False,
        retry_on: frozenset[int] | None = None,
    ) -> shapes.ExecAnswer:
        """Run argv and answer its output; `reads_only` lets a failed request be sent again."""
        body: dict[str, Any] = {"command": argv, "timeout": timeout}
        if stdin is not None:
            body["stdin"] = stdin
        answer = await self._provider.call(
            machines_exec,
            json=body,
            machine_id=self._machine,
            app=self._app,
            read_seconds=timeout + 30,
            idempotent=reads_only,
            retry_on=retry_on,
        )
        return shapes.exec_answer(answer)

    async def _script(
        self, script: str, *args: str, what: str, path: str | None = None, reads_only: bool = False
    ) -> str:
        answer = await self._exec(scripts.sh(script, *args), reads_only=reads_only)
        scripts.check_exit(NAME, answer.exit_code, what, path, answer.stderr)
        return answer.stdout

    # --- commands -----------------------------------------------------------------------------

    def _command(self, cmd: str, env: dict[str, str], cwd: str | None, user: str | None) -> str:
        check_user(user)
        return command_line(cmd, env, cwd, user, switch_user="su")

    async def _start(self, script: str, handle: str, *args: str) -> detached.Report:
        answer = await self._exec(
            scripts.sh(script, detached.directory(NAME, handle), *args), timeout=shapes.EXEC_TIMEOUT
        )
        if answer.exit_code != 0:
            raise ProviderError(NAME, f"the command could not be started: {answer.stderr.strip()[:500]}")
        return detached.Report(NAME, answer.stdout)

    async def _wait_detached(self, handle: str) -> detached.Report:
        """One wait (a slice of the exec deadline); resent safely: collecting never deletes."""
        try:
            answer = await self._exec(
                scripts.sh(detached.WAIT, detached.directory(NAME, handle), str(shapes.WAIT_SLICE),
                           str(_INLINE_OUTPUT)),
                timeout=shapes.EXEC_TIMEOUT,
                reads_only=True,
                retry_on=_NOT_408,
            )  # fmt: skip
        except SandboxerTimeoutError as late:
            if late.status_code != 408:
                raise  # no answer at all (a connect or pool timeout): not a sign of the command
            return detached.Report(NAME, "running")  # the exec ran out of time, not the command
        scripts.check_exit(NAME, answer.exit_code, "wait_for_handle", handle, answer.stderr)
        return detached.Report(NAME, answer.stdout)

    async def _collect(self, handle: str, report: detached.Report, started: float) -> CommandResult:
        """The result of a command that ended: its output came inline, or is read like files."""
        if report.output is None:
            directory = detached.directory(NAME, handle)
            out = await self._read(f"{directory}/out")
            err = await self._read(f"{directory}/err")
            await self._script(detached.FORGET, directory, what="wait_for_handle")
        else:
            out, err = report.output
        return CommandResult(
            stdout=out.decode("utf-8", "replace"),
            stderr=err.decode("utf-8", "replace"),
            exit_code=report.code,
            duration_ms=int((time.monotonic() - started) * 1000),
        )

    async def _until_done(
        self, handle: str, report: detached.Report, deadline: float | None
    ) -> detached.Report:
        while not report.done:
            if report.lost:
                raise ProviderError(NAME, f"command {handle} is gone and left no exit status")
            if deadline is not None and time.monotonic() >= deadline:
                raise SandboxerTimeoutError(NAME, f"command {handle} did not end in time")
            report = await self._wait_detached(handle)
        return report

    async def run_command(
        self, req: RunCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> CommandResult:
        if not isinstance(req, RunCommandRequest):
            raise InvalidRequestError("run_command takes a RunCommandRequest")
        self._require("stream_output", on_stdout)
        self._require("stream_output", on_stderr)
        line = self._command(req.cmd, req.env, req.cwd, req.user)
        argv = ["/bin/sh", "-c", line]
        deadline = None
        wait = shapes.WAIT_SLICE
        if req.timeout_seconds is not None:
            # Enforced inside the machine (TERM, then KILL, to the command's whole tree), so it holds
            # even if this client goes away; the marker at the end of stderr says it fired.
            argv = scripts.sh(scripts.RUN_WITH_TIMEOUT, f"{req.timeout_seconds:.3f}", line)
            deadline = time.monotonic() + req.timeout_seconds + 60
            wait = min(wait, math.ceil(req.timeout_seconds) + 2)
        started = time.monotonic()
        handle = detached.new_handle()
        try:
            try:
                report = await self._start(detached.RUN, handle, str(wait), str(_INLINE_OUTPUT), *argv)
            except (SandboxerTimeoutError, ConnectionFailedError) as lost:
                # The answer was lost, not necessarily the start: ask (a wait is safe to send).
                try:
                    report = await self._wait_detached(handle)
                except NotFoundError:
                    raise lost from None  # it never started
            report = await self._until_done(handle, report, deadline)
            result = await self._collect(handle, report, started)
        except BaseException:
            await self._abandon(handle)  # given up on, or interrupted: it must not run on
            raise
        marker = scripts.TIMEOUT_MARKER.decode()
        # Only our watchdog's marker: a command without a timeout may print the same bytes.
        if req.timeout_seconds is not None and result.stderr.endswith(marker):
            result.stderr = result.stderr[: -len(marker)]
            raise timed_out(NAME, req.timeout_seconds, result)
        return result

    async def _abandon(self, handle: str) -> None:
        try:
            await self._script(detached.ABANDON, detached.directory(NAME, handle), what="run_command")
        except SandboxerError:
            pass

    async def start_command(
        self, req: StartCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> tuple[int, str]:
        if not isinstance(req, StartCommandRequest):
            raise InvalidRequestError("start_command takes a StartCommandRequest")
        self._require("stream_output", on_stdout)
        self._require("stream_output", on_stderr)
        if req.stdin:
            raise NotSupportedError(NAME, "start_command(stdin=True)", "exec takes stdin only up front")
        line = self._command(req.cmd, req.env, req.cwd, req.user)
        handle = detached.new_handle()
        try:
            report = await self._start(detached.START, handle, "/bin/sh", "-c", line)
            if report.pid is None:
                raise ProviderError(NAME, f"command {handle} did not report its pid")
        except BaseException:
            await self._abandon(handle)
            raise
        self._started[handle] = time.monotonic()
        return report.pid, handle

    async def wait_for_handle(self, handle_id: str) -> CommandResult:
        """Waits for the command (any client's: its state is kept in the machine), then collects
        its result once; waiting for it again raises NotFoundError."""
        detached.directory(NAME, handle_id)
        started = self._started.get(handle_id, time.monotonic())
        report = await self._until_done(handle_id, await self._wait_detached(handle_id), None)
        result = await self._collect(handle_id, report, started)
        self._started.pop(handle_id, None)
        return result

    async def kill_process(self, pid: int) -> None:
        # The whole tree: a command run as another user (util-linux su) leaves our group.
        await self._script(scripts.KILL_TREE, str(_pid(pid)), what="kill_process", path=str(pid))

    async def list_processes(self) -> list[ProcessInfo]:
        answer = await self._call(machines_list_processes)
        if not isinstance(answer, list):
            raise ProviderError(NAME, f"malformed process list: {answer!r:.200}")
        return [
            ProcessInfo(pid=p["pid"], command=str(p.get("command") or ""))
            for p in answer
            if isinstance(p, dict) and isinstance(p.get("pid"), int)
        ]

    # --- files --------------------------------------------------------------------------------

    async def _read_into(self, path: str, sink: BinaryIO) -> None:
        chunk = self._provider.settings.chunk
        offset, size = 0, None
        while size is None or offset < size:
            answer = await self._exec(
                scripts.sh(files.READ, check_path(path), str(offset), str(chunk)), reads_only=True
            )
            scripts.check_exit(NAME, answer.exit_code, "read_file", path, answer.stderr)
            head, _, data = answer.stdout.partition("\n")
            try:
                total = int(head)
                piece = files.decode(data)
            except ValueError as exc:
                raise ProviderError(NAME, f"malformed read answer for {path!r}") from exc
            if size is None:
                size = total
            if total != size or (not piece and offset < size):
                raise ProviderError(NAME, f"read_file: {path!r} changed while it was read")
            sink.write(piece)
            offset += len(piece)

    async def _read(self, path: str) -> bytes:
        sink = io.BytesIO()
        await self._read_into(path, sink)
        return sink.getvalue()

    async def read_file(self, path: str) -> bytes:
        return await self._read(path)

    async def download(self, remote_path: str, destination: str | os.PathLike[str] | BinaryIO) -> None:
        await download_to(destination, lambda sink: self._read_into(remote_path, sink))

    async def _write_from(
        self, path: str, source: BinaryIO, mode: int | None = None, user: str | None = None
    ) -> None:
        check_path(path)
        partial = files.partial_name(path, detached.new_handle())
        chunk = self._provider.settings.chunk
        piece = _read_exactly(source, chunk)
        first = True
        try:
            while True:
                following = _read_exactly(source, chunk) if len(piece) == chunk else b""
                last = not following
                answer = await self._exec(
                    scripts.sh(
                        files.WRITE,
                        path,
                        partial,
                        "1" if first else "0",
                        "1" if last else "0",
                        "" if mode is None else f"{mode:o}",
                        user or "",
                    ),  # fmt: skip
                    stdin=files.encode(piece),
                )
                scripts.check_exit(NAME, answer.exit_code, "write_file", path, answer.stderr)
                if last:
                    return
                piece, first = following, False
        except BaseException:
            if not first:
                try:
                    await self._script(files.DISCARD, partial, what="write_file")
                except SandboxerError:
                    pass
            raise

    async def write_file(
        self, path: str, content: bytes, mode: int | None = None, user: str | None = None
    ) -> None:
        check_mode(mode)
        check_user(user)
        await self._write_from(path, io.BytesIO(as_bytes(content)), mode, user)

    async def upload(self, remote_path: str, source: str | os.PathLike[str] | BinaryIO) -> None:
        await upload_from(source, lambda stream: self._write_from(remote_path, stream))

    async def _listing_output(self, script: str, path: str, *, what: str) -> bytes:
        # In base64: names that are not UTF-8 survive exec's text answer.
        answer = await self._exec(scripts.sh(files.BASE64_OUTPUT, *scripts.sh(script, path)), reads_only=True)
        scripts.check_exit(NAME, answer.exit_code, what, path, answer.stderr)
        return files.decode(answer.stdout)

    async def watch_directory(
        self, path: str, on_event: Callable[[WatchEvent], Any], recursive: bool = False
    ) -> AsyncPollingWatcher:
        """As every scripted provider watches (AsyncScriptedFiles), at Fly's pace: WATCH_INTERVAL."""
        if not callable(on_event):
            raise InvalidRequestError("watch_directory: on_event must be callable")
        script = scripts.WATCH_TREE if recursive else scripts.WATCH_DIR
        first = await self._listing(script, path, 5)
        return AsyncPollingWatcher(lambda: self._listing(script, path, 5), first, on_event, WATCH_INTERVAL)


def _read_exactly(source: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes (fewer only at the end), from a source whose reads may come short."""
    parts = []
    wanted = size
    while wanted > 0:
        part = source.read(wanted)
        if not part:
            break
        if not isinstance(part, bytes | bytearray | memoryview):
            raise InvalidRequestError("upload: the source must be opened in binary mode")
        parts.append(bytes(part))
        wanted -= len(part)
    return b"".join(parts)


def _maybe_done(failure: SandboxerError) -> bool:
    """Whether a failed request may have been carried out: its answer was lost or a 5xx."""
    if isinstance(failure, SandboxerTimeoutError | ConnectionFailedError):
        return True
    status = getattr(failure, "status_code", None)
    return isinstance(status, int) and status >= 500


class AsyncFlyProvider(AsyncProviderBase):
    """Machines of one Fly app (https://fly.io/docs/machines/api/), or with extra['app_per_sandbox']
    each in an app of its own: token from api_key or FLY_API_TOKEN, app from extra['app'],
    SANDBOXER_FLY_APP or FLY_APP_NAME."""

    name = NAME
    sandbox_class = AsyncFlySandbox

    def __init__(self, config: ProviderConfig) -> None:
        self.settings = shapes.settings(config)
        # Under the retries, every attempt paced and its error code read (fly_transport).
        paced = self.settings.pace_requests
        transport = AsyncProviderTransport.from_config(
            config,
            provider=NAME,
            target=self.settings.base_url,
            wrap=lambda inner: AsyncFlyTransport(inner, pace_from_first_request=paced),
        )
        self.http = httpx.AsyncClient(
            base_url=self.settings.base_url,
            headers={"Authorization": self.settings.authorization},
            transport=transport,
            timeout=client_timeout(self.settings.request_timeout),
        )

    async def call(
        self,
        endpoint: Any,
        json: Any = None,
        *,
        app: str | None = None,
        read_seconds: float | None = None,
        **options: Any,
    ) -> Any:
        """One call of a generated endpoint of the app (`app`, else the shared one), its body plain
        JSON; `read_seconds`: an answer that may take that long (never less than the client's own)."""
        if read_seconds is not None:
            options["read_timeout"] = max(read_seconds, self.http.timeout.read or 0)
        return await self.call_org(endpoint, json, app_name=app or self.settings.app, **options)

    async def call_org(self, endpoint: Any, json: Any = None, **options: Any) -> Any:
        """One call of an endpoint of the organisation's (the apps themselves)."""
        return await call_endpoint(self.http, NAME, endpoint, json=json, **options)

    async def wait_state(
        self, machine_id: str, state: str, *, app: str | None = None, version: str | None = None
    ) -> None:
        """Until the machine is in `state` (Machines_wait answers 408 after its timeout: asked again).
        `version`: the machine's version to wait for (the spec's replacement of instance_id)."""

        async def reached(left: float) -> bool | None:
            hold = int(max(min(shapes.WAIT_MAX, left), 1))
            options: dict[str, Any] = {"state": models.MachinesWaitState(state), "timeout": hold}
            if version is not None:
                options["version"] = version
            try:
                await self.call(
                    machines_wait, machine_id=machine_id, app=app, read_seconds=hold + 30,
                    retry_on=_NOT_408, **options,
                )  # fmt: skip
            except SandboxerTimeoutError:
                return None
            return True

        async def expired() -> SandboxerTimeoutError:
            return SandboxerTimeoutError(
                NAME, f"machine {machine_id} was not {state} after {self.settings.start_timeout:g}s"
            )

        await wait_until(reached, self.settings.start_timeout, expired, pause=False)

    async def destroy(self, machine_id: str, app: str | None = None) -> None:
        """The sandbox ends: its machine, then its own app if it has one (Apps_delete answers 202,
        its work done later: the machine is destroyed first, so it ends now whatever the app does)."""
        try:
            await self.call(machines_delete, machine_id=machine_id, app=app, force=True)
        except NotFoundError:
            if app is None:
                raise
        if app is not None:
            await self._delete_app(app)

    async def _delete_app(self, app: str) -> None:
        # After its machine: "Machines should be stopped before attempting deletion" (docs
        # machines/api/apps-resource.html.markerb:166-170; its `?force=true` is not in the spec).
        await self.call(apps_delete, app=app)

    async def _destroy_quietly(self, machine_id: str | None, app: str | None) -> None:
        try:
            if machine_id is None:
                if app is not None:
                    await self._delete_app(app)
            else:
                await self.destroy(machine_id, app)
        except SandboxerError:
            pass

    async def _new_app(self, nonce: str, ports: bool) -> str:
        """A sandbox's own app, with its own secrets and on its own private network ("Any Machine
        started in such an app will not be able to access other apps within their organization over
        the private network": docs machines/api/apps-resource.html.markerb:90), and a shared IPv4 when
        it serves ports (its hostname answers only with a public IP: the same page, 94-96). The body
        is fly-go's CreateAppRequest (`name`, `org_slug`, `network`: flaps/flaps_apps.go:13-18); its
        idempotency_key makes the create safe to send again (FLY-spec CreateAppRequest)."""
        app = shapes.sandbox_app_name(self.settings.app, nonce)
        body = {"name": app, "org_slug": self.settings.org, "network": app, "idempotency_key": nonce}
        await self.call_org(apps_create, json=body, idempotent=True)
        if ports:
            try:
                await self.call(app_ip_assignments_create, json={"type": "shared_v4"}, app=app)
            except BaseException:
                await self._destroy_quietly(None, app)
                raise
        return app

    async def create_sandbox(self, req: CreateSandboxRequest) -> tuple[AsyncFlySandbox, SandboxInfo]:
        if not isinstance(req, CreateSandboxRequest):
            raise InvalidRequestError("create_sandbox takes a CreateSandboxRequest")
        nonce = detached.new_handle()
        body = shapes.machine_body(req, self.settings, datetime.now(UTC), nonce)
        app = await self._new_app(nonce, bool(req.ports)) if self.settings.app_per_sandbox else None
        machine_id = None
        try:
            record = await self._create_machine(body, nonce, app)
            machine_id = record.get("id") if isinstance(record, dict) else None
            if not isinstance(machine_id, str):
                raise ProviderError(NAME, f"malformed machine answer: {record!r:.200}")
            version = record.get("version")
            await self.wait_state(
                machine_id, "started", app=app, version=version if isinstance(version, str) else None
            )
        except BaseException:
            # Not started, or interrupted: never left running (its own app goes with it).
            await self._destroy_quietly(machine_id, app)
            raise
        return AsyncFlySandbox(self, machine_id, app), shapes.machine_info(
            {**record, "state": "started"}, app
        )

    async def _create_machine(self, body: dict[str, Any], nonce: str, app: str | None) -> dict[str, Any]:
        try:
            created: dict[str, Any] = await self.call(machines_create, json=body, app=app)
            return created
        except (SandboxerTimeoutError, ConnectionFailedError, ProviderError) as failure:
            # A create is never sent twice; when its answer was lost, the machine may exist: found
            # by its nonce, it is ours to go on with (never left running unknown).
            if not _maybe_done(failure):
                raise
            record = await self._created_with(nonce, app)
            if record is None:
                raise failure from None
            return record

    async def _created_with(self, nonce: str, app: str | None) -> dict[str, Any] | None:
        """The machine of a lost create, looked for after each of LOOKUP_PAUSES (the list lags)."""
        for pause in LOOKUP_PAUSES:
            await asleep(pause)
            try:
                answer = await self.call(
                    machines_list, app=app, params={f"metadata.{shapes.NONCE_KEY}": nonce}
                )
            except SandboxerError:
                continue  # the lookup failed too: asked again, else the create's own failure is said
            for record in answer if isinstance(answer, list) else []:
                metadata = ((record or {}).get("config") or {}).get("metadata") or {}
                if metadata.get(shapes.NONCE_KEY) == nonce and isinstance(record, dict):
                    return record
        return None

    async def _ours(self, sandbox_id: str) -> tuple[str, str | None, dict[str, Any]]:
        """(machine id, own app or None, record) of a sandbox of ours, else NotFoundError."""
        check_sandbox_id(sandbox_id)
        app, machine_id = shapes.split_id(self.settings, sandbox_id)
        own = None if app == self.settings.app else app
        record = await self.call(machines_show, machine_id=machine_id, app=own)
        if not shapes.is_ours(record) or record.get("state") in shapes.GONE:
            raise NotFoundError(NAME, f"no sandbox {sandbox_id!r} (not a machine sandboxer created, or gone)")
        return machine_id, own, record

    async def attach_sandbox(self, sandbox_id: str) -> AsyncFlySandbox:
        machine_id, app, _ = await self._ours(sandbox_id)
        return AsyncFlySandbox(self, machine_id, app)

    async def _sandbox_apps(self) -> list[str | None]:
        """The apps sandboxes live in: the shared one, or each sandbox's own (listed by name)."""
        if not self.settings.app_per_sandbox:
            return [None]
        answer = await self.call_org(apps_list, org_slug=self.settings.org)
        apps = (answer or {}).get("apps") if isinstance(answer, dict) else None
        if not isinstance(apps, list):
            raise ProviderError(NAME, f"malformed app list: {answer!r:.200}")
        return [
            a["name"]
            for a in apps
            if isinstance(a, dict) and shapes.is_sandbox_app(self.settings, a.get("name"))
        ]

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        wanted = wanted_metadata(filter)
        params = {f"metadata.{k}": v for k, v in wanted.items()}
        params[f"metadata.{managed.KEY}"] = managed.VALUE
        found = []
        for app in await self._sandbox_apps():
            answer = await self.call(machines_list, app=app, params=params)
            if not isinstance(answer, list):
                raise ProviderError(NAME, f"malformed machine list: {answer!r:.200}")
            for record in answer:
                # The filter is the server's; checked again here, so a machine without our mark is
                # never listed (a server that ignored the query would otherwise hand out the whole app).
                if not shapes.is_ours(record) or record.get("state") in shapes.GONE:
                    continue
                info = shapes.machine_info(record, app)
                if all(info.metadata.get(k) == v for k, v in wanted.items()):
                    found.append(info)
        limit = filter.limit if filter is not None else None
        return found if limit is None else found[:limit]

    async def kill_sandbox(self, sandbox_id: str) -> None:
        machine_id, app, _ = await self._ours(sandbox_id)
        await self.destroy(machine_id, app)

    async def close(self) -> None:
        await self.http.aclose()
