"""The conformance suite on Blaxel, replayed from cassettes in cassettes/blaxel/.

The cassettes were composed (tests/fake_blaxel.py, from specs/blaxel/ and the Blaxel issue's
facts) and are validated against specs/ by tests/test_cassettes.py. Written once, async;
tests/_sync/ holds the generated sync twin, which replays the same cassettes.
"""

from __future__ import annotations

import hashlib
import io

import httpx
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
from tests.blaxel_script import GREETING, TICKS

UNSUPPORTED = {
    "pause",
    "resume",
    "send_stdin",
    "close_stdin",
    "create_pty",
    "resize_pty",
    "kill_pty",
    "list_pty",
    "send_pty_input",
    "pty_output",
}


@pytest.fixture
async def client(blaxel_cassette):
    sandboxer = AsyncSandboxer("blaxel", blaxel_cassette.config)
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


async def test_unsupported_operations_are_refused_without_traffic(blaxel_cassette):
    blaxel_cassette.config["transport"] = httpx.MockTransport(lambda r: pytest.fail(f"sent {r.url}"))
    async with AsyncSandboxer("blaxel", blaxel_cassette.config) as client:
        assert client.capabilities == frozenset(ALL_CAPABILITIES) - UNSUPPORTED
        from sandboxer.providers._async.blaxel import AsyncBlaxelSandbox

        record = {"metadata": {"name": "offline", "url": "https://sbx-offline-fake-ws.us-pdx-1.bl.run"}}
        sb = AsyncBlaxelSandbox(client._provider, record)
        assert isinstance(sb, AsyncSandbox)
        calls = [
            lambda: sb.pause(),
            lambda: sb.resume(),
            lambda: sb.send_stdin(1, "x"),
            lambda: sb.close_stdin(1),
            lambda: sb.list_pty(),
            lambda: sb.create_pty(CreatePTYRequest()),
            lambda: sb.resize_pty(1, 2, 3),
            lambda: sb.kill_pty(1),
            lambda: sb.send_pty_input(1, "x"),
        ]
        for call in calls:
            with pytest.raises(NotSupportedError):
                await call()
        with pytest.raises(NotSupportedError):
            await sb.start_command(StartCommandRequest("cat", stdin=True))
        with pytest.raises(NotSupportedError):
            await client.create_sandbox(CreateSandboxRequest(timeout_seconds=60, auto_destroy=False))


async def test_create_waits_until_deployed_and_maps_the_spec(client):
    sb, info = await client.create_sandbox(
        CreateSandboxRequest(
            template="blaxel/base-image:latest",
            metadata={"owner": "tests"},
            envs={"FROM_CREATE": "yes"},
            cpus=2,
            memory_mb=1024,
            timeout_seconds=600,
            ports=[3000],
        )
    )
    assert info.id == sb.id == "sandboxer-test-1"
    assert info.status == SandboxStatus.RUNNING and info.metadata == {"owner": "tests"}
    assert (info.memory_mb, info.cpus) == (4096, 2)  # memory enough for the CPUs asked for
    assert info.expires_at is not None
    await sb.set_timeout(1200)
    assert (await sb.info()).expires_at > info.expires_at
    assert (await sb.port_url(3000)).startswith("https://")
    await sb.kill()
    assert not await sb.is_running()


async def test_a_sandbox_that_fails_to_deploy_is_an_error_and_removed(client, blaxel_cassette):
    if blaxel_cassette.fake is not None:
        blaxel_cassette.fake.fail_images.add("broken/image:1")
    with pytest.raises(ProviderError) as caught:
        await client.create_sandbox(
            CreateSandboxRequest(template="broken/image:1", metadata={"suite": "broken"})
        )
    assert caught.value.code == "FAILED"
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "broken"})) == []


async def test_list_filters_labels_and_follows_cursors(client, blaxel_cassette):
    if blaxel_cassette.fake is not None:
        blaxel_cassette.fake.page_size = 2
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
        for sandbox_id in made:
            await client.kill_sandbox(sandbox_id)


async def test_error_paths(client, blaxel_cassette):
    with pytest.raises(NotFoundError):
        await client.attach_sandbox("no-such-sandbox")
    if blaxel_cassette.fake is not None:
        blaxel_cassette.fake.inject(
            "GET",
            "/v0/sandboxes",
            429,
            {"code": 429, "error": "RATE_LIMITED", "message": "slow down"},
            headers={"Retry-After": "0"},
        )
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "none"})) == []
    if blaxel_cassette.fake is not None:
        blaxel_cassette.fake.inject(
            "GET",
            "/v0/sandboxes",
            429,
            {"code": 429, "error": "RATE_LIMITED", "message": "slow down"},
            headers={"Retry-After": "0"},
            times=3,
        )
    with pytest.raises(RateLimitError):
        await client.list_sandboxes()


async def test_name_taken_is_a_conflict(client, blaxel_cassette, monkeypatch):
    from sandboxer.providers import blaxel_shapes

    sb, _ = await client.create_sandbox(CreateSandboxRequest())
    monkeypatch.setattr(blaxel_shapes, "new_name", lambda: sb.id)
    with pytest.raises(ConflictError):
        await client.create_sandbox(CreateSandboxRequest())
    await sb.kill()


