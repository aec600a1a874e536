"""The Fly Machines provider: machines of one app, and everything inside them through exec
(api.machines.dev, paths under /v1/apps/{app}).

Request paths come from the generated client (`sandboxer._generated.fly_machines`); bodies are sent
and answers read as plain JSON through one pooled transport. Exec runs a program and answers when
it ends, with text stdin and output. So: every argument travels as argv (never spliced into shell
text); files move as base64 in chunks (`base64_files`); commands run detached with their output and
status kept in files (`detached`), so one that outlives a request (exec answers 408 past ~30 s) goes
on, and any client can collect it. Only machines carrying our metadata mark are listed, attached
and killed. Terminals and streamed output have no API: they are not offered.
"""

from __future__ import annotations

import io
import math
import os
import time
from datetime import UTC, datetime
from typing import Any, BinaryIO

import httpx

from ..._async.base import AsyncProviderBase, AsyncRunningFromInfo
from ..._generated.fly_machines.api.machines import (
    machines_create,
    machines_delete,
    machines_exec,
    machines_list,
    machines_list_processes,
    machines_show,
    machines_start,
    machines_suspend,
    machines_wait,
)
from ..._generated.fly_machines.models.machines_wait_state import MachinesWaitState
from ..._transport._async.http import AsyncProviderTransport, call_endpoint, client_timeout
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
)
from ..exit_status import timed_out
from ..fly_shapes import NAME
from ..shell_line import check_user, command_line
from .scripted_files import AsyncScriptedFiles
from .uploads import download_to, upload_from
from .waiting import wait_until

_NOT_408 = RETRY_STATUSES - {408}  # a wait's 408 means "not yet": asked again by wait_state
_INLINE_OUTPUT = 1024 * 1024  # a finished command's output sent back with its status, up to this


def _pid(pid: object) -> int:
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 1:
        raise InvalidRequestError(f"invalid pid {pid!r}")
    return pid


