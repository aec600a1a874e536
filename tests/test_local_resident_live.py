"""Local commands on resident shells (issue 23), on the real engine.

Every semantics test runs in both modes, resident shells (the default) and one exec per command,
with the same assertions: the fast path must be the exec path's exact twin, hostile commands
included. The tests after those are the resident path's own: it is really used, its pool is bounded,
a shell that died is replaced, an image that cannot hold one falls back to execs.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from sandboxer import AsyncSandboxer, CreateSandboxRequest, RunCommandRequest, Sandboxer
from sandboxer.errors import (
    BadConfigError,
    CommandTimeoutError,
    ConflictError,
    InvalidRequestError,
)
from sandboxer.providers import resident_shell as resident
from sandboxer.providers._async.local import exec_inspect
from sandboxer.providers._async.local_resident import DEFAULT_POOL_SIZE
from tests.conftest import TEST_IMAGE

pytestmark = pytest.mark.usefixtures("docker_live")

MODES = {"resident": True, "exec": False}


@pytest.fixture(scope="module", params=list(MODES))
def sandbox(request):
    client = Sandboxer("local", {"image": TEST_IMAGE, "resident_shell": MODES[request.param]})
    sandbox, _ = client.create_sandbox(CreateSandboxRequest(template=TEST_IMAGE))
    try:
        yield sandbox
    finally:
        sandbox.kill()
        client.close()


def run(sandbox, cmd: str, **fields):
    return sandbox.run_command(RunCommandRequest(cmd=cmd, **fields))


@asynccontextmanager
async def fresh_sandbox(resident: bool = True) -> AsyncIterator[Any]:
    """A sandbox of its own (an async client's), killed at the end."""
    async with AsyncSandboxer("local", {"image": TEST_IMAGE, "resident_shell": resident}) as client:
        sandbox, _ = await client.create_sandbox(CreateSandboxRequest(template=TEST_IMAGE))
        async with sandbox:
            yield sandbox


# --- the exec path's semantics, in both modes ---------------------------------------------------


def test_streams_exit_code_and_bytes_that_are_not_text(sandbox):
    result = run(sandbox, "printf 'a\\0b\\377c'; echo err >&2; exit 3")
    assert (result.stdout, result.stderr, result.exit_code) == ("a\x00b\ufffdc", "err\n", 3)


def test_env_and_cwd_per_command_and_nothing_kept_between_commands(sandbox):
    env = {"A": "x y", "B": "$(touch /tmp/injected)", "WEIRD": "'\"\n"}
    result = run(sandbox, 'printf "%s|%s|%s" "$A" "$B" "$WEIRD"; pwd >&2; cd /; X=1', env=env, cwd="/tmp")
    assert (result.stdout, result.stderr) == ("x y|$(touch /tmp/injected)|'\"\n", "/tmp\n")
    after = run(sandbox, 'pwd; echo "[$A$X]"; ls /tmp/injected 2>&1 || :')
    assert after.stdout.startswith("/\n[]\n") and "No such file" in after.stdout


def test_a_missing_cwd_is_refused(sandbox):
    with pytest.raises(InvalidRequestError, match="could not be started"):
        run(sandbox, "echo never", cwd="/no/such/dir")
    assert run(sandbox, "echo next").stdout == "next\n"


def test_user_per_command(sandbox):
    result = run(sandbox, "id -un; echo $HOME", user="nobody")
    assert result.stdout == "nobody\n/\n"  # HOME from /etc/passwd, as the engine sets it
    assert run(sandbox, "id -un").stdout == "root\n"
    with pytest.raises(InvalidRequestError, match="could not be started"):
        run(sandbox, "echo never", user="no-such-user")


ENVIRONMENT = "id; pwd; umask; env | sort; ls /proc/self/fd | tr '\\n' ' '"


def test_the_same_environment_in_both_modes():
    # Every variable, the ids, the working directory and the open descriptors of a command: the same
    # on a resident shell as in an exec, with and without a user, a cwd and env of its own.
    requests = [
        RunCommandRequest(cmd=ENVIRONMENT),
        RunCommandRequest(cmd=ENVIRONMENT, user="nobody", cwd="/tmp", env={"K": "v"}),
        RunCommandRequest(cmd=ENVIRONMENT, user="root", env={"HOME": "/mine"}),
    ]
    seen = {}
    for mode, resident_shell in MODES.items():
        with Sandboxer("local", {"image": TEST_IMAGE, "resident_shell": resident_shell}) as client:
            sandbox, _ = client.create_sandbox(
                CreateSandboxRequest(template=TEST_IMAGE, envs={"FROM_CREATE": "1"})
            )
            with sandbox:
                seen[mode] = [sandbox.run_command(req) for req in requests]
    for resident_result, exec_result in zip(seen["resident"], seen["exec"], strict=True):
        assert _without_hostname(resident_result.stdout) == _without_hostname(exec_result.stdout)
        assert resident_result.stderr == exec_result.stderr == ""


def _without_hostname(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.startswith("HOSTNAME="))


def test_a_command_never_reads_the_channel(sandbox):
    # Its stdin is empty: `cat` ends at once, `read` gets nothing; the next command is intact.
    result = run(sandbox, "cat; read x; echo got:$x; cat /dev/stdin | wc -c")
    assert (result.stdout, result.exit_code) == ("got:\n0\n", 0)
    assert run(sandbox, "echo after").stdout == "after\n"


@pytest.mark.parametrize(
    "cmd, code",
    [("exit 3", 3), ("exec true", 0), ("exec false", 1), ("kill -TERM $$", 128 + 15)],
)
def test_a_command_that_ends_its_own_shell(sandbox, cmd, code):
    assert run(sandbox, cmd).exit_code == code
    assert run(sandbox, "echo alive").stdout == "alive\n"


@pytest.mark.parametrize("timeout", [None, 30])
def test_a_command_that_kills_what_runs_it(sandbox, timeout):
    # Its parent, or its whole process group: reported as the exec path reports it, and the next
    # command runs (on a new shell where the old one died).
    for cmd in ("kill -9 $PPID; sleep 1", "kill -9 0; sleep 1"):
        result = run(sandbox, cmd, timeout_seconds=timeout)
        assert (result.exit_code, result.error) == (137, "killed by SIGKILL"), cmd
        assert run(sandbox, "echo alive").stdout == "alive\n"


def test_a_command_that_closes_its_streams(sandbox):
    result = run(sandbox, "exec 1>&- ; echo err >&2; exec 2>&-; echo gone; exit 4")
    assert (result.stdout, result.stderr, result.exit_code) == ("", "err\n", 4)
    assert run(sandbox, "echo alive").stdout == "alive\n"


def test_kill_0_reaches_the_command_only(sandbox):
    # A command is a session of its own (an exec is): the common `trap 'kill 0' EXIT` cleanup
    # never reaches what an earlier command left running.
    run(sandbox, "sleep 300 >/dev/null 2>&1 & echo $! > /tmp/daemon")
    run(sandbox, "trap 'kill 0' EXIT; sleep 0.1; exit 0")
    assert (
        run(sandbox, 'kill -0 "$(cat /tmp/daemon)" && echo alive; kill "$(cat /tmp/daemon)"').stdout
        == "alive\n"
    )


def test_sigint_ends_a_command(sandbox):
    # (A background job of a shell without job control ignores SIGINT; a command must not.)
    result = run(sandbox, "kill -INT $$; echo survived")
    assert (result.stdout, result.exit_code) == ("", 130)


def test_a_symlinked_cwd_is_resolved(sandbox):
    run(sandbox, "mkdir -p /tmp/real && ln -sfn /tmp/real /tmp/link")
    assert run(sandbox, 'pwd; echo "$PWD"', cwd="/tmp/link").stdout == "/tmp/real\n/tmp/real\n"


def test_a_background_writer_never_writes_into_the_next_command(sandbox):
    # Like `docker exec`, the command lasts as long as something holds its output open; what the
    # child writes is this command's, never a later one's.
    first = run(sandbox, "(sleep 0.5; echo late; echo late-err >&2) & echo first")
    second = run(sandbox, "sleep 0.7; echo second")
    assert (first.stdout, first.stderr) == ("first\nlate\n", "late-err\n")
    assert (second.stdout, second.stderr) == ("second\n", "")
    # A child that lets go of the output outlives the command, and keeps running.
    started = time.monotonic()
    assert run(sandbox, "sleep 3 >/dev/null 2>&1 & echo $! > /tmp/bg").stdout == ""
    assert time.monotonic() - started < 2
    assert run(sandbox, 'kill -0 "$(cat /tmp/bg)" && echo running').stdout == "running\n"


def test_the_timeout_ends_the_whole_tree_with_the_output_so_far(sandbox):
    with pytest.raises(CommandTimeoutError) as caught:
        run(sandbox, "echo part; (sleep 41 & sleep 42) ; sleep 43", timeout_seconds=1)
    assert caught.value.result.stdout == "part\n"
    time.sleep(0.3)
    left = run(sandbox, "ps -o args | grep 'sleep 4[123]' || :")
    assert left.stdout == ""


def test_ten_megabytes_streamed_byte_exact(sandbox):
    pieces: list[str] = []
    result = sandbox.run_command(
        RunCommandRequest(cmd="yes 0123456789abcdé | head -c 10485760; echo done >&2"),
        on_stdout=pieces.append,
    )
    assert len(result.stdout.encode()) == 10485760 and len(pieces) > 1
    assert "".join(pieces) == result.stdout
    assert result.stdout.startswith("0123456789abcdé\n0123") and result.stderr == "done\n"


def test_callbacks_see_output_as_it_comes(sandbox):
    seen: list[tuple[float, str]] = []
    started = time.monotonic()
    sandbox.run_command(
        RunCommandRequest(cmd="echo one; sleep 1; echo two"),
        on_stdout=lambda text: seen.append((time.monotonic() - started, text)),
    )
    assert "".join(text for _, text in seen) == "one\ntwo\n"
    assert seen[0][0] < 0.8  # "one" came before the command ended


def test_a_paused_sandbox_refuses_commands(sandbox):
    sandbox.pause()
    try:
        with pytest.raises(ConflictError):
            run(sandbox, "echo never")
    finally:
        sandbox.resume()
    assert run(sandbox, "echo again").stdout == "again\n"


@pytest.mark.parametrize("resident", list(MODES.values()), ids=list(MODES))
async def test_commands_waiting_for_each_other_never_deadlock(resident):
    # More waiters than there are shells, and the command they wait for comes last.
    async with fresh_sandbox(resident) as sandbox:
        wait = RunCommandRequest(
            cmd="while [ ! -f /tmp/go ]; do sleep 0.05; done; echo went", timeout_seconds=30
        )
        waiters = [asyncio.ensure_future(sandbox.run_command(wait)) for _ in range(DEFAULT_POOL_SIZE + 2)]
        await asyncio.sleep(1)
        await sandbox.run_command(RunCommandRequest(cmd="touch /tmp/go", timeout_seconds=10))
        assert [r.stdout for r in await asyncio.gather(*waiters)] == ["went\n"] * (DEFAULT_POOL_SIZE + 2)


@pytest.mark.parametrize("resident", list(MODES.values()), ids=list(MODES))
async def test_concurrent_commands_get_their_own_output(resident):
    async with fresh_sandbox(resident) as sandbox:
        results = await asyncio.gather(
            *(
                sandbox.run_command(RunCommandRequest(cmd=f"echo out-{i}; sleep 0.2; echo err-{i} >&2"))
                for i in range(20)
            )
        )
        assert [(r.stdout, r.stderr) for r in results] == [(f"out-{i}\n", f"err-{i}\n") for i in range(20)]


# --- the resident path's own --------------------------------------------------------------------


def _counting_execs(sandbox) -> list[list[str]]:
    """Record the argv of every exec the sandbox object creates from now on."""
    created: list[list[str]] = []
    exec_create = sandbox._exec_create

    async def counted(argv, **kwargs):
        created.append(argv)
        return await exec_create(argv, **kwargs)

    sandbox._exec_create = counted
    return created


async def test_commands_and_scripts_reuse_one_shell():
    async with fresh_sandbox() as sandbox:
        created = _counting_execs(sandbox)
        for i in range(10):
            assert (await sandbox.run_command(RunCommandRequest(cmd=f"echo {i}"))).stdout == f"{i}\n"
        await sandbox.make_dir("/tmp/made")
        assert await sandbox.exists("/tmp/made")
        assert len(created) == 1  # the shell itself
        # A user by name switches on the shell (su); a uid is the engine's to resolve: an exec.
        await sandbox.run_command(RunCommandRequest(cmd="id -u", user="nobody"))
        assert len(created) == 1
        await sandbox.run_command(RunCommandRequest(cmd="id -u", user="65534"))
        assert len(created) == 2


async def test_the_pool_is_bounded_and_reused_and_past_it_commands_are_execs():
    async with fresh_sandbox() as sandbox:
        created = _counting_execs(sandbox)
        for _ in range(2):
            await asyncio.gather(
                *(sandbox.run_command(RunCommandRequest(cmd="sleep 0.3")) for _ in range(20))
            )
        shells = [argv for argv in created if argv == resident.shell_argv()]
        assert len(shells) == DEFAULT_POOL_SIZE  # opened once, then reused
        assert len(created) - len(shells) == 2 * (20 - DEFAULT_POOL_SIZE)


async def test_a_shell_that_died_while_idle_is_replaced():
    async with fresh_sandbox() as sandbox:
        await asyncio.gather(*(sandbox.run_command(RunCommandRequest(cmd="sleep 0.2")) for _ in range(4)))
        assert len(sandbox._shells._idle) == 4
        for shell in sandbox._shells._idle:  # from outside: no command saw it
            inspected = await sandbox._engine.call_json(exec_inspect, id=shell.exec_id)
            os.kill(inspected["Pid"], signal.SIGKILL)
        await asyncio.sleep(0.2)
        for i in range(3):
            result = await sandbox.run_command(RunCommandRequest(cmd=f"echo {i} >> /tmp/log; cat /tmp/log"))
            assert result.stdout == "".join(f"{n}\n" for n in range(i + 1))  # each run once, none failed


async def test_a_sandbox_that_cannot_hold_a_shell_falls_back_to_execs(monkeypatch):
    # An image without `cat` (busybox's sh always has it as an applet, so the shell's own check is
    # made to fail here): the shell ends before it is ready, and every command is an exec.
    monkeypatch.setattr(resident, "_SETUP", "exit 97\n")
    async with fresh_sandbox() as sandbox:
        created = _counting_execs(sandbox)
        for _ in range(2):
            result = await sandbox.run_command(RunCommandRequest(cmd="echo still; exit 5"))
            assert (result.stdout, result.exit_code) == ("still\n", 5)
        assert sandbox._shells.unusable is not None
        assert len(created) == 3  # the shell that could not start, then two execs


def test_the_setting_is_checked():
    with pytest.raises(BadConfigError, match="resident_shell"):
        Sandboxer("local", {"image": TEST_IMAGE, "resident_shell": "yes"})
