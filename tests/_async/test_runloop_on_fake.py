"""Runloop as its API really behaves (issue 18), against tests/fake_runloop.py directly: what a
cassette replay cannot show (the fake's own state, the exact requests sent, faults between the
adapter and the service). Written once, async; tests/_sync/ holds the generated sync twin, which
drives the same fake through tests.sync_bridge.Served (re-exported by tests.fake_runloop).

Each test names the issue's item it shows; each fails on commit 4b33d24 (see /tmp/audit/18.md)."""

from __future__ import annotations

import json

import pytest

from sandboxer import (
    AsyncSandboxer,
    CreatePTYRequest,
    CreateSandboxRequest,
    InvalidRequestError,
    NotFoundError,
    ProviderError,
    RateLimitError,
    RunCommandRequest,
    SandboxStatus,
    StartCommandRequest,
)
from sandboxer._concurrency import asleep
from tests._async.test_runloop_execute import Interrupted, Seen
from tests.fake_runloop import FakeRunloop
from tests.recording import Recording
from tests.runloop_script import COMMANDS, QUIET, run
from tests.sync_bridge import AsyncServed

KEY = "runloop-replay-key"
HANG = "sleep 300"
EXTRA = {run(HANG): [("hang",)]}


@pytest.fixture
async def fake():
    fake = FakeRunloop(api_key=KEY, commands={**COMMANDS, **EXTRA})
    yield fake
    await fake.aclose()


def _client(transport) -> AsyncSandboxer:
    return AsyncSandboxer("runloop", {"api_key": KEY, "transport": transport})


