"""The Blaxel adapter against its fake (tests/fake_blaxel.py), live: what depends on time as it
passes, which a replayed cassette cannot show (a replayed stream comes back whole at once)."""

from __future__ import annotations

import asyncio

import pytest

from sandboxer import AsyncSandboxer, CommandTimeoutError, RunCommandRequest, StartCommandRequest
from tests.blaxel_script import COMMANDS, TICKS_SLOWLY
from tests.fake_blaxel import FakeBlaxel


@pytest.fixture
async def setup():
    fake = FakeBlaxel(commands=COMMANDS)
    config = {"api_key": "blaxel-replay-key", "workspace": "fake-ws", "transport": fake}
    async with AsyncSandboxer("blaxel", config) as client:
        sandbox, _ = await client.create_sandbox()
        yield fake, sandbox
        await sandbox.kill()


async def test_a_timeout_with_callbacks_is_kept_here_and_ends_the_process(setup):
    # Without waitForCompletion the API keeps no timeout at all (srv handler/process.go:395): ours
    # ends the process, in the sandbox, and raises with what came before.
    fake, sandbox = setup
    seen: list[str] = []
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(RunCommandRequest(TICKS_SLOWLY, timeout_seconds=1), on_stdout=seen.append)
    result = caught.value.result
    assert (result.stdout, result.exit_code, seen) == ("tick 1\n", 124, ["tick 1\n"])  # a timeout's, everywhere
    assert "timed out" in result.error
    [process] = fake.sandboxes[sandbox.id].processes
    assert process.status == "killed"


async def test_a_followed_process_that_is_killed_gives_its_callbacks_no_notice(setup):
    # The API writes "\n[Process is being forcefully killed]\n" into a followed log, unprefixed.
    _, sandbox = setup
    seen: list[str] = []
    pid, handle = await sandbox.start_command(
        StartCommandRequest("echo started; sleep 300"), on_stdout=seen.append
    )
    while not seen:
        await asyncio.sleep(0.01)
    await sandbox.kill_process(pid)
    result = await sandbox.wait_for_handle(handle)
    assert (result.stdout, result.exit_code, result.error, seen) == (
        "started\n",
        137,
        "killed by SIGKILL",
        ["started\n"],
    )
