"""The conformance suite on E2B, replayed from cassettes in cassettes/e2b/.

The cassettes were composed (tests/fake_e2b.py, from specs/e2b/ and the E2B issue's facts) and are
validated against specs/ by tests/test_cassettes.py. Written once, async; tests/_sync/ holds the
generated sync twin, which replays the same cassettes.
"""

from __future__ import annotations

import hashlib
import io

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    ConflictError,
    ConnectionFailedError,
    CreatePTYRequest,
    CreateSandboxRequest,
    InvalidRequestError,
    ListSandboxesFilter,
    NotFoundError,
    NotSupportedError,
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
from tests.read_log import ReadLog


@pytest.fixture
async def client(e2b_cassette):
    sandboxer = AsyncSandboxer("e2b", e2b_cassette.config)
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


# --- lifecycle ---------------------------------------------------------------------------------


async def test_e2b_supports_every_operation(client, sandbox):
    assert isinstance(sandbox, AsyncSandbox)
    assert client.capabilities == frozenset(ALL_CAPABILITIES)
    assert sandbox.capabilities <= client.capabilities
    assert await sandbox.port_url(8080) == f"https://8080-{sandbox.id}.e2b.app"
    with pytest.raises(InvalidRequestError):
        await sandbox.port_url(0)


async def test_create_info_set_timeout_and_kill(client):
    sb, info = await client.create_sandbox(
        CreateSandboxRequest(
            template="base", timeout_seconds=120.5, metadata={"owner": "tests"}, envs={"FROM_CREATE": "yes"}
        )
    )
    assert info.id == sb.id and info.status == SandboxStatus.RUNNING and info.template == "base"
    assert info.metadata == {"owner": "tests"}
    assert (info.expires_at - info.started_at).total_seconds() == pytest.approx(121, abs=1)
    detail = await sb.info()
    assert (detail.cpus, detail.memory_mb) == (2, 512)
    assert detail.metadata == {"owner": "tests"} and detail.status == SandboxStatus.RUNNING
    await sb.set_timeout(600)
    later = await sb.info()
    assert later.expires_at > detail.expires_at
    assert await sb.is_running()
    await sb.kill()
    assert not await sb.is_running()
    with pytest.raises(NotFoundError):
        await sb.info()


async def test_cpus_and_memory_are_refused_before_any_request(e2b_cassette):
    e2b_cassette.config["transport"] = httpx.MockTransport(lambda r: pytest.fail(f"sent {r.url}"))
    async with AsyncSandboxer("e2b", e2b_cassette.config) as client:
        with pytest.raises(NotSupportedError, match="template"):
            await client.create_sandbox(CreateSandboxRequest(cpus=2))
        with pytest.raises(NotSupportedError):
            await client.create_sandbox(CreateSandboxRequest(memory_mb=1024))


async def test_pause_twice_conflicts_and_resume_runs_again(sandbox):
    await sandbox.pause()
    assert not await sandbox.is_running()
    assert (await sandbox.info()).status == SandboxStatus.PAUSED
    with pytest.raises(ConflictError) as caught:
        await sandbox.pause()
    assert caught.value.status_code == 409
    await sandbox.resume()
    assert await sandbox.is_running()
    assert (await sandbox.run_command(RunCommandRequest("echo done"))).stdout == "done\n"


async def test_list_filters_on_the_server_and_follows_pages(client, e2b_cassette):
    if e2b_cassette.fake is not None:
        e2b_cassette.fake.page_size = 2  # so that three sandboxes take two pages
    made = []
    for n in range(3):
        sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "listing", "n": str(n)}))
        made.append(sb.id)
    other, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "other"}))
    try:
        listed = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "listing"}))
        assert sorted(i.id for i in listed) == sorted(made)
        assert all(i.metadata["suite"] == "listing" for i in listed)
        two = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "listing"}, limit=2))
        assert len(two) == 2
    finally:
        for sandbox_id in [*made, other.id]:
            await client.kill_sandbox(sandbox_id)


