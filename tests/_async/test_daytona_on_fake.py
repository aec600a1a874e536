"""Daytona as its API and daemon behave (issue 17), against tests/fake_daytona.py directly, not a
cassette: what is tested here is what is left on the server (sandboxes, sessions), how the client
reads (a slow on_data) or answers a replay cannot tell. Written once, async; tests/_sync/ holds the
generated sync twin (the same fake, served to a sync client by tests.sync_bridge.Served)."""

from __future__ import annotations

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CreatePTYRequest,
    CreateSandboxRequest,
    InvalidRequestError,
    NotFoundError,
    ProviderError,
    RunCommandRequest,
    SandboxerError,
    SandboxerTimeoutError,
)
from sandboxer._concurrency import AsyncBackground, asleep
from sandboxer.providers import daytona_shapes
from sandboxer.providers._async import waiting
from tests.daytona_script import COMMANDS, run, sh
from tests.fake_daytona import SLOW_CONSUMER, FakeDaytona
from tests.recording import Recording
from tests.sync_bridge import AsyncServed

KEY = "dtn-fake-key"
API = "https://app.daytona.io/api"
SLOW = "sleep 0.2; echo slow"
BURST = 10


async def _no_sleep(_seconds: float) -> None:
    """The polls' pauses: the fake's clock is its requests (one second each), not the wall clock."""


@pytest.fixture
def fake(monkeypatch) -> FakeDaytona:
    monkeypatch.setattr(waiting, "asleep", _no_sleep)
    commands = {**COMMANDS, run(SLOW): sh(SLOW, [("sleep", 0.2), ("stdout", "slow\n"), ("exit", 0)])}
    return FakeDaytona(api_key=KEY, commands=commands)


@pytest.fixture
def transport(fake):
    """One transport per test: the client's, and the other client's (`_api`) beside it."""
    return AsyncServed(fake)


def _client(transport, **extra) -> AsyncSandboxer:
    return AsyncSandboxer("daytona", {"api_key": KEY, "transport": transport, **extra})


def _api(transport) -> httpx.AsyncClient:
    """Another client of the control plane (auto-stop, the dashboard, a second program). Never
    closed here: closing it would close the transport the test's client still uses."""
    return httpx.AsyncClient(transport=transport, base_url=API, headers={"Authorization": f"Bearer {KEY}"})


async def _state(api: httpx.AsyncClient, sandbox_id: str, wanted: str) -> None:
    for _ in range(50):
        if (await api.get(f"/sandbox/{sandbox_id}")).json()["state"] == wanted:
            return
    raise AssertionError(f"sandbox {sandbox_id} never reached {wanted}")


class _LostAnswer(Recording):
    """The create reaches the server; its answer never comes back (a read timeout)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if request.method == "POST" and request.url.path == "/api/sandbox":
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


# --- item 4: no failure path leaves a sandbox behind -----------------------------------------------


async def test_a_create_answered_failed_to_start_leaves_nothing(fake, transport):
    """400 "Sandbox failed to start" comes after the sandbox was made (no id in it): found by the
    create's unique label, and deleted."""
    fake.fail_start.add("broken")
    async with _client(transport) as client:
        with pytest.raises(ProviderError, match="failed to start"):
            await client.create_sandbox(CreateSandboxRequest(template="broken"))
        assert fake.sandboxes == {}


async def test_a_create_whose_answer_was_lost_leaves_nothing(fake, transport):
    async with _client(_LostAnswer(transport)) as client:
        with pytest.raises(SandboxerError):
            await client.create_sandbox(CreateSandboxRequest())
        assert fake.sandboxes == {}


async def test_a_create_not_started_in_time_leaves_nothing(fake, transport):
    """Still starting when the client gives up: its delete is 409 "state change in progress" until
    the start ends, and asked again until then."""
    fake.slow_starts["slow"] = 40  # still starting when the server answers (after 30 s)
    recorded = Recording(transport)
    async with _client(recorded, start_timeout_seconds=1e-6) as client:
        with pytest.raises(SandboxerTimeoutError):
            await client.create_sandbox(CreateSandboxRequest(template="slow"))
        assert fake.sandboxes == {}
    deletes = [status for method, _, status in recorded.seen if method == "DELETE"]
    assert deletes[0] == 409 and deletes[-1] == 200


