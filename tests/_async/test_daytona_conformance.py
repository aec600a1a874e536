"""What only Daytona does, replayed from cassettes in cassettes/daytona/ (what every provider does
alike is the contract suite's: tests/contract/).

The cassettes were composed (tests/fake_daytona.py, from specs/daytona/ and the Daytona issue's
facts) and are validated against specs/ by tests/test_cassettes.py. Written once, async;
tests/_sync/ holds the generated sync twin, which replays the same cassettes.
"""

from __future__ import annotations

import pytest

from sandboxer import (
    AsyncSandboxer,
    ConflictError,
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
    StartCommandRequest,
    UnauthorizedError,
    WatchEventType,
)
from sandboxer._concurrency import asleep
from sandboxer.capabilities import ALL_CAPABILITIES
from sandboxer.provider import AsyncSandbox
from tests.daytona_script import PID, SPLIT, TICKS
from tests.read_log import ReadLog


@pytest.fixture
async def client(daytona_cassette):
    sandboxer = AsyncSandboxer("daytona", daytona_cassette.config)
    yield sandboxer
    await sandboxer.close()


@pytest.fixture
async def sandbox(client):
    sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "conformance"}))
    yield sb
    try:
        await sb.kill()
    except NotFoundError:
        pass


async def _until(predicate, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if predicate():
            return
        await asleep(0.05)


# --- lifecycle ---------------------------------------------------------------------------------


async def test_daytona_supports_all_but_closing_stdin(client, sandbox):
    assert isinstance(sandbox, AsyncSandbox)
    assert client.capabilities == frozenset(ALL_CAPABILITIES) - {"close_stdin"}
    with pytest.raises(NotSupportedError):
        await sandbox.close_stdin(1234)


async def test_create_waits_until_started_and_maps_resources(client):
    if True:
        sb, info = await client.create_sandbox(
            CreateSandboxRequest(
                template="daytona-small",
                metadata={"owner": "tests"},
                envs={"FROM_CREATE": "yes"},
                cpus=1.5,
                memory_mb=1500,
                timeout_seconds=90,
                auto_destroy=True,
            )
        )
        assert info.status == SandboxStatus.RUNNING and info.template == "daytona-small"
        assert info.metadata == {"owner": "tests"}
        assert (info.cpus, info.memory_mb) == (2, 2048)  # whole cores and GB, rounded up
        detail = await sb.info()
        assert detail.id == sb.id and detail.status == SandboxStatus.RUNNING
        await sb.set_timeout(600)
        assert await sb.is_running()
        await sb.kill()
        assert not await sb.is_running()


async def test_a_sandbox_that_fails_to_start_is_an_error_and_removed(client, daytona_cassette):
    if daytona_cassette.fake is not None:
        daytona_cassette.fake.fail_start.add("broken-snapshot")
    with pytest.raises(ProviderError) as caught:
        await client.create_sandbox(
            CreateSandboxRequest(template="broken-snapshot", metadata={"suite": "broken"})
        )
    assert caught.value.code == "error" and "broken" in caught.value.message
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "broken"})) == []


async def test_pause_twice_conflicts_and_resume_waits(sandbox):
    await sandbox.pause()
    assert (await sandbox.info()).status == SandboxStatus.PAUSED
    with pytest.raises(ConflictError) as caught:
        await sandbox.pause()
    assert caught.value.status_code == 409
    await sandbox.resume()
    assert await sandbox.is_running()


async def test_list_filters_by_labels_on_the_server_and_follows_cursors(client, daytona_cassette):
    if daytona_cassette.fake is not None:
        daytona_cassette.fake.page_size = 2
    made = []
    for n in range(3):
        sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "listing", "n": str(n)}))
        made.append(sb.id)
    try:
        listed = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "listing"}))
        assert sorted(i.id for i in listed) == sorted(made)
        two = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "listing"}, limit=2))
        assert len(two) == 2
    finally:
        for sandbox_id in made:
            await client.kill_sandbox(sandbox_id)


