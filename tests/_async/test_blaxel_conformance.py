"""The conformance suite on Blaxel, replayed from cassettes in cassettes/blaxel/.

Only what is Blaxel's own: the behaviours every provider shares are the contract suite's
(tests/contract/). The cassettes were composed by tests/fake_blaxel.py, a model of Blaxel's control
plane (specs/blaxel/) and of its sandbox API (blaxel-ai/sandbox's sandbox-api source), and are
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
from tests.blaxel_script import BIG, BIG_TEXT, PROGRESS, PTY_BYTES, SPLIT, THREE_MINUTES

UNSUPPORTED = {
    "send_stdin",
    "close_stdin",
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
            lambda: sb.send_stdin(1, "x"),
            lambda: sb.close_stdin(1),
        ]
        for call in calls:
            with pytest.raises(NotSupportedError):
                await call()
        with pytest.raises(NotSupportedError):
            await sb.start_command(StartCommandRequest("cat", stdin=True))
        with pytest.raises(NotSupportedError):
            await client.create_sandbox(CreateSandboxRequest(timeout_seconds=60, auto_destroy=False))


async def test_a_record_without_a_url_is_reached_through_the_run_url(blaxel_cassette):
    blaxel_cassette.config["transport"] = httpx.MockTransport(lambda r: pytest.fail(f"sent {r.url}"))
    async with AsyncSandboxer("blaxel", blaxel_cassette.config) as client:
        from sandboxer.providers._async.blaxel import AsyncBlaxelSandbox

        sb = AsyncBlaxelSandbox(client._provider, {"metadata": {"name": "early"}})
        assert sb._url == "https://run.blaxel.ai/fake-ws/sandboxes/early"  # as the SDKs (py action.py:18-27)


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


async def test_previews_are_public_unless_asked_private_which_come_with_a_token(blaxel_cassette, monkeypatch):
    from sandboxer.providers import blaxel_shapes

    # the token's expiry, computed from the clock: fixed, so the replayed request is the recorded one
    monkeypatch.setattr(blaxel_shapes, "in_seconds", lambda seconds: "2026-10-02T12:00:00Z")
    async with AsyncSandboxer("blaxel", blaxel_cassette.config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest(ports=[3000]))
        url, token = await sb.preview_link(3000)
        assert url.startswith("https://") and token == ""  # public: anyone with the URL
        await sb.kill()
    blaxel_cassette.config["public_previews"] = False
    async with AsyncSandboxer("blaxel", blaxel_cassette.config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest(ports=[3000]))
        url, token = await sb.preview_link(3000)
        assert url.startswith("https://") and token  # for X-Blaxel-Preview-Token
        assert await sb.port_url(3000) == url
        if blaxel_cassette.fake is not None:
            assert blaxel_cassette.fake.sandboxes[sb.id].previews["port-3000"]["spec"]["public"] is False
        await sb.kill()


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
# The generic behaviours (exit codes, env/cwd/user, kills, timeouts, files, listings) are the contract
# suite's (tests/contract/); what stays here is Blaxel's own. What depends on time as it passes is in
# tests/_async/test_blaxel_on_fake.py (a replayed stream comes back whole at once).


async def test_run_command_streams_apart_env_cwd_user(sandbox):
    # tests/test_faults.py replays this test's cassette (a create, then this command).
    result = await sandbox.run_command(RunCommandRequest(SPLIT))
    assert (result.stdout, result.stderr, result.exit_code) == ("out\nout2\n", "err\n", 3)


async def test_output_arrives_byte_exact_with_its_carriage_returns(sandbox):
    # The streamed exec's events name their stream: a progress bar's "\r" and a line cut between
    # two writes reach the callbacks as written, stderr apart (the followed log prefixed each piece
    # the API read, not each line, and its lines were split at "\r" too).
    seen: dict[str, list[str]] = {"out": [], "err": []}
    result = await sandbox.run_command(
        RunCommandRequest(PROGRESS), on_stdout=seen["out"].append, on_stderr=seen["err"].append
    )
    assert ("".join(seen["out"]), "".join(seen["err"])) == ("half\rfull\rxy\n", "err\n")
    assert (result.stdout, result.stderr, result.exit_code) == ("half\rfull\rxy\n", "err\n", 0)


async def test_a_three_minute_command_returns_its_whole_result(sandbox, blaxel_cassette):
    # The edge in front of a sandbox answers 504 to a request silent for ~60 s (one long wait for
    # the process was); the streamed exec's keepalives come every 5 s. Time is simulated in the fake.
    if blaxel_cassette.fake is not None:
        blaxel_cassette.fake.time_scale = 0.001
    result = await sandbox.run_command(RunCommandRequest(THREE_MINUTES))
    assert (result.stdout, result.exit_code, result.error) == ("done\n", 0, None)


async def test_a_200_kb_output_comes_back_byte_exact(sandbox):
    # A process record inlines only the last 64 KiB of each stream: the rest is read from its logs.
    seen: list[str] = []
    result = await sandbox.run_command(RunCommandRequest(BIG), on_stdout=seen.append)
    assert (result.stdout == BIG_TEXT, "".join(seen) == BIG_TEXT, result.error) == (True, True, None)
    _, handle = await sandbox.start_command(StartCommandRequest(BIG))
    assert (await sandbox.wait_for_handle(handle)).stdout == BIG_TEXT


async def test_a_create_whose_answer_was_lost_leaves_no_sandbox(client, blaxel_cassette):
    # The control plane goes on deploying after the edge's 504: the sandbox is looked up by name
    # and deleted; the create's error is raised, the create never sent again.
    if blaxel_cassette.fake is not None:
        blaxel_cassette.fake.slow_creates = 1
    with pytest.raises(ProviderError) as caught:
        await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "slow-create"}))
    assert caught.value.status_code == 504
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "slow-create"})) == []


async def test_create_asks_for_the_sdks_memory_and_warns_without_a_region(client, caplog):
    sb, info = await client.create_sandbox(CreateSandboxRequest())
    assert (info.memory_mb, info.cpus) == (4096, 2)  # the SDK's default (py sandbox.py:384)
    assert "no region set" in caplog.text
    await sb.kill()


async def test_killing_an_unknown_or_ended_process_is_not_found(sandbox):
    pid, handle = await sandbox.start_command(StartCommandRequest("echo done"))
    assert (await sandbox.wait_for_handle(handle)).stdout == "done\n"
    with pytest.raises(NotFoundError):
        await sandbox.kill_process(pid)  # ended: the API's kill finds no such process
    with pytest.raises(NotFoundError):
        await sandbox.kill_process(999999)


# --- files -------------------------------------------------------------------------------------


async def test_a_json_file_and_a_file_under_the_root_are_files(sandbox):
    # A file whose name says JSON comes back as an attachment typed JSON: still a file.
    await sandbox.write_file("/tmp/c.json", b'{"a": 1}')
    assert await sandbox.read_file("/tmp/c.json") == b'{"a": 1}'
    # Right under the root: the path keeps its leading slash on the wire (else it is relative).
    await sandbox.write_file("/top.bin", b"\x00top")
    assert await sandbox.read_file("/top.bin") == b"\x00top"
    assert "top.bin" in [e.name for e in await sandbox.list_directory("/")]
    assert (await sandbox.stat("/top.bin")).size == 4


async def test_write_file_sets_the_mode_of_a_file_that_was_there(sandbox):
    # The API opens the file O_CREATE|O_TRUNC with the mode asked for: a file already there keeps
    # its own, a new one loses what the umask takes (and setuid): a chmod follows.
    await sandbox.write_file("/tmp/moded.sh", b"#!/bin/sh\n")
    await sandbox.write_file("/tmp/moded.sh", b"#!/bin/sh\ntrue\n", mode=0o775)
    assert (await sandbox.stat("/tmp/moded.sh")).mode == 0o775
    await sandbox.write_file("/tmp/setuid", b"x", mode=0o4755)
    assert (await sandbox.stat("/tmp/setuid")).mode == 0o4755  # Go's ModeSetuid read back as 0o4000


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


# --- terminals (the API's WebSocket: JSON frames) ----------------------------------------------


def _session(blaxel_cassette, sb):
    """The fake's one terminal session of this sandbox (None when replaying)."""
    if blaxel_cassette.fake is None:
        return None
    (session,) = blaxel_cassette.fake.sandboxes[sb.id].terminals.values()
    return session


