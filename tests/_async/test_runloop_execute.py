"""Runloop's /execute (executeCommand) as the adapter uses it, against the fake directly. Written
once, async; tests/_sync/ holds the generated sync twin (the same fake served to a sync client by
tests.sync_bridge.Served, re-exported by tests.fake_runloop).

One request runs a command that ends within the optimistic wait; its command_id makes it safe to
send again (a lost answer, a 408); a command given up on is killed, even before its execution id
was answered; an output the answer holds only the end of comes whole from its stream, and a
listing that cannot be had whole is an error, never a shorter listing.
"""

from __future__ import annotations

import json

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CommandTimeoutError,
    ConnectionFailedError,
    CreateSandboxRequest,
    ProviderError,
    RunCommandRequest,
    SandboxerTimeoutError,
)
from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.shell_line import script_line
from tests.fake_runloop import FakeRunloop
from tests.runloop_script import listing, run
from tests.sync_bridge import AsyncServed

HANG = "sleep 300"
QUICK = "echo quick"
LONG = "seq 1 150"
LONG_OUTPUT = "".join(f"{n}\n" for n in range(1, 151))


def _line(cmd: str, timeout: float | None = None) -> str:
    return run(cmd, timeout=timeout)


SLOW = "sleep 0.3; echo late"
CHUNKED = "seq 1 150 in three writes"

COMMANDS = {
    _line(HANG): [("hang",)],
    _line(HANG, timeout=1): [("hang",)],
    _line(QUICK): [("stdout", "quick\n"), ("exit", 0)],
    _line(LONG): [("stdout", LONG_OUTPUT), ("exit", 0)],
    _line(SLOW): [("sleep", 0.3), ("stdout", "late\n"), ("exit", 0)],
    _line(CHUNKED): [
        ("stdout", LONG_OUTPUT[:100]),
        ("stdout", LONG_OUTPUT[100:300]),
        ("stdout", LONG_OUTPUT[300:]),
        ("exit", 0),
    ],
    script_line(scripts.LIST_DIR, "/tmp/many"): [
        ("stdout", listing("/tmp/many", [(f"f{n:03d}", False, 1) for n in range(120)])),
        ("exit", 0),
    ],
}


class Interrupted(BaseException):
    """What interrupts a caller (a cancellation, Ctrl-C): no Exception, so never an answer."""


class Seen(httpx.AsyncBaseTransport):
    """The fake (or a transport to it), with every request it was sent kept (method, path, JSON
    body), and faults on the way, each keyed by a path suffix, or "METHOD suffix" for one method
    only: `refuse` that many requests fail with httpx.ConnectError (never sent); `interrupt_before`
    interrupt the caller (Interrupted) before sending; `lose` reach the fake, then their answer is
    lost (httpx.ReadError); `interrupt` reach the fake, then the caller is interrupted before the
    answer comes; `cut` answers are cut after their first server-sent event."""

    def __init__(self, fake: FakeRunloop | httpx.AsyncBaseTransport) -> None:
        self.requests: list[tuple[str, str, bytes]] = []
        self.inner = AsyncServed(fake) if isinstance(fake, FakeRunloop) else fake
        self.refuse: dict[str, int] = {}
        self.interrupt_before: dict[str, int] = {}
        self.lose: dict[str, int] = {}
        self.interrupt: dict[str, int] = {}
        self.cut: dict[str, int] = {}

    def _take(self, faults: dict[str, int], request: httpx.Request) -> bool:
        for key, left in faults.items():
            method, _, suffix = key.rpartition(" ")
            if left and request.url.path.endswith(suffix) and method in ("", request.method):
                faults[key] -= 1
                return True
        return False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        if self._take(self.refuse, request):
            raise httpx.ConnectError("refused", request=request)
        if self._take(self.interrupt_before, request):
            raise Interrupted
        self.requests.append((request.method, request.url.path, body))
        answer = await self.inner.handle_async_request(request)
        if self._take(self.lose, request):
            await answer.aclose()
            raise httpx.ReadError("lost", request=request)
        if self._take(self.interrupt, request):
            await answer.aclose()
            raise Interrupted
        if self._take(self.cut, request):
            first = b""
            async for chunk in answer.aiter_raw():
                first += chunk
                if b"\n\n" in first:
                    break
            await answer.aclose()
            return httpx.Response(200, headers=answer.headers, content=first.split(b"\n\n")[0] + b"\n\n")
        return answer

    async def aclose(self) -> None:
        await self.inner.aclose()

    def paths(self, suffix: str) -> list[bytes]:
        return [body for method, path, body in self.requests if path.endswith(suffix)]


@pytest.fixture
async def devbox():
    fake = FakeRunloop(commands=COMMANDS)
    seen = Seen(fake)
    async with AsyncSandboxer("runloop", {"api_key": "runloop-replay-key", "transport": seen}) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        seen.requests.clear()
        yield sb, fake, seen
    await fake.aclose()


def executions(fake: FakeRunloop):
    (box,) = fake.devboxes.values()
    return list(box.executions.values())


async def test_a_quick_command_is_one_request(devbox):
    sb, _, seen = devbox
    result = await sb.run_command(RunCommandRequest(QUICK))
    assert (result.stdout, result.exit_code) == ("quick\n", 0)
    assert [(m, p.rsplit("/", 1)[-1]) for m, p, _ in seen.requests] == [("POST", "execute")]


