"""The httpx transport every provider request goes through: retries, then error mapping.

Generated endpoint calls and hand-streamed calls share it, so the policy lives in one place:
an answer with status >= 400 becomes a `SandboxerError` here, a connection failure or a stream
cut short likewise; no httpx exception reaches the caller.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx

from ..._concurrency import asleep
from ...config import ProviderConfig
from ...errors import BadConfigError, QuotaExceededError
from ..endpoint import endpoint_request
from ..errors import error_from_exception, error_from_response, json_answer, parse_retry_after
from ..retry import RetryPolicy

log = logging.getLogger("sandboxer.transport")


class AsyncProviderTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        provider: str,
        target: str,
        policy: RetryPolicy | None = None,
        quota_messages: tuple[str, ...] = (),
    ) -> None:
        self._inner = inner
        self._provider = provider
        self._target = target  # the provider's address: a URL, or a socket path
        self._policy = policy or RetryPolicy()
        self._quota_messages = quota_messages  # what in a 429's message says "an account limit"

    @classmethod
    def from_config(
        cls,
        config: ProviderConfig,
        *,
        provider: str,
        target: str,
        quota_messages: tuple[str, ...] = (),
        wrap: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport] | None = None,
        **options: Any,
    ) -> AsyncProviderTransport:
        """Around extra['transport'] when given (a test's, a proxy's), else a pooled HTTP transport
        made on the first request. `wrap` puts an adapter's own layer under the retries (Fly's
        pacing: each resend waits)."""
        inner = config.extra.get("transport")
        if inner is None:
            inner = AsyncPoolOnFirstRequest(**options)
        elif not isinstance(inner, httpx.AsyncBaseTransport):
            raise BadConfigError("extra['transport'] must be an httpx.AsyncBaseTransport for this client")
        if wrap is not None:
            inner = wrap(inner)
        return cls(inner, provider=provider, target=target, quota_messages=quota_messages)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as exc:
                wait = self._retry_wait(request, attempt, exc=exc)
                if wait is None:
                    raise error_from_exception(self._provider, exc, named(request, self._target)) from exc
                log.debug(
                    "retrying %s %s after %s (attempt %d)", request.method, request.url.path, exc, attempt
                )
                await asleep(wait)
                continue
            if response.status_code < 400:
                response.stream = AsyncMappedStream(
                    body_stream(response), self._provider, named(request, self._target)
                )
                return response
            body = await _read_error_body(response)  # read out: the connection can be reused
            error = error_from_response(
                self._provider, request, response.status_code, response.headers, body, self._quota_messages
            )
            # An account limit stays reached however often it is asked: never resent.
            if not isinstance(error, QuotaExceededError):
                wait = self._retry_wait(
                    request, attempt, status=response.status_code, headers=response.headers
                )
                if wait is not None:
                    log.debug(
                        "retrying %s %s after HTTP %d", request.method, request.url.path, response.status_code
                    )
                    await asleep(wait)
                    continue
            raise error

    def _retry_wait(
        self,
        request: httpx.Request,
        attempt: int,
        *,
        exc: Exception | None = None,
        status: int | None = None,
        headers: httpx.Headers | None = None,
    ) -> float | None:
        if attempt > self._policy.max_retries:
            return None
        if not self._policy.may_resend(request, status=status, exc=exc):
            return None
        return self._policy.delay(attempt, parse_retry_after(headers) if headers is not None else None)

    async def aclose(self) -> None:
        await self._inner.aclose()


class AsyncPoolOnFirstRequest(httpx.AsyncBaseTransport):
    """httpx's pooled HTTP transport, made when the first request is sent rather than when the
    client is: making it imports httpcore and h11 and loads the CA bundle (~30 ms), which a
    process should not pay before it sends anything (issue 21)."""

    def __init__(self, **options: Any) -> None:
        self._options = options  # httpx.AsyncHTTPTransport's (the local engine's socket: uds)
        self._pool: httpx.AsyncHTTPTransport | None = None
        self._making = threading.Lock()  # a sync client is shared by threads: one pool for all

    def _made(self) -> httpx.AsyncHTTPTransport:
        with self._making:
            if self._pool is None:
                self._pool = httpx.AsyncHTTPTransport(retries=0, **self._options)
            return self._pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._made().handle_async_request(request)

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()


def named(request: httpx.Request, target: str) -> str:
    """What a failure of `request` names: the host it went to (a sandbox's own host, not only the
    provider's API), and the socket it went through when the provider is reached by one."""
    origin = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
    return origin if target.startswith(("http://", "https://")) else f"{target} ({origin})"


def client_timeout(seconds: float) -> httpx.Timeout:
    """A request timeout of `seconds`, connecting in at most 10 s."""
    return httpx.Timeout(seconds, connect=min(seconds, 10.0))


async def send_endpoint(
    http: httpx.AsyncClient, endpoint: Any, *, stream: bool = False, **options: Any
) -> httpx.Response:
    """A generated endpoint's request (`endpoint_request`'s options), sent on `http`; with `stream`
    the answer's body is left to read."""
    request = http.build_request(**endpoint_request(endpoint, http.timeout, **options))
    return await http.send(request, stream=stream)


async def call_endpoint(http: httpx.AsyncClient, provider: str, endpoint: Any, **options: Any) -> Any:
    """A generated endpoint's JSON answer (None when empty), read as plain JSON rather than through
    its models: a field the vendor adds, drops or renames is no crash."""
    return json_answer(provider, await send_endpoint(http, endpoint, **options))


def body_stream(response: httpx.Response) -> httpx.AsyncByteStream:
    """An answer's body as this client reads it (httpx types `stream` as either kind)."""
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        raise TypeError(f"an answer with a {type(stream).__name__} body reached the async client")
    return stream


async def _read_error_body(response: httpx.Response) -> bytes:
    try:
        chunks = []
        async for chunk in body_stream(response):
            chunks.append(chunk)
        return b"".join(chunks)
    except httpx.TransportError:
        return b""
    finally:
        await response.aclose()


class AsyncMappedStream(httpx.AsyncByteStream):
    """An answer's body whose read failures surface as sandboxer errors, never as httpx ones."""

    def __init__(self, inner: httpx.AsyncByteStream, provider: str, target: str) -> None:
        self._inner = inner
        self._provider = provider
        self._target = target

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TransportError as exc:
            raise error_from_exception(self._provider, exc, self._target) from exc

    async def aclose(self) -> None:
        await self._inner.aclose()
