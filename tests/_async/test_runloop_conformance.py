"""What is Runloop's own, replayed from cassettes in cassettes/runloop/: its lifecycle (custom sizes,
idle timeout, suspend, tunnels), a devbox that fails while starting, list paging, its errors, the
truncated output of an execution answer, /execute's optimistic wait, output as server-sent events,
and watching by listing. What every provider does alike (commands, files, processes, lifecycle
basics) is the contract suite's (tests/contract/, cassettes/contract/runloop/).

The cassettes were composed (tests/fake_runloop.py, from specs/runloop/ and the Runloop issue's
facts) and are validated against specs/ by tests/test_cassettes.py. Written once, async;
tests/_sync/ holds the generated sync twin, which replays the same cassettes.
"""

from __future__ import annotations

import pytest

from sandboxer import (
    AsyncSandboxer,
    CreatePTYRequest,
    CreateSandboxRequest,
    InvalidRequestError,
    ListSandboxesFilter,
    NotFoundError,
    NotSupportedError,
    ProviderError,
    RateLimitError,
    RunCommandRequest,
    SandboxStatus,
    UnauthorizedError,
    WatchEventType,
)
from sandboxer._concurrency import asleep
from sandboxer.capabilities import ALL_CAPABILITIES
from tests.read_log import ReadLog
from tests.runloop_script import LONG, LONG_OUTPUT, MANY, NUMBER_FIRST, SLOW, TICKS

NO_TERMINAL = {"create_pty", "resize_pty", "kill_pty", "list_pty", "send_pty_input", "pty_output"}


@pytest.fixture
async def client(runloop_cassette):
    sandboxer = AsyncSandboxer("runloop", runloop_cassette.config)
    yield sandboxer
    await sandboxer.close()


@pytest.fixture
async def sandbox(client):
    sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "conformance"}))
    yield sb
    try:
        await sb.kill()
    except (NotFoundError, ProviderError):
        pass


async def _until(predicate, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if predicate():
            return
        await asleep(0.05)


async def test_create_waits_for_running_and_lifecycle(client):
    assert client.capabilities == frozenset(ALL_CAPABILITIES) - NO_TERMINAL
    sb, info = await client.create_sandbox(
        CreateSandboxRequest(
            metadata={"owner": "tests"}, envs={"A": "1"}, cpus=1.5, memory_mb=3000, timeout_seconds=600
        )
    )
    assert info.status == SandboxStatus.RUNNING and info.metadata == {"owner": "tests"}
    assert (info.cpus, info.memory_mb) == (2, 4096)  # cores and GB: 1 or a multiple of 2, rounded up
    with pytest.raises(NotSupportedError):
        await sb.create_pty(CreatePTYRequest())
    await sb.set_timeout(300)  # within the idle time set at create: the idle timer restarts
    with pytest.raises(InvalidRequestError):
        await sb.set_timeout(6000)  # more than the devbox's idle time cannot be honoured
    await sb.pause()
    assert (await sb.info()).status == SandboxStatus.PAUSED
    await sb.resume()
    assert await sb.is_running()
    url = await sb.port_url(8080)
    assert url.startswith("https://8080-") and url.endswith(".tunnel.runloop.ai")
    assert (await sb.port_url(3000)).startswith("https://3000-")  # the devbox's one tunnel, reused
    await sb.kill()
    assert not await sb.is_running()


async def test_a_devbox_that_fails_while_create_waits(client, runloop_cassette):
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.fail_blueprints.add("broken-blueprint")
    with pytest.raises(ProviderError) as caught:
        await client.create_sandbox(CreateSandboxRequest(template="broken-blueprint"))
    assert caught.value.code == "failure"


async def test_list_follows_pages_and_filters_metadata(client, runloop_cassette):
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.page_size = 2
    made = []
    for n in range(3):
        sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "listing", "n": str(n)}))
        made.append(sb.id)
    try:
        listed = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "listing"}))
        assert sorted(i.id for i in listed) == sorted(made)
        assert (
            len(
                await client.list_sandboxes(
                    ListSandboxesFilter(metadata_filter={"suite": "listing"}, limit=2)
                )
            )
            == 2
        )
    finally:
        for devbox_id in made:
            await client.kill_sandbox(devbox_id)