async def _until(predicate, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if predicate():
            return
        await asleep(0.05)


def _bodies(recording: Recording, suffix: str) -> list:
    return [json.loads(r.content) for r in recording.ending(suffix) if r.method == "POST"]


# --- 1. output streams the server ends idle --------------------------------------------------------


async def test_streams_that_time_out_both_ways_are_reopened_from_their_offset(fake):
    """Item 1: a 408 as the stream's status (nothing sent yet) and as an in-band `event: error`
    (after a chunk): reopened from the last chunk's byte offset, every byte once, for a run
    command and a started one."""
    fake.stream_idle = 0.1  # QUIET is silent for 0.3 s at a time
    recording = Recording(AsyncServed(fake))
    async with _client(recording) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        out: list = []
        err: list = []
        result = await sb.run_command(RunCommandRequest(QUIET), on_stdout=out.append, on_stderr=err.append)
        assert (result.stdout, result.stderr, result.exit_code) == ("one\nthrée\n", "two\n", 0)
        assert ("".join(out), "".join(err)) == ("one\nthrée\n", "two\n")  # nothing lost or repeated
        started: list = []
        _, handle = await sb.start_command(StartCommandRequest(QUIET), on_stdout=started.append)
        waited = await sb.wait_for_handle(handle)
        assert "".join(started) == waited.stdout == "one\nthrée\n"
        await sb.kill()
    assert fake.stream_timeouts["status"] > 0 and fake.stream_timeouts["event"] > 0
    offsets = [r.url.params.get("offset") for r in recording.ending("/stream_stdout_updates")]
    assert "4" in offsets  # after "one\n", the offset its chunk ended at


async def test_another_error_event_is_the_error_of_its_code(fake):
    """Item 1: an error event other than the idle timeout is a typed error (its code the status)."""
    fake.stream_errors.append("503")
    async with _client(AsyncServed(fake)) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        with pytest.raises(ProviderError) as caught:
            await sb.run_command(RunCommandRequest("echo before the break"), on_stdout=[].append)
        assert caught.value.status_code == 503 and "malformed" not in str(caught.value)


# --- 2. sizes -----------------------------------------------------------------------------------------


async def test_sizes_are_ones_runloop_takes_or_refused_unsent(fake):
    """Item 2: the fake refuses a size outside 1:2..1:8 (400, as Runloop); each request is mapped
    to the smallest valid size; one no size holds is refused before anything is sent."""
    recording = Recording(AsyncServed(fake))
    async with _client(recording) as client:
        for cpus, memory_mb, made in (
            (2, None, (2, 4)),
            (4, None, (4, 8)),
            (None, 1024, (1, 2)),
            (None, 16384, (2, 16)),
            (3, 6144, (4, 8)),
            (8, 8192, (8, 16)),
        ):
            sb, info = await client.create_sandbox(CreateSandboxRequest(cpus=cpus, memory_mb=memory_mb))
            launch = _bodies(recording, "/v1/devboxes")[-1]["launch_parameters"]
            assert (launch["custom_cpu_cores"], launch["custom_gb_memory"]) == made
            assert (info.cpus, info.memory_mb) == (made[0], made[1] * 1024)
            await sb.kill()
        sent = len(recording.requests)
        for cpus, memory_mb in ((32, None), (None, 128 * 1024), (16, 65536 + 1)):
            with pytest.raises(InvalidRequestError):
                await client.create_sandbox(CreateSandboxRequest(cpus=cpus, memory_mb=memory_mb))
        assert len(recording.requests) == sent  # refused before sending


# --- 3. pause -----------------------------------------------------------------------------------------


async def test_pause_returns_once_suspended_and_resume_then_works(fake):
    """Item 3: suspend answers "suspending"; pause returns only once the devbox is "suspended"
    (resume is refused with 400 before), and resume brings it back running."""
    async with _client(AsyncServed(fake)) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        await sb.pause()
        assert fake.devboxes[sb.id].status == "suspended"
        assert "suspending" in fake.devboxes[sb.id].transitions  # it did take a step
        await sb.resume()
        assert fake.devboxes[sb.id].status == "running" and await sb.is_running()
        await sb.kill()


# --- 4. no devbox left running after a failed create ----------------------------------------------------


async def test_a_create_whose_wait_is_rate_limited_shuts_its_devbox_down(fake):
    """Item 4: the wait fails (429 past the transport's resends): the devbox is shut down."""
    fake.inject(
        "POST", r"/v1/devboxes/[^/]+/wait_for_status", 429, {"error": "slow down"},
        headers={"Retry-After": "0"}, times=3,
    )  # fmt: skip
    async with _client(AsyncServed(fake)) as client:
        with pytest.raises(RateLimitError):
            await client.create_sandbox(CreateSandboxRequest())
    (box,) = fake.devboxes.values()
    assert box.status == "shutdown"


async def test_a_create_whose_wait_keeps_failing_on_the_way_shuts_its_devbox_down(fake, monkeypatch):
    """Item 4: waits reset on the way are asked again; past the most in a row, the devbox is shut
    down."""
    from sandboxer.providers import runloop_shapes

    monkeypatch.setattr(runloop_shapes, "pause_before", lambda attempt: 0.01)
    faulty = Seen(fake)
    faulty.lose["/wait_for_status"] = 100
    async with _client(faulty) as client:
        with pytest.raises(ProviderError):
            await client.create_sandbox(CreateSandboxRequest())
    (box,) = fake.devboxes.values()
    assert box.status == "shutdown"


@pytest.mark.parametrize("where", ["wait", "create answer"])
async def test_a_create_interrupted_shuts_its_devbox_down(fake, where):
    """Item 4: an interruption (a cancellation, Ctrl-C) during the wait, or while the create's own
    answer was on its way (the devbox then found by its mark), leaves no devbox running. (The
    interrupted wait was already shut down at 4b33d24; the interrupted create answer was not.)"""
    faulty = Seen(fake)
    if where == "wait":
        faulty.interrupt_before["/wait_for_status"] = 1
    else:
        faulty.interrupt["POST /v1/devboxes"] = 1
    async with _client(faulty) as client:
        with pytest.raises(Interrupted):
            await client.create_sandbox(CreateSandboxRequest())
    (box,) = fake.devboxes.values()
    assert box.status == "shutdown"


@pytest.mark.parametrize("lost", ["502", "reset"])
async def test_a_create_whose_answer_was_lost_is_found_by_its_mark(fake, lost):
    """Item 4: the create reached the service but its answer was lost (a 5xx from a gateway, a
    reset): the devbox is found by the mark of this create in its metadata and shut down."""
    faulty = Seen(fake)
    async with _client(faulty) as client:
        await client.create_sandbox(CreateSandboxRequest(metadata={"keep": "me"}))  # another devbox
        if lost == "502":
            fake.create_then_fail.append(502)
        else:
            faulty.lose["POST /v1/devboxes"] = 1
        with pytest.raises(ProviderError):
            await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "lost"}))
    kept, lost_box = sorted(fake.devboxes.values(), key=lambda box: box.seq)
    assert lost_box.params["metadata"]["suite"] == "lost" and lost_box.status == "shutdown"
    assert kept.status == "running"  # only the devbox of that very create


# --- 5. the smaller ones ----------------------------------------------------------------------------


@pytest.mark.parametrize("streamed", [False, True])
async def test_a_command_given_up_on_is_killed_with_its_process_group(fake, streamed):
    """Item 5: the kill of a command given up on (here interrupted while it is waited for, run
    through /execute or, with callbacks, execute_async) carries kill_process_group: true (by
    default only "the launched process" dies: RL-spec DevboxKillExecutionRequest, py
    resources/devboxes/executions.py:292,306)."""
    fake.optimistic_cap = 0.05
    recording = Recording(AsyncServed(fake))
    faulty = Seen(recording)
    async with _client(faulty) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        faulty.interrupt_before["/wait_for_status"] = 1  # the execution's wait
        with pytest.raises(Interrupted):
            await sb.run_command(RunCommandRequest(HANG), on_stdout=[].append if streamed else None)
        (execution,) = fake.devboxes[sb.id].executions.values()
        assert execution.killed
    assert _bodies(recording, "/kill") == [{"kill_process_group": True}]