async def test_unknown_sandbox_refused_key_and_rate_limit(client, daytona_cassette):
    with pytest.raises(NotFoundError) as caught:
        await client.attach_sandbox("no-such-sandbox")
    assert caught.value.status_code == 404 and "not found" in caught.value.message
    if daytona_cassette.fake is not None:
        daytona_cassette.fake.inject(
            "GET",
            "/api/sandbox",
            429,
            {"statusCode": 429, "message": "slow down"},
            headers={"Retry-After": "0"},
        )
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "none"})) == []
    if daytona_cassette.fake is not None:
        daytona_cassette.fake.inject(
            "GET",
            "/api/sandbox",
            429,
            {"statusCode": 429, "message": "slow down"},
            headers={"Retry-After": "0"},
            times=3,
        )
    with pytest.raises(RateLimitError):
        await client.list_sandboxes()


async def test_refused_key_is_unauthorized(daytona_cassette):
    daytona_cassette.config["api_key"] = "wrong-key"
    if daytona_cassette.fake is not None:
        daytona_cassette.fake.api_key = "the-right-key"
    async with AsyncSandboxer("daytona", daytona_cassette.config) as client:
        with pytest.raises(UnauthorizedError):
            await client.list_sandboxes()


async def test_port_url_and_preview_token(sandbox):
    url = await sandbox.port_url(3000)
    assert url.startswith("https://3000-") and sandbox.id in url
    link, token = await sandbox.preview_link(3000)
    assert link == url and token


# --- commands (the generic behaviours are the contract suite's: tests/contract/) ----------------
# These three stay as the recordings tests/test_faults.py and tests/test_stream_faults.py replay
# (by these names) with faults injected; what they assert is also the contract suite's.


async def test_run_command_keeps_streams_apart(sandbox):
    result = await sandbox.run_command(RunCommandRequest(SPLIT))
    assert (result.stdout, result.stderr, result.exit_code) == ("out\nout2\n", "err\n", 3)
    assert (await sandbox.run_command(RunCommandRequest("echo done"))).stdout == "done\n"


async def test_streamed_output_arrives_as_it_comes(sandbox):
    seen: list = []
    result = await sandbox.run_command(RunCommandRequest(TICKS), on_stdout=seen.append)
    assert result.exit_code == 0 and result.stdout == "tick 1\ntick 2\ntick 3\n"
    assert "".join(seen) == result.stdout and len(seen) >= 3


async def test_started_command_streams_and_is_waited_for(sandbox):
    seen: list = []
    pid, handle = await sandbox.start_command(StartCommandRequest(TICKS), on_stdout=seen.append)
    result = await sandbox.wait_for_handle(handle)
    assert result.exit_code == 0 and result.stdout == "tick 1\ntick 2\ntick 3\n" == "".join(seen)
    with pytest.raises(NotFoundError):
        await sandbox.wait_for_handle(handle)



async def test_output_reads_back_as_written_though_the_log_adds_newlines(sandbox):
    """The daemon copies output into its log a line at a time and ends a last line with a newline
    of its own (pkg/session/execute.go:212-213): our lines mark the end of the output, so what
    comes back is what was written, with callbacks or without."""
    assert (await sandbox.run_command(RunCommandRequest("printf abc"))).stdout == "abc"
    seen: list = []
    result = await sandbox.run_command(RunCommandRequest("printf abc"), on_stdout=seen.append)
    assert result.stdout == "".join(seen) == "abc"


async def test_kill_process_ends_the_whole_tree_and_a_missing_pid_is_not_found(sandbox):
    """Session commands share the session shell's process group (the daemon starts it with
    Setpgid, no job control): a group kill misses, so the pid's tree is killed; a child left alive
    would hold the output open and no exit code would ever come."""
    pid, handle = await sandbox.start_command(StartCommandRequest("sleep 300"))
    assert pid == PID
    assert [p.command for p in await sandbox.list_processes() if p.pid == pid] == ["sleep 300"]
    await sandbox.kill_process(pid)
    assert (await sandbox.wait_for_handle(handle)).exit_code == 137
    with pytest.raises(NotFoundError):
        await sandbox.kill_process(99999)