async def test_error_paths(client, runloop_cassette):
    with pytest.raises(NotFoundError):
        await client.attach_sandbox("dbx_nothere")
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.inject(
            "GET", r"/v1/devboxes", 429, {"error": "slow down"}, headers={"Retry-After": "0"}
        )
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "none"})) == []
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.inject(
            "GET", r"/v1/devboxes", 429, {"error": "slow down"}, headers={"Retry-After": "0"}, times=3
        )
    with pytest.raises(RateLimitError):
        await client.list_sandboxes()


async def test_refused_key_is_unauthorized(runloop_cassette):
    runloop_cassette.config["api_key"] = "wrong-key"
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.api_key = "the-right-key"
    async with AsyncSandboxer("runloop", runloop_cassette.config) as client:
        with pytest.raises(UnauthorizedError):
            await client.list_sandboxes()


async def test_run_command_streams_apart_env_cwd_user_timeout(sandbox):
    """A number on an output's first line is output (only start_command's wrapper prints a pid
    first), a last line without newline too. (The name is kept: tests/test_faults.py replays this
    cassette's devbox and its first command.)"""
    result = await sandbox.run_command(RunCommandRequest("echo out; echo err >&2; echo out2; exit 3"))
    assert (result.stdout, result.stderr, result.exit_code) == ("out\nout2\n", "err\n", 3)
    seen: list = []
    odd = await sandbox.run_command(RunCommandRequest(NUMBER_FIRST), on_stdout=seen.append)
    assert odd.stdout == "42\nabc" == "".join(seen)


async def test_a_long_output_comes_whole(sandbox):
    """An answer holds the last 100 lines of each stream (marked truncated): the rest is read
    from the output's stream, for a command and for a listing alike."""
    result = await sandbox.run_command(RunCommandRequest(LONG))
    assert result.stdout == LONG_OUTPUT and result.error is None
    entries = await sandbox.list_directory("/tmp/many")
    assert [e.name for e in entries] == [f"f{n:03d}" for n in range(MANY)]


async def test_a_command_that_outlasts_the_optimistic_wait(sandbox, runloop_cassette):
    """/execute answers "running" after its optimistic wait: the execution is waited for."""
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.optimistic_cap = 0.05  # instead of 25 s
    result = await sandbox.run_command(RunCommandRequest(SLOW))
    assert (result.stdout, result.exit_code) == ("late\n", 0)


async def test_server_sent_events_reach_callbacks_frame_by_frame(runloop_cassette):
    log: list = []
    runloop_cassette.config["transport"] = ReadLog(runloop_cassette.transport, log)
    async with AsyncSandboxer("runloop", runloop_cassette.config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        log.clear()
        result = await sb.run_command(
            RunCommandRequest(TICKS), on_stdout=lambda t: log.append(("callback", t))
        )
        await sb.kill()
    assert result.stdout == "tick 1\ntick 2\ntick 3\n"
    assert [t for kind, t in log if kind == "callback"] == ["tick 1\n", "tick 2\n", "tick 3\n"]
    events = [i for i, (kind, chunk) in enumerate(log) if kind == "read" and chunk.startswith(b"data:")]
    first_callback = next(i for i, (kind, _) in enumerate(log) if kind == "callback")
    assert len(events) >= 3 and first_callback < events[-1]  # delivered before the last event was read


async def test_watch_by_listing(sandbox):
    await sandbox.make_dir("/tmp/watched")
    events = []
    watcher = await sandbox.watch_directory("/tmp/watched", events.append)
    await _until(lambda: events)
    await watcher.stop()
    assert [(e.path, e.event_type) for e in events] == [("/tmp/watched/a.txt", WatchEventType.CREATE)]
