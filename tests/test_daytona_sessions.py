"""Daytona's kept command sessions, against the fake directly: reused one command at a time,
a burst's sessions all kept and reused (never deleted: that would kill what their commands left
running), a session whose command failed deleted."""

from __future__ import annotations

import asyncio

import pytest

from sandboxer import AsyncSandboxer, CreateSandboxRequest, RunCommandRequest
from tests.daytona_script import run, sh
from tests.fake_daytona import FakeDaytona

SLOW = "sleep 0.2; echo slow"
BURST = 10


@pytest.fixture
async def sandbox(monkeypatch):
    from sandboxer.providers._async import waiting

    monkeypatch.setattr(waiting, "asleep", _no_sleep)  # the start polls
    fake = FakeDaytona(commands={run(SLOW): sh(SLOW, [("sleep", 0.2), ("stdout", "slow\n"), ("exit", 0)])})
    async with AsyncSandboxer("daytona", {"api_key": fake.api_key, "transport": fake}) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        yield sb, fake.sandboxes[sb.id], fake


async def _no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


async def test_a_burst_s_sessions_are_all_kept_and_reused(sandbox):
    sb, record, fake = sandbox
    results = await asyncio.gather(*(sb.run_command(RunCommandRequest(SLOW)) for _ in range(BURST)))
    assert [r.stdout for r in results] == ["slow\n"] * BURST
    # All are kept for the next commands, none deleted: deleting a session kills what its command
    # left running (daemon pkg/session/delete.go:44-69).
    assert len(record.sessions) == BURST == len(sb._sessions)
    before = set(record.sessions)
    await sb.run_command(RunCommandRequest(SLOW))  # the next one takes an idle one: none made
    assert set(record.sessions) == before


async def test_a_session_whose_command_failed_is_deleted(sandbox):
    sb, record, fake = sandbox
    await sb.run_command(RunCommandRequest(SLOW))
    (kept,) = record.sessions
    with pytest.raises(Exception):  # noqa: B017 - any failure: the fake has no script for it
        await sb.run_command(RunCommandRequest("not scripted"))
    assert kept not in record.sessions


async def test_a_session_whose_command_gave_no_exit_code_is_deleted(sandbox):
    sb, record, fake = sandbox
    await sb.run_command(RunCommandRequest(SLOW))
    (kept,) = record.sessions
    fake.inject("POST", r".*/process/session/[^/]+/exec", 200, {"cmdId": "cmd-x", "output": ""})
    result = await sb.run_command(RunCommandRequest(SLOW))
    assert result.exit_code == -1 and result.error  # said, not made up
    assert kept not in record.sessions  # whatever may still run in it went with it