async def test_commands_and_scripts_share_kept_sessions(daytona_cassette):
    """One session serves command after command (each in a subshell: nothing stays): a run is one
    request. A started command holds its session until it ends; meanwhile another is made."""
    log: list = []
    daytona_cassette.config["transport"] = ReadLog(daytona_cassette.transport, log, requests=True)
    async with AsyncSandboxer("daytona", daytona_cassette.config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        log.clear()
        assert (await sb.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
        assert (await sb.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
        _, handle = await sb.start_command(StartCommandRequest(TICKS))
        assert (await sb.run_command(RunCommandRequest("echo done"))).stdout == "done\n"  # a 2nd session
        assert (await sb.wait_for_handle(handle)).stdout == "tick 1\ntick 2\ntick 3\n"
        assert 1 in {p.pid for p in await sb.list_processes()}  # a script, in a session given back
        await sb.kill()
    sent = [what.rsplit("/", 2)[-2:] for kind, what in log if kind == "request"]
    assert [s for s in sent if s[-1] == "session"] == [["process", "session"]] * 2
    assert not [s for s in sent if s[0] == "session"]  # none deleted: the sandbox went with them


async def test_stdin_is_text_and_only_for_commands_started_with_it(sandbox):
    seen: list = []
    pid, _ = await sandbox.start_command(StartCommandRequest("cat", stdin=True), on_stdout=seen.append)
    await sandbox.send_stdin(pid, "line one\n")
    await _until(lambda: "line one\n" in "".join(seen))
    assert "".join(seen) == "line one\n"
    with pytest.raises(InvalidRequestError):
        await sandbox.send_stdin(pid, b"\xff not text")  # the toolbox carries stdin as text
    # The daemon holds every async command's stdin open: one started without stdin=True reads
    # /dev/null instead, and nothing is sent to it.
    other, handle = await sandbox.start_command(StartCommandRequest("sleep 300"))
    with pytest.raises(InvalidRequestError):
        await sandbox.send_stdin(other, "never read")
    await sandbox.kill_process(other)
    assert (await sandbox.wait_for_handle(handle)).exit_code == 137


# --- files (the generic behaviours are the contract suite's) ---------------------------------------


async def test_the_common_file_calls_take_one_request(daytona_cassette):
    """The daemon's file errors have no body and a path under a file is 400, not 404: a request
    more is made only where its answer says too little (a 400, or a 409 for any destination)."""
    log: list = []
    daytona_cassette.config["transport"] = ReadLog(daytona_cassette.transport, log, requests=True)
    async with AsyncSandboxer("daytona", daytona_cassette.config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        await sb.write_file("/tmp/one.txt", b"1")
        count = len([kind for kind, _ in log if kind == "request"])

        async def requests(call) -> int:
            nonlocal count
            await call()
            before, count = count, len([kind for kind, _ in log if kind == "request"])
            return count - before

        assert await requests(lambda: sb.exists("/tmp/one.txt")) == 1
        assert await requests(lambda: sb.exists("/tmp/none.txt")) == 1
        assert await requests(lambda: sb.rename("/tmp/one.txt", "/tmp/two.txt")) == 1
        assert await requests(lambda: sb.make_dir("/tmp/made")) == 1
        assert await requests(lambda: sb.exists("/tmp/two.txt/under")) == 2  # 400: is /tmp/two.txt a file?
        # A directory into itself: the daemon's copy fallback would delete it all. Refused, once
        # a request has said it is a directory.
        with pytest.raises(InvalidRequestError):
            await sb.rename("/tmp/made", "/tmp/made/inside")
        assert await sb.exists("/tmp/made")
        await sb.kill()


async def test_watch_by_listing(sandbox):
    await sandbox.make_dir("/tmp/watched")
    events = []
    watcher = await sandbox.watch_directory("/tmp/watched", events.append)
    await sandbox.write_file("/tmp/watched/a.txt", b"1")
    await _until(lambda: events)
    await sandbox.remove("/tmp/watched/a.txt")
    await _until(lambda: len(events) >= 2)
    await watcher.stop()
    assert [(e.path, e.event_type) for e in events] == [
        ("/tmp/watched/a.txt", WatchEventType.CREATE),
        ("/tmp/watched/a.txt", WatchEventType.DELETE),
    ]


# --- terminals ---------------------------------------------------------------------------------


async def test_terminal_input_and_output(sandbox):
    received = bytearray()
    pty = await sandbox.create_pty(CreatePTYRequest(rows=30, cols=100, on_data=received.extend))
    await sandbox.send_pty_input(pty.pid, "echo hello\r")
    await _until(lambda: b"echo hello" in received)
    await sandbox.kill_pty(pty.pid)
    assert b"echo hello" in received
