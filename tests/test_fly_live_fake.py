"""The Fly adapter against tests/fake_fly.py directly, whose exec runs each command in a container of
the local Docker engine: a command interrupted by the cancellation of its task (asyncio's own; the rest
is in tests/_async/test_fly_on_fake.py, sync and async)."""

from __future__ import annotations

import pytest

from sandboxer import (
    AsyncSandboxer,
    CreateSandboxRequest,
    RunCommandRequest,
)
from tests.fake_fly import FakeFly

pytestmark = pytest.mark.usefixtures("docker_live")


@pytest.fixture
async def fly():
    fake = FakeFly(api_key="live-fake-token")
    client = AsyncSandboxer("fly-machines", {"api_key": "live-fake-token", "app": "app", "transport": fake})
    try:
        yield client, None
    finally:
        await client.close()
        await fake.aclose()


async def test_an_interrupted_command_is_not_left_running(fly):
    import asyncio

    client, _ = fly
    sb, _ = await client.create_sandbox(CreateSandboxRequest())
    try:
        task = asyncio.ensure_future(sb.run_command(RunCommandRequest("sleep 77")))
        for _ in range(100):
            if any("sleep 77" in p.command for p in await sb.list_processes()):
                break
            await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert not any("sleep 77" in p.command for p in await sb.list_processes())
    finally:
        await sb.kill()
