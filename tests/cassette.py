"""An httpx transport that records to, and replays from, vcrpy cassettes.

vcrpy's own httpx patch reads a streamed answer whole before handing it over, which would block a
started command until it ends. This transport keeps streams live while recording: it tees the body
as the caller reads it and appends the interaction to vcrpy's `Cassette` when the answer is closed.
Replay and persistence are vcrpy's (matching, YAML format, record modes).

Secrets are scrubbed before anything is written (see `scrub`).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import re
import tarfile
import threading
from pathlib import Path
from typing import Any

import httpx
from vcr.cassette import Cassette
from vcr.record_mode import RecordMode
from vcr.request import Request as VcrRequest

# Matching includes the body, so concurrent requests to one URL (exec creates) replay correctly.
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "body", "headers")
# Request headers that change what the server does, compared on replay (the rest are not).
SIGNIFICANT_HEADERS = ("connect-timeout-ms", "keepalive-ping-interval", "upgrade", "x-daytona-sdk-version")
SECRET_HEADERS = (
    "authorization",
    "x-api-key",
    "x-access-token",
    "x-registry-auth",
    "cookie",
    "set-cookie",
    # Runloop's terminal token, which its CLI sends as the WebSocket subprotocol.
    "sec-websocket-protocol",
    "x-runloop-tunnel-authorization",
)
SECRET_FIELDS = (
    "envdAccessToken",
    "accessToken",
    "access_token",
    "auth_token",
    "token",
    "apiKey",
    "api_key",
    "password",
)
_FIELD_RE = re.compile(r'("(?:' + "|".join(SECRET_FIELDS) + r')"\s*:\s*")([^"]*)(")')
REDACTED = "<REDACTED>"


# Query parameters that carry credentials (presigned URLs, token auth).
_QUERY_RE = re.compile(r"([?&](?:" + "|".join(SECRET_FIELDS) + r"|signature|sig|key)=)([^&#]*)", re.IGNORECASE)


def scrub_text(text: str, secrets: tuple[str, ...] = ()) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return _FIELD_RE.sub(lambda m: m.group(1) + REDACTED + m.group(3), text)


def _scrub_body(body: Any, secrets: tuple[str, ...] = ()) -> Any:
    if isinstance(body, bytes):
        for secret in secrets:  # the known values, also inside bytes that are not text
            body = body.replace(secret.encode("utf-8"), REDACTED.encode())
        try:
            return scrub_text(body.decode("utf-8")).encode("utf-8")
        except UnicodeDecodeError:
            return body
    if isinstance(body, str):
        return scrub_text(body, secrets)
    return body


def is_user_only(value: str) -> bool:
    """`Basic base64("user:")`: a user name without password (how envd is told the user), no secret."""
    scheme, _, encoded = value.partition(" ")
    if scheme != "Basic":
        return False
    try:
        return base64.b64decode(encoded, validate=True).decode("utf-8").endswith(":")
    except ValueError:
        return False


def scrub_request(request: VcrRequest, secrets: tuple[str, ...] = ()) -> VcrRequest:
    """Credential headers, query parameters and body fields, and every occurrence of a known secret
    (the live key the recording used), replaced before the request is written."""
    for name in list(request.headers):
        value = str(request.headers[name])
        if name.lower() in SECRET_HEADERS and not is_user_only(value):
            request.headers[name] = REDACTED
        elif secrets:
            request.headers[name] = scrub_text(value, secrets)
    request.uri = _QUERY_RE.sub(lambda m: m.group(1) + REDACTED, scrub_text(request.uri, secrets))
    request.body = _scrub_body(request.body, secrets)
    return request


def scrub_response(response: dict[str, Any], secrets: tuple[str, ...] = ()) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            headers[name] = [REDACTED]
        elif secrets:
            headers[name] = [scrub_text(str(v), secrets) for v in headers[name]]
    body = response.get("body", {})
    if "string" in body:
        body["string"] = _scrub_body(body["string"], secrets)
    # What the client sent over a hijacked connection (terminal input, websocket frames).
    if "hijacked_writes" in response:
        response["hijacked_writes"] = _scrub_body(response["hijacked_writes"], secrets)
    for step in response.get("hijacked_transcript") or []:
        for kind in step:
            step[kind] = _scrub_body(step[kind], secrets)
    return response


def _vcr_request(request: httpx.Request, body: bytes) -> VcrRequest:
    headers = {k: v for k, v in request.headers.items() if k.lower() not in ("content-length", "host")}
    return VcrRequest(request.method, str(request.url), body, headers)


def _serialize(response: httpx.Response, body: bytes) -> dict[str, Any]:
    headers: dict[str, list[str]] = {}
    for name, value in response.headers.multi_items():
        headers.setdefault(name, []).append(value)
    return {
        "status": {"code": response.status_code, "message": response.reason_phrase},
        "headers": headers,
        "body": {"string": body},
    }


class _RecordingNetwork:
    """A hijacked (101) connection, passed through while its reads and writes are kept in order."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.reads: list[bytes] = []
        self.writes: list[bytes] = []
        self.transcript: list[dict[str, bytes]] = []  # {"read": b} / {"write": b}, as they happened

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)

    def _note(self, kind: str, data: bytes) -> None:
        (self.reads if kind == "read" else self.writes).append(data)
        if data:
            if self.transcript and kind in self.transcript[-1]:
                self.transcript[-1][kind] += data
            else:
                self.transcript.append({kind: data})


