"""Daytona's terminals against the fake directly (not a cassette: what is tested is how fast the
client reads, which a replay cannot show): the daemon drops a client whose queue of output is full
(close 1008 "slow consumer", daemon pkg/toolbox/process/pty/websocket.go:96-113)."""

from __future__ import annotations

import asyncio

import pytest

from sandboxer import AsyncSandboxer, CreatePTYRequest, CreateSandboxRequest
from tests.fake_daytona import SLOW_CONSUMER, FakeDaytona


@pytest.fixture
async def sandbox():
    fake = FakeDaytona()
    async with AsyncSandboxer("daytona", {"api_key": fake.api_key, "transport": fake}) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        yield sb


async def test_a_slow_on_data_loses_nothing_and_the_client_is_not_dropped(sandbox):
    received = bytearray()

    async def slow(data: bytes) -> None:
        await asyncio.sleep(0.01)
        received.extend(data)

    pty = await sandbox.create_pty(CreatePTYRequest(on_data=slow))
    chunk = b"y" * 4096
    count = 2 * SLOW_CONSUMER // len(chunk)  # twice what the daemon lets a client fall behind
    for _ in range(count):
        await sandbox.send_pty_input(pty.pid, chunk)  # echoed back
        await asyncio.sleep(0.001)
    for _ in range(400):
        if len(received) >= count * len(chunk):
            break
        await asyncio.sleep(0.01)
    assert bytes(received) == chunk * count
    assert [p.pid for p in await sandbox.list_pty()] == [pty.pid]  # still connected
    await sandbox.kill_pty(pty.pid)
