"""The Blaxel adapter against its fake (tests/fake_blaxel.py), live, not a cassette: what depends on
time as it passes (a replayed stream comes back whole at once) and what is left on the server (a
process the API let run, a sandbox a create left). Written once, async; tests/_sync/ holds the
generated sync twin (the same fake, served to a sync client by tests.sync_bridge.Served, whose
answers stream chunk by chunk)."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CommandTimeoutError,
    ConnectionFailedError,
    CreateSandboxRequest,
    NotFoundError,
    ProviderError,
    RunCommandRequest,
    SandboxerTimeoutError,
    SandboxStatus,
    StartCommandRequest,
)
from sandboxer._concurrency import asleep
from tests.blaxel_script import BIG, BIG_TEXT, COMMANDS, THREE_MINUTES, TICKS_LONG, TICKS_SLOWLY
from tests.fake_blaxel import WAITED, FakeBlaxel
from tests.recording import Recording
from tests.sync_bridge import AsyncServed

TICKS = "".join(f"tick {i}\n" for i in range(1, 21))
HUGE = "echo a lot"
# What str.splitlines() (and so httpx's aiter_lines) takes for line ends, and what Go's JSON escapes
ODD_ENDS = "printf 'page\\f<&>\\u2028\\x85\\x1c end\\n'; printf 'tab\\v\\r\\n' >&2"
ODD_OUT, ODD_ERR = "page\f<&>\u2028\x85\x1c end\n", "tab\v\r\n"
CONFIG = {"api_key": "blaxel-replay-key", "workspace": "fake-ws"}


@pytest.fixture
def fake() -> FakeBlaxel:
    commands = dict(COMMANDS)
    commands[HUGE] = [("stdout", "x" * (WAITED + 10)), ("stdout", "the end\n"), ("exit", 0)]
    commands[ODD_ENDS] = [("sleep", 0.05), ("stdout", ODD_OUT), ("stderr", ODD_ERR), ("exit", 0)]
    return FakeBlaxel(commands=commands)


@pytest.fixture
async def setup(fake):
    async with AsyncSandboxer("blaxel", {**CONFIG, "transport": AsyncServed(fake)}) as client:
        sandbox, _ = await client.create_sandbox()
        yield fake, sandbox
        await sandbox.kill()


# --- item 2: a timeout ends the process (the API keeps none for it) -----------------------------


async def test_a_timeout_with_callbacks_is_kept_here_and_ends_the_process(setup):
    # Without waitForCompletion the API keeps no timeout at all (srv handler/process.go:395): ours
    # ends the process, in the sandbox, and raises with what came before.
    fake, sandbox = setup
    seen: list[str] = []
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(RunCommandRequest(TICKS_SLOWLY, timeout_seconds=1), on_stdout=seen.append)
    result = caught.value.result
    assert (result.stdout, result.exit_code, seen) == (
        "tick 1\n",
        124,
        ["tick 1\n"],
    )  # a timeout's, everywhere
    assert "timed out" in result.error
    [process] = fake.sandboxes[sandbox.id].processes
    assert process.status == "killed"  # the kill was sent: the API would have let it run


async def test_a_timeout_without_callbacks_sends_the_kill(setup):
    fake, sandbox = setup
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(RunCommandRequest("echo started; sleep 300", timeout_seconds=0.5))
    assert (caught.value.result.stdout, caught.value.result.exit_code) == ("started\n", 124)
    [process] = fake.sandboxes[sandbox.id].processes
    assert process.status == "killed"  # the API would have let it run (srv service.go:186-196)


# --- item 7: a killed process reports 137, the signal in `error`, the API's notice not output ---


async def test_a_followed_process_that_is_killed_gives_its_callbacks_no_notice(setup):
    # The API writes "\n[Process is being forcefully killed]\n" into a followed log, unprefixed.
    _, sandbox = setup
    seen: list[str] = []
    pid, handle = await sandbox.start_command(
        StartCommandRequest("echo started; sleep 300"), on_stdout=seen.append
    )
    for _ in range(500):
        if seen:
            break
        await asleep(0.01)
    await sandbox.kill_process(pid)
    result = await sandbox.wait_for_handle(handle)
    assert (result.stdout, result.exit_code, result.error, seen) == (
        "started\n",
        137,
        "killed by SIGKILL",
        ["started\n"],
    )


# --- item 5: a stream cut early is no end of the process ------------------------------------------


async def test_a_stream_the_edge_cuts_is_followed_to_the_real_end(setup):
    # Cut 5 s (simulated) into a 40 s command: the process runs on; its end is asked for.
    fake, sandbox = setup
    fake.time_scale, fake.cut_streams, fake.cut_after = 0.01, 1, 5.0
    seen: list[str] = []
    result = await sandbox.run_command(RunCommandRequest(TICKS_LONG), on_stdout=seen.append)
    assert (result.stdout, result.exit_code, result.error, "".join(seen)) == (TICKS, 0, None, TICKS)
    assert fake.cut_streams == 0  # the stream was cut indeed


async def test_a_stream_that_ends_early_without_a_result_is_no_end_of_the_process(setup):
    # A stream closed early as if whole: the process still runs (status "running", exitCode 0).
    fake, sandbox = setup
    fake.time_scale, fake.cut_streams, fake.cut_after, fake.cut_cleanly = 0.01, 1, 5.0, True
    seen: list[str] = []
    result = await sandbox.run_command(RunCommandRequest(TICKS_LONG), on_stdout=seen.append)
    assert (result.stdout, result.exit_code, result.error, "".join(seen)) == (TICKS, 0, None, TICKS)
    assert fake.cut_streams == 0


async def test_a_started_command_whose_stream_is_cut_is_waited_for_to_its_end(setup):
    fake, sandbox = setup
    fake.time_scale, fake.cut_streams, fake.cut_after = 0.01, 1, 5.0
    seen: list[str] = []
    _, handle = await sandbox.start_command(StartCommandRequest(TICKS_LONG), on_stdout=seen.append)
    result = await sandbox.wait_for_handle(handle)
    assert (result.stdout, result.exit_code, "".join(seen)) == (TICKS, 0, TICKS)
    assert fake.cut_streams == 0


# --- items 1 and 3: a long command through the streamed exec, keepalives not output --------------
# (the Done-when list's 3-minute command and 200 KB output are also the conformance suite's, from
# cassettes; here the sync client meets the live fake too)


async def test_a_three_minute_command_returns_its_whole_result(setup):
    # The edge answers 504 to a request silent for ~60 s (ts @blaxel/core sandbox/action.ts:61-76)
    fake, sandbox = setup
    fake.time_scale = 0.001
    result = await sandbox.run_command(RunCommandRequest(THREE_MINUTES))
    assert (result.stdout, result.exit_code, result.error) == ("done\n", 0, None)


async def test_a_200_kb_output_comes_back_byte_exact(setup):
    # A record inlines the last 64 KiB of each stream (srv handler/process.go:191-203)
    _, sandbox = setup
    seen: list[str] = []
    result = await sandbox.run_command(RunCommandRequest(BIG), on_stdout=seen.append)
    assert (result.stdout == BIG_TEXT, "".join(seen) == BIG_TEXT, result.error) == (True, True, None)
    _, handle = await sandbox.start_command(StartCommandRequest(BIG))
    assert (await sandbox.wait_for_handle(handle)).stdout == BIG_TEXT


async def test_a_command_past_the_edges_minute_with_callbacks_gets_its_output_only(setup):
    # 40 s simulated: exec keepalive events every 5 s and the log keepalive "[keepalive]\n" written
    # as a stdout event past 30 s (srv process.go:1301-1318, handler/process.go:774-776); neither
    # is the command's output.
    fake, sandbox = setup
    fake.time_scale = 0.005
    seen: list[str] = []
    result = await sandbox.run_command(RunCommandRequest(TICKS_LONG), on_stdout=seen.append)
    assert (result.stdout, result.exit_code, result.error, "".join(seen)) == (TICKS, 0, None, TICKS)


# --- item 3: output byte-exact, split at nothing but what the command wrote ----------------------


async def test_form_feeds_and_unicode_line_separators_are_output_not_line_ends(setup):
    # The followed log was read with aiter_lines, which ends a line at "\f", "\x1c", "\x85",
    # U+2028 too; the exec's events are JSON lines (U+2028 escaped by Go's json.Marshal)
    _, sandbox = setup
    seen: dict[str, list[str]] = {"out": [], "err": []}
    result = await sandbox.run_command(
        RunCommandRequest(ODD_ENDS), on_stdout=seen["out"].append, on_stderr=seen["err"].append
    )
    assert ("".join(seen["out"]), "".join(seen["err"])) == (ODD_OUT, ODD_ERR)
    assert (result.stdout, result.stderr, result.exit_code) == (ODD_OUT, ODD_ERR, 0)


# --- item 4: output past what the API keeps is said ----------------------------------------------


async def test_output_the_api_no_longer_keeps_whole_is_said(setup):
    # GET .../logs answers the last 4 MiB of a stream, after the API's own truncation notice.
    _, sandbox = setup
    result = await sandbox.run_command(RunCommandRequest(HUGE))
    assert result.stdout.startswith("[... truncated") and result.stdout.endswith("x" * 100 + "the end\n")
    assert result.error == "Blaxel kept only the end of the stdout of this command"
    assert result.exit_code == 0


# --- item 7: a sandbox seen TERMINATING while deploying is no wait until the deadline ------------


class _Terminating(httpx.AsyncBaseTransport):
    """The fake, but its sandbox records read back TERMINATING (a deletion in flight, as the SDK
    sees it live: py sandbox.py:71-77), as when someone deletes a sandbox while it deploys."""

    def __init__(self, inner) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.method != "GET" or not request.url.path.startswith("/v0/sandboxes/"):
            return response
        record = json.loads(await response.aread())
        if isinstance(record, dict) and "status" in record:
            record["status"] = "TERMINATING"
        return httpx.Response(response.status_code, json=record, request=request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_sandbox_terminating_while_it_deploys_ends_the_create_at_once(fake):
    config = {**CONFIG, "transport": _Terminating(AsyncServed(fake)), "deploy_timeout_seconds": 5}
    async with AsyncSandboxer("blaxel", config) as client:
        began = time.monotonic()
        with pytest.raises(ProviderError) as caught:
            await client.create_sandbox(CreateSandboxRequest())
        assert caught.value.code == "TERMINATING"  # not a wait until the 5 s deadline
        assert time.monotonic() - began < 4
        assert fake.sandboxes == {}  # deleted, not left


# --- item 6: a create whose answer is lost leaves no sandbox ---------------------------------------


class _AnswerLost(httpx.AsyncBaseTransport):
    """The fake, but the answer to POST /sandboxes never reaches the client (a read timeout, a
    connection dropped): the control plane has made the sandbox and goes on deploying it."""

    def __init__(self, inner, error: type[Exception]) -> None:
        self.inner = inner
        self.error = error

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.method == "POST" and request.url.path == "/v0/sandboxes":
            await response.aclose()
            raise self.error("the answer was lost", request=request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.mark.parametrize(
    ("lost", "raised"),
    [(httpx.ReadTimeout, SandboxerTimeoutError), (httpx.RemoteProtocolError, ConnectionFailedError)],
)
async def test_a_create_whose_answer_is_lost_is_found_by_name_and_deleted(fake, lost, raised):
    async with AsyncSandboxer(
        "blaxel", {**CONFIG, "transport": _AnswerLost(AsyncServed(fake), lost)}
    ) as client:
        with pytest.raises(raised):
            await client.create_sandbox(CreateSandboxRequest())
    assert fake.created == 1 and fake.sandboxes == {}  # made by the control plane, then deleted


# --- pause: the sandbox API's standby (docs.blaxel.ai/api-reference/system/put-the-sandbox-in-standby)


async def test_pause_puts_the_sandbox_in_standby_which_any_request_or_resume_ends(fake):
    sent = Recording(AsyncServed(fake))
    async with AsyncSandboxer("blaxel", {**CONFIG, "transport": sent}) as client:
        sandbox, _ = await client.create_sandbox()
        record = fake.sandboxes[sandbox.id]
        await sandbox.pause()  # returns once the record says STANDBY (not at once, in the fake)
        assert record.standby and (await sandbox.info()).status == SandboxStatus.PAUSED
        assert not await sandbox.is_running()
        assert (await sandbox.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
        assert not record.standby  # woken by the request, its memory and files kept
        assert (await sandbox.info()).status == SandboxStatus.RUNNING
        await sandbox.pause()
        await sandbox.resume()
        assert not record.standby and (await sandbox.info()).status == SandboxStatus.RUNNING
        await sandbox.resume()  # running already: answered at once
        assert [r.method for r in sent.to("/standby")] == ["POST", "POST"]
        assert [r.method for r in sent.to("/resume")] == ["POST", "POST"]
        await sandbox.kill()


async def test_pause_on_a_sandbox_api_from_before_standby_says_so(setup):
    fake, sandbox = setup
    fake.sandbox_api_before_standby = True
    with pytest.raises(ProviderError, match="no such route") as caught:
        await sandbox.pause()
    assert not isinstance(caught.value, NotFoundError)  # the sandbox is there: not "gone"
