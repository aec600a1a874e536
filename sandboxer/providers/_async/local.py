"""The local provider: sandboxes are containers of a Docker engine, driven through its Engine API.

Plain JSON calls go through the generated client (`sandboxer._generated.docker_engine`); the calls
whose answers stream (exec output, archives, image pulls) go through the same pooled httpx client
with `stream=True`. Commands run as execs whose argv carries every path and command as data.
"""

from __future__ import annotations

import base64
import io
import json
import os
import posixpath
import shutil
import tempfile
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import IO, Any, BinaryIO

import httpx

from ..._async.base import AsyncProviderBase, AsyncSandboxBase
from ..._concurrency import AsyncBackground, ainvoke, asleep
from ..._generated.docker_engine import models
from ..._transport.docker_stream import FrameDecoder
from ..._transport.endpoint import LazyEndpoint
from ..._transport.retry import RETRY_ON, RETRY_STATUSES
from ...config import ProviderConfig
from ...errors import (
    BadConfigError,
    ConnectionFailedError,
    InvalidRequestError,
    NotFoundError,
    NotSupportedError,
    ProviderError,
    SandboxerError,
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
    SandboxStatus,
    StartCommandRequest,
    WatchEvent,
)
from .. import resident_shell as resident
from .. import shell_scripts as scripts
from ..arguments import (
    as_bytes,
    check_mode,
    check_path,
    check_port,
    check_terminal_size,
    wanted_metadata,
)
from ..docker_security import ContainerSecurity
from ..exit_status import timed_out
from ..tar_stream import END as TAR_END
from ..tar_stream import TarError, TarReader, member_header, padding
from ..timestamps import parse_iso
from .docker_connection import AsyncEngine, AsyncExecChannel
from .local_resident import DEFAULT_POOL_SIZE, AsyncResidentShell, AsyncResidentShells, ShellUnusable
from .polling_watcher import AsyncPollingWatcher
from .uploads import download_to

# The generated endpoints this adapter calls, each imported on its first call (issue 21).
_CONTAINER = "docker_engine.api.container"
_EXEC = "docker_engine.api.exec_"
container_archive_info = LazyEndpoint(_CONTAINER, "container_archive_info")
container_create = LazyEndpoint(_CONTAINER, "container_create")
container_delete = LazyEndpoint(_CONTAINER, "container_delete")
container_inspect = LazyEndpoint(_CONTAINER, "container_inspect")
container_list = LazyEndpoint(_CONTAINER, "container_list")
container_pause = LazyEndpoint(_CONTAINER, "container_pause")
container_start = LazyEndpoint(_CONTAINER, "container_start")
container_unpause = LazyEndpoint(_CONTAINER, "container_unpause")
container_exec = LazyEndpoint(_EXEC, "container_exec")
exec_inspect = LazyEndpoint(_EXEC, "exec_inspect")
exec_resize = LazyEndpoint(_EXEC, "exec_resize")

NAME = "local"
DEFAULT_IMAGE = "alpine:latest"
MANAGED_LABEL = "sandboxer.managed"
TEMPLATE_LABEL = "sandboxer.template"
EXPIRES_LABEL = "sandboxer.expires-at"
META_PREFIX = "sandboxer.meta."
PULL_TIMEOUT = 600.0
# The container's main process: it only keeps the container alive (and ends it at the lifetime's
# end). Docker's init (HostConfig.Init) reaps the orphans that commands leave behind.
KEEPALIVE = 'trap "exit 0" TERM; while :; do sleep 86400 & wait $!; done'
KEEPALIVE_FOR = 'trap "exit 0" TERM; sleep "$1" & wait $!'
# Every exec runs behind this: its processes are the OOM killer's first choice (a score raised by
# half the memory; raising needs no privilege, lowering does and the engine's OomScoreAdj is
# refused on some hosts), so running out of memory kills the command that used it, never the
# keep-alive that holds the sandbox up (measured: without it, a second OOM kill took the keep-alive
# and the container with it).
OOM_FIRST = 'echo 500 > /proc/self/oom_score_adj 2>/dev/null; exec "$@"'
_STATES = {
    "created": SandboxStatus.STARTING,
    "restarting": SandboxStatus.STARTING,
    "running": SandboxStatus.RUNNING,
    "paused": SandboxStatus.PAUSED,
    "removing": SandboxStatus.STOPPED,
    "exited": SandboxStatus.STOPPED,
    "dead": SandboxStatus.ERROR,
}


def _labels(container: dict[str, Any]) -> dict[str, str]:
    return (container.get("Config") or {}).get("Labels") or container.get("Labels") or {}


def _metadata(labels: dict[str, str]) -> dict[str, str]:
    return {k[len(META_PREFIX) :]: v for k, v in labels.items() if k.startswith(META_PREFIX)}


def _timestamp(value: Any) -> datetime | None:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str) and value and not value.startswith("0001-"):
        return parse_iso(value)
    return None


def _info_from_inspect(container: dict[str, Any]) -> SandboxInfo:
    labels = _labels(container)
    state = container.get("State") or {}
    host = container.get("HostConfig") or {}
    status = _STATES.get(state.get("Status", ""), SandboxStatus.ERROR)
    return SandboxInfo(
        id=container["Id"],
        provider=NAME,
        template=labels.get(TEMPLATE_LABEL) or (container.get("Config") or {}).get("Image"),
        status=status,
        started_at=_timestamp(state.get("StartedAt"))
        or _timestamp(container.get("Created"))
        or datetime.now(UTC),
        expires_at=_timestamp(labels.get(EXPIRES_LABEL)),
        metadata=_metadata(labels),
        managed=labels.get(MANAGED_LABEL) == "true",
        cpus=(host.get("NanoCpus") or 0) / 1e9 or None,
        memory_mb=(host.get("Memory") or 0) // (1024 * 1024) or None,
    )