async def test_a_terminal_carries_text_both_ways_resizes_and_is_killed(sandbox, blaxel_cassette):
    got = bytearray()
    pty = await sandbox.create_pty(CreatePTYRequest(command=PTY_BYTES, on_data=got.extend))
    assert (pty.rows, pty.cols) == (24, 80)
    # The server sends each PTY read as a JSON string: a character cut between two reads and a
    # byte that is no UTF-8 arrive as U+FFFD (srv handler/terminal.go:246-249); the rest exactly.
    printed = "\x1b[0m" + "café \ufffd\ufffd" + "\ufffd \ufffd\n"
    await _until(lambda: len(got) >= len(printed.encode()))
    assert bytes(got) == printed.encode()
    got.clear()
    await sandbox.send_pty_input(pty.pid, "héllo ✓")
    await sandbox.send_pty_input(pty.pid, " ü\r".encode())
    echoed = "héllo ✓ ü\r\n".encode()
    await _until(lambda: len(got) >= len(echoed))
    assert bytes(got) == echoed  # the PTY's echo, every byte as typed
    with pytest.raises(InvalidRequestError):
        await sandbox.send_pty_input(pty.pid, b"\xff")  # a JSON string carries no such byte
    await sandbox.resize_pty(pty.pid, 50, 132)
    assert [(p.rows, p.cols) for p in await sandbox.list_pty()] == [(50, 132)]
    session = _session(blaxel_cassette, sandbox)
    if session is not None:
        await _until(lambda: (session.rows, session.cols) == (50, 132))
        assert (session.rows, session.cols) == (50, 132)
    await sandbox.kill_pty(pty.pid)
    assert await sandbox.list_pty() == []
    if session is not None:  # the session itself ended, its files gone: not only our connection
        assert session.dead.is_set()
        assert not [p for p in session.fs.entries if p.startswith("/tmp/sandboxer-")]
    with pytest.raises(NotFoundError):
        await sandbox.send_pty_input(pty.pid, "x")


