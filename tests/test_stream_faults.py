"""Faults inside streams, beyond tests/test_faults.py's cut bodies: Daytona's followed log (a
WebSocket over the upgraded connection) cut, stalled or malformed mid-frame, and E2B's Connect
stream carrying malformed envelopes and messages.

The recorded traffic is replayed (tests/cassette.py) through tests/faults.py's FaultTransport (so
every answer carries a request id); between the cassette and it, `Rewire` alters one answer: a
body rewritten, or what the server sends over an upgraded connection. What must hold:

- a stream cut short, stalled or malformed is a typed error (ProviderError and its subclasses:
  ConnectionFailedError for a cut, SandboxerTimeoutError for a stall, ProviderError for malformed
  data; a Connect end-of-stream error as its code says), carrying the provider and the answer's
  request id; no httpx, httpcore, wsproto, JSON, binascii, KeyError/TypeError/AttributeError;
- never a CommandResult, except where Daytona's exit code comes from its own request: there a
  result is right only with all the output, every byte of it handed to the callbacks too.
"""

from __future__ import annotations

import json
import re
import struct
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx
import pytest
import yaml

from sandboxer import (
    AsyncSandboxer,
    CommandResult,
    ConnectionFailedError,
    NotFoundError,
    ProviderError,
    RateLimitError,
    RunCommandRequest,
    Sandboxer,
    SandboxerTimeoutError,
    StartCommandRequest,
    UnauthorizedError,
)
from tests.faults import FaultTransport, connect_frames, cuts_between, cuts_inside
from tests.test_faults import (  # noqa: F401 (fast_backoff: an autouse fixture, used here too)
    BY_NAME,
    CONTRACT,
    REQUEST_ID,
    SPLIT,
    SUITE,
    check_error,
    fast_backoff,
    faulty,
    outcome,
)

DAYTONA, E2B = BY_NAME["daytona"], BY_NAME["e2b"]


