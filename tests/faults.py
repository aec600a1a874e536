"""A fault-injecting httpx transport (sync and async) to wrap around a provider's real traffic.

`FaultTransport(inner, rules)` passes requests to `inner` (a cassette's replay, a fake, the
network) unless a `Rule` matches (method + path regex), in which case it fires its fault, at most
`times` times:

- `connect`: httpx.ConnectError before anything is sent (the request never reaches the server);
- `reset` / `protocol`: the request is sent (it reaches the server, which acts on it), then the
  answer is lost: httpx.ReadError / httpx.RemoteProtocolError instead of it;
- `status`: an answer with `status` (one per firing, or a list: a burst) and `headers` in place of
  the real one (which is not asked for: the server, or a proxy in front of it, refused it);
- `read_timeout`: the real answer's first `keep` bytes, then httpx.ReadTimeout;
- `truncate`: the real answer's first `keep` bytes, then a clean end of body;
- `json`: the real answer's JSON body passed through `mutate` (see `malformed`, `add_fields`,
  `drop_fields`, `retype_fields`).

`keep` is a byte count, or a callable taking the whole body and returning one.

`attempts` lists every request the client tried; `log` every request that reached the server (`Sent`: method, url, path, body); a request
the server acted on but whose answer was lost is in it too. When a lost answer came from a
replayed cassette, the next identical request gets that answer again (a server answers a repeated
idempotent request alike), so a retry after `reset` can be replayed. `request_id`, when given, is
added as `x-request-id` to every answer (real or made up), so errors can be checked for it.
A request the inner transport cannot answer (a cassette without it, raising AssertionError) is
kept in `unanswered` and answered 404, so that a client's cleanup after a fault can go on.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

FAULTS = ("connect", "reset", "protocol", "status", "read_timeout", "truncate", "json")


@dataclass
class Rule:
    fault: str
    path: str  # a regex, searched in the request's URL path
    method: str | None = None  # None: any method
    times: int = 1
    status: int | Sequence[int] = 503
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b'{"message": "injected fault"}'
    keep: int | Callable[[bytes], int] = 0
    mutate: Callable[[Any], Any] | None = None
    fired: int = 0

    def __post_init__(self) -> None:
        if self.fault not in FAULTS:
            raise ValueError(f"unknown fault {self.fault!r}; one of {FAULTS}")
        if self.fault == "status" and not isinstance(self.status, int):
            self.times = len(self.status)

    def matches(self, request: httpx.Request) -> bool:
        if self.fired >= self.times:
            return False
        if self.method is not None and request.method != self.method.upper():
            return False
        return re.search(self.path, request.url.path) is not None

    def next_status(self) -> int:
        if isinstance(self.status, int):
            return self.status
        return self.status[self.fired - 1]


@dataclass
class Sent:
    method: str
    url: str
    path: str
    body: bytes
    fault: str | None = None  # the fault that hit this request's answer, if any


# --- JSON mutations ------------------------------------------------------------------------------


def malformed(_: Any) -> bytes:
    """Not JSON at all: what a proxy's error page or a cut answer looks like."""
    return b'{"id": "x", "status": '


def add_fields(**extra: Any) -> Callable[[Any], Any]:
    """Unknown fields added to every object in the answer (the vendor's API grew); not to maps of
    strings (labels, metadata, env), whose keys are the user's own."""

    def mutate(data: Any) -> Any:
        if isinstance(data, dict):
            if data and all(isinstance(v, str) for v in data.values()):
                return data
            return {**{k: mutate(v) for k, v in data.items()}, **extra}
        if isinstance(data, list):
            return [mutate(v) for v in data]
        return data

    return mutate


def drop_fields(*names: str) -> Callable[[Any], Any]:
    """The named fields removed wherever they are in the answer."""

    def mutate(data: Any) -> Any:
        if isinstance(data, dict):
            return {k: mutate(v) for k, v in data.items() if k not in names}
        if isinstance(data, list):
            return [mutate(v) for v in data]
        return data

    return mutate


def retype_fields(**values: Any) -> Callable[[Any], Any]:
    """The named fields, wherever they are, given another value (of the wrong type)."""

    def mutate(data: Any) -> Any:
        if isinstance(data, dict):
            return {k: (values[k] if k in values else mutate(v)) for k, v in data.items()}
        if isinstance(data, list):
            return [mutate(v) for v in data]
        return data

    return mutate


def keys_of(data: Any) -> set[str]:
    """Every key of every object in a JSON value."""
    if isinstance(data, dict):
        return set(data) | {k for v in data.values() for k in keys_of(v)}
    if isinstance(data, list):
        return {k for v in data for k in keys_of(v)}
    return set()


# --- streams -------------------------------------------------------------------------------------


