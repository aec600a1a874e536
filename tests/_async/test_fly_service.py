"""Fly Machines as the service behaves (issue 19), against tests/fake_fly.py directly (its exec runs in
a container of the local Docker engine): app secrets kept out, a sandbox's own app and URL, the rate
limits kept on a simulated clock, a lost create found though the list lags, wait by version, the
lifetime moved by set_timeout. Written once, async; tests/_sync/ holds the generated sync twin (the
same fake, served to a sync client by tests.sync_bridge.Served)."""

from __future__ import annotations

import contextlib
import importlib

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CreateSandboxRequest,
    InvalidRequestError,
    NotSupportedError,
    RunCommandRequest,
)
from sandboxer._concurrency import asleep
from sandboxer.config import ProviderConfig
from sandboxer.providers import fly_shapes
from tests.fake_fly import FakeFly
from tests.recording import Recording
from tests.sync_bridge import AsyncServed

pytestmark = pytest.mark.usefixtures("docker_live")
KEY = "live-fake-token"


@pytest.fixture
async def fake():
    fake = FakeFly(api_key=KEY)
    yield fake
    await fake.aclose()


def _client(fake_or_transport, **extra) -> AsyncSandboxer:
    transport = (
        AsyncServed(fake_or_transport) if isinstance(fake_or_transport, FakeFly) else fake_or_transport
    )
    return AsyncSandboxer("fly-machines", {"api_key": KEY, "app": "app", "transport": transport, **extra})


async def test_app_secrets_stay_out_of_a_sandbox(fake):
    fake.secrets["app"] = {"DATABASE_URL": "postgres://secret"}
    async with _client(fake) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        assert "DATABASE_URL" not in fake.machines[sb.id].env  # what the machine was given
        out = await sb.run_command(RunCommandRequest('echo "${DATABASE_URL-none}"'))
        assert out.stdout == "none\n"
        await sb.kill()


async def test_sizes_fly_refuses_are_sent_as_the_smallest_it_takes_or_refused_before_sending(fake):
    recording = Recording(AsyncServed(fake))
    async with _client(recording) as client:
        # Each was sent as it was asked (1 CPU/4096 MB, 2 CPUs/256 MB, 4 CPUs/512 MB): the fake
        # answers those 422, as Fly does.
        for (cpus, memory_mb), size in {
            (None, 4096): (2, 4096),
            (2, 256): (2, 512),
            (4, 512): (4, 1024),
        }.items():
            sb, info = await client.create_sandbox(CreateSandboxRequest(cpus=cpus, memory_mb=memory_mb))
            assert (info.cpus, info.memory_mb) == size
            assert fake.machines[sb.id].config["guest"] == {
                "cpu_kind": "shared",
                "cpus": size[0],
                "memory_mb": size[1],
            }
            await sb.kill()
        sent = len(recording.requests)
        with pytest.raises(InvalidRequestError):  # no shared size holds 9 CPUs: said before sending
            await client.create_sandbox(CreateSandboxRequest(cpus=9))
        assert len(recording.requests) == sent
    async with _client(fake, cpu_kind="performance") as client:
        sb, info = await client.create_sandbox(CreateSandboxRequest(cpus=9, memory_mb=4096))
        assert fake.machines[sb.id].config["guest"] == {
            "cpu_kind": "performance",
            "cpus": 10,
            "memory_mb": 20480,
        }
        await sb.kill()


async def test_a_sandbox_of_its_own_app_has_a_url_that_reaches_it_only(fake):
    async with _client(fake, app_per_sandbox=True) as client:
        one, info = await client.create_sandbox(CreateSandboxRequest(ports=[8080]))
        two, _ = await client.create_sandbox(CreateSandboxRequest(ports=[8080]))
        urls = [await one.port_url(8080), await two.port_url(8080)]
        assert urls[0] != urls[1]
        for sandbox, url in zip((one, two), urls, strict=True):
            assert fake.proxy_targets(url) == [sandbox.id.split(":")[1]]
        assert info.id == one.id and one.id.startswith("app-sbx-")
        assert {s.id for s in await client.list_sandboxes()} == {one.id, two.id}
        assert (await client.attach_sandbox(two.id)).id == two.id
        await one.kill()
        await client.kill_sandbox(two.id)
        assert not fake.apps  # each app went with its sandbox
        assert await client.list_sandboxes() == []


async def test_a_shared_apps_port_has_no_url_of_one_sandbox(fake):
    async with _client(fake) as client:
        one, _ = await client.create_sandbox(CreateSandboxRequest(ports=[8080]))
        two, _ = await client.create_sandbox(CreateSandboxRequest(ports=[8080]))
        assert len(fake.proxy_targets("https://app.fly.dev:8080")) == 2  # what a URL would reach
        with pytest.raises(NotSupportedError, match="app_per_sandbox"):
            await one.port_url(8080)
        await one.kill()
        await two.kill()


