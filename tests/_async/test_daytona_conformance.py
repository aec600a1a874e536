"""What only Daytona does, replayed from cassettes in cassettes/daytona/ (what every provider does
alike is the contract suite's: tests/contract/).

The cassettes were composed (tests/fake_daytona.py, from specs/daytona/ and the Daytona issue's
facts) and are validated against specs/ by tests/test_cassettes.py. Written once, async;
tests/_sync/ holds the generated sync twin, which replays the same cassettes.
"""

from __future__ import annotations

import httpx
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
    StartCommandRequest,
    UnauthorizedError,
    WatchEventType,
)
from sandboxer._concurrency import asleep
from sandboxer._transport._async import http as transport_http
from sandboxer.capabilities import ALL_CAPABILITIES
from sandboxer.provider import AsyncSandbox
from sandboxer.providers import daytona_shapes
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


def _api(cassette) -> httpx.AsyncClient:
    """The control plane, asked directly (another client: what it does is recorded too)."""
    return httpx.AsyncClient(
        transport=cassette.transport,
        base_url="https://app.daytona.io/api",
        headers={"Authorization": f"Bearer {cassette.config['api_key']}"},
    )


async def _state(api: httpx.AsyncClient, sandbox_id: str, wanted: str) -> dict:
    for _ in range(50):
        record = (await api.get(f"/sandbox/{sandbox_id}")).json()
        if record["state"] == wanted:
            return record
    raise AssertionError(f"sandbox {sandbox_id} never reached {wanted}: {record['state']}")


@pytest.fixture
def fixed_create_mark(monkeypatch):
    """The unique label each create carries, fixed: the cassette holds the lookup made by it."""
    monkeypatch.setattr(daytona_shapes, "new_create_mark", lambda: "create-mark-1", raising=False)


async def test_create_waits_until_started_and_maps_resources(client):
    """The API refuses cpu/memory beside a snapshot (400): with resources the template is an image,
    built to that size (buildInfo), waited for through pending_build. (tests/test_faults.py
    replays this cassette.)"""
    sb, info = await client.create_sandbox(
        CreateSandboxRequest(
            template="python:3.12",
            metadata={"owner": "tests"},
            envs={"FROM_CREATE": "yes"},
            cpus=1.5,
            memory_mb=1500,
            timeout_seconds=90,
            auto_destroy=True,
        )
    )
    assert info.status == SandboxStatus.RUNNING and info.metadata == {"owner": "tests"}
    assert (info.cpus, info.memory_mb) == (2, 2048)  # whole cores and GB, rounded up
    assert (await sb.info()).status == SandboxStatus.RUNNING
    await sb.set_timeout(600)
    assert await sb.is_running()
    await sb.kill()
    assert not await sb.is_running()
    with pytest.raises(InvalidRequestError, match="template"):
        await client.create_sandbox(CreateSandboxRequest(cpus=2))


async def test_timeout_is_a_lifetime_and_target_and_idle_stop_are_sent(daytona_cassette):
    daytona_cassette.config["extra"] = {"target": "eu", "auto_stop_minutes": 0}
    async with AsyncSandboxer("daytona", daytona_cassette.config) as client, _api(daytona_cassette) as api:
        sb, _ = await client.create_sandbox(CreateSandboxRequest(timeout_seconds=90, auto_destroy=True))
        record = (await api.get(f"/sandbox/{sb.id}")).json()
        assert (record["target"], record["autoStopInterval"], record["autoDeleteInterval"]) == ("eu", 0, 0)
        assert record["autoDestroyAt"]  # ttlMinutes: destroyed 2 minutes after creation
        await sb.set_timeout(600)  # POST /sandbox/{id}/ttl/10: re-anchored now
        assert (await api.get(f"/sandbox/{sb.id}")).json()["autoDestroyAt"] != record["autoDestroyAt"]
        await sb.kill()


