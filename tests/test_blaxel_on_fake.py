"""The Blaxel adapter against its fake (tests/fake_blaxel.py), live: what depends on time as it
passes, which a replayed cassette cannot show (a replayed stream comes back whole at once)."""

from __future__ import annotations

import asyncio

import pytest

from sandboxer import AsyncSandboxer, CommandTimeoutError, RunCommandRequest, StartCommandRequest
from tests.blaxel_script import COMMANDS, TICKS_LONG, TICKS_SLOWLY
from tests.fake_blaxel import WAITED, FakeBlaxel

TICKS = "".join(f"tick {i}\n" for i in range(1, 21))
HUGE = "echo a lot"


@pytest.fixture
async def setup():
    commands = dict(COMMANDS)
    commands[HUGE] = [("stdout", "x" * (WAITED + 10)), ("stdout", "the end\n"), ("exit", 0)]
    fake = FakeBlaxel(commands=commands)
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


async def test_a_timeout_without_callbacks_sends_the_kill(setup):
    fake, sandbox = setup
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(RunCommandRequest("echo started; sleep 300", timeout_seconds=0.5))
    assert (caught.value.result.stdout, caught.value.result.exit_code) == ("started\n", 124)
    [process] = fake.sandboxes[sandbox.id].processes
    assert process.status == "killed"  # the API would have let it run (srv service.go:186-196)


async def test_a_stream_the_edge_cuts_is_followed_to_the_real_end(setup):
    # Cut 5 s (simulated) into a 40 s command: the process runs on; its end is asked for.
    fake, sandbox = setup
    fake.time_scale, fake.cut_streams, fake.cut_after = 0.01, 1, 5.0
    seen: list[str] = []
    result = await sandbox.run_command(RunCommandRequest(TICKS_LONG), on_stdout=seen.append)
    assert (result.stdout, result.exit_code, result.error, "".join(seen)) == (TICKS, 0, None, TICKS)


async def test_a_stream_that_ends_early_without_a_result_is_no_end_of_the_process(setup):
    # A stream closed early as if whole: the process still runs (status "running", exitCode 0).
    fake, sandbox = setup
    fake.time_scale, fake.cut_streams, fake.cut_after, fake.cut_cleanly = 0.01, 1, 5.0, True
    seen: list[str] = []
    result = await sandbox.run_command(RunCommandRequest(TICKS_LONG), on_stdout=seen.append)
    assert (result.stdout, result.exit_code, result.error, "".join(seen)) == (TICKS, 0, None, TICKS)


async def test_a_started_command_whose_stream_is_cut_is_waited_for_to_its_end(setup):
    fake, sandbox = setup
    fake.time_scale, fake.cut_streams, fake.cut_after = 0.01, 1, 5.0
    seen: list[str] = []
    _, handle = await sandbox.start_command(StartCommandRequest(TICKS_LONG), on_stdout=seen.append)
    result = await sandbox.wait_for_handle(handle)
    assert (result.stdout, result.exit_code, "".join(seen)) == (TICKS, 0, TICKS)


async def test_output_the_api_no_longer_keeps_whole_is_said(setup):
    # GET .../logs answers the last 4 MiB of a stream, after the API's own truncation notice.
    _, sandbox = setup
    result = await sandbox.run_command(RunCommandRequest(HUGE))
    assert result.stdout.startswith("[... truncated") and result.stdout.endswith("x" * 100 + "the end\n")
    assert result.error == "Blaxel kept only the end of the stdout of this command"
    assert result.exit_code == 0