def _simulated_clock(fake: FakeFly, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """One simulated clock for the fake's limits and the client's pacing: no real waits. The fake's
    clock moves only when the client waits for a token, as if requests took no time."""
    now = [0.0]

    async def pass_time(seconds: float) -> None:
        now[0] += seconds

    with contextlib.suppress(ModuleNotFoundError):  # a client that paces nothing has none
        pacing = importlib.import_module("sandboxer.providers._async.fly_transport")
        monkeypatch.setattr(pacing, "clock", lambda: now[0])
        monkeypatch.setattr(pacing, "asleep", pass_time)
    fake.now = lambda: now[0]
    return now


async def test_a_20_mb_upload_keeps_within_the_rate_limit(fake, monkeypatch, tmp_path):
    now = _simulated_clock(fake, monkeypatch)
    data = bytes(range(256)) * (20 * 1024 * 1024 // 256)
    (tmp_path / "big").write_bytes(data)
    async with _client(fake) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        began = now[0]
        await sb.upload("/tmp/big", tmp_path / "big")
        chunks = -(-len(data) // fly_shapes.settings(ProviderConfig(api_key="k", extra={"app": "a"})).chunk)
        # Paced from the first request: never refused by a fake that enforces the documented limit
        # (1 exec a second per machine, bursts of 3), and no slower than that limit.
        assert fake.refused == 0
        assert chunks - 3 <= now[0] - began <= chunks
        digest = await sb.run_command(RunCommandRequest("wc -c < /tmp/big"))
        assert digest.stdout.strip() == str(len(data))
        await sb.kill()


async def test_a_burst_of_calls_is_paced_per_machine_and_action(fake, monkeypatch):
    now = _simulated_clock(fake, monkeypatch)
    async with _client(fake) as client:
        one, _ = await client.create_sandbox(CreateSandboxRequest())
        two, _ = await client.create_sandbox(CreateSandboxRequest())
        began = now[0]
        for _ in range(8):  # execs on one machine: 3 at once, then one a second
            assert not await one.exists("/nope")
        assert fake.refused == 0 and now[0] - began == pytest.approx(5, abs=0.01)
        began = now[0]
        for _ in range(3):  # another machine's bucket, and another action's, are full
            assert not await two.exists("/nope")
            await one.info()
        assert fake.refused == 0 and now[0] - began == pytest.approx(0, abs=0.01)
        await one.kill()
        await two.kill()


async def test_without_pacing_the_fake_refuses_the_fourth_exec_and_it_is_resent(fake, monkeypatch):
    # The model the pacing is tested against: the documented limit, a 429 with Retry-After past it.
    # With extra['pace_requests']=False the client paces only from that 429 on (after Retry-After).
    _simulated_clock(fake, monkeypatch)
    async with _client(fake, pace_requests=False) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        for _ in range(6):
            assert not await sb.exists("/nope")
        assert fake.refused == 1
        await sb.kill()


async def test_a_lost_creates_machine_is_found_though_the_list_lags(fake, monkeypatch):
    import sandboxer.providers._async.fly as fly

    monkeypatch.setattr(fly, "LOOKUP_PAUSES", (0.01, 0.01, 0.01), raising=False)
    lost = []

    served = AsyncServed(fake)

    class LoseCreate(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request):
            answer = await served.handle_async_request(request)
            if request.method == "POST" and request.url.path.endswith("/machines") and not lost:
                lost.append(request)
                raise httpx.ReadError("connection reset by peer")
            return answer

    async with _client(LoseCreate()) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        assert len(fake.machines) == 1 and sb.id in fake.machines  # found, not orphaned
        await sb.kill()


async def test_wait_asks_for_the_machines_version(fake):
    recording = Recording(AsyncServed(fake))
    async with _client(recording) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        waits = [r for r in recording.requests if r.url.path.endswith("/wait")]
        assert waits and all("version" in r.url.params and "instance_id" not in r.url.params for r in waits)
        await sb.kill()


async def test_set_timeout_moves_the_watchdogs_deadline_and_expires_at(fake):
    async with _client(fake) as client:
        sb, info = await client.create_sandbox(CreateSandboxRequest(timeout_seconds=600))
        await sb.set_timeout(3600)
        later = (await sb.info()).expires_at
        assert later is not None and info.expires_at is not None and later > info.expires_at
        assert (await sb.read_file(fly_shapes.WATCHDOG_FILE)).decode().strip() == str(int(later.timestamp()))
        await sb.kill()


async def test_a_watcher_lists_within_the_exec_budget(fake):
    recording = Recording(AsyncServed(fake))
    async with _client(recording) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        await sb.make_dir("/tmp/w")
        watcher = await sb.watch_directory("/tmp/w", lambda event: None)
        before = len([r for r in recording.requests if r.url.path.endswith("/exec")])
        await asleep(1.2)
        await watcher.stop()
        polls = len([r for r in recording.requests if r.url.path.endswith("/exec")]) - before
        assert polls <= 1  # Fly allows 1 exec a second per machine, shared with the sandbox's other calls
        await sb.kill()
