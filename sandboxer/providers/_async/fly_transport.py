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
calls: from a key's first request on, at the documented rate and burst, so a paced client is not
refused at all (extra['pace_requests']=False: a key is paced only from its first 429 on, for a token
whose limits Fly raised). A 429 all the same (another client of the same machine) empties the bucket
until `Retry-After`, and goes up to the retrying transport, which resends it (a 429 was turned away
unprocessed: safe for any method) after Retry-After, through the bucket, within its own budget;
past that it is a RateLimitError.
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
from ..._transport.retry import RetryPolicy
from ...errors import RateLimitError
from ..fly_shapes import NAME

RATE = (1.0, 3)  # requests per second, burst: every action but Get Machine
GET_MACHINE_RATE = (5.0, 10)
_MACHINE = re.compile(r"/v1/apps/[^/]+/machines/([^/]+)(/.*)?")
_APP = re.compile(r"/v1/apps/([^/]+)(/.*)?")

clock = time.monotonic  # what the buckets read (a test runs them on its own clock)
# A server's hold (Retry-After) longer than the retries would wait for is not slept through, but
# raised as the retries would raise it (a 429 asking for 10 minutes must not hang every later call);
# a long wait of our own queue (many calls at once on one machine) is waited through.
LONGEST_WAIT = RetryPolicy().retry_after_cap


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
    held_until: float = 0.0  # the server's Retry-After: nothing goes before (a clock reading)

    def _refill(self, now: float) -> None:
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def take(self, now: float) -> float:
        """Take a token; the seconds to wait before using it."""
        self._refill(now)
        self.tokens -= 1
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate

    def give_back(self, now: float) -> None:
        """A taken token that was not used (its request never went)."""
        self._refill(now)
        self.tokens = min(self.burst, self.tokens + 1)

    def refused(self, now: float, retry_after: float | None) -> None:
        """The server said 429: the next token comes after `retry_after` seconds (one token's time
        when it does not say)."""
        self._refill(now)
        wait = 1 / self.rate if retry_after is None else retry_after
        self.tokens = min(self.tokens, 1 - wait * self.rate)
        self.held_until = max(self.held_until, now + wait)


class Pacer:
    """The buckets of one client, by (identifier, action): made full at a key's first request
    (`from_first_request`), else at its first 429."""

    KEEP = 1024  # buckets kept before the full ones (no different from none) are dropped

    def __init__(self, from_first_request: bool = True) -> None:
        self._from_first_request = from_first_request
        self._buckets: dict[tuple[str, str], Bucket] = {}
        self._lock = threading.Lock()  # a sync client may be shared by threads

    def _bucket(self, key: tuple[str, str], now: float) -> Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.KEEP:
                self._drop_full(now)
            rate, burst = rate_of(key)
            bucket = self._buckets[key] = Bucket(rate, burst, float(burst), now)
        return bucket

    def _drop_full(self, now: float) -> None:
        for key, bucket in list(self._buckets.items()):
            bucket._refill(now)
            if bucket.tokens >= bucket.burst:
                del self._buckets[key]

    def wait_for(self, key: tuple[str, str]) -> float:
        with self._lock:
            now = clock()
            if key not in self._buckets and not self._from_first_request:
                return 0.0
            return self._bucket(key, now).take(now)

    def held_for(self, key: tuple[str, str]) -> float:
        """Seconds the server's last Retry-After for this key still holds (0 when none)."""
        with self._lock:
            bucket = self._buckets.get(key)
            return 0.0 if bucket is None else max(0.0, bucket.held_until - clock())

    def give_back(self, key: tuple[str, str]) -> None:
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is not None:
                bucket.give_back(clock())

    def refused(self, key: tuple[str, str], retry_after: float | None) -> None:
        with self._lock:
            now = clock()
            self._bucket(key, now).refused(now, retry_after)


class AsyncFlyTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, *, pace_from_first_request: bool = True) -> None:
        self._inner = inner
        self.pacer = Pacer(pace_from_first_request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = limit_key(request)
        held = self.pacer.held_for(key)
        if held > LONGEST_WAIT:  # the server's hold, not our own queue (which is waited through)
            raise RateLimitError(
                NAME,
                f"{request.method} {request.url.path}: Fly's rate limit allows the next such request "
                f"in {held:.0f} s (a 429's Retry-After said so)",
                429,
                retry_after=held,
            )
        wait = self.pacer.wait_for(key)
        if wait > 0:
            try:
                await asleep(wait)
            except BaseException:  # cancelled while waiting: the request never goes, its token is free
                self.pacer.give_back(key)
                raise
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