async def test_cleanup_kills_only_the_sandboxes_we_made(client, e2b_cassette):
    if e2b_cassette.fake is not None:  # one the team made with E2B's own tools: no mark of ours
        async with httpx.AsyncClient(transport=e2b_cassette.fake) as http:
            made = await http.post(
                "https://api.e2b.app/sandboxes",
                headers={"X-API-Key": e2b_cassette.config["api_key"]},
                json={"templateID": "base", "metadata": {"suite": "cleanup"}},
            )
            assert made.status_code == 201
    ours, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "cleanup"}))
    listed = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "cleanup"}))
    assert len(listed) == 2 and {i.managed for i in listed} == {True, False}
    assert [i.id for i in await client.cleanup(metadata_filter={"suite": "cleanup"})] == [ours.id]
    killed = await client.cleanup(metadata_filter={"suite": "cleanup"}, dry_run=False)
    assert [i.id for i in killed] == [ours.id]
    left = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "cleanup"}))
    assert [i.managed for i in left] == [False]  # theirs runs on
    for other in left:
        await client.kill_sandbox(other.id)


async def test_refused_key_is_unauthorized(e2b_cassette):
    e2b_cassette.config["api_key"] = "wrong-key"
    if e2b_cassette.fake is not None:
        e2b_cassette.fake.api_key = "the-right-key"
    async with AsyncSandboxer("e2b", e2b_cassette.config) as client:
        with pytest.raises(UnauthorizedError) as caught:
            await client.list_sandboxes()
    assert caught.value.status_code == 401


async def test_rate_limit_is_retried_after_the_servers_wait(client, e2b_cassette):
    if e2b_cassette.fake is not None:
        e2b_cassette.fake.inject(
            "GET", "/v2/sandboxes", 429, {"code": 429, "message": "slow down"}, headers={"Retry-After": "0"}
        )
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "none-such"})) == []


async def test_rate_limit_that_persists_is_a_typed_error(client, e2b_cassette):
    if e2b_cassette.fake is not None:
        e2b_cassette.fake.inject(
            "GET",
            "/v2/sandboxes",
            429,
            {"code": 429, "message": "slow down"},
            headers={"Retry-After": "0"},
            times=3,
        )
    with pytest.raises(RateLimitError) as caught:
        await client.list_sandboxes()
    assert caught.value.retry_after == 0


# --- commands ----------------------------------------------------------------------------------