async def test_a_create_that_failed_to_start_is_found_and_deleted(client, daytona_cassette, fixed_create_mark):
    """The API answers 400 "Sandbox failed to start" after making the sandbox (no id given): it is
    found by its create's unique label, and deleted."""
    if daytona_cassette.fake is not None:
        daytona_cassette.fake.fail_start.add("broken-snapshot")
    with pytest.raises(ProviderError) as caught:
        await client.create_sandbox(CreateSandboxRequest(template="broken-snapshot", metadata={"suite": "broken"}))
    assert caught.value.code == "error" and "broken" in caught.value.message
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "broken"})) == []


async def test_pause_is_for_vms_and_returns_once_paused(client, sandbox, daytona_cassette):
    """A container (the default class) cannot pause: refused before anything is sent. A VM pauses,
    and pause returns once it is paused, so resume and kill right after work."""
    with pytest.raises(NotSupportedError) as caught:
        await sandbox.pause()
    assert (caught.value.provider, caught.value.operation) == ("daytona", "pause")
    assert await sandbox.is_running()
    if daytona_cassette.fake is not None:
        daytona_cassette.fake.vm_snapshots.add("vm-snapshot")
    vm, _ = await client.create_sandbox(CreateSandboxRequest(template="vm-snapshot"))
    await vm.pause()
    assert (await vm.info()).status == SandboxStatus.PAUSED
    await vm.resume()
    assert await vm.is_running()
    await vm.pause()
    await vm.kill()
    assert not await vm.is_running()


async def test_a_kill_while_the_sandbox_changes_state_waits_for_the_change(sandbox, daytona_cassette):
    """DELETE during a transition is 409 "state change in progress": asked again until it ends."""
    async with _api(daytona_cassette) as api:
        assert (await api.post(f"/sandbox/{sandbox.id}/stop")).json()["state"] == "stopping"
        await sandbox.kill()
        assert (await api.get(f"/sandbox/{sandbox.id}")).status_code == 404