async def test_a_408_is_asked_again_by_the_same_command_id(devbox):
    sb, fake, seen = devbox
    fake.inject("POST", r"/v1/devboxes/[^/]+/execute", 408, {"error": "command timed out"}, times=2)
    result = await sb.run_command(RunCommandRequest(QUICK))
    assert result.stdout == "quick\n"
    sent = seen.paths("/execute")
    assert len(sent) == 3 and len(set(sent)) == 1  # the same body (the same command id) each time
    assert len(executions(fake)) == 1  # and the command ran once


async def test_a_command_interrupted_before_its_answer_is_killed(devbox):
    """Interrupted (a cancellation, Ctrl-C) while /execute's answer is on its way: its execution id
    is asked for by the command id (no second command), then the execution is killed."""
    sb, fake, seen = devbox
    fake.optimistic_cap = 0.05
    seen.interrupt["/execute"] = 1
    with pytest.raises(Interrupted):
        await sb.run_command(RunCommandRequest(HANG))
    (execution,) = executions(fake)
    assert (execution.status, execution.killed) == ("completed", True)
    first, again = (json.loads(body) for body in seen.paths("/execute"))
    # the same command id, with a harmless command: had the first never arrived, nothing starts
    assert again == {"command_id": first["command_id"], "command": "true", "optimistic_timeout": 1}
    # with its process group: by default only "the launched process" dies (RL-spec 7047-7055)
    assert [json.loads(body) for body in seen.paths("/kill")] == [{"kill_process_group": True}]


async def test_a_start_that_never_arrived_is_not_started_by_the_cleanup(devbox):
    sb, fake, seen = devbox
    seen.refuse["/execute"] = 3  # the first try and both of the transport's resends
    with pytest.raises(ConnectionFailedError):
        await sb.run_command(RunCommandRequest(QUICK))
    assert executions(fake) == [] and seen.paths("/execute") == []


async def test_an_empty_answer_is_an_error_not_a_loop(devbox):
    sb, fake, seen = devbox
    fake.inject("POST", r"/v1/devboxes/[^/]+/execute", 200, None)
    with pytest.raises(ProviderError, match="malformed execution answer"):
        await sb.run_command(RunCommandRequest(QUICK))
    assert len(seen.paths("/execute")) == 1


async def test_a_wait_whose_answer_is_lost_is_asked_again(devbox):
    """A long poll reset on its way back: the command runs on and is waited for, not killed."""
    sb, fake, seen = devbox
    fake.optimistic_cap = 0.05
    seen.lose["/wait_for_status"] = 4  # more than the transport resends: our own loop asks again
    result = await sb.run_command(RunCommandRequest(SLOW))
    assert (result.stdout, result.exit_code) == ("late\n", 0)
    assert seen.paths("/kill") == []


async def test_a_stream_that_ends_early_is_not_taken_for_the_whole_output(devbox):
    sb, _, seen = devbox
    seen.cut["/stream_stdout_updates"] = 1
    result = await sb.run_command(RunCommandRequest(CHUNKED))
    assert result.stdout == "".join(f"{n}\n" for n in range(51, 151))  # the answer's last 100 lines
    assert result.error is not None and "truncated the stdout" in result.error


async def test_a_command_past_its_deadline_is_killed(devbox, monkeypatch):
    """The line's watchdog ends a command at its timeout; one that still runs past the margin is
    given up on and killed (here the fake ignores the watchdog)."""
    from sandboxer.providers import runloop_shapes

    sb, fake, _ = devbox
    fake.optimistic_cap = 0.05
    monkeypatch.setattr(runloop_shapes, "GIVE_UP_MARGIN", 0.5)
    with pytest.raises(SandboxerTimeoutError) as caught:
        await sb.run_command(RunCommandRequest(HANG, timeout_seconds=1))
    assert not isinstance(caught.value, CommandTimeoutError)  # it did not end: given up on
    (execution,) = executions(fake)
    assert (execution.status, execution.killed) == ("completed", True)


async def test_a_long_output_is_read_whole_from_its_stream(devbox):
    sb, _, seen = devbox
    result = await sb.run_command(RunCommandRequest(LONG))
    assert result.stdout == LONG_OUTPUT and result.error is None
    assert len(seen.paths("/stream_stdout_updates")) == 1


async def test_a_long_output_whose_stream_fails_says_it_is_cut(devbox):
    sb, fake, _ = devbox
    fake.inject("GET", r".*/stream_stdout_updates", 404, {"error": "gone"}, times=5)
    result = await sb.run_command(RunCommandRequest(LONG))
    assert result.stdout == "".join(f"{n}\n" for n in range(51, 151))  # the last 100 lines
    assert result.error is not None and "truncated the stdout" in result.error


async def test_a_listing_that_cannot_be_had_whole_is_an_error(devbox):
    sb, fake, _ = devbox
    assert len(await sb.list_directory("/tmp/many")) == 120
    fake.inject("GET", r".*/stream_stdout_updates", 404, {"error": "gone"}, times=5)
    with pytest.raises(ProviderError, match="only the end"):
        await sb.list_directory("/tmp/many")