async def test_output_callbacks_fire_frame_by_frame(e2b_cassette):
    log: list = []
    e2b_cassette.config["transport"] = ReadLog(e2b_cassette.transport, log)
    async with AsyncSandboxer("e2b", e2b_cassette.config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        log.clear()
        result = await sb.run_command(
            RunCommandRequest("for i in 1 2 3 4 5; do echo tick $i; sleep 0.2; done"),
            on_stdout=lambda text: log.append(("callback", text)),
        )
        await sb.kill()
    assert result.stdout == "".join(f"tick {i}\n" for i in range(1, 6))
    callbacks = [i for i, (kind, _) in enumerate(log) if kind == "callback"]
    reads = [i for i, (kind, _) in enumerate(log) if kind == "read"]
    assert len(callbacks) == 5 and len(reads) >= 7  # start, five data frames, end, end-of-stream
    assert callbacks[0] < reads[-1]  # the first line is delivered before the stream is read whole
    assert all(kind == "read" for kind, _ in log[: callbacks[0]])


async def test_wait_for_a_command_started_elsewhere_reattaches(client, sandbox):
    ticks = "for i in 1 2 3 4 5; do echo tick $i; sleep 0.2; done"
    pid, _ = await sandbox.start_command(StartCommandRequest(ticks))
    elsewhere = await client.attach_sandbox(sandbox.id)
    result = await elsewhere.wait_for_handle(str(pid))  # output from the moment it attached
    assert result.exit_code == 0 and result.stdout.endswith("tick 5\n")
    with pytest.raises(NotFoundError):
        await elsewhere.wait_for_handle("not-a-pid")


# --- files -------------------------------------------------------------------------------------


async def test_write_file_with_mode_and_user(sandbox):
    await sandbox.write_file("/home/user/run.sh", "echo hi\n", mode=0o755, user="user")
    assert await sandbox.read_file("/home/user/run.sh") == b"echo hi\n"
    with pytest.raises(InvalidRequestError):
        await sandbox.write_file("/home/user/bad", b"", mode=0o17777)


async def test_exists_does_not_download(e2b_cassette):
    log: list = []
    e2b_cassette.config["transport"] = ReadLog(e2b_cassette.transport, log)
    async with AsyncSandboxer("e2b", e2b_cassette.config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        await sb.write_file("/tmp/big.bin", b"\x01" * 300_000)
        log.clear()
        assert await sb.exists("/tmp/big.bin")
        await sb.kill()
    assert sum(len(chunk) for kind, chunk in log if kind == "read") < 1000


async def test_streamed_upload_and_download(sandbox, tmp_path):
    blob = hashlib.sha256(b"seed").digest() * 40_000  # 1.28 MB: more than one upload chunk
    source = tmp_path / "up.bin"
    source.write_bytes(blob)
    await sandbox.upload("/tmp/up.bin", source)
    await sandbox.download("/tmp/up.bin", tmp_path / "down.bin")
    assert (tmp_path / "down.bin").read_bytes() == blob
    sink = io.BytesIO()
    await sandbox.upload("/tmp/small.bin", io.BytesIO(b"from a file object"))
    await sandbox.download("/tmp/small.bin", sink)
    assert sink.getvalue() == b"from a file object"


async def test_watch_sees_create_modify_delete(sandbox):
    await sandbox.make_dir("/tmp/watched")
    events = []
    watcher = await sandbox.watch_directory("/tmp/watched", events.append)
    await sandbox.write_file("/tmp/watched/a.txt", b"1")
    await sandbox.remove("/tmp/watched/a.txt")
    for _ in range(200):
        if any(e.event_type == WatchEventType.DELETE for e in events):
            break
        await asleep(0.05)
    await watcher.stop()
    assert watcher.error is None  # stopped, not broken
    kinds = [(e.path, e.event_type) for e in events]
    assert ("/tmp/watched/a.txt", WatchEventType.CREATE) in kinds
    assert ("/tmp/watched/a.txt", WatchEventType.DELETE) in kinds
    with pytest.raises(NotFoundError):
        await sandbox.watch_directory("/tmp/not-there", events.append)


# --- terminals ---------------------------------------------------------------------------------


async def test_terminal_input_output_resize_and_kill(sandbox):
    received = bytearray()
    pty = await sandbox.create_pty(CreatePTYRequest(rows=30, cols=100, on_data=received.extend))
    assert (pty.rows, pty.cols) == (30, 100)
    assert [(p.pid, p.rows, p.cols) for p in await sandbox.list_pty()] == [(pty.pid, 30, 100)]
    await sandbox.send_pty_input(pty.pid, "echo hello\r")
    await sandbox.resize_pty(pty.pid, 40, 120)
    assert [(p.rows, p.cols) for p in await sandbox.list_pty()] == [(40, 120)]
    await sandbox.kill_pty(pty.pid)
    assert b"echo hello" in received
    assert await sandbox.list_pty() == []
    with pytest.raises(NotFoundError):
        await sandbox.resize_pty(pty.pid, 10, 10)


async def test_pausing_under_a_running_stream_is_a_connection_error(sandbox):
    pid, handle = await sandbox.start_command(StartCommandRequest("sleep 300"))
    await sandbox.pause()
    with pytest.raises(ConnectionFailedError):
        await sandbox.wait_for_handle(handle)
    await sandbox.resume()


async def test_watcher_can_stop_itself_from_its_callback(sandbox):
    await sandbox.make_dir("/tmp/selfstop")
    events = []
    watcher = None

    async def on_event(event):
        events.append(event)
        while watcher is None:  # replayed events may come before watch_directory has returned
            await asleep(0.01)
        await watcher.stop()  # from inside: must neither deadlock nor raise

    watcher = await sandbox.watch_directory("/tmp/selfstop", on_event)
    await sandbox.write_file("/tmp/selfstop/one.txt", b"1")
    for _ in range(200):
        if events:
            break
        await asleep(0.05)
    await watcher.stop()
    assert events and watcher.error is None


async def test_failed_download_keeps_the_local_file_and_text_sources_are_refused(sandbox, tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"precious")
    with pytest.raises(NotFoundError):
        await sandbox.download("/tmp/no-such-file", precious)
    assert precious.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["precious.txt"]  # no partial file left behind
    with open(precious) as text_mode, pytest.raises(InvalidRequestError):
        await sandbox.upload("/tmp/from-text", text_mode)


async def test_close_stops_background_readers(e2b_cassette):
    client = AsyncSandboxer("e2b", e2b_cassette.config)
    sb, _ = await client.create_sandbox(CreateSandboxRequest(timeout_seconds=30))  # ends by itself
    await sb.start_command(StartCommandRequest("sleep 300"))
    await sb.create_pty(CreatePTYRequest())
    provider = client._provider
    await client.close()  # the sandbox keeps running (it has a lifetime); our readers must not
    assert not provider._pumps