async def test_a_kill_during_a_stop_waits_and_deletes(fake, transport):
    async with _client(transport) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        assert (await _api(transport).post(f"/sandbox/{sb.id}/stop")).json()["state"] == "stopping"
        await sb.kill()
        assert fake.sandboxes == {}


# --- items 3 and 5: sessions kept (background work outlives them), lost ones made again ------------


@pytest.fixture
async def sandbox(fake, transport):
    async with _client(transport) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        yield sb, fake.sandboxes[sb.id]


async def test_a_burst_s_sessions_are_all_kept_and_reused(sandbox):
    sb, record = sandbox
    runs = [AsyncBackground(sb.run_command, RunCommandRequest(SLOW)) for _ in range(BURST)]
    assert [(await r.join()).stdout for r in runs] == ["slow\n"] * BURST
    # All are kept for the next commands, none deleted: deleting a session kills what its command
    # left running (daemon pkg/session/delete.go:44-69).
    assert len(record.sessions) == BURST == len(sb._sessions)
    before = set(record.sessions)
    await sb.run_command(RunCommandRequest(SLOW))  # the next one takes an idle one: none made
    assert set(record.sessions) == before


async def test_a_session_whose_command_failed_is_deleted(fake, sandbox):
    sb, record = sandbox
    await sb.run_command(RunCommandRequest(SLOW))
    (kept,) = record.sessions
    fake.inject("POST", r".*/process/session/[^/]+/exec", 500, {"message": "failed to execute command: EOF"})
    with pytest.raises(ProviderError):
        await sb.run_command(RunCommandRequest(SLOW))
    assert kept not in record.sessions  # whatever may still run in it went with it


async def test_a_session_whose_command_gave_no_exit_code_is_deleted(fake, sandbox):
    sb, record = sandbox
    await sb.run_command(RunCommandRequest(SLOW))
    (kept,) = record.sessions
    fake.inject("POST", r".*/process/session/[^/]+/exec", 200, {"cmdId": "cmd-x", "output": ""})
    result = await sb.run_command(RunCommandRequest(SLOW))
    assert result.exit_code == -1 and result.error  # said, not made up
    assert kept not in record.sessions


