"""Load, offline: 500 concurrent operations per provider through an in-process transport.

For every provider the async client runs a mix of info, run_command, read_file, list_directory and
exists on a few sandboxes at once, against the provider's in-process fake (tests/fake_*.py) or, for
Fly and local Docker (whose fakes run real commands), a small stub answering just the endpoints
those operations use. What must hold:

- no deadlock: the whole run is bounded by `asyncio.timeout`;
- no pool exhaustion: the transport counts requests in flight (sent, answer not yet closed); the
  library neither serializes everything nor exceeds one request per operation in flight, every
  answer is closed at the end, and through a pool of 20 "connections" (a request waits for a free
  one, httpx.PoolTimeout after a while, as httpcore's pool does) everything still completes;
- bounded memory: after 500 operations, 2,000 more (500 at a time) leave no more than a little
  retained memory and the peak does not grow with the number of operations completed; the
  adapters' per-command tables are empty afterwards.

Every result is checked exactly (each operation has its own expected answer).
"""

from __future__ import annotations

import asyncio
import base64
import gc
import io
import json
import posixpath
import re
import tarfile
import time
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CreateSandboxRequest,
    RunCommandRequest,
    SandboxerTimeoutError,
    SandboxStatus,
)
from sandboxer.providers import base64_files, detached
from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers._async import local
from sandboxer.providers.daytona_shapes import command_line as daytona_line
from sandboxer.providers.shell_line import command_line as shell_line
from sandboxer.providers.shell_line import script_line
from tests.fake_blaxel import FakeBlaxel
from tests.fake_daytona import FakeDaytona
from tests.fake_e2b import FakeE2B
from tests.fake_runloop import FakeRunloop
from tests.runloop_script import make_dir

PROVIDERS = ["e2b", "daytona", "blaxel", "runloop", "fly-machines", "local"]
OPERATIONS = 500  # run at once
MORE = 2_000  # then this many more, OPERATIONS at a time (the memory check)
SANDBOXES = 5
FILES = 10  # /data/f0 .. /data/f9 in every sandbox; commands "echo load-0" .. "echo load-9"
DEADLINE = 60.0  # seconds for a whole run: past it, something is stuck
LATENCY = 0.002  # seconds each request spends "on the network" (so requests really overlap)
POOL_LIMIT = 20  # connections of the limited pool
POOL_TIMEOUT = 10.0  # seconds a request may wait for a free connection
RETAINED_LIMIT = 2 * 1024 * 1024  # bytes left behind by 2,000 more operations
DATA = "/data"
KEY = "load-test-key"


def content(n: int) -> bytes:
    return f"content of file {n}\n".encode() * (n + 1)


def command(n: int) -> str:
    return f"echo load-{n}"


# --- the transport around every provider's fake: in-flight accounting and an optional pool ------


