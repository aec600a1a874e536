"""What Fly's transport adds under the retrying one: its rate limits kept by the client (requests
paced per machine or app and action), and its error code read where Fly puts it.

Rate limits:

"Machines API rate limits apply per-action, per-machine ... The limit is 1 request, per second, per
action (i.e. Create Machine, Start Machine etc.) — with a short-term burst limit up to 3 req/s, per
action. This applies to all actions except Get Machine which is 5 req/s, with a short-term burst
limit up to 10 req/s." (docs machines/api/working-with-machines-api.html.markerb:79-85)

Everything inside a machine is an exec, so bursts are ours to make: file chunks, a listing after a
write, a watcher's polls. `AsyncFlyTransport` sits under the retrying transport (it sees every
attempt) and keeps one token bucket per (machine or app, action), shared by all of one client's
calls. A bucket is kept from the first 429 of its key on: Fly's server says then that the budget is
in force, and `Retry-After` when to send again; from there on requests of that key wait for a token
instead of being refused. The 429 itself goes up to the retrying transport, which resends it (a 429
was turned away unprocessed: safe for any method) after Retry-After, through the bucket, within its
own budget; past that it is a RateLimitError.
"""

from __future__ import annotations

import json
import re
import threading
import time

import attrs
import httpx

from ..._concurrency import asleep
from ..._transport.errors import parse_retry_after

RATE = (1.0, 3)  # requests per second, burst: every action but Get Machine
GET_MACHINE_RATE = (5.0, 10)
_MACHINE = re.compile(r"/v1/apps/[^/]+/machines/([^/]+)(/.*)?")
_APP = re.compile(r"/v1/apps/([^/]+)(/.*)?")

clock = time.monotonic  # what the buckets read (a test runs them on its own clock)


def limit_key(request: httpx.Request) -> tuple[str, str]:
    """(identifier, action) the server counts a request under: the machine for a machine's
    actions, else the app (create and list machines, IP assignments), else the organisation."""
    path, method = request.url.path, request.method
    machine = _MACHINE.fullmatch(path)
    if machine:
        return machine.group(1), f"{method} {machine.group(2) or ''}"
    app = _APP.fullmatch(path)
    if app:
        return app.group(1), f"{method} {app.group(2) or ''}"
    return "", f"{method} {path}"


def rate_of(key: tuple[str, str]) -> tuple[float, int]:
    return GET_MACHINE_RATE if key[1] == "GET " else RATE


@attrs.define
class Bucket:
    """A token bucket: `burst` tokens at most, `rate` more a second; a taker may run it below zero
    (a reservation), so concurrent takers are spaced rather than sent together."""

    rate: float
    burst: int
    tokens: float
    stamp: float

    def _refill(self, now: float) -> None:
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def take(self, now: float) -> float:
        """Take a token; the seconds to wait before using it."""
        self._refill(now)
        self.tokens -= 1
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate

    def refused(self, now: float, retry_after: float | None) -> None:
        """The server said 429: the next token comes after `retry_after` seconds (one token's time
        when it does not say)."""
        self._refill(now)
        wait = 1 / self.rate if retry_after is None else retry_after
        self.tokens = min(self.tokens, 1 - wait * self.rate)


class Pacer:
    """The buckets of one client, by (identifier, action); a key has one from its first 429."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, str], Bucket] = {}
        self._lock = threading.Lock()  # a sync client may be shared by threads

    def wait_for(self, key: tuple[str, str]) -> float:
        with self._lock:
            bucket = self._buckets.get(key)
            return 0.0 if bucket is None else bucket.take(clock())

    def refused(self, key: tuple[str, str], retry_after: float | None) -> None:
        with self._lock:
            now = clock()
            if key not in self._buckets:
                rate, burst = rate_of(key)
                self._buckets[key] = Bucket(rate, burst, 0.0, now)
            self._buckets[key].refused(now, retry_after)


class AsyncFlyTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner
        self.pacer = Pacer()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = limit_key(request)
        wait = self.pacer.wait_for(key)
        if wait > 0:
            await asleep(wait)
        response = await self._inner.handle_async_request(request)
        if response.status_code == 429:
            # Resent by the retrying transport above (after Retry-After), through this bucket.
            self.pacer.refused(key, parse_retry_after(response.headers))
        if response.status_code >= 400:
            return await _coded(response, request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


async def _coded(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    body = await response.aread()
    await response.aclose()
    return with_error_code(response, body, request)


def with_error_code(response: httpx.Response, body: bytes, request: httpx.Request) -> httpx.Response:
    """Fly's ErrorResponse carries its code in `status` ("insufficient_capacity", "name_taken": FLY-spec
    main.statusCode; fly-go flaps_error.go `StatusCode json:"status"`), where the shared error reader
    does not look: given to it as `error_code`, so it reaches ProviderError.code."""
    try:
        answer = json.loads(body)
    except ValueError:
        answer = None
    if isinstance(answer, dict) and isinstance(answer.get("status"), str) and "error_code" not in answer:
        body = json.dumps({**answer, "error_code": answer["status"]}).encode()
    # The body is read (decoded) already: it goes on as it is now, without its old length and encoding.
    headers = [
        (k, v)
        for k, v in response.headers.multi_items()
        if k.lower() not in ("content-length", "content-encoding")
    ]
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=request, extensions=response.extensions
    )