def _info_from_summary(summary: dict[str, Any]) -> SandboxInfo:
    labels = summary.get("Labels") or {}
    return SandboxInfo(
        id=summary["Id"],
        provider=NAME,
        template=labels.get(TEMPLATE_LABEL) or summary.get("Image"),
        status=_STATES.get(summary.get("State", ""), SandboxStatus.ERROR),
        started_at=_timestamp(summary.get("Created")) or datetime.now(UTC),
        expires_at=_timestamp(labels.get(EXPIRES_LABEL)),
        metadata=_metadata(labels),
        managed=labels.get(MANAGED_LABEL) == "true",
    )


_CHUNK = 1024 * 1024
_MAX_LINKS = 16
# The engine answers a path it cannot stat (ENOTDIR: under a regular file) with 500, every time:
# not resent (our STAT script then tells whether it is there).
_NO_500 = RETRY_STATUSES - {500}
# Go's os.FileMode bits, as the engine's path stat header carries them.
_GO_MODE_DIR = 1 << 31
_GO_MODE_SYMLINK = 1 << 27
_GO_SETUID, _GO_SETGID, _GO_STICKY = 1 << 23, 1 << 22, 1 << 20


def _permissions(go_mode: int) -> int:
    mode = go_mode & 0o777
    for go_bit, bit in ((_GO_SETUID, 0o4000), (_GO_SETGID, 0o2000), (_GO_STICKY, 0o1000)):
        if go_mode & go_bit:
            mode |= bit
    return mode