class AsyncFlySandbox(AsyncScriptedFiles, AsyncRunningFromInfo):
    provider_name = NAME

    def __init__(self, provider: AsyncFlyProvider, machine_id: str) -> None:
        self._provider = provider
        self._id = machine_id
        self._started: dict[str, float] = {}  # handle -> when start_command started it (durations)

    @property
    def id(self) -> str:
        return self._id

    async def _call(self, endpoint: Any, json: Any = None, **kwargs: Any) -> Any:
        return await self._provider.call(endpoint, json=json, machine_id=self._id, **kwargs)

    # --- lifecycle ----------------------------------------------------------------------------

    async def info(self) -> SandboxInfo:
        return shapes.machine_info(await self._call(machines_show))

    async def pause(self) -> None:
        await self._call(machines_suspend)
        await self._provider.wait_state(self._id, "suspended")

    async def resume(self) -> None:
        await self._call(machines_start)
        await self._provider.wait_state(self._id, "started")

    async def kill(self) -> None:
        await self._provider.destroy(self._id)

    async def port_url(self, port: int) -> str:
        """The port's URL on the app's public hostname (the app needs a public IP: `fly ips
        allocate-v6`, or a shared IPv4). Fly's proxy balances the app's machines that serve the
        port; to reach this one, send the header `fly-force-instance-id: <sandbox id>`."""
        check_port(port)
        return shapes.port_url(await self._call(machines_show), self._provider.settings.hostname, port)

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
            machine_id=self._id,
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
        if result.stderr.endswith(marker):
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
    """Machines of one Fly app (https://fly.io/docs/machines/api/): token from api_key or
    FLY_API_TOKEN, app from extra['app'], SANDBOXER_FLY_APP or FLY_APP_NAME."""

    name = NAME
    sandbox_class = AsyncFlySandbox

    def __init__(self, config: ProviderConfig) -> None:
        self.settings = shapes.settings(config)
        transport = AsyncProviderTransport.from_config(config, provider=NAME, target=self.settings.base_url)
        self.http = httpx.AsyncClient(
            base_url=self.settings.base_url,
            headers={"Authorization": self.settings.authorization},
            transport=transport,
            timeout=client_timeout(self.settings.request_timeout),
        )

    async def call(
        self, endpoint: Any, json: Any = None, *, read_seconds: float | None = None, **options: Any
    ) -> Any:
        """One call of a generated endpoint of this app, its body plain JSON; `read_seconds`: an
        answer that may take that long (never less than the client's own read timeout)."""
        if read_seconds is not None:
            options["read_timeout"] = max(read_seconds, self.http.timeout.read or 0)
        return await call_endpoint(
            self.http, NAME, endpoint, app_name=self.settings.app, json=json, **options
        )

    async def wait_state(self, machine_id: str, state: str, *, instance_id: str | None = None) -> None:
        """Until the machine is in `state` (Machines_wait answers 408 after its timeout: asked again)."""

        async def reached(left: float) -> bool | None:
            hold = int(max(min(shapes.WAIT_MAX, left), 1))
            options: dict[str, Any] = {"state": MachinesWaitState(state), "timeout": hold}
            if instance_id is not None:
                options["instance_id"] = instance_id
            try:
                await self.call(
                    machines_wait, machine_id=machine_id, read_seconds=hold + 30, retry_on=_NOT_408, **options
                )
            except SandboxerTimeoutError:
                return None
            return True

        async def expired() -> SandboxerTimeoutError:
            return SandboxerTimeoutError(
                NAME, f"machine {machine_id} was not {state} after {self.settings.start_timeout:g}s"
            )

        await wait_until(reached, self.settings.start_timeout, expired, pause=False)

    async def destroy(self, machine_id: str) -> None:
        await self.call(machines_delete, machine_id=machine_id, force=True)

    async def _destroy_quietly(self, machine_id: str) -> None:
        try:
            await self.destroy(machine_id)
        except SandboxerError:
            pass

    async def create_sandbox(self, req: CreateSandboxRequest) -> tuple[AsyncFlySandbox, SandboxInfo]:
        if not isinstance(req, CreateSandboxRequest):
            raise InvalidRequestError("create_sandbox takes a CreateSandboxRequest")
        nonce = detached.new_handle()
        body = shapes.machine_body(req, self.settings, datetime.now(UTC), nonce)
        try:
            record = await self.call(machines_create, json=body)
        except (SandboxerTimeoutError, ConnectionFailedError, ProviderError) as failure:
            # A create is never sent twice; when its answer was lost, the machine may exist: found
            # by its nonce, it is ours to go on with (never left running unknown).
            if not _maybe_done(failure):
                raise
            try:
                record = await self._created_with(nonce)
            except SandboxerError:
                record = None  # the lookup failed too: the create's own failure is what to say
            if record is None:
                raise failure from None
        machine_id = record.get("id") if isinstance(record, dict) else None
        if not isinstance(machine_id, str):
            raise ProviderError(NAME, f"malformed machine answer: {record!r:.200}")
        try:
            instance = record.get("instance_id")
            await self.wait_state(
                machine_id, "started", instance_id=instance if isinstance(instance, str) else None
            )
        except BaseException:
            await self._destroy_quietly(machine_id)  # not started, or interrupted: never left running
            raise
        return AsyncFlySandbox(self, machine_id), shapes.machine_info({**record, "state": "started"})

    async def _created_with(self, nonce: str) -> dict[str, Any] | None:
        answer = await self.call(machines_list, params={f"metadata.{shapes.NONCE_KEY}": nonce})
        for record in answer if isinstance(answer, list) else []:
            metadata = ((record or {}).get("config") or {}).get("metadata") or {}
            if metadata.get(shapes.NONCE_KEY) == nonce:
                return record
        return None

    async def _ours(self, machine_id: str) -> dict[str, Any]:
        check_sandbox_id(machine_id)
        record = await self.call(machines_show, machine_id=machine_id)
        if not shapes.is_ours(record) or record.get("state") in shapes.GONE:
            raise NotFoundError(NAME, f"no sandbox {machine_id!r} (not a machine sandboxer created, or gone)")
        return record

    async def attach_sandbox(self, sandbox_id: str) -> AsyncFlySandbox:
        await self._ours(sandbox_id)
        return AsyncFlySandbox(self, sandbox_id)

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        wanted = (filter.metadata_filter if filter else None) or {}
        params = {f"metadata.{k}": v for k, v in wanted.items()}
        params[f"metadata.{managed.KEY}"] = managed.VALUE
        answer = await self.call(machines_list, params=params)
        if not isinstance(answer, list):
            raise ProviderError(NAME, f"malformed machine list: {answer!r:.200}")
        found = []
        for record in answer:
            # The filter is the server's; checked again here, so a machine without our mark is never
            # listed (a server that ignored the query would otherwise hand out the whole app).
            if not shapes.is_ours(record) or record.get("state") in shapes.GONE:
                continue
            info = shapes.machine_info(record)
            if all(info.metadata.get(k) == v for k, v in wanted.items()):
                found.append(info)
        limit = filter.limit if filter is not None else None
        return found if limit is None else found[:limit]

    async def kill_sandbox(self, sandbox_id: str) -> None:
        await self._ours(sandbox_id)
        await self.destroy(sandbox_id)

    async def close(self) -> None:
        await self.http.aclose()
