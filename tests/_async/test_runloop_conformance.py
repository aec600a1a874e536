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

import json

import pytest

from sandboxer import (
    AsyncSandboxer,
    CreatePTYRequest,
    CreateSandboxRequest,
    InvalidRequestError,
    ListSandboxesFilter,
    NotFoundError,
    ProviderError,
    RateLimitError,
    RunCommandRequest,
    SandboxStatus,
    StartCommandRequest,
    UnauthorizedError,
    WatchEventType,
)
from sandboxer._concurrency import asleep
from sandboxer.capabilities import ALL_CAPABILITIES
from sandboxer.providers import runloop_shapes as shapes
from tests.read_log import ReadLog
from tests.recording import Recording
from tests.runloop_script import LONG, LONG_OUTPUT, MANY, NUMBER_FIRST, QUIET, SLOW, TICKS


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
    assert client.capabilities == frozenset(ALL_CAPABILITIES)
    sb, info = await client.create_sandbox(
        CreateSandboxRequest(
            metadata={"owner": "tests"}, envs={"A": "1"}, cpus=1.5, memory_mb=3000, timeout_seconds=600
        )
    )
    assert info.status == SandboxStatus.RUNNING and info.metadata == {"owner": "tests"}
    assert (info.cpus, info.memory_mb) == (2, 4096)  # cores and GB: 1 or a multiple of 2, rounded up
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


# --- Runloop as its API really behaves (issue 18) ------------------------------------------------


async def test_an_output_stream_that_times_out_is_followed_from_its_offset(runloop_cassette):
    """The server ends an idle output stream with a 408, as a status before anything was sent and
    in-band (`event: error`, code "408") after: the stream is opened again from the offset of its
    last chunk, so the callbacks get every byte once, for a run command and a started one."""
    recording = Recording(runloop_cassette.transport)
    runloop_cassette.config["transport"] = recording
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.stream_idle = 0.1  # the command is silent for 0.3 s at a time
    async with AsyncSandboxer("runloop", runloop_cassette.config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        out: list = []
        err: list = []
        result = await sb.run_command(RunCommandRequest(QUIET), on_stdout=out.append, on_stderr=err.append)
        assert (result.stdout, result.stderr, result.exit_code) == ("one\nthrée\n", "two\n", 0)
        assert ("".join(out), "".join(err)) == (result.stdout, result.stderr)
        started: list = []
        _, handle = await sb.start_command(StartCommandRequest(QUIET), on_stdout=started.append)
        waited = await sb.wait_for_handle(handle)
        assert "".join(started) == waited.stdout == "one\nthrée\n"
        await sb.kill()
    offsets = {r.url.params.get("offset") for r in recording.ending("_updates")}
    assert "4" in offsets  # after "one\n": a byte offset, as each chunk's `offset` said


async def test_another_error_event_in_an_output_stream_is_its_error(client, runloop_cassette):
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.stream_errors.append("500")
    sb, _ = await client.create_sandbox(CreateSandboxRequest())
    try:
        with pytest.raises(ProviderError) as caught:
            await sb.run_command(RunCommandRequest("echo before the break"), on_stdout=[].append)
        assert caught.value.status_code == 500 and "stream failed" in str(caught.value)
    finally:
        await sb.kill()


@pytest.mark.parametrize("cpus", [None, 0.5, 1, 1.5, 2, 3, 4, 6, 7, 8, 12, 15, 16, 16.5, 32])
@pytest.mark.parametrize(
    "memory_mb", [None, 256, 1024, 1500, 2048, 3000, 4096, 8192, 16384, 32768, 65536, 70000]
)
def test_every_size_is_the_smallest_valid_one_holding_what_was_asked(cpus, memory_mb):
    """Runloop's custom sizes: cores 1 or even up to 16, memory 1 or even up to 64 GiB, 2 to 8 GiB
    per core (RL-spec ResourceSize). No valid size holds it: refused before anything is sent."""
    if cpus is None and memory_mb is None:
        assert shapes.launch_parameters(cpus, memory_mb, None, []) == {}
        return
    valid = [
        (c, g)
        for c in [1, *range(2, 17, 2)]
        for g in [1, *range(2, 65, 2)]
        if 2 * c <= g <= 8 * c and c >= (cpus or 0) and g * 1024 >= (memory_mb or 0)
    ]
    if not valid:
        with pytest.raises(InvalidRequestError):
            shapes.launch_parameters(cpus, memory_mb, None, [])
        return
    launch = shapes.launch_parameters(cpus, memory_mb, None, [])
    assert launch["resource_size_request"] == "CUSTOM_SIZE"
    assert (launch["custom_cpu_cores"], launch["custom_gb_memory"]) == min(valid)


async def test_sizes_runloop_takes(client):
    """One core: 1:2; memory alone: the fewest cores it allows; too big: refused unsent."""
    for cpus, memory_mb, made in ((2, None, (2, 4096)), (None, 1024, (1, 2048)), (None, 16384, (2, 16384))):
        sb, info = await client.create_sandbox(CreateSandboxRequest(cpus=cpus, memory_mb=memory_mb))
        assert (info.cpus, info.memory_mb) == made
        await sb.kill()
    with pytest.raises(InvalidRequestError):
        await client.create_sandbox(CreateSandboxRequest(cpus=32))


async def test_pause_returns_once_the_devbox_is_suspended(sandbox, runloop_cassette):
    """Suspend answers "suspending" (the disk snapshot takes a while); /resume is refused until
    it is "suspended"."""
    await sandbox.pause()
    if runloop_cassette.fake is not None:
        assert runloop_cassette.fake.devboxes[sandbox.id].status == "suspended"
    assert (await sandbox.info()).status == SandboxStatus.PAUSED
    await sandbox.resume()
    assert await sandbox.is_running()


async def test_a_create_whose_wait_fails_shuts_its_devbox_down(client, runloop_cassette):
    """A wait that fails otherwise than by time (here rate limited past the transport's resends)
    leaves no devbox running: it is shut down."""
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.inject(
            "POST", r"/v1/devboxes/[^/]+/wait_for_status", 429, {"error": "slow down"},
            headers={"Retry-After": "0"}, times=3,
        )  # fmt: skip
    with pytest.raises(RateLimitError):
        await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "leak"}))
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "leak"})) == []