class _SyncRecordingNetwork(_RecordingNetwork):
    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self.inner.read(max_bytes, timeout)
        self._note("read", data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._note("write", bytes(buffer))
        self.inner.write(buffer, timeout)

    def close(self) -> None:
        self.inner.close()


class _AsyncRecordingNetwork(_RecordingNetwork):
    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = await self.inner.read(max_bytes, timeout)
        self._note("read", data)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._note("write", bytes(buffer))
        await self.inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self.inner.aclose()


class _ReplayNetwork:
    """A recorded hijacked connection, replayed in its recorded order: what the server sent after
    the client wrote something is read only once the client has written it (and it must be the
    same: for a WebSocket, the same frames, whatever their random masks)."""

    def __init__(self, transcript: list[dict[str, bytes]], websocket: bool = False, ordered: bool = True) -> None:
        self._events = [(kind, bytes(data)) for event in transcript for kind, data in event.items()]
        self._ordered = ordered  # False: an older cassette without the order; reads never wait
        self._read_at = 0  # the event reads come from
        self._offset = 0  # bytes of it already read
        self._write_at = 0  # events before this are written (or are reads)
        self._written = b""  # written toward the next write event
        self._websocket = websocket
        self._moved = threading.Condition()

    def get_extra_info(self, info: str) -> Any:
        return None

    def _readable(self) -> bytes | None:
        """Bytes to read now; b"" at the end; None while the client owes a write."""
        while self._read_at < len(self._events) and self._events[self._read_at][0] == "write":
            if self._read_at >= self._write_at and self._ordered:
                return None
            self._read_at += 1
        if self._read_at >= len(self._events):
            return b""
        return self._events[self._read_at][1][self._offset :]

    def _take(self, max_bytes: int) -> bytes:
        data = self._readable()[:max_bytes]
        self._offset += len(data)
        if data and self._offset >= len(self._events[self._read_at][1]):
            self._read_at, self._offset = self._read_at + 1, 0
        return data

    def _write(self, buffer: bytes) -> None:
        # A client may write before it has read what the server sent first: writes are matched
        # against the next recorded write, wherever the reads are.
        with self._moved:
            self._written += bytes(buffer)
            while self._written:
                due = next((i for i in range(self._write_at, len(self._events)) if self._events[i][0] == "write"), None)
                assert due is not None, f"wrote {self._written!r} beyond what the cassette has"
                expected = self._events[due][1]
                if self._websocket:
                    # A client masks each frame with a random key: compare what the frames carry.
                    sent, recorded = client_frames(self._written), client_frames(expected)
                    assert recorded[: len(sent)] == sent, f"sent {sent!r}, the cassette has {recorded!r}"
                    if len(sent) < len(recorded):
                        return
                    self._written = b""
                else:
                    assert expected.startswith(self._written[: len(expected)]), (
                        f"wrote {self._written!r}, the cassette has {expected!r}"
                    )
                    if len(self._written) < len(expected):
                        return
                    self._written = self._written[len(expected) :]
                self._write_at = due + 1
                self._moved.notify_all()


def client_frames(data: bytes) -> list[tuple[int, bytes]]:
    """(first byte, unmasked payload) of each whole WebSocket frame a client sent (RFC 6455 5.2)."""
    frames, pos = [], 0
    while len(data) - pos >= 2:
        first, second = data[pos], data[pos + 1]
        length, at = second & 0x7F, pos + 2
        if length >= 126:
            size = 2 if length == 126 else 8
            length, at = int.from_bytes(data[at : at + size], "big"), at + size
        mask = data[at : at + 4] if second & 0x80 else b""
        at += len(mask)
        if len(data) < at + length:
            break
        payload = data[at : at + length]
        if mask:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        frames.append((first, payload))
        pos = at + length
    return frames


class _SyncReplayNetwork(_ReplayNetwork):
    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        with self._moved:
            if not self._moved.wait_for(lambda: self._readable() is not None, timeout or 30):
                raise TimeoutError("replay: the recorded server waits for a write that never came")
            return self._take(max_bytes)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._write(buffer)

    def close(self) -> None:
        pass


class _AsyncReplayNetwork(_ReplayNetwork):
    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        for _ in range(int((timeout or 30) / 0.005)):
            with self._moved:
                if self._readable() is not None:
                    return self._take(max_bytes)
            await asyncio.sleep(0.005)
        raise TimeoutError("replay: the recorded server waits for a write that never came")

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._write(buffer)

    async def aclose(self) -> None:
        pass


class _Tee:
    """Passes a live answer through while keeping a copy; records it on close."""

    def __init__(self, owner: CassetteTransport, request: VcrRequest, response: httpx.Response,
                 network: _RecordingNetwork | None = None) -> None:
        self._owner = owner
        self._request = request
        self._response = response
        self._stream = response.stream
        self._chunks: list[bytes] = []
        self._network = network
        self._recorded = False
        self._exhausted = False

    def _record(self) -> None:
        if not self._recorded:
            self._recorded = True
            if self._network is None:
                answer = _serialize(self._response, b"".join(self._chunks))
            else:
                # An upgraded connection: what came back is the body; what we sent is kept beside it.
                answer = _serialize(self._response, b"".join(self._network.reads))
                answer["hijacked_writes"] = b"".join(self._network.writes)
                answer["hijacked_transcript"] = self._network.transcript
            if not self._exhausted and self._network is None:
                # The client closed the answer before its end (a watch it stopped): say so, as
                # the body then lacks what a finished stream ends with.
                answer["client_closed"] = True
            self._owner.cassette.append(self._request, answer)

    def __iter__(self):
        for chunk in self._stream:
            self._chunks.append(chunk)
            yield chunk
        self._exhausted = True

    async def __aiter__(self):
        async for chunk in self._stream:
            self._chunks.append(chunk)
            yield chunk
        self._exhausted = True

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._record()

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            self._record()


class _SyncTee(_Tee, httpx.SyncByteStream):
    pass


class _AsyncTee(_Tee, httpx.AsyncByteStream):
    pass


CONNECT_STREAM = "application/connect+json"
WEBSOCKET_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class _Frames(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A recorded Connect stream (or server-sent events), replayed one envelope (event) per chunk,
    as a server sends them.

    With `hold_open` (the client had closed it), the stream then waits, as the live one did, until
    the client closes it.
    """

    def __init__(self, body: bytes, hold_open: bool = False, events: bool = False, lines: bool = False) -> None:
        self.chunks = []
        if events:  # server-sent events: one event (ended by a blank line) per chunk
            self.chunks = [part + b"\n\n" for part in body.split(b"\n\n") if part]
            body = b""
        if lines:  # newline-delimited JSON: one line per chunk
            self.chunks = body.splitlines(keepends=True)
            body = b""
        while body:
            end = 5 + int.from_bytes(body[1:5], "big")
            self.chunks.append(body[:end])
            body = body[end:]
        self._hold_open = hold_open
        self._closed = threading.Event()

    def __iter__(self):
        yield from self.chunks
        if self._hold_open:
            self._closed.wait(60)

    async def __aiter__(self):
        for chunk in self.chunks:
            yield chunk
        while self._hold_open and not self._closed.is_set():
            await asyncio.sleep(0.01)

    def close(self) -> None:
        self._closed.set()

    async def aclose(self) -> None:
        self._closed.set()


class CassetteTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Replays from `path`; in a recording mode, sends what the cassette lacks to `real`."""

    def __init__(
        self, path: str | Path, record_mode: str = "none", real: Any = None, secrets: tuple[str, ...] = ()
    ) -> None:
        secrets = tuple(x for x in secrets if x and len(x) >= 6)  # short strings would hit by chance
        self.cassette = Cassette.load(
            path=str(path),
            record_mode=RecordMode(record_mode),
            match_on=[_MATCHERS[m] for m in MATCH_ON],
            before_record_request=lambda request: scrub_request(request, secrets),
            before_record_response=lambda response: scrub_response(response, secrets),
        )
        self.real = real

    def _replay(self, request: httpx.Request, body: bytes, is_async: bool) -> httpx.Response | None:
        vcr_request = _vcr_request(request, body)
        if self.cassette.can_play_response_for(vcr_request):
            recorded = self.cassette.play_response(vcr_request)
            headers = [(k, v) for k, values in recorded["headers"].items() for v in values]
            content = recorded["body"]["string"]
            if isinstance(content, str):
                content = content.encode("utf-8")
            extensions = {}
            if recorded["status"]["code"] == 101:
                network = _AsyncReplayNetwork if is_async else _SyncReplayNetwork
                key = request.headers.get("sec-websocket-key")
                transcript = recorded.get("hijacked_transcript")
                ordered = transcript is not None
                if not ordered:  # an older cassette: all reads, all writes, their order not kept
                    transcript = [{"read": content}, {"write": recorded.get("hijacked_writes", b"")}]
                extensions["network_stream"] = network(transcript, key is not None, ordered)
                content = b""
                if key is not None:  # the handshake's answer to this request's (random) key
                    accept = base64.b64encode(hashlib.sha1(key.encode() + WEBSOCKET_GUID).digest()).decode()
                    headers = [(k, accept if k.lower() == "sec-websocket-accept" else v) for k, v in headers]
            stream = httpx.ByteStream(content)
            if any(k.lower() == "content-type" and v.startswith(CONNECT_STREAM) for k, v in headers):
                # A stream the client closed (a watch it stopped) stays open until closed again.
                stream = _Frames(content, hold_open=bool(recorded.get("client_closed")))
            elif any(k.lower() == "content-type" and v.startswith("text/event-stream") for k, v in headers):
                stream = _Frames(content, hold_open=bool(recorded.get("client_closed")), events=True)
            elif any(k.lower() == "content-type" and v.startswith("application/x-ndjson") for k, v in headers):
                # newline-delimited JSON (Blaxel's streamed exec): one line per chunk
                stream = _Frames(content, hold_open=bool(recorded.get("client_closed")), lines=True)
            return httpx.Response(recorded["status"]["code"], headers=headers, stream=stream, extensions=extensions)
        if self.cassette.write_protected or self.real is None:
            raise AssertionError(
                f"cassette {self.cassette.path} has no unplayed answer for {request.method} {request.url}"
                " (record it with --record-mode=once or all, with a Docker engine running)"
            )
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        replayed = self._replay(request, body, is_async=False)
        if replayed is not None:
            return replayed
        response = self.real.handle_request(request)
        network = None
        if response.status_code == 101:
            network = _SyncRecordingNetwork(response.extensions["network_stream"])
            response.extensions["network_stream"] = network
        response.stream = _SyncTee(self, _vcr_request(request, body), response, network)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        replayed = self._replay(request, body, is_async=True)
        if replayed is not None:
            return replayed
        response = await self.real.handle_async_request(request)
        network = None
        if response.status_code == 101:
            network = _AsyncRecordingNetwork(response.extensions["network_stream"])
            response.extensions["network_stream"] = network
        response.stream = _AsyncTee(self, _vcr_request(request, body), response, network)
        return response

    def save(self) -> None:
        self.cassette._save()

    def close(self) -> None:
        if self.real is not None:
            self.real.close()

    async def aclose(self) -> None:
        if self.real is not None:
            await self.real.aclose()


# Values that differ on every run and do not change what the engine does.
VOLATILE_LABELS = ("sandboxer.expires-at", "sandboxer.create")  # Docker's; Daytona's create mark


def _normal_body(request: VcrRequest) -> Any:
    body = request.body or b""
    if isinstance(body, str):
        body = body.encode("utf-8")
    if body[:1] == b"{":
        try:
            data = json.loads(body)
        except ValueError:
            return body
        if isinstance(data, dict):
            for label in VOLATILE_LABELS:
                (data.get("Labels") or {}).pop(label, None)
                (data.get("labels") or {}).pop(label, None)
            # An expiry date computed from the clock (Blaxel's lifecycle "date" policy).
            lifecycle = (data.get("spec") or {}).get("lifecycle") or {}
            for policy in lifecycle.get("expirationPolicies") or []:
                if isinstance(policy, dict) and policy.get("type") == "date":
                    policy["value"] = "<now + timeout>"
            # The same on Fly: the expiry kept in the machine's metadata.
            config = data.get("config") if isinstance(data.get("config"), dict) else {}
            if isinstance(config.get("metadata"), dict) and "sandboxer_expires_at" in config["metadata"]:
                config["metadata"]["sandboxer_expires_at"] = "<now + timeout>"
        return data
    if body.startswith(b"--") and b"Content-Disposition: form-data" in body[:400]:
        # A multipart upload: its boundary is random, the parts are what matter.
        boundary = body.split(b"\r\n", 1)[0][2:]
        return body.replace(boundary, b"BOUNDARY")
    if len(body) >= 512 and body[257:262] == b"ustar":
        # A tar upload: compare what lands in the container, not the header timestamps.
        with tarfile.open(fileobj=io.BytesIO(body)) as archive:
            return [
                (
                    m.name,
                    m.size,
                    m.mode,
                    m.uid,
                    m.gid,
                    m.type,
                    archive.extractfile(m).read() if m.isfile() else b"",
                )
                for m in archive.getmembers()
            ]
    return body


def body(r1: VcrRequest, r2: VcrRequest) -> None:
    assert _normal_body(r1) == _normal_body(r2)


def _significant(request: VcrRequest) -> dict[str, str]:
    found = {k.lower(): str(v) for k, v in request.headers.items() if k.lower() in SIGNIFICANT_HEADERS}
    auth = next((str(v) for k, v in request.headers.items() if k.lower() == "authorization"), "")
    if is_user_only(auth):
        found["user"] = auth  # the user a command or file operation runs as
    return found


def headers(r1: VcrRequest, r2: VcrRequest) -> None:
    assert _significant(r1) == _significant(r2)


# Query parameters that are clock readings, not choices: the local provider asks the engine's event
# log for a command's own time span (`since`/`until`), which differs on every run.
CLOCK_PARAMETERS = {"/events": ("since", "until")}


def _timeless_query(request: VcrRequest) -> list[tuple[str, str]]:
    clock = next((names for path, names in CLOCK_PARAMETERS.items() if request.path.endswith(path)), ())
    return [(k, "<time>" if k in clock else v) for k, v in request.query]


def query(r1: VcrRequest, r2: VcrRequest) -> None:
    assert _timeless_query(r1) == _timeless_query(r2)


def _matchers() -> dict[str, Any]:
    from vcr import matchers

    own = {"body": body, "headers": headers, "query": query}
    return {name: own.get(name) or getattr(matchers, name) for name in MATCH_ON}


_MATCHERS = _matchers()
