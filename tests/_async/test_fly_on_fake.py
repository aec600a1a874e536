"""The Fly adapter against tests/fake_fly.py directly, whose exec runs each command in a container of
the local Docker engine: what is too big for a cassette (a 5 MB file both ways, in base64 chunks), and
answers lost on the way. Written once, async; tests/_sync/ holds the generated sync twin (the same fake,
served to a sync client by tests.sync_bridge.Served). Not paced (extra['pace_requests']=False): the fake's
clock moves a second a request, so it never refuses these; tests/_async/test_fly_service.py tests the
pacing against its limit."""

from __future__ import annotations

import hashlib
import math
import random

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CreateSandboxRequest,
    ProviderError,
    RunCommandRequest,
    StartCommandRequest,
)
from sandboxer.providers import fly_shapes
from sandboxer.providers import shell_scripts as scripts
from tests.fake_fly import FakeFly
from tests.sync_bridge import AsyncServed

pytestmark = pytest.mark.usefixtures("docker_live")
CONFIG = {"api_key": "live-fake-token", "app": "app", "pace_requests": False}


class _ExecLog(httpx.AsyncBaseTransport):
    """Keeps the size of every exec request's stdin and answer."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner, self.execs = inner, []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = await self.inner.handle_async_request(request)
        if request.url.path.endswith("/exec"):
            await answer.aread()
            self.execs.append((len(request.content), len(answer.content)))
        return answer

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
async def fly():
    fake = FakeFly(api_key="live-fake-token")
    log = _ExecLog(AsyncServed(fake))
    client = AsyncSandboxer("fly-machines", {**CONFIG, "transport": log})
    try:
        yield client, log
    finally:
        await client.close()
        await fake.aclose()


async def test_five_megabytes_round_trip_in_base64_chunks(fly, tmp_path):
    client, log = fly
    blob = random.Random(8).randbytes(5 * 1024 * 1024 + 17)  # binary: every byte value, no structure
    chunks = math.ceil(len(blob) / fly_shapes.DEFAULT_CHUNK)
    sb, _ = await client.create_sandbox(CreateSandboxRequest())
    try:
        log.execs.clear()
        await sb.write_file("/data/blob.bin", blob)
        assert len(log.execs) == chunks
        # Each request stays within a chunk's base64 (4/3) plus the JSON around it.
        assert max(sent for sent, _ in log.execs) < fly_shapes.DEFAULT_CHUNK * 4 / 3 + 2048
        digest = await sb.run_command(RunCommandRequest("sha256sum /data/blob.bin"))
        assert digest.stdout.split()[0] == hashlib.sha256(blob).hexdigest()
        log.execs.clear()
        assert await sb.read_file("/data/blob.bin") == blob
        assert len(log.execs) == chunks
        # base64 in 76-column lines, each newline escaped in JSON: about 4/3 * 78/76 of the chunk.
        assert max(answer for _, answer in log.execs) < fly_shapes.DEFAULT_CHUNK * 4 / 3 * 1.03 + 2048
        await sb.download("/data/blob.bin", tmp_path / "copy.bin")
        assert (tmp_path / "copy.bin").read_bytes() == blob
    finally:
        await sb.kill()


async def test_a_command_outlives_one_exec_and_its_big_output_is_read_in_chunks(fly, monkeypatch):
    client, _ = fly
    monkeypatch.setattr(fly_shapes, "WAIT_SLICE", 1)
    sb, _ = await client.create_sandbox(CreateSandboxRequest())
    try:
        # 3 MB of output: more than comes back with the status; read like a file, then removed.
        result = await sb.run_command(RunCommandRequest("sleep 2; head -c 3000000 /dev/zero | tr '\\0' a"))
        assert result.stdout == "a" * 3_000_000 and result.exit_code == 0
        # Only the listing's own directory is left: the first command's was removed once collected.
        leftovers = await sb.run_command(RunCommandRequest("ls -A /tmp/.sandboxer | wc -l"))
        assert leftovers.stdout.strip() == "1"
    finally:
        await sb.kill()


async def test_a_command_without_a_timeout_may_print_the_watchdog_marker(fly):
    """Only a timed command's stderr is read for the watchdog's marker: one without a timeout that
    prints the same bytes last ends as it did, its output whole (it raised CommandTimeoutError)."""
    client, _ = fly
    marker = scripts.TIMEOUT_MARKER
    octal = "".join(f"\\{byte:03o}" for byte in marker)
    sb, _ = await client.create_sandbox(CreateSandboxRequest())
    try:
        result = await sb.run_command(RunCommandRequest(f"printf '{octal}' >&2"))
    finally:
        await sb.kill()
    assert (result.exit_code, result.stderr) == (0, marker.decode())


class _LoseAnswer(httpx.AsyncBaseTransport):
    """Forwards a matching request (the server carries it out), then loses its answer, once."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner, self.rule, self.seen = inner, None, []

    def lose(self, method: str, path_end: str, body_has: bytes = b"") -> None:
        self.rule = (method, path_end, body_has)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = await self.inner.handle_async_request(request)
        self.seen.append((request.method, request.url.path))
        if self.rule is not None:
            method, path_end, body_has = self.rule
            if (
                request.method == method
                and request.url.path.endswith(path_end)
                and body_has in request.content
            ):
                self.rule = None
                await answer.aread()
                raise httpx.ReadError("connection reset by peer")
        return answer

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
async def lossy():
    fake = FakeFly(api_key="live-fake-token")
    lose = _LoseAnswer(AsyncServed(fake))
    client = AsyncSandboxer("fly-machines", {**CONFIG, "transport": lose})
    try:
        yield client, lose, fake
    finally:
        await client.close()
        await fake.aclose()