async def test_a_wait_lost_on_the_way_is_asked_again(client, runloop_cassette):
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.inject(
            "POST", r"/v1/devboxes/[^/]+/wait_for_status", 502, {"error": "bad gateway"}
        )
    sb, info = await client.create_sandbox(CreateSandboxRequest())
    assert info.status == SandboxStatus.RUNNING
    await sb.kill()


async def test_a_create_whose_answer_was_lost_is_found_by_its_mark_and_shut_down(client, runloop_cassette):
    if runloop_cassette.fake is not None:
        runloop_cassette.fake.create_then_fail.append(502)
    with pytest.raises(ProviderError):
        await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "lost"}))
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "lost"})) == []


def test_queued_and_scheduled_devboxes_are_starting():
    for status in ("queued", "scheduled"):
        info = shapes.devbox_info({"id": "dbx_1", "status": status, "create_time_ms": 1790856000000})
        assert info.status == SandboxStatus.STARTING


async def test_stdin_that_was_not_delivered_raises(sandbox):
    """send_std_in answers success false once the command's stdin is closed (or it ended)."""
    pid, handle = await sandbox.start_command(StartCommandRequest("cat", stdin=True))
    await sandbox.close_stdin(pid)
    with pytest.raises(ProviderError, match="not delivered"):
        await sandbox.send_stdin(pid, "late\n")
    await sandbox.wait_for_handle(handle)