async def test_sessions_lost_with_a_stop_are_made_again(sandbox, daytona_cassette):
    """Sessions live in the daemon's memory: stopped and started by another client, the sandbox has
    none; the next command makes a new one and runs (once: it never started). resume() forgets them."""
    assert (await sandbox.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
    async with _api(daytona_cassette) as api:
        await api.post(f"/sandbox/{sandbox.id}/stop")
        await _state(api, sandbox.id, "stopped")
        await api.post(f"/sandbox/{sandbox.id}/start")
        await _state(api, sandbox.id, "started")
    assert (await sandbox.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
    async with _api(daytona_cassette) as api:
        await api.post(f"/sandbox/{sandbox.id}/stop")
        await _state(api, sandbox.id, "stopped")
    await sandbox.resume()
    assert (await sandbox.run_command(RunCommandRequest("echo done"))).stdout == "done\n"


async def test_a_stopped_sandbox_is_not_running_not_a_missing_file(sandbox, daytona_cassette):
    """The proxy answers a stopped sandbox's toolbox with 400 "... Is the Sandbox started?": not a
    bad request, and never "no such file" (exists() must not say False)."""
    await sandbox.write_file("/tmp/kept.txt", b"kept")
    async with _api(daytona_cassette) as api:
        await api.post(f"/sandbox/{sandbox.id}/stop")
        await _state(api, sandbox.id, "stopped")
    with pytest.raises(ProviderError) as caught:
        await sandbox.exists("/tmp/kept.txt")
    assert caught.value.code == "not_running" and not isinstance(caught.value, NotFoundError | InvalidRequestError)


async def test_a_file_permission_error_is_no_refused_key(sandbox, daytona_cassette):
    """The daemon's 403 is os.IsPermission (every fs handler), with an empty body."""
    if daytona_cassette.fake is not None:
        daytona_cassette.fake.inject("GET", r".*/files/download", 403)
    with pytest.raises(ProviderError) as caught:
        await sandbox.read_file("/root/secret")
    assert caught.value.code == "permission_denied" and not isinstance(caught.value, UnauthorizedError)


async def test_closing_the_client_leaves_background_work_running(daytona_cassette):
    """Deleting a session kills all it started (daemon pkg/session/delete.go:44-69): close() deletes
    none, so what a command left in the background outlives the client."""
    log: list = []
    daytona_cassette.config["transport"] = ReadLog(daytona_cassette.transport, log, requests=True)
    async with AsyncSandboxer("daytona", daytona_cassette.config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        assert (await sb.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
    assert not [what for kind, what in log if kind == "request" and what.startswith("DELETE")]
    if daytona_cassette.fake is not None:
        assert daytona_cassette.fake.sandboxes[sb.id].sessions  # still there, with what it runs
    daytona_cassette.config["transport"] = daytona_cassette.transport
    async with AsyncSandboxer("daytona", daytona_cassette.config) as client:
        await client.kill_sandbox(sb.id)


async def test_retry_after_named_for_the_limit_is_waited_for(client, daytona_cassette, monkeypatch):
    """Daytona names its retry hint after the limit hit: Retry-After-<throttler> (docs limits.mdx)."""
    waits: list = []

    async def wait(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(transport_http, "asleep", wait)
    if daytona_cassette.fake is not None:
        daytona_cassette.fake.inject(
            "GET", "/api/sandbox", 429, {"statusCode": 429, "message": "ThrottlerException: Too Many Requests"},
            headers={"Retry-After-authenticated": "3", "X-RateLimit-Remaining-authenticated": "0"},
        )  # fmt: skip
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "none"})) == []
    assert waits == [3.0]


async def test_a_daemon_before_upload_v2_takes_bulk_uploads(client, daytona_cassette):
    """Daemons from before July 2026 (self-hosted; a sandbox not restarted since) lack
    /files/upload-v2 (gin's 404), ignore depth and give FileInfo no path."""
    if daytona_cassette.fake is not None:
        daytona_cassette.fake.legacy_daemon = True
    sb, _ = await client.create_sandbox(CreateSandboxRequest())
    await sb.write_file("/tmp/docs/a.txt", b"one")  # 404, then bulk-upload
    await sb.write_file("/tmp/b.txt", b"two", mode=0o600)  # bulk-upload at once
    assert (await sb.read_file("/tmp/docs/a.txt"), await sb.read_file("/tmp/b.txt")) == (b"one", b"two")
    info = await sb.stat("/tmp/b.txt")
    assert (info.path, info.mode, info.size) == ("/tmp/b.txt", 0o600, 3)
    assert [e.path for e in await sb.list_directory("/tmp")] == ["/tmp/b.txt", "/tmp/docs"]
    await sb.kill()


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


async def test_a_terminal_the_daemon_cannot_connect_is_an_error(sandbox, daytona_cassette):
    """A connect to a terminal the daemon does not have still upgrades (101), then sends a control
    "error" and drops the connection (pty/controller.go:189-217): create_pty raises, not a terminal
    that seems to have ended."""
    if daytona_cassette.fake is not None:  # made, and gone before the connect (another client's delete)
        daytona_cassette.fake.inject("POST", r".*/process/pty", 201, {"sessionId": "sandboxer-pty-1"})
    with pytest.raises(ProviderError, match="Failed to connect|not found"):
        await sandbox.create_pty(CreatePTYRequest(command="echo hi"))
    assert await sandbox.list_pty() == []


async def test_terminal_input_and_output(sandbox):
    received = bytearray()
    pty = await sandbox.create_pty(CreatePTYRequest(rows=30, cols=100, on_data=received.extend))
    await sandbox.send_pty_input(pty.pid, "echo hello\r")
    await _until(lambda: b"echo hello" in received)
    await sandbox.kill_pty(pty.pid)
    assert b"echo hello" in received