@pytest.fixture(autouse=True)
def no_start_polling_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A replayed Daytona create is polled without waiting between the recorded answers."""

    async def no_wait(_: float) -> None:
        return None

    monkeypatch.setattr("sandboxer.providers._async.daytona.asleep", no_wait, raising=False)
    monkeypatch.setattr("sandboxer.providers._sync.daytona.sleep", lambda _: None, raising=False)


# --- one answer altered ---------------------------------------------------------------------------


@dataclass
class Wire:
    """What the server sends over an upgraded connection, altered: its first `keep` bytes, then
    `then` in place of the rest, then the connection ends ("eof") or a read times out ("timeout")."""

    keep: int
    then: bytes = b""
    end: str = "eof"


class _WireNetwork:
    def __init__(self, inner: Any, wire: Wire) -> None:
        self._inner = inner
        self._wire = wire
        self._passed = 0
        self._then = wire.then
        self.broken = False  # once the fault is on, what the client writes goes nowhere

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def _room(self, max_bytes: int) -> int:
        return min(max_bytes, self._wire.keep - self._passed)

    def _kept(self, data: bytes) -> bytes:
        assert data or self._wire.keep == 0, "the recorded connection ended before the fault"
        self._passed += len(data)
        return data

    def _fault(self) -> bytes:
        self.broken = True
        if self._then:
            data, self._then = self._then, b""
            return data
        if self._wire.end == "timeout":
            raise httpcore.ReadTimeout("injected: read timed out")
        return b""


class _SyncWireNetwork(_WireNetwork):
    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._room(max_bytes) > 0:
            return self._kept(self._inner.read(self._room(max_bytes), timeout))
        return self._fault()

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not self.broken:
            self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()


class _AsyncWireNetwork(_WireNetwork):
    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._room(max_bytes) > 0:
            return self._kept(await self._inner.read(self._room(max_bytes), timeout))
        return self._fault()

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not self.broken:
            await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()


class Rewire(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The first answer to `path` altered: its body through `body` (the recorded body in, the one
    to give out), or, for an upgraded connection, what the server sends (`wire`)."""

    def __init__(
        self, inner: Any, path: str, *, body: Callable[[bytes], bytes] | None = None, wire: Wire | None = None
    ) -> None:
        self.inner = inner
        self.path = path
        self.body = body
        self.wire = wire
        self.fired = 0

    def _hit(self, request: httpx.Request) -> bool:
        if self.fired or not re.search(self.path, request.url.path):
            return False
        self.fired += 1
        return True

    def _altered(self, response: httpx.Response, content: bytes) -> httpx.Response:
        headers = [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"]
        return httpx.Response(
            response.status_code,
            headers=headers,
            stream=httpx.ByteStream(self.body(content)),
            extensions=dict(response.extensions),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not self._hit(request):
            return response
        if self.wire is not None:
            network = response.extensions["network_stream"]
            response.extensions["network_stream"] = _SyncWireNetwork(network, self.wire)
            return response
        content = response.read()
        response.close()
        return self._altered(response, content)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if not self._hit(request):
            return response
        if self.wire is not None:
            network = response.extensions["network_stream"]
            response.extensions["network_stream"] = _AsyncWireNetwork(network, self.wire)
            return response
        content = await response.aread()
        await response.aclose()
        return self._altered(response, content)

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()


def rewired(
    case: Any, cassette: str, path: str, **alter: Any
) -> tuple[dict[str, Any], FaultTransport, Rewire]:
    config, transport = faulty(case, cassette)
    transport.inner = rewire = Rewire(transport.inner, path, **alter)
    return config, transport, rewire


def recorded(case: Any, cassette: str, path: str) -> dict[str, Any]:
    """The recorded answer to the first request whose path matches."""
    data = yaml.safe_load(case.cassette(cassette).read_text())
    for interaction in data["interactions"]:
        if re.search(path, interaction["request"]["uri"].split("?")[0]):
            return interaction["response"]
    raise AssertionError(f"no {path} in {cassette}")


def check_typed(result: Any, case: Any, what: str) -> None:
    """A typed error (never a result) naming the provider and the stream's request id."""
    assert not isinstance(result, CommandResult), f"{what} gave {result!r}"
    check_error(result, case)
    assert result.request_id == REQUEST_ID, f"{what}: {result!r} lacks the answer's request id"


# --- Daytona: the followed log, a WebSocket ------------------------------------------------------

LOGS = r"/command/[^/]+/logs$"
TICKS = "for i in 1 2 3; do echo tick $i; sleep 0.2; done"
TICKED = "tick 1\ntick 2\ntick 3\n"


def start_and_wait(cmd: str) -> tuple[Callable[..., Awaitable[Any]], Callable[..., Any]]:
    """start_command(cmd) with a stdout callback, then wait_for_handle: (async, sync)."""

    async def run(sb: Any, seen: list[str]) -> CommandResult:
        _, handle = await sb.start_command(StartCommandRequest(cmd), on_stdout=seen.append)
        return await sb.wait_for_handle(handle)

    def run_sync(sb: Any, seen: list[str]) -> CommandResult:
        _, handle = sb.start_command(StartCommandRequest(cmd), on_stdout=seen.append)
        return sb.wait_for_handle(handle)

    return run, run_sync


# (cassette, async run, sync run): run_command with callbacks; start_command, then wait_for_handle.
FOLLOWS: dict[str, tuple[str, Callable[..., Awaitable[Any]], Callable[..., Any]]] = {
    "run": (
        "test_streamed_output_arrives_as_it_comes",
        lambda sb, seen: sb.run_command(RunCommandRequest(TICKS), on_stdout=seen.append),
        lambda sb, seen: sb.run_command(RunCommandRequest(TICKS), on_stdout=seen.append),
    ),
    "start-wait": ("test_started_command_streams_and_is_waited_for", *start_and_wait(TICKS)),
}


def server_frames(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each frame a server sent (RFC 6455 5.2: unmasked; 7-bit, 16-bit or 64-bit
    payload length)."""
    frames, at = [], 0
    while at + 2 <= len(data):
        length, head = data[at + 1] & 0x7F, 2
        if length == 126:
            length, head = int.from_bytes(data[at + 2 : at + 4], "big"), 4
        elif length == 127:
            length, head = int.from_bytes(data[at + 2 : at + 10], "big"), 10
        frames.append((at, at + head + length))
        at += head + length
    return frames


def log_sent(follow: str) -> bytes:
    """What the server sent on the followed log before the client's close: its frames, the last a
    close (1000)."""
    transcript = recorded(DAYTONA, FOLLOWS[follow][0], LOGS)["hijacked_transcript"]
    assert list(transcript[0]) == ["read"], transcript
    sent = transcript[0]["read"]
    assert sent[server_frames(sent)[-1][0]] == 0x88, "the recorded log ends with a close frame"
    return sent


def frame(opcode: int, payload: bytes, *, fin: bool = True, rsv: int = 0) -> bytes:
    """A server's frame (unmasked), its length in the shortest form."""
    first = (0x80 if fin else 0) | rsv << 4 | opcode
    if len(payload) < 126:
        return bytes([first, len(payload)]) + payload
    if len(payload) < 1 << 16:
        return bytes([first, 126]) + struct.pack(">H", len(payload)) + payload
    return bytes([first, 127]) + struct.pack(">Q", len(payload)) + payload


LOST = b"\x01\x01\x01lost\n"  # a stdout log line, as the toolbox frames it
MALFORMED_FRAMES = {
    "reserved-data-opcode": frame(0x3, LOST),
    "reserved-control-opcode": frame(0xB, b""),
    "rsv1-without-extension": frame(0x2, LOST, rsv=0b100),
    "rsv2": frame(0x2, LOST, rsv=0b010),
    "rsv3": frame(0x2, LOST, rsv=0b001),
    "text-not-utf8": frame(0x1, b"\x01\x01\x01\xff\xfe\n"),
    "text-not-utf8-across-fragments": frame(0x1, b"ok \xe2\x82", fin=False) + frame(0x0, b"\x28\n"),
    "masked-by-the-server": bytes([0x82, 0x80 | len(LOST)]) + b"\0\0\0\0" + LOST,
    "fragmented-control": frame(0x9, b"", fin=False),
    "control-over-125-bytes": bytes([0x89, 126]) + struct.pack(">H", 126) + b"p" * 126,
    "continuation-without-a-start": frame(0x0, LOST),
    "new-message-inside-a-fragmented-one": frame(0x2, LOST, fin=False) + frame(0x2, LOST),
    "length-not-in-its-shortest-form": bytes([0x82, 126]) + struct.pack(">H", len(LOST)) + LOST,
    "64-bit-length-with-its-top-bit-set": bytes([0x82, 127]) + struct.pack(">Q", 1 << 63) + LOST,
    "close-with-a-1-byte-payload": frame(0x8, b"\x03"),
    "close-with-an-invalid-code": frame(0x8, struct.pack(">H", 999)),
    "close-with-a-reserved-code": frame(0x8, struct.pack(">H", 1005)),
    "close-with-reason-not-utf8": frame(0x8, struct.pack(">H", 1000) + b"\xff"),
    # A close (a normal one) before the last fragment of a message: that message is lost.
    "close-inside-a-fragmented-message": frame(0x2, LOST, fin=False) + frame(0x8, struct.pack(">H", 1000)),
}


def check_log_fault(result: Any, seen: list[str], what: str) -> None:
    """The exit code is asked for apart from the log: a result is right only if it holds all the
    output and the callbacks got all of it; anything else is a typed error."""
    if isinstance(result, CommandResult):
        assert (result.exit_code, result.error) == (0, None), f"{what} gave {result!r}"
        assert result.stdout == TICKED == "".join(seen), f"{what} gave {result!r}; callbacks got {seen}"
        return
    check_typed(result, DAYTONA, what)


async def _follow_faulted(follow: str, wire: Wire) -> tuple[Any, list[str], FaultTransport, Rewire]:
    cassette, run, _ = FOLLOWS[follow]
    config, transport, rewire = rewired(DAYTONA, cassette, LOGS, wire=wire)
    seen: list[str] = []
    async with AsyncSandboxer("daytona", config) as client:
        sb, _ = await client.create_sandbox(SUITE)
        result = await outcome(run(sb, seen))
    assert rewire.fired == 1, "the log was not followed"
    return result, seen, transport, rewire


def _log_cuts(follow: str, *, between: bool) -> list[int]:
    frames = server_frames(log_sent(follow))
    # Between frames: also just before the close frame (all the output came, but no close).
    return cuts_between(frames) + [frames[-1][0]] if between else cuts_inside(frames)


def _log_cases(between: bool) -> list[Any]:
    return [
        pytest.param(follow, cut, id=f"{follow}-{cut}")
        for follow in FOLLOWS
        for cut in sorted(set(_log_cuts(follow, between=between)))
    ]


@pytest.mark.parametrize(("follow", "cut"), _log_cases(between=False))
async def test_a_log_cut_mid_frame_is_an_error(follow, cut):
    result, seen, _, _ = await _follow_faulted(follow, Wire(cut))
    check_log_fault(result, seen, f"a log cut at byte {cut}")
    assert isinstance(result, ConnectionFailedError), repr(result)  # (a frame can't end a log whole)


@pytest.mark.parametrize(("follow", "cut"), _log_cases(between=True))
async def test_a_log_that_ends_between_frames_without_a_close_is_an_error(follow, cut):
    result, seen, _, _ = await _follow_faulted(follow, Wire(cut))
    check_log_fault(result, seen, f"a log ended without a close at byte {cut}")
    if cut < server_frames(log_sent(follow))[-1][0]:
        assert isinstance(result, ConnectionFailedError), repr(result)


@pytest.mark.parametrize("follow", list(FOLLOWS))
@pytest.mark.parametrize("where", ["header", "payload"])
async def test_a_log_that_stalls_mid_frame_is_a_timeout(follow, where):
    start, end = server_frames(log_sent(follow))[1]  # the second frame: after the pid, for start
    cut = start + 1 if where == "header" else (start + end) // 2
    result, _, _, _ = await _follow_faulted(follow, Wire(cut, end="timeout"))
    assert isinstance(result, SandboxerTimeoutError), repr(result)
    check_typed(result, DAYTONA, "a stalled log")


@pytest.mark.parametrize("follow", list(FOLLOWS))
@pytest.mark.parametrize("at", ["first", "after-one"])
@pytest.mark.parametrize("malformed", list(MALFORMED_FRAMES))
async def test_a_malformed_log_frame_is_a_provider_error(follow, at, malformed):
    """In place of the log's first frame (for start_command: before its pid), or after one."""
    keep = 0 if at == "first" else server_frames(log_sent(follow))[0][1]
    # Then the connection stays as the fault leaves it: a client that reads on would time out.
    wire = Wire(keep, then=MALFORMED_FRAMES[malformed], end="timeout")
    result, seen, _, rewire = await _follow_faulted(follow, wire)
    check_log_fault(result, seen, f"a log with a malformed frame ({malformed})")
    assert type(result) is ProviderError, repr(result)
    assert "lost" not in "".join(seen)


@pytest.mark.parametrize("follow", list(FOLLOWS))
def test_sync_log_cut_stalled_or_malformed(follow):
    _, _, run = FOLLOWS[follow]
    frames = server_frames(log_sent(follow))
    faults = {
        "cut": (Wire(cuts_inside(frames)[-2]), ConnectionFailedError),
        "stalled": (Wire(frames[1][0] + 1, end="timeout"), SandboxerTimeoutError),
        "malformed": (Wire(frames[0][1], then=MALFORMED_FRAMES["rsv1-without-extension"]), ProviderError),
    }
    for name, (wire, cls) in faults.items():
        config, _, rewire = rewired(DAYTONA, FOLLOWS[follow][0], LOGS, wire=wire)
        seen: list[str] = []
        with Sandboxer("daytona", config) as client:
            sb, _ = client.create_sandbox(SUITE)
            try:
                result = run(sb, seen)
            except Exception as exc:
                result = exc
        assert rewire.fired == 1
        assert isinstance(result, cls), f"{name}: {result!r}"
        check_typed(result, DAYTONA, f"sync {follow}, {name}")


async def test_an_unaltered_log_replays_whole():
    """The wrapper itself changes nothing when it lets everything through."""
    for follow in FOLLOWS:
        result, seen, _, _ = await _follow_faulted(follow, Wire(len(log_sent(follow))))
        assert isinstance(result, CommandResult), repr(result)
        assert (result.stdout, result.exit_code) == (TICKED, 0) and "".join(seen) == TICKED


# --- E2B: malformed messages inside a Connect stream ----------------------------------------------

START = r"/process\.Process/Start$"
# (cassette, async run, sync run): run_command with callbacks; start_command, then wait_for_handle.
STARTED = "echo a; echo b >&2; sleep 0.3; exit 5"


# The contract suite's cassettes (their sandbox: CONTRACT).
PROCESSES: dict[str, tuple[str, Callable[..., Awaitable[Any]], Callable[..., Any]]] = {
    "run": (
        "contract/test_a_non_zero_exit_is_data",
        lambda sb, seen: sb.run_command(RunCommandRequest(SPLIT), on_stdout=seen.append),
        lambda sb, seen: sb.run_command(RunCommandRequest(SPLIT), on_stdout=seen.append),
    ),
    "start-wait": ("contract/test_a_started_command_is_waited_for", *start_and_wait(STARTED)),
}


def envelopes(body: bytes) -> list[tuple[int, bytes]]:
    """(flags, message) of each envelope of a recorded Connect stream."""
    return [(body[start], body[start + 5 : end]) for start, end in connect_frames(body)]


def packed(items: list[tuple[int, bytes]]) -> bytes:
    return b"".join(struct.pack(">BI", flags, len(message)) + message for flags, message in items)


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


# Where in the stream: the start event (the pid), the first data event, the end event, the
# end-of-stream envelope.
def _index(items: list[tuple[int, bytes]], which: str) -> int:
    return {"start": 0, "data": 1, "end": len(items) - 2, "end-of-stream": len(items) - 1}[which]


def message_as(which: str, message: bytes, flags: int | None = None) -> Callable[[bytes], bytes]:
    """The stream with one message replaced (its envelope's length made to fit)."""

    def edit(body: bytes) -> bytes:
        items = envelopes(body)
        at = _index(items, which)
        items[at] = (items[at][0] if flags is None else flags, message)
        return packed(items)

    return edit


def flags_as(which: str, flags: int) -> Callable[[bytes], bytes]:
    def edit(body: bytes) -> bytes:
        items = envelopes(body)
        at = _index(items, which)
        items[at] = (flags, items[at][1])
        return packed(items)

    return edit


def event_as(which: str, change: Callable[[dict[str, Any]], Any]) -> Callable[[bytes], bytes]:
    """The stream with one message's JSON changed."""

    def edit(body: bytes) -> bytes:
        items = envelopes(body)
        at = _index(items, which)
        items[at] = (items[at][0], _json(change(json.loads(items[at][1]))))
        return packed(items)

    return edit


def length_as(which: str, extra: int) -> Callable[[bytes], bytes]:
    """The stream with one envelope declaring `extra` bytes more than it (and all after it) holds."""

    def edit(body: bytes) -> bytes:
        start, end = connect_frames(body)[_index(envelopes(body), which)]
        declared = end - start - 5 + extra + (len(body) - end)
        return body[:start] + struct.pack(">BI", body[start], declared) + body[start + 5 :]

    return edit


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], Any]:
    """One field of an event set (a path of keys, dot-separated)."""
    keys = path.split(".")

    def change(message: dict[str, Any]) -> Any:
        at = message
        for key in keys[:-1]:
            at = at[key]
        at[keys[-1]] = value
        return message

    return change


def _data(value: Any) -> Callable[[dict[str, Any]], Any]:
    """The data event's payload: its first stream (stdout, or stderr) given `value`."""

    def change(message: dict[str, Any]) -> Any:
        data = message["event"]["data"]
        data[next(iter(data))] = value
        return message

    return change


MALFORMED_MESSAGES: dict[str, Callable[[bytes], bytes]] = {
    # Not JSON, or not a JSON object.
    "data-not-json": message_as("data", b'{"event": {"data": {"stdout": "b3V0Cg=='),
    "data-not-utf8": message_as("data", b'{"event": {"data": {"stdout": "\xff\xfe"}}}'),
    "data-a-json-array": message_as("data", b'[{"event": {"data": {}}}]'),
    "data-a-json-string": message_as("data", b'"event"'),
    "data-json-too-deep": message_as("data", b"[" * 100_000 + b"]" * 100_000),
    "start-not-json": message_as("start", b"\x00\x01 not json"),
    "end-not-json": message_as("end", b'{"event": {"end": {"exitCode": 3,'),
    # JSON of the wrong shape.
    "event-a-number": message_as("data", b'{"event": 5}'),
    "event-a-string": message_as("data", b'{"event": "data"}'),
    "event-a-list": message_as("data", b'{"event": [{"data": {"stdout": "b3V0Cg=="}}]}'),
    "data-a-string": event_as("data", _set("event.data", "b3V0Cg==")),
    "data-a-list": event_as("data", _set("event.data", ["b3V0Cg=="])),
    "output-not-base64": event_as("data", _data("not base64!")),
    "output-base64-with-foreign-characters": event_as("data", _data("b3V0$Cg==")),
    "output-only-foreign-characters": event_as("data", _data("@@@@")),
    "output-url-safe-base64": event_as("data", _data("-_-_")),
    "output-base64-unpadded": event_as("data", _data("b3V0Cg")),
    "output-a-number": event_as("data", _data(5)),
    "output-an-object": event_as("data", _data({"b64": "b3V0Cg=="})),
    "start-not-an-object": event_as("start", _set("event.start", 1000)),
    "pid-a-word": event_as("start", _set("event.start.pid", "one thousand")),
    "end-not-an-object": event_as("end", _set("event.end", "exit status 3")),
    "exit-code-a-word": event_as("end", _set("event.end.exitCode", "three")),
    "exit-code-an-empty-string": event_as("end", _set("event.end.exitCode", "")),
    "exit-code-a-fraction": event_as("end", _set("event.end.exitCode", 3.5)),
    "exit-code-a-boolean": event_as("end", _set("event.end.exitCode", True)),
    "exit-code-a-list": event_as("end", _set("event.end.exitCode", [3])),
    # Envelopes that break the protocol.
    "unknown-flag-0x04": flags_as("data", 0x04),
    "unknown-flag-0x80": flags_as("data", 0x80),
    "unknown-flags-on-the-end-of-stream": flags_as("end-of-stream", 0x02 | 0x10),
    "compressed-data-none-negotiated": flags_as("data", 0x01),
    "compressed-start": flags_as("start", 0x01),
    "compressed-end-of-stream": flags_as("end-of-stream", 0x03),
    "data-longer-than-the-body": length_as("data", 1),
    "end-event-longer-than-the-body": length_as("end", 100),
    "end-of-stream-longer-than-the-body": length_as("end-of-stream", 1),
    "end-of-stream-length-4-GiB": length_as("end-of-stream", 0xFFFFFFFF - 2 - 5),
    # An end-of-stream envelope that is not what Connect says.
    "end-of-stream-not-json": message_as("end-of-stream", b"{"),
    "end-of-stream-a-json-list": message_as("end-of-stream", b"[]"),
    "end-of-stream-error-a-string": message_as("end-of-stream", b'{"error": "boom"}'),
    "end-of-stream-error-a-list": message_as("end-of-stream", b'{"error": [{"code": "internal"}]}'),
    "end-of-stream-error-empty": message_as("end-of-stream", b'{"error": {}}'),
    "end-of-stream-error-code-a-number": message_as("end-of-stream", b'{"error": {"code": 13}}'),
}


def _stream_cases() -> list[Any]:
    return [
        pytest.param(process, name, id=f"{process}-{name}")
        for process in PROCESSES
        for name in MALFORMED_MESSAGES
    ]


async def _process_faulted(process: str, edit: Callable[[bytes], bytes]) -> tuple[Any, list[str], Rewire]:
    cassette, run, _ = PROCESSES[process]
    config, _, rewire = rewired(E2B, cassette, START, body=edit)
    seen: list[str] = []
    async with AsyncSandboxer("e2b", config) as client:
        sb, _ = await client.create_sandbox(CONTRACT)
        result = await outcome(run(sb, seen))
    assert rewire.fired == 1
    return result, seen, rewire


@pytest.mark.parametrize(("process", "name"), _stream_cases())
async def test_a_malformed_connect_message_is_a_provider_error(process, name):
    result, _, _ = await _process_faulted(process, MALFORMED_MESSAGES[name])
    check_typed(result, E2B, f"a Connect stream with {name}")
    if "longer-than-the-body" in name or "4-GiB" in name:  # the rest never came: a cut
        assert isinstance(result, ConnectionFailedError), repr(result)
    elif "end-of-stream-error" not in name:
        assert type(result) is ProviderError, repr(result)
    else:
        assert not isinstance(result, ConnectionFailedError | SandboxerTimeoutError), repr(result)


CONNECT_ERRORS = {
    "not_found": NotFoundError,
    "unauthenticated": UnauthorizedError,
    "resource_exhausted": RateLimitError,
    "deadline_exceeded": SandboxerTimeoutError,
    "unavailable": ConnectionFailedError,
    "internal": ProviderError,
    "a_code_from_the_future": ProviderError,
}


@pytest.mark.parametrize("process", list(PROCESSES))
@pytest.mark.parametrize("code", list(CONNECT_ERRORS))
@pytest.mark.parametrize("at", ["after-the-output", "in-place-of-the-output"])
async def test_an_end_of_stream_error_is_its_typed_error(process, code, at):
    error = _json({"error": {"code": code, "message": f"injected {code}"}})

    def edit(body: bytes) -> bytes:
        items = envelopes(body)
        if at == "in-place-of-the-output":  # only the start event, then the error
            items = items[:1] + items[-1:]
        items[-1] = (0x02, error)
        return packed(items)

    result, _, _ = await _process_faulted(process, edit)
    check_typed(result, E2B, f"an end-of-stream {code} error")
    assert type(result) is CONNECT_ERRORS[code], repr(result)
    assert result.code == code and f"injected {code}" in str(result)


async def test_an_exit_code_in_a_string_is_protobuf_json_and_read():
    """Protobuf's JSON mapping lets an int32 come as a string of digits: "3" is 3, not an error
    (what is not a number is: test_a_malformed_connect_message_is_a_provider_error)."""
    result, seen, _ = await _process_faulted("run", event_as("end", _set("event.end.exitCode", "3")))
    assert isinstance(result, CommandResult), repr(result)
    assert (result.stdout, result.stderr, result.exit_code) == ("out\n", "err\n", 3)
    assert "".join(seen) == "out\n"


async def test_unaltered_connect_streams_replay_whole():
    for process in PROCESSES:
        result, seen, _ = await _process_faulted(process, lambda body: body)
        assert isinstance(result, CommandResult) and result.error in (None, "exit status 3"), repr(result)
        assert "".join(seen) == result.stdout != ""


@pytest.mark.parametrize("process", list(PROCESSES))
@pytest.mark.parametrize(
    "name",
    ["data-not-json", "output-only-foreign-characters", "unknown-flag-0x04", "end-of-stream-error-a-string"],
)
def test_sync_malformed_connect_message_is_a_provider_error(process, name):
    cassette, _, run = PROCESSES[process]
    config, _, rewire = rewired(E2B, cassette, START, body=MALFORMED_MESSAGES[name])
    seen: list[str] = []
    with Sandboxer("e2b", config) as client:
        sb, _ = client.create_sandbox(CONTRACT)
        try:
            result = run(sb, seen)
        except Exception as exc:
            result = exc
    assert rewire.fired == 1
    check_typed(result, E2B, f"sync, a Connect stream with {name}")
    assert type(result) is ProviderError, repr(result)