async def test_the_idle_policy_is_lifecycle_after_idle(client):
    """timeout_seconds goes in lifecycle.after_idle (the top-level field is deprecated); set_timeout
    reads either; with an idle policy a devbox has no maximum lifetime, without one an hour."""
    sb, info = await client.create_sandbox(CreateSandboxRequest(timeout_seconds=600))
    assert info.expires_at is None
    await sb.set_timeout(300)
    await sb.kill()
    sb, info = await client.create_sandbox(CreateSandboxRequest())
    assert (info.expires_at - info.started_at).total_seconds() == 3600
    await sb.kill()


def test_set_timeout_reads_both_idle_fields():
    for launch in (
        {"after_idle": {"idle_time_seconds": 60, "on_idle": "shutdown"}},
        {"lifecycle": {"after_idle": {"idle_time_seconds": 60, "on_idle": "shutdown"}}},
    ):
        assert shapes.idle_seconds({"launch_parameters": launch}) == 60
    assert shapes.idle_seconds({"launch_parameters": {}}) is None


async def test_a_template_is_sent_as_what_it_names(runloop_cassette):
    """A blueprint id (bpt_...) as blueprint_id, a snapshot id (snp_...) as snapshot_id, else a
    blueprint's name."""
    recording = Recording(runloop_cassette.transport)
    runloop_cassette.config["transport"] = recording
    async with AsyncSandboxer("runloop", runloop_cassette.config) as client:
        for template, field in (
            ("bpt_123", "blueprint_id"),
            ("snp_456", "snapshot_id"),
            ("my-blueprint", "blueprint_name"),
        ):
            sb, info = await client.create_sandbox(CreateSandboxRequest(template=template))
            (create,) = [r for r in recording.to("/v1/devboxes") if r.method == "POST"][-1:]
            assert json.loads(create.content)[field] == template
            await sb.kill()


async def test_a_terminal_carries_raw_bytes_both_ways(sandbox, runloop_cassette):
    """create_pty_tunnel, then on its port 13: GET /pty/{session} for the WebSocket's path, raw
    bytes both ways on it, control to resize and close (Runloop's CLI, rl-cli src/lib/pty-client.ts)."""
    seen: list[bytes] = []
    pty = await sandbox.create_pty(CreatePTYRequest(rows=30, cols=100, on_data=seen.append))
    await sandbox.send_pty_input(pty.pid, b"echo hi\r")
    await _until(lambda: b"".join(seen) == b"echo hi\r")
    assert b"".join(seen) == b"echo hi\r"  # the fake echoes what is typed, as a terminal does
    await sandbox.resize_pty(pty.pid, 40, 120)
    if runloop_cassette.fake is not None:
        (session,) = runloop_cassette.fake.devboxes[sandbox.id].terminals.values()
        assert (session.rows, session.cols) == (40, 120)
    await sandbox.kill_pty(pty.pid)
    assert await sandbox.list_pty() == []
    with pytest.raises(NotFoundError):
        await sandbox.send_pty_input(pty.pid, b"x")


async def test_file_transfers_take_the_sdks_time_and_are_sent_again_when_rate_limited(runloop_cassette):
    """600 s for upload_file and download_file (py: resources/devboxes/devboxes.py:758, 1655); a
    429 is sent again, the streamed upload too (from a source that can be read again)."""
    recording = Recording(runloop_cassette.transport)
    runloop_cassette.config["transport"] = recording
    async with AsyncSandboxer("runloop", runloop_cassette.config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        if runloop_cassette.fake is not None:
            for path in (r"/v1/devboxes/[^/]+/upload_file", r"/v1/devboxes/[^/]+/download_file"):
                runloop_cassette.fake.inject(
                    "POST", path, 429, {"error": "slow down"}, headers={"Retry-After": "0"}
                )
        await sb.write_file("/tmp/limited.txt", b"sent twice")
        assert await sb.read_file("/tmp/limited.txt") == b"sent twice"
        await sb.kill()
    transfers = recording.ending("/upload_file") + recording.ending("/download_file")
    assert len(transfers) == 4
    assert {r.extensions["timeout"]["read"] for r in transfers} == {600.0}
