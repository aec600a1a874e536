"""The conformance suite on Daytona, replayed from cassettes in cassettes/daytona/.

The cassettes were composed (tests/fake_daytona.py, from specs/daytona/ and the Daytona issue's
facts) and are validated against specs/ by tests/test_cassettes.py. Written once, async;
tests/_sync/ holds the generated sync twin, which replays the same cassettes.
"""

from __future__ import annotations

import hashlib
import io

import pytest

from sandboxer import (
    AsyncSandboxer,
    CommandTimeoutError,
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
from tests.daytona_script import GREETING, PID, TICKS
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


# --- commands ----------------------------------------------------------------------------------


async def test_run_command_keeps_streams_apart(sandbox):
    result = await sandbox.run_command(RunCommandRequest("echo out; echo err >&2; echo out2; exit 3"))
    assert (result.stdout, result.stderr, result.exit_code) == ("out\nout2\n", "err\n", 3)
    assert (await sandbox.run_command(RunCommandRequest("echo done"))).stdout == "done\n"


async def test_run_command_passes_env_cwd_and_user(sandbox):
    result = await sandbox.run_command(
        RunCommandRequest(GREETING, env={"GREETING": "hi there"}, cwd="/tmp", user="root")
    )
    assert result.stdout == "hi there from /tmp as root\n"


async def test_streamed_output_arrives_as_it_comes(sandbox):
    seen: list = []
    result = await sandbox.run_command(RunCommandRequest(TICKS), on_stdout=seen.append)
    assert result.exit_code == 0 and result.stdout == "tick 1\ntick 2\ntick 3\n"
    assert "".join(seen) == result.stdout and len(seen) >= 3


async def test_run_command_timeout(sandbox):
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(RunCommandRequest("echo partial; sleep 30", timeout_seconds=1))
    assert caught.value.result.stdout == "partial\n"


async def test_start_list_and_kill(sandbox):
    pid, handle = await sandbox.start_command(StartCommandRequest("sleep 300"))
    assert pid == PID
    assert [p.command for p in await sandbox.list_processes() if p.pid == pid] == ["sleep 300"]
    await sandbox.kill_process(pid)
    with pytest.raises(NotFoundError):
        await sandbox.kill_process(99999)


async def test_started_command_streams_and_is_waited_for(sandbox):
    seen: list = []
    pid, handle = await sandbox.start_command(StartCommandRequest(TICKS), on_stdout=seen.append)
    result = await sandbox.wait_for_handle(handle)
    assert result.exit_code == 0 and result.stdout == "tick 1\ntick 2\ntick 3\n" == "".join(seen)
    with pytest.raises(NotFoundError):
        await sandbox.wait_for_handle(handle)


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
        assert PID in {p.pid for p in await sb.list_processes()}  # a script, in a session given back
        await sb.kill()
    sent = [what.rsplit("/", 2)[-2:] for kind, what in log if kind == "request"]
    assert [s for s in sent if s[-1] == "session"] == [["process", "session"]] * 2
    assert not [s for s in sent if s[0] == "session"]  # none deleted: the sandbox went with them


async def test_stdin_reaches_the_command(sandbox):
    seen: list = []
    pid, _ = await sandbox.start_command(StartCommandRequest("cat", stdin=True), on_stdout=seen.append)
    await sandbox.send_stdin(pid, "line one\n")
    await _until(lambda: "line one\n" in "".join(seen))
    assert "".join(seen) == "line one\n"
    with pytest.raises(InvalidRequestError):
        await sandbox.send_stdin(pid, b"\xff not text")  # the toolbox carries stdin as text


# --- files -------------------------------------------------------------------------------------


async def test_binary_round_trip_and_missing_file(sandbox):
    blob = bytes(range(256)) * 64
    await sandbox.write_file("/tmp/dir/blob.bin", blob, mode=0o600)
    assert await sandbox.read_file("/tmp/dir/blob.bin") == blob
    assert (await sandbox.stat("/tmp/dir/blob.bin")).mode == 0o600
    with pytest.raises(NotFoundError):
        await sandbox.read_file("/tmp/dir/missing.bin")


async def test_exists_stat_list_make_dir_rename_remove(sandbox):
    await sandbox.make_dir("/tmp/tree/sub")
    await sandbox.write_file("/tmp/tree/five.txt", b"12345")
    assert await sandbox.exists("/tmp/tree/five.txt")
    assert not await sandbox.exists("/tmp/tree/none")
    info = await sandbox.stat("/tmp/tree/five.txt")
    assert (info.name, info.path, info.is_dir, info.size) == ("five.txt", "/tmp/tree/five.txt", False, 5)
    listing = await sandbox.list_directory("/tmp/tree")
    assert [(e.name, e.is_dir) for e in listing] == [("five.txt", False), ("sub", True)]
    await sandbox.rename("/tmp/tree/five.txt", "/tmp/tree/sub/moved.txt")
    assert await sandbox.read_file("/tmp/tree/sub/moved.txt") == b"12345"
    await sandbox.remove("/tmp/tree")
    assert not await sandbox.exists("/tmp/tree")
    with pytest.raises(NotFoundError):
        await sandbox.list_directory("/tmp/tree")
    with pytest.raises(InvalidRequestError):
        await sandbox.remove("//")


async def test_streamed_upload_and_download(sandbox, tmp_path):
    blob = hashlib.sha256(b"seed").digest() * 40_000
    (tmp_path / "up.bin").write_bytes(blob)
    await sandbox.upload("/tmp/up.bin", tmp_path / "up.bin")
    await sandbox.download("/tmp/up.bin", tmp_path / "down.bin")
    assert (tmp_path / "down.bin").read_bytes() == blob
    sink = io.BytesIO()
    await sandbox.upload("/tmp/small.bin", io.BytesIO(b"small"))
    await sandbox.download("/tmp/small.bin", sink)
    assert sink.getvalue() == b"small"


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


async def test_terminal_input_output_resize_list_kill(sandbox):
    received = bytearray()
    pty = await sandbox.create_pty(CreatePTYRequest(rows=30, cols=100, on_data=received.extend))
    assert [(p.pid, p.rows, p.cols) for p in await sandbox.list_pty()] == [(pty.pid, 30, 100)]
    await sandbox.send_pty_input(pty.pid, "echo hello\r")
    await _until(lambda: b"echo hello" in received)
    await sandbox.resize_pty(pty.pid, 40, 120)
    assert [(p.rows, p.cols) for p in await sandbox.list_pty()] == [(40, 120)]
    await sandbox.kill_pty(pty.pid)
    assert b"echo hello" in received
    assert await sandbox.list_pty() == []
    with pytest.raises(NotFoundError):
        await sandbox.resize_pty(pty.pid, 10, 10)