class _Tracked(httpx.AsyncByteStream):
    """An answer's body; closing it gives its connection back."""

    def __init__(self, inner: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._inner = inner
        self._release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._release()


class Tracker(httpx.AsyncBaseTransport):
    """Counts requests in flight: from sending until the answer is closed (what holds a connection
    in httpcore's pool). With `limit`, at most that many at once: a request waits for a free slot
    and, after POOL_TIMEOUT, fails with httpx.PoolTimeout, as a real pool does."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, limit: int | None = None, pool_timeout: float = POOL_TIMEOUT
    ) -> None:
        self.inner = inner
        self.limit = limit
        self.pool_timeout = pool_timeout
        self._slots: asyncio.Semaphore | None = None
        self.in_flight = 0
        self.peak = 0
        self.sent = 0
        self.pool_timeouts = 0

    @property
    def slots(self) -> asyncio.Semaphore:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.limit or 0)
        return self._slots

    def reset(self) -> None:
        self.peak = self.in_flight
        self.sent = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.limit is not None:
            try:
                await asyncio.wait_for(self.slots.acquire(), self.pool_timeout)
            except TimeoutError:
                self.pool_timeouts += 1
                raise httpx.PoolTimeout("no free connection in the pool") from None
        self.in_flight += 1
        self.sent += 1
        self.peak = max(self.peak, self.in_flight)
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self.in_flight -= 1
                if self._slots is not None:
                    self._slots.release()

        try:
            await asyncio.sleep(LATENCY)
            response = await self.inner.handle_async_request(request)
        except BaseException:
            release()
            raise
        response.stream = _Tracked(response.stream, release)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _answer(status: int, data: bytes = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    """Unread, like a network answer."""
    headers = {"Content-Length": str(len(data)), **(headers or {})}
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(data))


def _json(status: int, body: Any) -> httpx.Response:
    return _answer(status, json.dumps(body).encode(), {"Content-Type": "application/json"})


def _listing(directory: str, names: list[str]) -> bytes:
    """LIST_DIR's output for regular files `names` of `directory` (shell_scripts.parse_listing)."""
    paths = [f"{directory}/{name}" for name in names]
    head = f"{len(paths)}\0" + "".join(p + "\0" for p in paths)
    sizes = {f"{directory}/f{n}": len(content(n)) for n in range(FILES)}
    return (head + "".join(f"81a4 {sizes[p]} {p}\n" for p in paths)).encode()


FILE_NAMES = [f"f{n}" for n in range(FILES)]
# stat / exists through a script (Fly, Runloop): a STAT script where there is one, else the listing.
STAT_SCRIPT = getattr(scripts, "STAT", None)


def _stat(path: str) -> tuple[int, bytes]:
    """STAT's exit status and output for `path` (one entry in LIST_DIR's format, or 21)."""
    n = FILE_NAMES.index(posixpath.basename(path)) if posixpath.basename(path) in FILE_NAMES else None
    if posixpath.dirname(path) != DATA or n is None:
        return scripts.EXIT_MISSING, b""
    return 0, f"1\0{path}\081a4 {len(content(n))} {path}\n".encode()


def _probed_paths() -> list[str]:
    return [f"{DATA}/{name}{n}" for n in range(FILES) for name in ("f", "nope")]


# --- stubs for Fly and local Docker (their fakes run real commands: too heavy for this) ---------


class FlyStub(httpx.AsyncBaseTransport):
    """Machines API: show and exec, exec answering our scripts (detached RUN, READ, listings)."""

    APP = "load-app"

    def __init__(self) -> None:
        self.machines = {f"{n:014x}": {} for n in range(1, SANDBOXES + 1)}
        self.files = {f"{DATA}/f{n}": content(n) for n in range(FILES)}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        await asyncio.sleep(0)
        match = re.fullmatch(rf"/v1/apps/{self.APP}/machines/([0-9a-f]+)(/exec)?", request.url.path)
        assert match and match.group(1) in self.machines, (
            f"FlyStub: unexpected {request.method} {request.url}"
        )
        assert request.headers["authorization"] == f"Bearer {KEY}"
        if match.group(2) is None:
            assert request.method == "GET"
            return _json(
                200,
                {
                    "id": match.group(1),
                    "name": f"machine-{match.group(1)}",
                    "state": "started",
                    "region": "ams",
                    "instance_id": "01LOAD",
                    "created_at": "2026-10-01T12:00:00Z",
                    "config": {
                        "image": "debian:bookworm-slim",
                        "metadata": {"sandboxer": "managed", "n": match.group(1)},
                        "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
                    },
                },
            )
        assert request.method == "POST"
        argv = json.loads(body)["command"]
        code, out = self.run(argv)
        return _json(200, {"exit_code": code, "stdout": out, "stderr": ""})

    def run(self, argv: list[str]) -> tuple[int, str]:
        assert argv[:2] == [scripts.SH, "-c"] and argv[3] == "sandboxer", argv
        script, args = argv[2], argv[4:]
        if script == detached.RUN:  # $1 dir, $2 wait, $3 inline bytes, then the command's argv
            found = re.search(r"echo load-(\d+)", args[-1])
            assert found, args
            out = f"load-{found.group(1)}\n".encode()
            b64 = base64.b64encode(out).decode()
            return 0, f"pid 4242\ndone 0 {len(out)} 0\n{b64}\n#\n\n"
        if script == base64_files.READ:  # $1 path, $2 offset, $3 bytes
            data = self.files.get(args[0])
            if data is None:
                return scripts.EXIT_MISSING, ""
            offset, size = int(args[1]), int(args[2])
            return 0, f"{len(data)}\n{base64.b64encode(data[offset : offset + size]).decode()}\n"
        if script == base64_files.BASE64_OUTPUT and args[:3] == [scripts.SH, "-c", scripts.LIST_DIR]:
            directory = args[4]
            if directory != DATA:
                return scripts.EXIT_MISSING, ""
            return 0, base64.b64encode(_listing(DATA, FILE_NAMES)).decode()
        if (
            script == base64_files.BASE64_OUTPUT
            and STAT_SCRIPT
            and args[:3] == [scripts.SH, "-c", STAT_SCRIPT]
        ):
            code, out = _stat(args[4])
            return code, base64.b64encode(out).decode()
        raise AssertionError(f"FlyStub: no script for {argv!r}")


class DockerStub(httpx.AsyncBaseTransport):
    """Docker Engine API: ping, inspect, exec (create, start, inspect) and the archive endpoints."""

    VERSION = "1.41"

    def __init__(self) -> None:
        self.containers = {f"{n:064x}" for n in range(1, SANDBOXES + 1)}
        self.files = {f"{DATA}/f{n}": content(n) for n in range(FILES)}
        self.execs: dict[str, list[str]] = {}  # created, not yet inspected after their end
        self.pings = 0
        self._next_exec = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        await asyncio.sleep(0)
        path, method = request.url.path, request.method
        if path == "/_ping":
            self.pings += 1
            return _answer(200, b"OK", {"Api-Version": self.VERSION, "Content-Type": "text/plain"})
        prefix = f"/v{self.VERSION}"
        assert path.startswith(prefix + "/"), f"DockerStub: unexpected {method} {request.url}"
        path = path[len(prefix) :]
        if found := re.fullmatch(r"/containers/([0-9a-f]{64})/(json|exec|archive)", path):
            container, what = found.groups()
            assert container in self.containers, container
            if what == "json":
                return _json(200, self.inspect(container))
            if what == "exec":
                assert method == "POST"
                self._next_exec += 1
                exec_id = f"{self._next_exec:064x}"
                argv = json.loads(body)["Cmd"]
                # Every exec runs behind the OOM-first wrapper, which execs the command it carries.
                wrapper = [scripts.SH, "-c", local.OOM_FIRST, "sh"]
                self.execs[exec_id] = argv[len(wrapper) :] if argv[: len(wrapper)] == wrapper else argv
                return _json(201, {"Id": exec_id})
            return self.archive(method, request.url.params["path"])
        if found := re.fullmatch(r"/exec/([0-9a-f]{64})/(start|json)", path):
            exec_id, what = found.groups()
            if what == "start":
                assert method == "POST" and json.loads(body) == {"Detach": False, "Tty": False}
                out = self.run(self.execs[exec_id])
                frame = bytes([1, 0, 0, 0]) + len(out).to_bytes(4, "big") + out
                return _answer(200, frame, {"Content-Type": "application/vnd.docker.multiplexed-stream"})
            argv = self.execs.pop(exec_id)  # the exec's record: asked for once, after its end
            return _json(
                200,
                {"ID": exec_id, "Running": False, "ExitCode": 0, "Pid": 77, "OpenStdin": False,
                 "ProcessConfig": {"tty": False, "entrypoint": argv[0], "arguments": argv[1:]}},
            )  # fmt: skip
        raise AssertionError(f"DockerStub: unexpected {method} {request.url}")

    def inspect(self, container: str) -> dict:
        return {
            "Id": container,
            "Created": "2026-10-01T12:00:00.000000000Z",
            "State": {"Status": "running", "Running": True, "Paused": False, "Pid": 10,
                      "StartedAt": "2026-10-01T12:00:01.000000000Z"},
            "Config": {"Image": "sandboxer-test:busybox", "WorkingDir": "",
                       "Labels": {"sandboxer.managed": "true", "sandboxer.template": "sandboxer-test:busybox",
                                  "sandboxer.meta.load": "yes"}},
            "HostConfig": {"NanoCpus": 0, "Memory": 0, "Init": True},
        }  # fmt: skip

    def run(self, argv: list[str]) -> bytes:
        if len(argv) == 3 and argv[:2] == [scripts.SH, "-c"]:
            found = re.fullmatch(r"echo load-(\d+)", argv[2])
            assert found, argv
            return f"load-{found.group(1)}\n".encode()
        if argv[:3] == [scripts.SH, "-c", scripts.LIST_DIR] and argv[4] == DATA:
            return _listing(DATA, FILE_NAMES)
        raise AssertionError(f"DockerStub: no exec for {argv!r}")

    def archive(self, method: str, path: str) -> httpx.Response:
        data = self.files.get(path)
        if data is None:
            return _json(404, {"message": f"Could not find the file {path} in container"})
        stat = {"name": posixpath.basename(path), "size": len(data), "mode": 0o644, "mtime": "2026-10-01T12:00:00Z",
                "linkTarget": ""}  # fmt: skip
        headers = {"X-Docker-Container-Path-Stat": base64.b64encode(json.dumps(stat).encode()).decode()}
        if method == "HEAD":
            return httpx.Response(200, headers=headers, stream=httpx.ByteStream(b""))
        assert method == "GET"
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as tar:
            info = tarfile.TarInfo(posixpath.basename(path))
            info.size, info.mode, info.mtime = len(data), 0o644, 1_790_000_000
            tar.addfile(info, io.BytesIO(data))
        return _answer(200, buffer.getvalue(), {**headers, "Content-Type": "application/x-tar"})


# --- one provider, ready for load ------------------------------------------------------------------


@dataclass
class Setup:
    client: AsyncSandboxer
    sandboxes: list[Any]
    tracker: Tracker
    backend: Any  # the fake or stub
    prune: Callable[[], None] = lambda: None  # forget what the fake keeps of ended commands


def _steps(n: int) -> list[tuple]:
    return [("sleep", 0.001), ("stdout", f"load-{n}\n"), ("exit", 0)]


async def _cloud(name: str, fake: Any, config: dict, limit: int | None, prune: Callable[[], None]) -> Setup:
    tracker = Tracker(fake, limit)
    client = AsyncSandboxer(name, {"api_key": KEY, "transport": tracker, **config})
    made = await asyncio.gather(
        *(client.create_sandbox(CreateSandboxRequest(metadata={"load": "yes"})) for _ in range(SANDBOXES))
    )
    sandboxes = [sb for sb, _ in made]
    await asyncio.gather(
        *(sb.write_file(f"{DATA}/f{n}", content(n)) for sb in sandboxes for n in range(FILES))
    )
    return Setup(client, sandboxes, tracker, fake, prune)


async def _e2b(limit: int | None) -> Setup:
    fake = FakeE2B(api_key=KEY, commands={command(n): _steps(n) for n in range(FILES)})
    return await _cloud("e2b", fake, {}, limit, lambda: None)


async def _daytona(limit: int | None) -> Setup:
    commands = {daytona_line(command(n), {}, None, None): _steps(n) for n in range(FILES)}
    fake = FakeDaytona(api_key=KEY, commands=commands)

    def prune() -> None:
        # Sessions outlive their commands now (background work must outlive close()): the fake's
        # records of ended commands are dropped so its memory stays flat like the client's.
        for sandbox in fake.sandboxes.values():
            for commands_run in sandbox.sessions.values():
                for cmd_id in [c for c, cmd in commands_run.items() if cmd.exit_code is not None]:
                    del commands_run[cmd_id]

    return await _cloud("daytona", fake, {}, limit, prune)


async def _blaxel(limit: int | None) -> Setup:
    fake = FakeBlaxel(
        api_key=KEY, workspace="load-ws", commands={command(n): _steps(n) for n in range(FILES)}
    )

    def prune() -> None:  # the fake keeps every process it ran (the API lists them)
        for sb in fake.sandboxes.values():
            sb.processes.clear()

    return await _cloud("blaxel", fake, {"workspace": "load-ws"}, limit, prune)


async def _runloop(limit: int | None) -> Setup:
    commands: dict[str, Any] = {shell_line(command(n), {}, None, None): _steps(n) for n in range(FILES)}
    commands[script_line(scripts.LIST_DIR, DATA)] = [
        ("stdout", _listing(DATA, FILE_NAMES).decode()),
        ("exit", 0),
    ]
    # The fake's upload makes no parent directory (undocumented: its worst case); the adapter's
    # MAKE_DIR does.
    commands[script_line(scripts.MAKE_DIR, DATA)] = make_dir(DATA)
    if STAT_SCRIPT:
        for path in _probed_paths():
            code, out = _stat(path)
            commands[script_line(STAT_SCRIPT, path)] = [("stdout", out.decode()), ("exit", code)]
    fake = FakeRunloop(api_key=KEY, commands=commands)

    def prune() -> None:  # the fake keeps every execution it ran (they can be asked about later)
        for devbox in fake.devboxes.values():
            devbox.executions.clear()
        fake.by_command_id.clear()

    return await _cloud("runloop", fake, {}, limit, prune)


async def _fly(limit: int | None) -> Setup:
    stub = FlyStub()
    tracker = Tracker(stub, limit)
    # The client's pool under load, not Fly's rate limit (1 exec a second per machine, which the client
    # keeps from the first request: tests/_async/test_fly_service.py): not paced here.
    config = {"api_key": KEY, "transport": tracker, "app": FlyStub.APP, "pace_requests": False}
    client = AsyncSandboxer("fly-machines", config)
    sandboxes = [await client.attach_sandbox(machine) for machine in stub.machines]
    return Setup(client, sandboxes, tracker, stub)


async def _local(limit: int | None) -> Setup:
    # The stub answers the Engine API's requests (each command an exec); resident shells, one
    # hijacked connection each, are loaded live (tests/test_local_resident_live.py).
    stub = DockerStub()
    tracker = Tracker(stub, limit)
    client = AsyncSandboxer("local", {"image": "sandboxer-test:busybox", "transport": tracker, "resident_shell": False})
    sandboxes = [await client.attach_sandbox(container) for container in sorted(stub.containers)]
    return Setup(client, sandboxes, tracker, stub)


SETUPS: dict[str, Callable[[int | None], Awaitable[Setup]]] = {
    "e2b": _e2b,
    "daytona": _daytona,
    "blaxel": _blaxel,
    "runloop": _runloop,
    "fly-machines": _fly,
    "local": _local,
}


@asynccontextmanager
async def loaded(provider: str, limit: int | None = None) -> AsyncIterator[Setup]:
    setup = await SETUPS[provider](limit)
    try:
        yield setup
    finally:
        try:
            if provider not in ("fly-machines", "local"):  # the stubs only attach: nothing to kill
                async with asyncio.timeout(30):
                    await asyncio.gather(*(sb.kill() for sb in setup.sandboxes))
        finally:
            await setup.client.close()


# --- the operations --------------------------------------------------------------------------------


async def operation(sandbox: Any, i: int) -> None:
    """Operation number i: one of five kinds, each checked exactly."""
    kind, n = i % 5, (i // 5) % FILES
    if kind == 0:
        info = await sandbox.info()
        assert info.id == sandbox.id and info.status == SandboxStatus.RUNNING
    elif kind == 1:
        result = await sandbox.run_command(RunCommandRequest(command(n)))
        assert (result.stdout, result.stderr, result.exit_code) == (f"load-{n}\n", "", 0)
    elif kind == 2:
        assert await sandbox.read_file(f"{DATA}/f{n}") == content(n)
    elif kind == 3:
        entries = await sandbox.list_directory(DATA)
        assert [(e.name, e.size, e.is_dir) for e in entries] == [
            (f"f{m}", len(content(m)), False) for m in range(FILES)
        ]
    else:
        missing = (i // 5) % 3 == 0
        assert await sandbox.exists(f"{DATA}/{'nope' if missing else 'f'}{n}") is not missing


async def run_load(setup: Setup, total: int, at_once: int = OPERATIONS) -> float:
    """`total` operations, `at_once` in flight (workers pulling the next number), within DEADLINE."""
    numbers = iter(range(total))
    done = 0

    async def worker() -> None:
        nonlocal done
        for i in numbers:
            await operation(setup.sandboxes[i % len(setup.sandboxes)], i)
            done += 1

    started = time.monotonic()
    async with asyncio.timeout(DEADLINE):
        await asyncio.gather(*(worker() for _ in range(min(at_once, total))))
    assert done == total
    return time.monotonic() - started


def adapter_tables(setup: Setup) -> dict[str, int]:
    """Sizes of every per-command table the adapters keep (all must be empty between commands)."""
    sizes: dict[str, int] = {}
    for k, sb in enumerate(setup.sandboxes):
        for attr in ("_processes", "_ptys", "_commands", "_handles", "_terminals", "_started", "_executions", "_by_pid"):  # fmt: skip
            if hasattr(sb, attr):
                sizes[f"sandbox{k}.{attr}"] = len(getattr(sb, attr))
    provider = setup.client._provider
    for attr in ("_pumps",):
        if hasattr(provider, attr):
            sizes[f"provider.{attr}"] = len(getattr(provider, attr))
    return sizes


def check_clean(setup: Setup) -> None:
    assert setup.tracker.in_flight == 0, "answers left open (connections never given back)"
    assert not any(adapter_tables(setup).values()), adapter_tables(setup)
    if isinstance(setup.backend, FakeE2B):  # every Connect stream closed by the client
        assert not any(sb.streams for sb in setup.backend.sandboxes.values())
    if isinstance(setup.backend, FakeDaytona):  # every command's own session deleted
        for sb in setup.sandboxes:
            assert len(setup.backend.sandboxes[sb.id].sessions) == len(sb._sessions) <= OPERATIONS
    if isinstance(setup.backend, DockerStub):  # every exec's end was asked for
        assert not setup.backend.execs


# --- the tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_500_concurrent_operations_through_a_small_pool(provider):
    async with loaded(provider, limit=POOL_LIMIT) as setup:
        setup.tracker.reset()
        try:
            await run_load(setup, OPERATIONS)
        except BaseException as exc:  # a PoolTimeout must surface typed, and is a failure here anyway
            assert not isinstance(exc, httpx.HTTPError), f"an httpx error escaped: {exc!r}"
            raise
        assert setup.tracker.pool_timeouts == 0
        assert setup.tracker.peak == POOL_LIMIT  # used fully, never beyond
        check_clean(setup)


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_an_exhausted_pool_is_a_typed_timeout_not_an_httpx_error(provider):
    async with loaded(provider, limit=POOL_LIMIT) as setup:
        setup.tracker.pool_timeout = 0.2
        setup.tracker.reset()
        for _ in range(POOL_LIMIT):  # every connection taken by someone else
            await setup.tracker.slots.acquire()
        try:
            with pytest.raises(SandboxerTimeoutError) as caught:
                async with asyncio.timeout(8):  # a few pool timeouts and retries at most
                    await setup.sandboxes[0].run_command(RunCommandRequest(command(1)))
        finally:
            for _ in range(POOL_LIMIT):
                setup.tracker.slots.release()
        assert caught.value.provider == provider and "PoolTimeout" in str(caught.value)
        assert setup.tracker.sent == 0 and setup.tracker.pool_timeouts >= 1
        check_clean(setup)


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_500_concurrent_operations_then_2000_more_in_flat_memory(provider):
    """500 operations at once: all right, overlapping, nothing left open. Then 2,000 more in
    batches of 500 (each all at once, like the first): the batches' peaks do not grow, and what
    stays behind after them is small."""
    async with loaded(provider) as setup:
        setup.tracker.reset()
        await run_load(setup, OPERATIONS)  # also the warm-up: caches, lazily built clients
        # Each operation has at most one request in flight at a time; the operations run at once.
        assert setup.tracker.peak <= OPERATIONS, setup.tracker.peak
        assert setup.tracker.peak >= OPERATIONS // 2, f"only {setup.tracker.peak} requests ever overlapped"
        check_clean(setup)
        setup.prune()
        gc.collect()
        tracemalloc.start()
        try:
            peaks, kept = [], []
            for _ in range(MORE // OPERATIONS):
                tracemalloc.reset_peak()
                await run_load(setup, OPERATIONS)
                peaks.append(tracemalloc.get_traced_memory()[1])
                setup.prune()  # the fakes' records of ended commands are not the client's
                gc.collect()
                kept.append(tracemalloc.get_traced_memory()[0])
        finally:
            tracemalloc.stop()
        check_clean(setup)
        mb = [f"{p / 1e6:.1f}" for p in peaks]
        assert kept[-1] < RETAINED_LIMIT, f"{kept[-1] / 1e6:.1f} MB kept after {MORE} more operations"
        # A leak of 1 KB per operation would add 1.5 MB between the first batch and the last.
        assert peaks[-1] < peaks[0] + 1_000_000, f"peak per batch (MB) grows: {mb}"


async def test_a_cold_local_client_negotiates_the_api_version_once():
    """500 calls at once on a client nobody used yet: the engine is pinged once, not once per call."""
    stub = DockerStub()
    tracker = Tracker(stub)
    async with AsyncSandboxer("local", {"image": "sandboxer-test:busybox", "transport": tracker, "resident_shell": False}) as client:
        async with asyncio.timeout(DEADLINE):
            attached = await asyncio.gather(
                *(client.attach_sandbox(c) for c in sorted(stub.containers) * (OPERATIONS // SANDBOXES))
            )
        assert len(attached) == OPERATIONS and tracker.in_flight == 0
    assert stub.pings == 1, f"{stub.pings} pings"
