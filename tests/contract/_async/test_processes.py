"""Commands mean the same on every provider: exit codes, kills, timeouts."""

from __future__ import annotations

import pytest

from sandboxer import CommandTimeoutError, RunCommandRequest, StartCommandRequest


async def test_a_non_zero_exit_is_data(sandbox):
    result = await sandbox.run_command(RunCommandRequest("echo out; echo err >&2; exit 3"))
    assert (result.stdout, result.stderr, result.exit_code, result.error) == ("out\n", "err\n", 3, None)


async def test_a_killed_process_reports_137_and_the_signal(sandbox):
    pid, handle = await sandbox.start_command(StartCommandRequest("echo started; sleep 300"))
    assert pid in {p.pid for p in await sandbox.list_processes()}
    await sandbox.kill_process(pid)
    result = await sandbox.wait_for_handle(handle)
    assert result.exit_code == 137
    assert "SIGKILL" in result.error
    assert result.stdout == "started\n"
    assert pid not in {p.pid for p in await sandbox.list_processes()}


async def test_a_timeout_raises_with_the_output_so_far(sandbox):
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(RunCommandRequest("echo partial; sleep 30; echo never", timeout_seconds=1))
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.result.stdout == "partial\n"
    assert "timed out" in caught.value.result.error
    assert "sleep 30" not in " ".join(p.command for p in await sandbox.list_processes())


async def test_a_timeout_of_a_command_that_ignores_term_is_still_a_timeout(sandbox):
    # TERM is ignored by the shell and (inherited) by sleep: only KILL ends them, after the grace.
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(
            RunCommandRequest("trap '' TERM; echo stubborn; sleep 31; echo never", timeout_seconds=1)
        )
    assert caught.value.result.stdout == "stubborn\n"
    assert "sleep 31" not in " ".join(p.command for p in await sandbox.list_processes())
