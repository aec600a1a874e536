"""Daytona's lifecycle against the fake directly (not a cassette: what is tested is what is left on
the server, which a replay cannot show): no failure path of a create or a kill leaves a sandbox."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CreateSandboxRequest,
    ProviderError,
    SandboxerError,
    SandboxerTimeoutError,
)
from tests.fake_daytona import FakeDaytona


class LostAnswer(httpx.AsyncBaseTransport):
    """The create reaches the server, its answer never comes back (a read timeout)."""

    def __init__(self, fake: FakeDaytona) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.fake.handle_async_request(request)
        if request.method == "POST" and request.url.path == "/api/sandbox":
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


@pytest.fixture
def fake(monkeypatch) -> FakeDaytona:
    from sandboxer.providers._async import waiting

    async def no_sleep(_seconds: float) -> None:
        await asyncio.sleep(0)

    monkeypatch.setattr(waiting, "asleep", no_sleep)  # polls: the fake's clock is its requests
    return FakeDaytona()


def client(transport, **extra) -> AsyncSandboxer:
    return AsyncSandboxer("daytona", {"api_key": "dtn-replay-key", "transport": transport, **extra})


async def test_a_create_answered_failed_to_start_leaves_nothing(fake):
    fake.fail_start.add("broken")
    async with client(fake) as sandboxer:
        with pytest.raises(ProviderError):
            await sandboxer.create_sandbox(CreateSandboxRequest(template="broken"))
    assert fake.sandboxes == {}


async def test_a_create_whose_answer_was_lost_leaves_nothing(fake):
    async with client(LostAnswer(fake)) as sandboxer:
        with pytest.raises(SandboxerError):
            await sandboxer.create_sandbox(CreateSandboxRequest())
    assert fake.sandboxes == {}


async def test_a_create_not_started_in_time_leaves_nothing(fake):
    fake.slow_starts["slow"] = 40  # still starting when the server answers (after 30 s)
    async with client(fake, start_timeout_seconds=1e-6) as sandboxer:
        with pytest.raises(SandboxerTimeoutError):
            await sandboxer.create_sandbox(CreateSandboxRequest(template="slow"))
    assert fake.sandboxes == {}


async def test_a_kill_during_a_stop_waits_and_deletes(fake):
    async with client(fake) as sandboxer:
        sb, _ = await sandboxer.create_sandbox(CreateSandboxRequest())
        fake.control_plane.stop(fake.sandboxes[sb.id])  # another client stops it: "stopping"
        await sb.kill()
    assert fake.sandboxes == {}