async def test_stdin_not_delivered_raises(fake):
    """Item 5: send_std_in answering success false (stdin closed) raises."""
    async with _client(AsyncServed(fake)) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        pid, handle = await sb.start_command(StartCommandRequest("cat", stdin=True))
        await sb.close_stdin(pid)
        with pytest.raises(ProviderError, match="not delivered"):
            await sb.send_stdin(pid, "late\n")
        await sb.wait_for_handle(handle)


async def test_the_idle_policy_goes_in_lifecycle_and_set_timeout_reads_both(fake):
    """Item 5: timeout_seconds is sent as lifecycle.after_idle (not the deprecated top-level
    after_idle); set_timeout reads either field of a devbox's record."""
    recording = Recording(AsyncServed(fake))
    async with _client(recording) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest(timeout_seconds=600))
        launch = _bodies(recording, "/v1/devboxes")[-1]["launch_parameters"]
        assert launch == {"lifecycle": {"after_idle": {"idle_time_seconds": 600, "on_idle": "shutdown"}}}
        await sb.set_timeout(300)
        fake.devboxes[sb.id].params["launch_parameters"] = {
            "after_idle": {"idle_time_seconds": 60, "on_idle": "shutdown"}  # as older devboxes say it
        }
        await sb.set_timeout(30)
        with pytest.raises(InvalidRequestError):
            await sb.set_timeout(120)
    assert len(recording.ending("/keep_alive")) == 2


async def test_file_transfers_take_600_s_and_are_sent_again_when_rate_limited(fake):
    """Item 5: upload_file and download_file with the SDK's 600 s; a 429 is sent again."""
    recording = Recording(AsyncServed(fake))
    async with _client(recording) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        for path in (r"/v1/devboxes/[^/]+/upload_file", r"/v1/devboxes/[^/]+/download_file"):
            fake.inject("POST", path, 429, {"error": "slow down"}, headers={"Retry-After": "0"})
        await sb.write_file("/tmp/limited.txt", b"sent twice")
        assert await sb.read_file("/tmp/limited.txt") == b"sent twice"
    transfers = recording.ending("/upload_file") + recording.ending("/download_file")
    assert len(transfers) == 4
    assert {r.extensions["timeout"]["read"] for r in transfers} == {600.0}


async def test_a_template_is_sent_as_what_it_names(fake):
    """Item 5: bpt_... as blueprint_id, snp_... as snapshot_id, else blueprint_name."""
    recording = Recording(AsyncServed(fake))
    async with _client(recording) as client:
        for template, field in (
            ("bpt_1", "blueprint_id"),
            ("snp_2", "snapshot_id"),
            ("mine", "blueprint_name"),
        ):
            await client.create_sandbox(CreateSandboxRequest(template=template))
            body = _bodies(recording, "/v1/devboxes")[-1]
            assert body[field] == template
            assert not {"blueprint_id", "snapshot_id", "blueprint_name"} - {field} & set(body)


# --- 6. lifetime ----------------------------------------------------------------------------------------


async def test_expires_at_says_the_default_hour_or_none_with_an_idle_policy(fake):
    """Item 6: without timeout_seconds Runloop's default hour (keep_alive_time_seconds); with an
    idle policy there is no maximum."""
    async with _client(AsyncServed(fake)) as client:
        _, info = await client.create_sandbox(CreateSandboxRequest())
        assert info.expires_at is not None and (info.expires_at - info.started_at).total_seconds() == 3600
        _, info = await client.create_sandbox(CreateSandboxRequest(timeout_seconds=60))
        assert info.expires_at is None


# --- terminals -------------------------------------------------------------------------------------------


async def test_a_terminal_on_the_pty_tunnel(fake):
    """Terminals: create_pty_tunnel, GET /pty/{session} on tunnel port 13, raw bytes both ways on
    its WebSocket, control resize and close (the session is gone from the devbox)."""
    async with _client(AsyncServed(fake)) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        seen: list[bytes] = []
        pty = await sb.create_pty(CreatePTYRequest(rows=30, cols=100, on_data=seen.append))
        (session,) = fake.devboxes[sb.id].terminals.values()
        assert (session.rows, session.cols) == (30, 100)
        await sb.send_pty_input(pty.pid, b"\x1b[A\xff")  # raw bytes, not text
        await _until(lambda: b"".join(seen) == b"\x1b[A\xff")
        assert b"".join(seen) == b"\x1b[A\xff"
        await sb.resize_pty(pty.pid, 40, 120)
        assert (session.rows, session.cols) == (40, 120)
        assert [p.pid for p in await sb.list_pty()] == [pty.pid]
        await sb.kill_pty(pty.pid)
        assert fake.devboxes[sb.id].terminals == {} and await sb.list_pty() == []
        with pytest.raises(NotFoundError):
            await sb.send_pty_input(pty.pid, b"x")
        assert (await sb.info()).status == SandboxStatus.RUNNING
