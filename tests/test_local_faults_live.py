"""Faults on the live local engine: the container killed under a command, the engine restarted
under one, a binary that is not there. Each gives one clear, typed outcome."""

from __future__ import annotations

import os
import subprocess
import threading
import time

import pytest

from sandboxer import (
    AsyncSandboxer,
    ConnectionFailedError,
    CreateSandboxRequest,
    ProviderError,
    RunCommandRequest,
    SandboxerError,
)
from tests.conftest import TEST_IMAGE


def _docker(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["docker", *args], capture_output=True, text=True, timeout=60)


def _later(seconds: float, *argv: str) -> threading.Thread:
    thread = threading.Thread(target=lambda: (time.sleep(seconds), subprocess.run(argv, capture_output=True)))
    thread.start()
    return thread


async def test_missing_binary_exits_127_with_the_shells_message(docker_live):
    async with AsyncSandboxer("local", {"image": TEST_IMAGE}) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "faults-live"}))
        async with sb:
            result = await sb.run_command(RunCommandRequest("no-such-binary-here --flag"))
    assert result.exit_code == 127
    assert "no-such-binary-here" in result.stderr and "not found" in result.stderr
    assert result.stdout == "" and result.error is None


async def test_container_killed_during_a_command_is_a_typed_error(docker_live):
    """Outcome decided: the command did not end by itself, so no CommandResult comes back (not even
    one with the kill's exit code 137): a ConnectionFailedError says the sandbox stopped under it."""
    async with AsyncSandboxer("local", {"image": TEST_IMAGE}) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "faults-live"}))
        killer = _later(1.0, "docker", "kill", sb.id)
        began = time.monotonic()
        try:
            with pytest.raises(SandboxerError) as caught:
                await sb.run_command(RunCommandRequest("echo started; sleep 60; echo never"))
        finally:
            killer.join()
            _docker("rm", "-f", sb.id)
    assert time.monotonic() - began < 30, "the client hung after its container was killed"
    err = caught.value
    assert isinstance(err, ConnectionFailedError) and err.provider == "local"
    assert sb.id[:12] in str(err) and "stopped while the command ran" in str(err)
    assert "started" in str(err)  # what it printed before is kept in the message


async def test_a_command_killed_inside_a_running_sandbox_is_its_exit_code(docker_live):
    """The counterpart: a signal from inside ends only the command; the sandbox runs on, and the
    result says 128 + the signal, as a shell would."""
    async with AsyncSandboxer("local", {"image": TEST_IMAGE}) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "faults-live"}))
        async with sb:
            result = await sb.run_command(RunCommandRequest("echo before; kill -KILL $$"))
            assert (result.exit_code, result.stdout) == (137, "before\n")
            assert await sb.is_running()


def _restart_engine() -> None:
    """Restart the engine: a command given in SANDBOXER_ENGINE_RESTART_CMD, else the dockerd that
    scripts/setup.sh started (stopped with TERM, started again the same way)."""
    command = os.environ.get("SANDBOXER_ENGINE_RESTART_CMD")
    if command:
        subprocess.run(command.split(), capture_output=True, timeout=120)
        return
    subprocess.run(["pkill", "-TERM", "-x", "dockerd"], capture_output=True)
    for _ in range(100):
        if subprocess.run(["pgrep", "-x", "dockerd"], capture_output=True).returncode != 0:
            break
        time.sleep(0.2)
    subprocess.run(["sh", "-c", "nohup dockerd >>/tmp/sandboxer-dockerd.log 2>&1 &"], capture_output=True)


# Restarting the engine stops every container on it: only where the engine is the tests' own (CI,
# whose engine scripts/setup.sh started), or when asked for.
RESTART_ALLOWED = os.environ.get("SANDBOXER_ENGINE_RESTART", "1" if os.environ.get("CI") else "0") == "1"


@pytest.mark.engine_restart
@pytest.mark.skipif(
    not RESTART_ALLOWED,
    reason="restarts the Docker engine (stopping its containers): run in CI, or with SANDBOXER_ENGINE_RESTART=1",
)
async def test_engine_restarted_during_a_command_is_a_typed_error(docker_live):
    """The engine goes away under a running command (its stream breaks, then it refuses
    connections until it is back): a ConnectionFailedError (or another ProviderError if the engine
    is back before the exit code is asked for), never a CommandResult, and no hang."""
    async with AsyncSandboxer("local", {"image": TEST_IMAGE}) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "faults-live"}))
        restarter = threading.Thread(target=lambda: (time.sleep(1.0), _restart_engine()))
        restarter.start()
        began = time.monotonic()
        try:
            with pytest.raises(SandboxerError) as caught:
                await sb.run_command(RunCommandRequest("echo started; sleep 120; echo never"))
        finally:
            restarter.join()
            for _ in range(60):  # wait for the engine to answer again before cleaning up
                if _docker("info").returncode == 0:
                    break
                time.sleep(1)
            _docker("rm", "-f", sb.id)
    assert time.monotonic() - began < 90
    assert isinstance(caught.value, ConnectionFailedError | ProviderError)
    assert caught.value.provider == "local"