async def test_resume_forgets_the_sessions_the_stop_lost(fake, transport):
    """A stop loses the daemon's sessions (they live in its memory): after resume() the next command
    makes a session at once, never sending its line to one the daemon no longer has."""
    recorded = Recording(transport)
    async with _client(recorded) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        assert (await sb.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
        api = _api(transport)
        await api.post(f"/sandbox/{sb.id}/stop")
        await _state(api, sb.id, "stopped")
        await sb.resume()
        recorded.seen.clear()
        assert (await sb.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
        sent = [(method, path.rsplit("/", 1)[-1], status) for method, path, status in recorded.seen]
        assert sent == [("POST", "session", 201), ("POST", "exec", 200)]
        await sb.kill()


async def test_a_session_another_client_s_restart_lost_is_made_again_and_the_line_run_once(fake, transport):
    """Stopped and started by another client, the daemon has none of our sessions: the exec is
    answered 500 "session not found" (execute.go:69 wraps the NotFound); the line never started, so
    it is sent once more, in a new session, and runs once."""
    recorded = Recording(transport)
    async with _client(recorded) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        assert (await sb.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
        api = _api(transport)
        await api.post(f"/sandbox/{sb.id}/stop")
        await _state(api, sb.id, "stopped")
        await api.post(f"/sandbox/{sb.id}/start")
        await _state(api, sb.id, "started")
        recorded.seen.clear()
        assert (await sb.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
        execs = [status for _, path, status in recorded.seen if path.endswith("/exec")]
        assert execs == [500, 200]
        assert [len(commands) for commands in fake.sandboxes[sb.id].sessions.values()] == [1]
        await sb.kill()


async def test_closing_the_client_leaves_its_sessions_and_what_they_run(fake, transport):
    """Deleting a session kills all it started (daemon pkg/session/delete.go:44-69): close() deletes
    none, so a server a command left in the background outlives the client."""
    recorded = Recording(transport)
    client = _client(recorded)
    sb, _ = await client.create_sandbox(CreateSandboxRequest())
    assert (await sb.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
    record = fake.sandboxes[sb.id]
    await client.close()
    assert [path for method, path, _ in recorded.seen if method == "DELETE"] == []
    assert len(record.sessions) == 1


# --- item 7: a sandbox that is not running is said so ---------------------------------------------


async def test_an_archived_sandbox_is_not_running_not_a_missing_file(fake, sandbox):
    """The proxy answers an archived sandbox's toolbox with 404 "sandbox container not found"
    (daytonaio/daytona#4632): exists() must raise that, never answer False."""
    sb, record = sandbox
    await sb.write_file("/tmp/kept.txt", b"kept")
    record.state = "archived"  # stopped, then archived by its auto-archive interval
    with pytest.raises(ProviderError) as caught:
        await sb.exists("/tmp/kept.txt")
    assert caught.value.code == "not_running" and not isinstance(caught.value, NotFoundError)


# --- item 8: a daemon from before upload-v2 -------------------------------------------------------


async def test_bulk_uploads_name_the_file_part_whatever_the_path_says(fake, transport):
    """/files/bulk-upload reads `files[0].path`, then `files[0].file` (upload_files.go): a path that
    itself reads like a part header must stay data, and the file still arrive."""
    fake.legacy_daemon = True
    path = '/tmp/name="file"; filename=x.txt'
    async with _client(transport) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        await sb.write_file(path, b"one")  # 404 from upload-v2, then bulk-upload
        await sb.write_file(path, b"two")  # bulk-upload at once
        assert await sb.read_file(path) == b"two"
        await sb.kill()


async def test_a_daemon_whose_bulk_upload_answers_nothing_still_takes_uploads(fake, transport):
    """Daemons up to v0.170 answer 200 with no body (upload_files.go@v0.170.0:95): nothing to check
    the file against, and the upload is no error."""
    fake.legacy_daemon = fake.bulk_upload_says_nothing = True
    async with _client(transport) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        await sb.write_file("/tmp/old.txt", b"one")
        assert await sb.read_file("/tmp/old.txt") == b"one"
        await sb.kill()


async def test_a_path_the_bulk_upload_would_trim_is_refused_there(fake, transport):
    """The older daemon takes strings.TrimSpace of a bulk upload's path (upload_files.go): a path
    with a space at an end would be written as another file, so it is refused before sending."""
    fake.legacy_daemon = True
    async with _client(transport) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        await sb.write_file("/tmp/first.txt", b"one")  # 404 from upload-v2: this sandbox bulk-uploads
        with pytest.raises(InvalidRequestError, match="trims spaces"):
            await sb.write_file("/tmp/name ", b"two")
        assert not await sb.exists("/tmp/name")
        await sb.kill()


# --- item 9: terminals read at once, however slow on_data is ---------------------------------------


async def test_a_slow_on_data_loses_nothing_and_the_client_is_not_dropped(sandbox):
    """The daemon drops a client whose queue of output is full (close 1008 "slow consumer",
    pty/websocket.go:96-113): the output is read at once and on_data fed from a buffer."""
    sb, _ = sandbox
    received = bytearray()

    async def slow(data: bytes) -> None:
        await asleep(0.01)
        received.extend(data)

    pty = await sb.create_pty(CreatePTYRequest(on_data=slow))
    chunk = b"y" * 4096
    count = 2 * SLOW_CONSUMER // len(chunk)  # twice what the daemon lets a client fall behind
    for _ in range(count):
        await sb.send_pty_input(pty.pid, chunk)  # echoed back
        await asleep(0.001)
    for _ in range(400):
        if len(received) >= count * len(chunk):
            break
        await asleep(0.01)
    assert bytes(received) == chunk * count
    assert [p.pid for p in await sb.list_pty()] == [pty.pid]  # still connected
    await sb.kill_pty(pty.pid)


async def test_a_terminal_whose_on_data_falls_too_far_behind_ends_with_an_error(sandbox, monkeypatch):
    """The buffer is bounded: past it the terminal is closed, and the next call says why."""
    sb, _ = sandbox
    monkeypatch.setattr(daytona_shapes, "TERMINAL_BUFFER", 16 * 1024)

    async def stuck(_data: bytes) -> None:
        await asleep(0.3)

    pty = await sb.create_pty(CreatePTYRequest(on_data=stuck))
    with pytest.raises(ProviderError, match="fell 16384 bytes behind"):
        for _ in range(200):
            await sb.send_pty_input(pty.pid, b"z" * 4096)
            await asleep(0.01)
    await sb.kill_pty(pty.pid)