async def test_a_terminal_that_cannot_start_is_a_typed_error(sandbox, blaxel_cassette):
    # The server's "error" frame, then the connection dropped (srv handler/terminal.go:185-193)
    with pytest.raises(NotFoundError, match="fork/exec .*: no such file or directory"):
        await sandbox.create_pty(CreatePTYRequest(cwd="/no/such/dir"))
    assert await sandbox.list_pty() == []
    if blaxel_cassette.fake is not None:  # the launcher that never ran is not left behind
        fs = blaxel_cassette.fake.sandboxes[sandbox.id].fs
        assert not [p for p in fs.entries if p.startswith("/tmp/sandboxer-")]


async def test_a_shell_that_exits_is_unlisted_once_the_server_drops_it(sandbox, blaxel_cassette):
    # The server sees the shell's end only at the client's next message, then drops the
    # connection without a close frame (srv handler/terminal.go:264-288)
    pty = await sandbox.create_pty(CreatePTYRequest())
    await sandbox.send_pty_input(pty.pid, "exit\r")
    session = _session(blaxel_cassette, sandbox)
    if session is not None:
        await _until(session.dead.is_set)
    assert [p.pid for p in await sandbox.list_pty()] == [pty.pid]  # nothing said yet
    await sandbox.send_pty_input(pty.pid, "\r")
    for _ in range(200):
        if not await sandbox.list_pty():
            break
        await asleep(0.01)
    assert await sandbox.list_pty() == []
    with pytest.raises(NotFoundError):
        await sandbox.resize_pty(pty.pid, 10, 10)