class _CutStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The first `keep` bytes of a body; then `error` raised, or (None) a clean end."""

    def __init__(self, inner: Any, keep: int | Callable[[bytes], int], error: Exception | None) -> None:
        self._inner = inner
        self._keep = keep
        self._error = error

    def _limit(self, body: bytes | None) -> int:
        return self._keep if isinstance(self._keep, int) else self._keep(body or b"")

    def __iter__(self) -> Iterator[bytes]:
        if callable(self._keep):
            body = b"".join(self._inner)
            yield body[: self._limit(body)]
        else:
            yield from _cut(iter(self._inner), self._keep)
        if self._error is not None:
            raise self._error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if callable(self._keep):
            body = b"".join([chunk async for chunk in self._inner])
            yield body[: self._limit(body)]
        else:
            left = self._keep
            async for chunk in self._inner:
                if left <= 0:
                    break
                yield chunk[:left]
                left -= len(chunk[:left])
        if self._error is not None:
            raise self._error

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()


def _cut(chunks: Iterator[bytes], keep: int) -> Iterator[bytes]:
    left = keep
    for chunk in chunks:
        if left <= 0:
            return
        yield chunk[:left]
        left -= len(chunk[:left])


class FaultTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, inner: Any, rules: Sequence[Rule] = (), *, request_id: str | None = None) -> None:
        self.inner = inner
        self.rules = list(rules)
        self.request_id = request_id
        self.log: list[Sent] = []
        self.attempts: list[Sent] = []  # every request the client tried, faults or not
        self.unanswered: list[Sent] = []
        self._lost: dict[tuple[str, str, bytes], tuple[int, list[tuple[str, str]], bytes]] = {}
        self._lock = threading.Lock()

    def add(self, *rules: Rule) -> FaultTransport:
        self.rules.extend(rules)
        return self

    def sent(self, method: str, path: str) -> list[Sent]:
        """The requests that reached the server with this method and a path matching the regex."""
        return [s for s in self.log if s.method == method and re.search(path, s.path)]

    def _rule(self, request: httpx.Request) -> Rule | None:
        with self._lock:
            for rule in self.rules:
                if rule.matches(request):
                    rule.fired += 1
                    return rule
        return None

    def _headers(self, headers: Any) -> list[tuple[str, str]]:
        items = [(k, v) for k, v in headers.items() if k.lower() != "content-length"]
        if self.request_id is not None:
            items = [(k, v) for k, v in items if k.lower() != "x-request-id"]
            items.append(("x-request-id", self.request_id))
        return items

    def _made_up(self, request: httpx.Request, rule: Rule) -> httpx.Response:
        status = rule.next_status()
        headers = {"content-type": "application/json", **rule.headers}
        return httpx.Response(
            status, headers=self._headers(headers), stream=httpx.ByteStream(rule.body), request=request
        )

    def _before(self, request: httpx.Request, rule: Rule | None, body: bytes) -> httpx.Response | None:
        """The answer when the fault is decided before the server: a refused connection, a status."""
        self.attempts.append(
            Sent(request.method, str(request.url), request.url.path, body, rule.fault if rule else None)
        )
        if rule is not None and rule.fault == "connect":
            raise httpx.ConnectError("injected: connection refused", request=request)
        if rule is not None and rule.fault == "status":
            return self._made_up(request, rule)
        key = (request.method, str(request.url), body)
        with self._lock:
            lost = self._lost.pop(key, None)
        if lost is not None:  # asked again after its answer was lost: the server answers again
            self.log.append(Sent(request.method, str(request.url), request.url.path, body))
            status, headers, content = lost
            return self._after(
                request, rule, httpx.Response(status, headers=headers, stream=httpx.ByteStream(content))
            )
        self.log.append(Sent(request.method, str(request.url), request.url.path, body))
        return None

    def _lose(self, request: httpx.Request, body: bytes, response: httpx.Response, content: bytes) -> None:
        with self._lock:
            self._lost[(request.method, str(request.url), body)] = (
                response.status_code,
                list(response.headers.items()),
                content,
            )
        self.log[-1].fault = "lost"

    def _unanswered(self, request: httpx.Request, body: bytes) -> httpx.Response:
        self.unanswered.append(self.log.pop())
        return httpx.Response(
            404,
            headers=self._headers({"content-type": "application/json"}),
            stream=httpx.ByteStream(b'{"message": "not in the cassette"}'),
            request=request,
        )

    def _after(self, request: httpx.Request, rule: Rule | None, response: httpx.Response) -> httpx.Response:
        """The real answer, as the fault leaves it (its body not yet read, unless it must be)."""
        headers = self._headers(response.headers)
        extensions = dict(response.extensions)
        if rule is None or rule.fault == "json":  # (json: an answer that is not JSON passes)
            return httpx.Response(
                response.status_code, headers=headers, stream=response.stream, extensions=extensions
            )
        self.log[-1].fault = rule.fault
        if rule.fault == "read_timeout":
            error = httpx.ReadTimeout("injected: read timed out", request=request)
            stream = _CutStream(response.stream, rule.keep, error)
        elif rule.fault == "truncate":
            stream = _CutStream(response.stream, rule.keep, None)
        else:  # json: the body is read here (it is small), changed, and given whole
            raise AssertionError("json faults are applied by the caller")
        return httpx.Response(response.status_code, headers=headers, stream=stream, extensions=extensions)

    @classmethod
    def _mutated(cls, rule: Rule, content: bytes, response: httpx.Response | None = None) -> bytes:
        if response is not None and "ndjson" in response.headers.get("content-type", ""):
            # newline-delimited JSON (Blaxel's streamed exec): each line changed
            return b"".join(cls._mutated(rule, line) + b"\n" for line in content.splitlines() if line.strip())
        try:
            data = json.loads(content) if content else None
        except ValueError:
            data = None
        changed = rule.mutate(data) if rule.mutate is not None else data
        return changed if isinstance(changed, bytes) else json.dumps(changed).encode()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        rule = self._rule(request)
        made = self._before(request, rule, body)
        if made is not None:
            return made
        try:
            response = self.inner.handle_request(request)
        except AssertionError:
            return self._unanswered(request, body)
        if rule is not None and rule.fault in ("reset", "protocol"):
            content = response.read()
            response.close()
            self._lose(request, body, response, content)
            raise _lost_error(rule, request)
        if rule is not None and rule.fault == "json" and _is_json(response):
            content = self._mutated(rule, response.read(), response)
            response.close()
            self.log[-1].fault = "json"
            return httpx.Response(
                response.status_code,
                headers=self._headers(response.headers),
                stream=httpx.ByteStream(content),
            )
        return self._after(request, rule, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        rule = self._rule(request)
        made = self._before(request, rule, body)
        if made is not None:
            return made
        try:
            response = await self.inner.handle_async_request(request)
        except AssertionError:
            return self._unanswered(request, body)
        if rule is not None and rule.fault in ("reset", "protocol"):
            content = await response.aread()
            await response.aclose()
            self._lose(request, body, response, content)
            raise _lost_error(rule, request)
        if rule is not None and rule.fault == "json" and _is_json(response):
            content = self._mutated(rule, await response.aread(), response)
            await response.aclose()
            self.log[-1].fault = "json"
            return httpx.Response(
                response.status_code,
                headers=self._headers(response.headers),
                stream=httpx.ByteStream(content),
            )
        return self._after(request, rule, response)

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()


def _is_json(response: httpx.Response) -> bool:
    """A plain JSON answer (not a Connect stream's envelopes, which are JSON inside frames)."""
    kind = response.headers.get("content-type", "")
    return "json" in kind and "connect+" not in kind


def _lost_error(rule: Rule, request: httpx.Request) -> Exception:
    if rule.fault == "protocol":
        return httpx.RemoteProtocolError("injected: server disconnected without sending a response")
    return httpx.ReadError("injected: connection reset by peer", request=request)


# --- where to cut a framed body -------------------------------------------------------------------


def connect_frames(body: bytes) -> list[tuple[int, int]]:
    """(start, end) of each Connect envelope (1 flag byte, 4 length bytes, the message)."""
    frames, at = [], 0
    while at + 5 <= len(body):
        end = at + 5 + int.from_bytes(body[at + 1 : at + 5], "big")
        frames.append((at, end))
        at = end
    return frames


def docker_frames(body: bytes) -> list[tuple[int, int]]:
    """(start, end) of each frame of Docker's multiplexed stream (8-byte header, then payload)."""
    frames, at = [], 0
    while at + 8 <= len(body):
        end = at + 8 + int.from_bytes(body[at + 4 : at + 8], "big")
        frames.append((at, end))
        at = end
    return frames


def sse_events(body: bytes) -> list[tuple[int, int]]:
    """(start, end) of each server-sent event (ended by a blank line)."""
    events, at = [], 0
    while True:
        end = body.find(b"\n\n", at)
        if end < 0:
            return events
        events.append((at, end + 2))
        at = end + 2


def cuts_inside(frames: list[tuple[int, int]]) -> list[int]:
    """Offsets inside frames: within each header, and mid-payload (never on a frame's boundary)."""
    cuts = set()
    for start, end in frames:
        cuts.update(o for o in (start + 1, start + 4, (start + end) // 2, end - 1) if start < o < end)
    return sorted(cuts)


def cuts_between(frames: list[tuple[int, int]]) -> list[int]:
    """Offsets on frame boundaries before the last frame's end: a body that stops cleanly, early."""
    return [end for _, end in frames[:-1]] + ([frames[0][0]] if frames and frames[0][0] == 0 else [])