async def test_refused_key_is_unauthorized(blaxel_cassette):
    blaxel_cassette.config["api_key"] = "wrong-key"
    if blaxel_cassette.fake is not None:
        blaxel_cassette.fake.api_key = "the-right-key"
    async with AsyncSandboxer("blaxel", blaxel_cassette.config) as client:
        with pytest.raises(UnauthorizedError):
            await client.list_sandboxes()


# --- commands ----------------------------------------------------------------------------------


async def test_run_command_streams_apart_env_cwd_user(sandbox):
    result = await sandbox.run_command(RunCommandRequest("echo out; echo err >&2; echo out2; exit 3"))
    assert (result.stdout, result.stderr, result.exit_code) == ("out\nout2\n", "err\n", 3)
    greeting = await sandbox.run_command(
        RunCommandRequest(GREETING, env={"GREETING": "hi there"}, cwd="/tmp", user="root")
    )
    assert greeting.stdout == "hi there from /tmp as root\n"


async def test_streamed_logs_arrive_line_by_line(sandbox):
    seen: list = []
    result = await sandbox.run_command(RunCommandRequest(TICKS), on_stdout=seen.append)
    assert result.stdout == "tick 1\ntick 2\ntick 3\n" and seen == ["tick 1\n", "tick 2\n", "tick 3\n"]


async def test_run_command_timeout(sandbox):
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(RunCommandRequest("echo partial; sleep 30", timeout_seconds=1))
    assert caught.value.result.stdout == "partial\n"


async def test_start_list_kill_and_wait(sandbox):
    pid, handle = await sandbox.start_command(StartCommandRequest("sleep 300"))
    assert pid in {p.pid for p in await sandbox.list_processes()}
    await sandbox.kill_process(pid)
    result = await sandbox.wait_for_handle(handle)
    assert result.exit_code != 0
    with pytest.raises(NotFoundError):
        await sandbox.kill_process(999999)


# --- files -------------------------------------------------------------------------------------


async def test_binary_round_trip_and_missing_file(sandbox):
    blob = bytes(range(256)) * 64
    await sandbox.write_file("/tmp/dir/blob.bin", blob, mode=0o600)
    assert await sandbox.read_file("/tmp/dir/blob.bin") == blob
    assert (await sandbox.stat("/tmp/dir/blob.bin")).size == len(blob)
    with pytest.raises(NotFoundError):
        await sandbox.read_file("/tmp/dir/missing.bin")
    with pytest.raises(InvalidRequestError):
        await sandbox.read_file("relative/path")
    # A file whose name says JSON comes back as an attachment typed JSON: still a file.
    await sandbox.write_file("/tmp/c.json", b'{"a": 1}')
    assert await sandbox.read_file("/tmp/c.json") == b'{"a": 1}'
    # Right under the root: the path keeps its leading slash on the wire (else it is relative).
    await sandbox.write_file("/top.bin", b"\x00top")
    assert await sandbox.read_file("/top.bin") == b"\x00top"
    assert "top.bin" in [e.name for e in await sandbox.list_directory("/")]
    with pytest.raises(InvalidRequestError):
        await sandbox.read_file("/tmp")


async def test_exists_stat_list_make_dir_rename_remove(sandbox):
    await sandbox.make_dir("/tmp/tree/sub")
    await sandbox.write_file("/tmp/tree/five.txt", b"12345")
    assert await sandbox.exists("/tmp/tree/five.txt")
    assert not await sandbox.exists("/tmp/tree/none")
    info = await sandbox.stat("/tmp/tree/five.txt")
    assert (info.name, info.is_dir, info.size) == ("five.txt", False, 5)
    assert [(e.name, e.is_dir) for e in await sandbox.list_directory("/tmp/tree")] == [
        ("five.txt", False),
        ("sub", True),
    ]
    await sandbox.rename("/tmp/tree/five.txt", "/tmp/tree/sub/moved.txt")
    await sandbox.remove("/tmp/tree")
    assert not await sandbox.exists("/tmp/tree")
    with pytest.raises(NotFoundError):
        await sandbox.list_directory("/tmp/tree")


async def test_streamed_upload_and_download_in_parts(sandbox, tmp_path):
    blob = hashlib.sha256(b"seed").digest() * 200_000  # 6.4 MB: two parts
    (tmp_path / "up.bin").write_bytes(blob)
    await sandbox.upload("/tmp/up.bin", tmp_path / "up.bin")
    await sandbox.download("/tmp/up.bin", tmp_path / "down.bin")
    assert (tmp_path / "down.bin").read_bytes() == blob
    sink = io.BytesIO()
    await sandbox.upload("/tmp/empty.bin", io.BytesIO(b""))
    await sandbox.download("/tmp/empty.bin", sink)
    assert sink.getvalue() == b""


async def test_watch_streams_changes(sandbox):
    await sandbox.make_dir("/tmp/watched")
    events = []
    watcher = await sandbox.watch_directory("/tmp/watched", events.append)
    await sandbox.write_file("/tmp/watched/a.txt", b"1")
    await _until(lambda: events)
    await sandbox.remove("/tmp/watched/a.txt")
    await _until(lambda: len(events) >= 2)
    await watcher.stop()
    assert watcher.error is None
    assert [(e.path, e.event_type) for e in events[:1]] == [("/tmp/watched/a.txt", WatchEventType.CREATE)]
    assert ("/tmp/watched/a.txt", WatchEventType.DELETE) in [(e.path, e.event_type) for e in events]
