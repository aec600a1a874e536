"""Commands mean the same on every provider: exit codes, kills, timeouts."""

from __future__ import annotations

import pytest

from sandboxer import (
    CommandTimeoutError,
    InvalidRequestError,
    NotFoundError,
    NotSupportedError,
    RunCommandRequest,
    StartCommandRequest,
)
from tests.contract._async.support import offered


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
    assert caught.value.result.exit_code == 124  # as coreutils' timeout says it, on every provider
    assert "sleep 30" not in " ".join(p.command for p in await sandbox.list_processes())


async def test_a_timeout_of_a_command_that_ignores_term_is_still_a_timeout(sandbox):
    # TERM is ignored by the shell and (inherited) by sleep: only KILL ends them, after the grace.
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(
            RunCommandRequest("trap '' TERM; echo stubborn; sleep 31; echo never", timeout_seconds=1)
        )
    assert (caught.value.result.stdout, caught.value.result.exit_code) == ("stubborn\n", 124)
    assert "sleep 31" not in " ".join(p.command for p in await sandbox.list_processes())


async def test_env_and_cwd_reach_the_command(sandbox):
    result = await sandbox.run_command(
        RunCommandRequest('echo "$GREETING from $(pwd)"', env={"GREETING": "héllo wörld"}, cwd="/tmp")
    )
    assert (result.stdout, result.exit_code) == ("héllo wörld from /tmp\n", 0)


async def test_a_command_runs_as_the_user_asked_for(sandbox):
    result = await sandbox.run_command(RunCommandRequest("id -u", user="root"))
    assert (result.stdout, result.exit_code) == ("0\n", 0)


async def test_characters_split_across_writes_arrive_whole(sandbox):
    # The euro sign's three bytes leave in two writes, so they may arrive in two pieces.
    result = await sandbox.run_command(RunCommandRequest(r"printf '\342'; sleep 0.2; printf '\202\254\n'"))
    assert result.stdout == "€\n"


async def test_a_started_command_is_waited_for(sandbox):
    pid, handle = await sandbox.start_command(StartCommandRequest("echo a; echo b >&2; sleep 0.3; exit 5"))
    assert pid > 0
    result = await sandbox.wait_for_handle(handle)
    assert (result.stdout, result.stderr, result.exit_code) == ("a\n", "b\n", 5)
    with pytest.raises(NotFoundError):
        await sandbox.wait_for_handle("no-such-handle")


async def test_output_reaches_the_callbacks_as_it_comes(sandbox):
    lines, errors = [], []
    request = RunCommandRequest("for i in 1 2 3; do echo line $i; echo err $i >&2; sleep 0.2; done")
    if "stream_output" not in sandbox.capabilities:
        with pytest.raises(NotSupportedError):
            await sandbox.run_command(request, on_stdout=lines.append)
        return
    result = await sandbox.run_command(request, on_stdout=lines.append, on_stderr=errors.append)
    assert "".join(lines) == result.stdout == "line 1\nline 2\nline 3\n"
    assert "".join(errors) == result.stderr == "err 1\nerr 2\nerr 3\n"


async def test_stdin_reaches_a_command_started_with_it(sandbox):
    request = StartCommandRequest("cat", stdin=True)
    if not await offered(sandbox, "send_stdin", lambda: sandbox.send_stdin(1, "x")):
        return
    echoed = []
    pid, handle = await sandbox.start_command(request, on_stdout=echoed.append)
    for word in ("one\n", b"two\n", "thrée\n"):
        await sandbox.send_stdin(pid, word)
    if not await offered(sandbox, "close_stdin", lambda: sandbox.close_stdin(pid)):
        await sandbox.kill_process(pid)
        return
    await sandbox.close_stdin(pid)
    result = await sandbox.wait_for_handle(handle)
    assert (result.stdout, result.exit_code) == ("one\ntwo\nthrée\n", 0)
    assert "".join(echoed) == result.stdout
    with pytest.raises(InvalidRequestError):
        started, other = await sandbox.start_command(StartCommandRequest("sleep 0.2"))
        try:
            await sandbox.send_stdin(started, "x")  # started without stdin=True
        finally:
            await sandbox.wait_for_handle(other)