def _seekable(stream: Any) -> bool:
    try:
        return bool(stream.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _resident_pool_size(extra: dict[str, Any]) -> int:
    """extra["resident_shell"]: True runs commands on resident shells, False as execs. The default
    is on, except with a transport of the caller's own (a mock, a cassette): a shell needs the
    engine's hijacked connection, which such a transport may not give; there every command is an
    exec, the requests a test of the caller's expects."""
    wanted = extra.get("resident_shell", "transport" not in extra)
    if not isinstance(wanted, bool):
        raise BadConfigError(f"extra['resident_shell'] must be true or false, not {wanted!r}")
    return DEFAULT_POOL_SIZE if wanted else 0


def _seconds(value: float) -> str:
    # Plain decimals: `sleep` (busybox's too) rejects "1e+06", which :g would give.
    return f"{value:.3f}"


def _check_pid(pid: object) -> int:
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 1:
        raise InvalidRequestError(f"invalid pid {pid!r}")
    return pid


class _Running:
    """A started exec whose output is pumped beside the caller (start_command, create_pty)."""

    def __init__(
        self,
        exec_id: str,
        channel: AsyncExecChannel,
        collector: scripts.OutputCollector,
        callbacks: dict[int, Any],
        tty: bool,
    ) -> None:
        self.exec_id = exec_id
        self.channel = channel
        self.collector = collector
        self.callbacks = callbacks  # stream (1 stdout, 2 stderr) -> callback; 0 -> terminal bytes
        self.tty = tty
        self.decoder = FrameDecoder()
        self.started = time.monotonic()
        self.started_at = time.time()  # wall clock, for the engine's event log
        self.pid: int | None = None
        self.pump: AsyncBackground | None = None
        self.result: CommandResult | None = None
        self.rows = 0
        self.cols = 0

    def known_pid(self) -> int:
        """The pid the command reported (`_start` returns only once it has)."""
        if self.pid is None:
            raise ProviderError(NAME, f"exec {self.exec_id} never reported its pid")
        return self.pid


class AsyncLocalSandbox(AsyncSandboxBase):
    provider_name = NAME
    features = frozenset({"stream_output", "pty_output"})
    conditions = {"port_url": "not with `extra[\"network\"]=\"none\"` (no network): `NotSupportedError`"}

    def __init__(
        self, engine: AsyncEngine, container_id: str, workdir: str | None = "/", resident_shells: int = 0
    ) -> None:
        self._engine = engine
        self._watch_interval = engine.watch_interval
        self._id = container_id
        self._workdir = workdir or "/"
        self._handles: dict[str, _Running] = {}
        self._commands: dict[int, _Running] = {}  # pid -> started command
        self._ptys: dict[int, _Running] = {}
        # Commands and our scripts run on resident shells (a few ms) unless turned off (0).
        self._shells = AsyncResidentShells(self._open_shell, resident_shells) if resident_shells else None
        self._paused_here = False  # paused through this object: commands get the engine's refusal
        self._shell_setup: bytes | None = None  # the resident shells' start script, once known

    @property
    def id(self) -> str:
        return self._id

    def _abs(self, path: object) -> str:
        """Paths are absolute in the container; a relative one is taken from the working dir."""
        return posixpath.normpath(posixpath.join(self._workdir, check_path(path)))

    # --- lifecycle ----------------------------------------------------------------------------

    async def _inspect(self) -> dict[str, Any]:
        return await self._engine.call_json(container_inspect, id=self._id)

    async def info(self) -> SandboxInfo:
        return _info_from_inspect(await self._inspect())

    async def is_running(self) -> bool:
        try:
            state = (await self._inspect()).get("State") or {}
        except NotFoundError:
            return False  # killed (removed): not running, rather than an error
        return bool(state.get("Running")) and not state.get("Paused")

    async def pause(self) -> None:
        await self._engine.call(container_pause, id=self._id)
        self._paused_here = True

    async def resume(self) -> None:
        await self._engine.call(container_unpause, id=self._id)
        self._paused_here = False

    async def kill(self) -> None:
        await self._engine.call(container_delete, id=self._id, force=True, v=True)
        await self.close_shells()
        # The engine ended every exec with the container; let the pumps finish.
        for running in [*self._handles.values(), *self._ptys.values()]:
            await self._stop_pump(running)

    async def port_url(self, port: int) -> str:
        check_port(port)
        inspected = await self._inspect()
        if (inspected.get("HostConfig") or {}).get("NetworkMode") == "none":
            raise NotSupportedError(NAME, "port_url", "the sandbox has no network (extra['network']='none')")
        ports = (inspected.get("NetworkSettings") or {}).get("Ports") or {}
        bindings = ports.get(f"{port}/tcp")
        if not bindings:
            raise InvalidRequestError(
                f"port {port} is not published; list it in CreateSandboxRequest.ports when creating the sandbox"
            )
        return f"http://{self._engine.address.published_host}:{bindings[0]['HostPort']}"

    # --- exec plumbing ------------------------------------------------------------------------

    async def _exec_create(
        self,
        argv: list[str],
        *,
        env: dict[str, str] | None = None,
        cwd: str | None = None,
        user: str | None = None,
        tty: bool = False,
        stdin: bool = False,
    ) -> str:
        config: dict[str, Any] = {
            "Cmd": [scripts.SH, "-c", OOM_FIRST, "sh", *argv],
            "AttachStdin": stdin,
            "AttachStdout": True,
            "AttachStderr": True,
            "Tty": tty,
        }
        if env:
            config["Env"] = [f"{k}={v}" for k, v in env.items()]
        if cwd:
            config["WorkingDir"] = self._abs(cwd)
        if user:
            config["User"] = user
        created = await self._engine.call_json(
            container_exec, id=self._id, body=models.ExecConfig.from_dict(config)
        )
        exec_id = created.get("Id")
        if not isinstance(exec_id, str):
            raise ProviderError(NAME, f"malformed exec answer from the engine: {created!r:.200}")
        return exec_id

    async def _exit_code(self, exec_id: str, output: str = "") -> int:
        """The ended exec's exit code; InvalidRequestError when the engine never started it."""
        # The stream ends when the process does; the engine records the exit code a moment later.
        for delay in (0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0):
            await asleep(delay)
            inspected = await self._engine.call_json(exec_inspect, id=exec_id)
            code = inspected.get("ExitCode")
            if not inspected.get("Running") and isinstance(code, int):
                if not inspected.get("Pid"):
                    # No process ever ran (missing cwd or user): the engine's reason is the output.
                    raise InvalidRequestError(f"the command could not be started: {output.strip()}")
                return code
        raise ProviderError(NAME, f"exec {exec_id} ended its output but reports no exit code")

    async def _pump(self, running: _Running, until_pid: bool = False) -> bool:
        """Move output from the channel to the collector and the callbacks, in arrival order.

        With `until_pid`, return False as soon as the pid report is in; True at end of stream.
        """
        while True:
            chunk = await running.channel.read()
            if not chunk:
                if running.decoder.pending:
                    raise ConnectionFailedError(NAME, "the exec output stream was cut short mid-frame")
                return True
            if running.tty:
                await self._terminal_bytes(running, chunk)
            else:
                for stream, payload in running.decoder.feed(chunk):
                    running.collector.feed(stream, payload)
                await self._deliver(running.collector, running.callbacks)
                running.pid = running.collector.pid
            if until_pid and running.pid is not None:
                return False

    async def _deliver(self, collector: scripts.OutputCollector, callbacks: dict[int, Any]) -> None:
        """Hand the text decoded since the last call to the stream's callback, in arrival order."""
        for stream, text in collector.take():
            if callbacks.get(stream) is not None:
                await ainvoke(callbacks[stream], text)

    async def _terminal_bytes(self, running: _Running, chunk: bytes) -> None:
        # A terminal's output is raw bytes; only its first line (our pid report) is taken out.
        if running.pid is None:
            running.collector.feed(1, chunk)
            running.pid = running.collector.pid
            if running.pid is None:
                return
            chunk = running.collector.after_pid
        if chunk and running.callbacks.get(0) is not None:
            await ainvoke(running.callbacks[0], chunk)

    async def _exec(
        self,
        argv: list[str],
        *,
        read_timeout: float | None = None,
        watch_marker: bool = False,
        on_stdout: Any = None,
        on_stderr: Any = None,
        **kwargs: Any,
    ) -> tuple[str, str, bool, int]:
        """Run argv to its end: (stdout, stderr, timed_out, exit code); on a resident shell where
        one can take it, else as an exec of its own."""
        collector = scripts.OutputCollector(watch_marker=watch_marker)
        callbacks = {1: on_stdout, 2: on_stderr}
        if self._takes_resident(argv, kwargs.get("env"), kwargs.get("user")):
            try:
                code = await self._run_resident(argv, collector, callbacks, read_timeout, **kwargs)
            except ShellUnusable:
                pass  # the image cannot hold one (no cat), or cannot switch users: an exec
            else:
                stdout, stderr = collector.finish()
                await self._deliver(collector, callbacks)
                return stdout, stderr, collector.timed_out, code
        exec_id = await self._exec_create(argv, **kwargs)
        channel = await self._engine.exec_start(exec_id, tty=False, hijack=False, read_timeout=read_timeout)
        running = _Running(exec_id, channel, collector, callbacks, tty=False)
        try:
            await self._pump(running)
        finally:
            await channel.aclose()
        stdout, stderr = collector.finish()
        await self._deliver(collector, callbacks)
        return stdout, stderr, collector.timed_out, await self._exit_code(exec_id, stdout + stderr)

    # --- resident shells (local_resident) ----------------------------------------------------

    def _takes_resident(self, argv: list[str], env: dict[str, str] | None, user: str | None) -> bool:
        return (
            self._shells is not None
            and self._shells.unusable is None
            and not self._paused_here
            and (user is None or self._shells.switch_users)
            and resident.usable(argv, env, user)
        )

    async def _open_shell(self) -> AsyncResidentShell:
        if self._shell_setup is None:
            # Whether the container's environment sets HOME (then a user's commands keep it, as
            # execs do): fixed at create, so asked once per sandbox object, not once per shell.
            environment = ((await self._inspect()).get("Config") or {}).get("Env") or []
            keep_home = any(entry.startswith("HOME=") for entry in environment)
            self._shell_setup = resident.setup_script(keep_home)
        exec_id = await self._exec_create(resident.shell_argv(), stdin=True)
        channel = await self._engine.exec_start(exec_id, tty=False, hijack=True, read_timeout=None)
        return AsyncResidentShell(exec_id, channel, self._shell_setup)

    async def _run_resident(
        self,
        argv: list[str],
        collector: scripts.OutputCollector,
        callbacks: dict[int, Any],
        read_timeout: float | None,
        *,
        env: dict[str, str] | None = None,
        cwd: str | None = None,
        user: str | None = None,
    ) -> int:
        """Run argv on a resident shell: its exit code, its output through the collector. A shell
        that was gone before it took the command (ended while idle) is replaced, once: the command
        never ran there."""
        assert self._shells is not None
        directory = self._abs(cwd) if cwd else None
        for _ in range(2):
            reader = resident.EndReader(resident.new_nonce())
            line = resident.command_line(reader.nonce, argv, env, directory, user)
            async with self._shells.shell() as shell:
                async for stream, data in shell.run(line, reader, read_timeout):
                    collector.feed(stream, data)
                    await self._deliver(collector, callbacks)
                if reader.done:
                    return self._resident_code(reader.end(), directory, user)
                if reader.taken:
                    # The command ended its shell (killed it, or the whole group): the shell's own
                    # end is what an exec of the command would have reported.
                    return await self._exit_code(shell.exec_id)
            await self._shells.drop_idle()  # gone while idle: the others likely are too
        # Not taken: the shell was gone before the line reached it (it ended while idle), twice.
        raise ConnectionFailedError(NAME, "the sandbox's resident shells end before taking a command")

    def _resident_code(self, end: resident.CommandEnd, directory: str | None, user: str | None) -> int:
        if end.not_here:
            assert self._shells is not None
            self._shells.switch_users = False
            raise ShellUnusable("this sandbox's shells cannot switch users")
        if end.no_cwd:
            raise InvalidRequestError(
                f"the command could not be started: cannot enter the directory {directory!r}"
            )
        if end.no_user:
            raise InvalidRequestError(f"the command could not be started: no user {user!r} in /etc/passwd")
        if end.code is None:
            raise ProviderError(
                NAME, "the command's status was lost: it killed the processes that waited for it"
            )
        return end.code

    async def close_shells(self) -> None:
        """End this object's resident shells (idle ones exit; commands running on others go on)."""
        if self._shells is not None:
            await self._shells.aclose()

    async def _helper(self, script: str, *args: str, what: str, path: str | None = None) -> str:
        """Run one of our scripts; map its exit codes onto typed errors."""
        stdout, stderr, _, code = await self._exec(
            scripts.sh(script, *args), read_timeout=self._engine.timeout.read
        )
        scripts.check_exit(NAME, code, what, path, stderr.strip() or stdout)
        return stdout

    # --- commands -----------------------------------------------------------------------------

    async def run_command(
        self, req: RunCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> CommandResult:
        if not isinstance(req, RunCommandRequest):
            raise InvalidRequestError("run_command takes a RunCommandRequest")
        started, started_at = time.monotonic(), time.time()
        if req.timeout_seconds is None:
            argv = [scripts.SH, "-c", req.cmd]
            read_timeout = None  # a silent command may run for as long as it likes
        else:
            argv = scripts.sh(scripts.RUN_WITH_TIMEOUT, _seconds(req.timeout_seconds), req.cmd)
            read_timeout = req.timeout_seconds + 30.0  # the deadline is enforced in the container
        stdout, stderr, ended_by_timeout, code = await self._exec(
            argv,
            env=req.env,
            cwd=req.cwd,
            user=req.user,
            read_timeout=read_timeout,
            watch_marker=req.timeout_seconds is not None,
            on_stdout=on_stdout,
            on_stderr=on_stderr,
        )
        duration = int((time.monotonic() - started) * 1000)
        if ended_by_timeout and req.timeout_seconds is not None:  # (only then is the marker watched)
            result = CommandResult(stdout=stdout, stderr=stderr, exit_code=code, duration_ms=duration)
            raise timed_out(NAME, req.timeout_seconds, result)
        if code > 128 and await self._stopped_under(code):
            # Killed by a signal because the whole sandbox stopped (killed from outside, the engine
            # shut it down): not the command's own end, so no CommandResult pretends it was.
            raise ConnectionFailedError(
                NAME,
                f"sandbox {self._id[:12]} stopped while the command ran (exit {code}, signal "
                f"{code - 128}); its output so far: {(stdout + stderr)[-500:]!r}",
            )
        return CommandResult(
            stdout=stdout,
            stderr=stderr,
            exit_code=code,
            duration_ms=duration,
            error=await self._memory_error(code, started_at),
        )

    async def _memory_error(self, code: int, since: float) -> str | None:
        """What ended a command killed by SIGKILL when the sandbox ran out of memory: the kernel's
        OOM killer sends that signal, so its exit status (137) alone cannot tell. The engine logs an
        `oom` event per kill (measured on 20.10 with cgroup v1: one per killed process, before the
        exec's end); asked only on 137, for the command's own time span."""
        if code != 128 + 9:
            return None
        filters = json.dumps({"container": [self._id], "event": ["oom"]})
        # The engine's clock is taken to be ours (the same host, or a synchronised one): an event of
        # an earlier command, a moment before this one started, must not be read as this one's.
        params = {"since": f"{since:.6f}", "until": f"{time.time():.6f}", "filters": filters}
        try:
            async with self._engine.stream(
                "GET", "/events", params=params, read_timeout=self._engine.timeout.read
            ) as response:
                if response.status_code != 200:
                    return None
                async for line in response.aiter_lines():
                    if line.strip() and '"oom"' in line:
                        return "killed by SIGKILL: the sandbox ran out of memory (its memory_mb limit)"
        except (SandboxerError, httpx.HTTPError):
            return None  # the explanation is a courtesy; the result stands without it
        return None

    async def _stopped_under(self, code: int) -> bool:
        """Whether a command's death by a signal was the sandbox stopping (the engine marks the
        container stopped a moment after its processes are gone: asked a few times, briefly)."""
        for delay in (0, 0.05, 0.1, 0.15, 0.2):
            await asleep(delay)
            if not await self.is_running():
                return True
        return False

    async def _start(
        self, argv: list[str], *, tty: bool, stdin: bool, callbacks: dict[int, Any], **kwargs: Any
    ) -> _Running:
        """Start an exec that reports its pid first; pump the rest of its output in the background."""
        hijack = stdin or tty
        exec_id = await self._exec_create(argv, tty=tty, stdin=hijack, **kwargs)
        channel = await self._engine.exec_start(exec_id, tty=tty, hijack=hijack, read_timeout=None)
        running = _Running(exec_id, channel, scripts.OutputCollector(expect_pid=True), callbacks, tty)
        try:
            ended = await self._pump(running, until_pid=True)
        except BaseException:
            await channel.aclose()
            raise
        if running.pid is None:
            await channel.aclose()
            stdout, stderr = running.collector.finish()
            code = await self._exit_code(exec_id, stdout + stderr)
            raise ProviderError(
                NAME, f"the command ended before reporting its pid (exit {code}): {stdout}{stderr}"
            )
        running.pump = AsyncBackground(self._finish, running, ended, name=f"sandboxer-exec-{exec_id[:12]}")
        return running

    async def _finish(self, running: _Running, ended: bool) -> None:
        try:
            if not ended:
                await self._pump(running)
        finally:
            await running.channel.aclose()
        if not running.tty:
            stdout, stderr = running.collector.finish()
            await self._deliver(running.collector, running.callbacks)
            code = await self._exit_code(running.exec_id)
            running.result = CommandResult(
                stdout=stdout,
                stderr=stderr,
                exit_code=code,
                duration_ms=int((time.monotonic() - running.started) * 1000),
                error=await self._memory_error(code, running.started_at),
            )

    async def _stop_pump(self, running: _Running) -> None:
        if running.pump is not None and not running.pump.done():
            running.channel.abort()
            await running.pump.cancel()

    async def start_command(
        self, req: StartCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> tuple[int, str]:
        if not isinstance(req, StartCommandRequest):
            raise InvalidRequestError("start_command takes a StartCommandRequest")
        running = await self._start(
            scripts.sh(scripts.REPORT_PID_THEN_RUN, req.cmd),
            tty=False,
            stdin=req.stdin,
            callbacks={1: on_stdout, 2: on_stderr},
            env=req.env,
            cwd=req.cwd,
            user=req.user,
        )
        pid = running.known_pid()
        self._handles[running.exec_id] = running
        self._commands[pid] = running
        return pid, running.exec_id

    async def wait_for_handle(self, handle_id: str) -> CommandResult:
        running = self._handles.get(handle_id)
        if running is None or running.pump is None:
            raise NotFoundError(
                NAME, f"no command handle {handle_id!r} was started through this sandbox object"
            )
        await running.pump.join()
        if running.result is None:  # (the pump ended without a failure, so it read the result)
            raise ProviderError(NAME, f"command handle {handle_id!r} ended without a result")
        return running.result

    def _stdin_of(self, pid: int) -> _Running:
        running = self._commands.get(_check_pid(pid))
        if running is None:
            raise NotFoundError(NAME, f"no command with pid {pid} was started through this sandbox object")
        if not running.channel.writable:
            raise InvalidRequestError(f"command {pid} was started without stdin=True")
        return running

    async def send_stdin(self, pid: int, data: bytes | str) -> None:
        await self._stdin_of(pid).channel.write(as_bytes(data))

    async def close_stdin(self, pid: int) -> None:
        self._stdin_of(pid).channel.close_write()

    async def kill_process(self, pid: int) -> None:
        await self._helper(scripts.KILL, str(_check_pid(pid)), what="kill_process", path=str(pid))

    async def list_processes(self) -> list[ProcessInfo]:
        return scripts.parse_processes(await self._helper(scripts.LIST_PROCESSES, what="list_processes"))

    # --- files --------------------------------------------------------------------------------

    async def _archive_stat(self, path: str) -> dict[str, Any] | None:
        """The engine's stat of a path (not following a final symlink), or None when absent."""
        try:
            response = await self._engine.call(
                container_archive_info, id=self._id, path=path, retry_on=_NO_500
            )
        except NotFoundError:
            return None
        except ProviderError as exc:
            if exc.status_code == 500 and await self._missing(path):
                return None
            raise
        header = response.headers.get("x-docker-container-path-stat")
        if not header:
            raise ProviderError(NAME, f"the engine gave no stat for {path!r}")
        stat: dict[str, Any] = json.loads(base64.b64decode(header))
        return stat

    async def exists(self, path: str) -> bool:
        """Whether the path leads somewhere (a symlink to nothing does not: os.path.exists)."""
        path = self._abs(path)  # a bad path is refused, not absent
        try:
            await self.stat(path)
        except (NotFoundError, InvalidRequestError):  # absent, or links in a loop
            return False
        return True

    async def _missing(self, path: str) -> bool:
        """Whether `path` is absent, by our STAT script: for when the engine could not stat it and
        answered 500 (ENOTDIR, a path under a regular file, is not "absent" to it)."""
        try:
            await self._helper(scripts.STAT, path, what="stat", path=path)
        except NotFoundError:
            return True
        return False

    async def stat(self, path: str) -> FileInfo:
        path = target = self._abs(path)
        for _ in range(_MAX_LINKS):  # symlinks followed, as os.stat does: the path named, the target's kind
            found = await self._archive_stat(target)
            if found is None:
                raise NotFoundError(NAME, f"stat: no such file or directory: {path!r}")
            mode = int(found.get("mode", 0))
            if not mode & _GO_MODE_SYMLINK:
                return FileInfo(
                    name=posixpath.basename(path) or "/",
                    path=path,
                    is_dir=bool(mode & _GO_MODE_DIR),
                    size=int(found.get("size", 0)),
                    mode=_permissions(mode),
                )
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(target), found.get("linkTarget", ""))
            )
        raise InvalidRequestError(f"stat: too many levels of symbolic links at {path!r}")

    async def rename(self, src: str, dst: str) -> None:
        src, dst = self._abs(src), self._abs(dst)
        await self._helper(scripts.RENAME, src, dst, what="rename", path=src)

    async def download(self, remote_path: str, destination: str | os.PathLike[str] | BinaryIO) -> None:
        """Stream a file out of the sandbox into a local path or binary file object."""
        path = self._abs(remote_path)
        if not isinstance(destination, str | os.PathLike) and not hasattr(destination, "write"):
            raise InvalidRequestError(
                f"download destination must be a path or a binary file, not {type(destination).__name__}"
            )
        await download_to(destination, lambda sink: self._download_into(path, sink))

    async def _download_into(self, path: str, sink: BinaryIO) -> None:
        for _ in range(_MAX_LINKS):  # symlinks followed, as a read would
            reader = TarReader()
            # identity: the engine would otherwise gzip the archive, costing CPU on both ends.
            try:
                async with self._engine.stream(
                    "GET",
                    f"/containers/{self._id}/archive",
                    params={"path": path},
                    headers={"Accept-Encoding": "identity"},
                    read_timeout=self._engine.timeout.read,
                    extensions={RETRY_ON: _NO_500},
                ) as response:
                    async for chunk in response.aiter_bytes():
                        try:
                            for data in reader.feed(chunk):
                                sink.write(data)
                        except TarError as exc:
                            raise ProviderError(
                                NAME, f"malformed archive from the engine for {path!r}: {exc}"
                            ) from exc
                        if reader.member is not None and not reader.member.isreg():
                            break
            except ProviderError as exc:
                if exc.status_code == 500 and await self._missing(path):
                    raise NotFoundError(NAME, f"read: no such file or directory: {path!r}") from exc
                raise
            member = reader.member
            if member is None:
                raise ConnectionFailedError(NAME, f"the archive of {path!r} ended before its first member")
            if member.issym():
                path = posixpath.normpath(posixpath.join(posixpath.dirname(path), member.linkname))
                continue
            if member.isdir():
                raise InvalidRequestError(f"{path!r} is a directory")
            if not member.isreg():
                raise InvalidRequestError(f"{path!r} is not a regular file")
            if not reader.complete:
                raise ConnectionFailedError(NAME, f"the archive of {path!r} was cut short")
            return
        raise InvalidRequestError(f"too many levels of symbolic links at {path!r}")

    async def read_file(self, path: str) -> bytes:
        buffer = io.BytesIO()
        await self._download_into(self._abs(path), buffer)
        return buffer.getvalue()

    async def upload(self, remote_path: str, source: str | os.PathLike[str] | BinaryIO) -> None:
        """Stream a local path or binary file object into the sandbox (parents created)."""
        path = self._abs(remote_path)
        if path == "/":
            raise InvalidRequestError("upload: '/' is a directory")
        if isinstance(source, str | os.PathLike):
            with open(source, "rb") as stream:
                await self._upload_from(path, stream)
        elif hasattr(source, "read"):
            if _seekable(source):
                await self._upload_from(path, source)
            else:
                # The tar header needs the size up front: spool an unseekable stream (to disk past 8 MiB).
                with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as spool:
                    shutil.copyfileobj(source, spool, _CHUNK)
                    spool.seek(0)
                    await self._upload_from(path, spool)
        else:
            raise InvalidRequestError(
                f"upload source must be a path or a binary file, not {type(source).__name__}"
            )

    async def _upload_from(self, path: str, stream: IO[bytes]) -> None:
        start = stream.tell()
        size = stream.seek(0, os.SEEK_END) - start
        stream.seek(start)
        await self._put_archive(path, stream, size, mode=0o644, uid=0, gid=0)

    async def _put_archive(
        self, path: str, stream: IO[bytes], size: int, *, mode: int, uid: int, gid: int
    ) -> None:
        parent = posixpath.dirname(path)
        start = stream.tell()
        # A small file goes at once (its parent is there, mostly: one request); a 404 then says
        # the parent is missing, and it is made and the file sent again. A big one is not sent to
        # a parent that may be missing: the engine may refuse it before reading it.
        optimistic = size <= _CHUNK
        if not optimistic and await self._archive_stat(parent) is None:
            await self._helper(scripts.MAKE_DIR, parent, what="upload", path=parent)
        header = member_header(
            posixpath.basename(path), size, mode=mode, uid=uid, gid=gid, mtime=int(time.time())
        )

        async def body() -> AsyncIterator[bytes]:
            yield header
            left = size
            while left > 0:
                chunk = stream.read(min(_CHUNK, left))
                if not chunk:
                    raise InvalidRequestError(
                        f"the source ended {left} bytes early (was it changed while uploading?)"
                    )
                left -= len(chunk)
                yield chunk
            yield padding(size) + TAR_END

        async def put() -> None:
            async with self._engine.stream(
                "PUT",
                f"/containers/{self._id}/archive",
                params={"path": parent, "noOverwriteDirNonDir": "true"},
                content=body(),
                # The length is known: a sized body spares the engine and h11 the chunked framing.
                headers={
                    "Content-Type": "application/x-tar",
                    "Content-Length": str(len(header) + size + len(padding(size)) + len(TAR_END)),
                },
                read_timeout=self._engine.timeout.read,
            ):
                pass

        try:
            await put()
        except NotFoundError:
            if not optimistic or await self._archive_stat(parent) is not None:
                raise  # not the parent (the container is gone)
            await self._helper(scripts.MAKE_DIR, parent, what="upload", path=parent)
            stream.seek(start)
            await put()

    async def write_file(
        self, path: str, content: bytes, mode: int | None = None, user: str | None = None
    ) -> None:
        path = self._abs(path)
        if isinstance(content, str):
            content = content.encode("utf-8")
        if not isinstance(content, bytes | bytearray | memoryview):
            raise InvalidRequestError(f"write_file content must be bytes, not {type(content).__name__}")
        check_mode(mode)
        if path == "/":
            raise InvalidRequestError("write_file: '/' is a directory")
        uid = gid = 0
        if user is not None:
            uid, gid = await self._user_ids(check_path(user))
        data = bytes(content)
        await self._put_archive(
            path, io.BytesIO(data), len(data), mode=0o644 if mode is None else mode, uid=uid, gid=gid
        )

    async def _user_ids(self, user: str) -> tuple[int, int]:
        try:
            out = await self._helper(scripts.USER_IDS, user, what="write_file")
        except ProviderError as exc:
            raise InvalidRequestError(f"write_file: unknown user {user!r} in this sandbox") from exc
        uid, gid = out.split()
        return int(uid), int(gid)

    async def _listing(self, script: str, path: str, fields: int) -> list[FileInfo]:
        exec_id = await self._exec_create(scripts.sh(script, path))
        # Raw bytes, not decoded text: the listing is NUL-framed and names may be any bytes.
        raw = bytearray()
        errors = bytearray()
        decoder = FrameDecoder()
        channel = await self._engine.exec_start(
            exec_id, tty=False, hijack=False, read_timeout=self._engine.timeout.read
        )
        try:
            while chunk := await channel.read():
                for stream, payload in decoder.feed(chunk):
                    (raw if stream == 1 else errors).extend(payload)
        finally:
            await channel.aclose()
        code = await self._exit_code(exec_id, errors.decode("utf-8", "replace"))
        if code == scripts.EXIT_MISSING:
            raise NotFoundError(NAME, f"no such directory: {path!r}", code=str(code))
        if code == scripts.EXIT_NOT_A_DIR:
            raise InvalidRequestError(f"not a directory: {path!r}")
        if code != 0:
            raise ProviderError(
                NAME, f"listing {path!r} failed (exit {code}): {errors.decode('utf-8', 'replace')}"
            )
        return scripts.parse_listing(path, bytes(raw), fields)

    async def list_directory(self, path: str) -> list[FileInfo]:
        return await self._listing(scripts.LIST_DIR, self._abs(path), fields=2)

    async def make_dir(self, path: str) -> None:
        path = self._abs(path)
        await self._helper(scripts.MAKE_DIR, path, what="make_dir", path=path)

    async def remove(self, path: str) -> None:
        path = self._abs(path)
        if path == "/":
            raise InvalidRequestError("remove: refusing to remove '/'")
        await self._helper(scripts.REMOVE, path, what="remove", path=path)

    async def watch_directory(
        self, path: str, on_event: Callable[[WatchEvent], Any], recursive: bool = False
    ) -> AsyncPollingWatcher:
        if not callable(on_event):
            raise InvalidRequestError("watch_directory: on_event must be callable")
        path = self._abs(path)
        script = scripts.WATCH_TREE if recursive else scripts.WATCH_DIR
        first = await self._listing(script, path, fields=5)  # also: NotFoundError now, not later
        return AsyncPollingWatcher(
            lambda: self._listing(script, path, fields=5), first, on_event, self._watch_interval
        )

    # --- terminals ----------------------------------------------------------------------------

    async def create_pty(self, req: CreatePTYRequest) -> PTYInfo:
        if not isinstance(req, CreatePTYRequest):
            raise InvalidRequestError("create_pty takes a CreatePTYRequest")
        if req.command is None:
            argv = scripts.sh(scripts.REPORT_PID_THEN_SHELL)
        else:
            argv = scripts.sh(scripts.REPORT_PID_THEN_RUN, req.command)
        env = {"TERM": "xterm-256color", **req.env}
        running = await self._start(
            argv, tty=True, stdin=True, callbacks={0: req.on_data}, env=env, cwd=req.cwd, user=req.user
        )
        pid = running.known_pid()
        self._ptys[pid] = running
        await self.resize_pty(pid, req.rows or 24, req.cols or 80)
        return PTYInfo(pid=pid, rows=running.rows, cols=running.cols)

    def _pty(self, pid: int) -> _Running:
        running = self._ptys.get(_check_pid(pid))
        if running is None:
            raise NotFoundError(NAME, f"no terminal with pid {pid} was created through this sandbox object")
        return running

    async def send_pty_input(self, pid: int, data: bytes | str) -> None:
        await self._pty(pid).channel.write(as_bytes(data))

    async def resize_pty(self, pid: int, rows: int, cols: int) -> None:
        running = self._pty(pid)
        check_terminal_size(rows, cols)
        await self._engine.call(exec_resize, id=running.exec_id, h=rows, w=cols)
        running.rows, running.cols = rows, cols

    async def kill_pty(self, pid: int) -> None:
        running = self._pty(pid)
        try:
            await self._helper(scripts.KILL, str(pid), what="kill_pty", path=str(pid))
        except NotFoundError:
            pass  # already gone
        if running.pump is not None:
            await running.pump.join(timeout=10)  # its output ends with it
        del self._ptys[pid]

    async def list_pty(self) -> list[PTYInfo]:
        live = []
        for pid, running in list(self._ptys.items()):
            inspected = await self._engine.call_json(exec_inspect, id=running.exec_id)
            if inspected.get("Running"):
                live.append(PTYInfo(pid=pid, rows=running.rows, cols=running.cols))
            else:
                del self._ptys[pid]
        return live


class AsyncLocalProvider(AsyncProviderBase):
    """Sandboxes as containers of the Docker engine at DOCKER_HOST (default: the local socket)."""

    name = NAME
    sandbox_class = AsyncLocalSandbox

    def __init__(self, config: ProviderConfig) -> None:
        self._config = config
        self._engine = AsyncEngine(config)
        self._security = ContainerSecurity.from_extra(config.extra)
        self._resident_shells = _resident_pool_size(config.extra)
        self._sandboxes: weakref.WeakSet[AsyncLocalSandbox] = weakref.WeakSet()  # their shells end with us

    async def _pull(self, image: str) -> None:
        from_image, tag = scripts.split_image(image)
        params = {"fromImage": from_image, **({"tag": tag} if tag else {})}
        problem = None
        try:
            async with self._engine.stream(
                "POST", "/images/create", params=params, read_timeout=PULL_TIMEOUT
            ) as resp:
                # Progress arrives as JSON lines; a failure is a line with "error", under HTTP 200.
                async for line in resp.aiter_lines():
                    if line.strip():
                        try:
                            event = json.loads(line)
                        except ValueError:
                            continue
                        if isinstance(event, dict) and event.get("error"):
                            problem = str(event["error"])
        except ProviderError as exc:
            problem = exc.message
        if problem is not None:
            raise NotFoundError(NAME, f"image {image!r} is not present and could not be pulled: {problem}")

    async def create_sandbox(self, req: CreateSandboxRequest) -> tuple[AsyncLocalSandbox, SandboxInfo]:
        image = req.template or self._config.extra.get("image") or DEFAULT_IMAGE
        labels = {MANAGED_LABEL: "true", TEMPLATE_LABEL: image}
        labels.update({META_PREFIX + k: v for k, v in req.metadata.items()})
        if req.timeout_seconds is not None:
            expires = datetime.now(UTC) + timedelta(seconds=req.timeout_seconds)
            labels[EXPIRES_LABEL] = expires.isoformat()
            entry = scripts.sh(KEEPALIVE_FOR, _seconds(req.timeout_seconds))
        else:
            entry = scripts.sh(KEEPALIVE)
        host_config: dict[str, Any] = {
            "Init": True,
            # Without a lifetime the container only stops when killed; with one, auto_destroy
            # (default on) decides whether it is removed when the lifetime ends.
            "AutoRemove": req.auto_destroy is not False,
        }
        if req.cpus is not None:
            host_config["NanoCpus"] = int(req.cpus * 1e9)
        host_config.update(self._security.host_config(req.memory_mb))
        settings = self._security.described(cpus=req.cpus, memory_mb=req.memory_mb)
        body: dict[str, Any] = {
            "Image": image,
            "Entrypoint": entry[:1],
            "Cmd": entry[1:],
            "Labels": labels,
            "Env": [f"{k}={v}" for k, v in req.envs.items()],
            "HostConfig": host_config,
        }
        if req.ports and not self._security.has_network:
            raise InvalidRequestError(
                f"ports {req.ports} cannot be published: the sandbox has no network (extra['network']='none')"
            )
        if req.ports:
            bind = self._config.extra.get("bind_address", "127.0.0.1")
            body["ExposedPorts"] = {f"{p}/tcp": {} for p in req.ports}
            host_config["PortBindings"] = {f"{p}/tcp": [{"HostIp": bind, "HostPort": ""}] for p in req.ports}
        try:
            created = await self._create(body, settings)
        except NotFoundError:
            # The engine's 404 for a create: the image is not here. Pulled, then created again
            # (asking first would cost every create a request).
            await self._pull(image)
            created = await self._create(body, settings)
        container_id = created["Id"]
        try:
            await self._refused_settings(
                settings, self._engine.call, container_start, creating=False, id=container_id
            )
            inspected = await self._engine.call_json(container_inspect, id=container_id)
        except BaseException:
            await self._remove_quietly(container_id)
            raise
        return self._sandbox(inspected), _info_from_inspect(inspected)

    def _sandbox(self, inspected: dict[str, Any]) -> AsyncLocalSandbox:
        # A runtime whose files the archive endpoints cannot see (gVisor) moves them through execs.
        from .local_exec_files import sandbox_for_runtime

        sandbox_class = sandbox_for_runtime((inspected.get("HostConfig") or {}).get("Runtime"))
        sandbox = sandbox_class(
            self._engine,
            inspected["Id"],
            (inspected.get("Config") or {}).get("WorkingDir"),
            resident_shells=self._resident_shells,
        )
        self._sandboxes.add(sandbox)
        return sandbox

    async def _create(self, body: dict[str, Any], settings: str) -> dict[str, Any]:
        # Imported here: the create body's model brings a dozen more (HostConfig's), and a client
        # that attaches or lists never needs them.
        from ..._generated.docker_engine.models import ContainerCreateBody

        created: dict[str, Any] = await self._refused_settings(
            settings,
            self._engine.call_json,
            container_create,
            creating=True,
            body=ContainerCreateBody.from_dict(body),
        )
        return created

    async def _refused_settings(
        self, settings: str, call: Callable[..., Awaitable[Any]], *args: Any, creating: bool, **kwargs: Any
    ) -> Any:
        """A create or start the engine refuses for a setting (an unknown runtime, a limit too
        small, a network that does not exist): said with the settings it got. A create's 404 is
        the image (pulled by the caller) and passes through."""
        try:
            return await call(*args, **kwargs)
        except NotFoundError as exc:
            if creating:
                raise
            raise InvalidRequestError(
                f"the engine refused the sandbox's settings ({settings}): {exc.message}"
            ) from exc
        except ProviderError as exc:
            if exc.status_code == 400:
                raise InvalidRequestError(
                    f"the engine refused the sandbox's settings ({settings}): {exc.message}"
                ) from exc
            if exc.status_code == 500 and not creating:  # a runtime that could not start it
                raise ProviderError(
                    NAME,
                    f"the engine could not run the sandbox with its settings ({settings}): {exc.message}",
                    exc.status_code,
                    exc.code,
                    request_id=exc.request_id,
                ) from exc
            raise

    async def _remove_quietly(self, container_id: str) -> None:
        try:
            await self._engine.call(container_delete, id=container_id, force=True, v=True)
        except SandboxerError:
            pass

    async def _ours(self, sandbox_id: str) -> dict[str, Any]:
        inspected = await self._engine.call_json(container_inspect, id=sandbox_id)
        if _labels(inspected).get(MANAGED_LABEL) != "true":
            raise NotFoundError(NAME, f"container {sandbox_id!r} is not a sandboxer sandbox")
        return inspected

    async def attach_sandbox(self, sandbox_id: str) -> AsyncLocalSandbox:
        return self._sandbox(await self._ours(sandbox_id))

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        wanted = wanted_metadata(filter)
        # The engine filters by label; keys it cannot express (with '=') are checked below too.
        label_filters = [f"{MANAGED_LABEL}=true"]
        label_filters += [f"{META_PREFIX}{k}={v}" for k, v in wanted.items() if "=" not in k]
        response = await self._engine.call(
            container_list, all_=True, filters=json.dumps({"label": label_filters})
        )
        found = []
        for summary in response.parsed or []:
            info = _info_from_summary(summary.to_dict())
            if all(info.metadata.get(k) == v for k, v in wanted.items()):
                found.append(info)
        found.sort(key=lambda i: i.started_at, reverse=True)
        if filter is not None and filter.limit is not None:
            found = found[: filter.limit]
        return found

    async def kill_sandbox(self, sandbox_id: str) -> None:
        await self._ours(sandbox_id)
        await self._engine.call(container_delete, id=sandbox_id, force=True, v=True)

    async def close(self) -> None:
        for sandbox in list(self._sandboxes):
            await sandbox.close_shells()
        await self._engine.aclose()