async def test_a_create_whose_answer_is_lost_is_found_not_sent_again(lossy):
    client, lose, fake = lossy
    lose.lose("POST", "/machines")
    sb, info = await client.create_sandbox(CreateSandboxRequest(metadata={"job": "lost-answer"}))
    try:
        assert lose.seen.count(("POST", "/v1/apps/app/machines")) == 1  # never sent twice
        assert len(fake.machines) == 1 and info.id in fake.machines
        assert (await sb.run_command(RunCommandRequest("echo alive"))).stdout == "alive\n"
    finally:
        await sb.kill()


async def test_a_wait_whose_answer_is_lost_is_asked_again(lossy):
    client, lose, _ = lossy
    sb, _ = await client.create_sandbox(CreateSandboxRequest())
    try:
        _, handle = await sb.start_command(StartCommandRequest("sleep 1; echo waited"))
        lose.lose("POST", "/exec", b"collected")  # the wait (it renames what it collected)
        result = await sb.wait_for_handle(handle)
        assert (result.stdout, result.exit_code) == ("waited\n", 0)
        assert lose.rule is None  # the loss happened, and the wait was sent again
    finally:
        await sb.kill()


async def test_a_command_whose_monitor_dies_is_reported_lost_not_waited_for_forever(fly):
    client, _ = fly
    sb, _ = await client.create_sandbox(CreateSandboxRequest())
    try:
        pid, handle = await sb.start_command(StartCommandRequest("sleep 300"))
        # Kill the monitor (its argv holds the handle; "[s]" keeps this command's own argv from
        # matching), then the command: no status is ever written.
        await sb.run_command(
            RunCommandRequest(
                f"ps -o pid,args | grep '[s]andboxer-monitor /tmp/.sandboxer/{handle}' "
                "| while read -r p _; do kill -KILL $p; done"
            )
        )
        await sb.kill_process(pid)
        with pytest.raises(ProviderError, match="left no exit status"):
            await sb.wait_for_handle(handle)
    finally:
        await sb.kill()
