"""Connect-RPC calls over a provider's httpx client: unary JSON calls and server streams.

A server stream's messages are yielded as their envelopes arrive, never buffered whole. The
provider transport underneath already maps HTTP errors and connection failures; this adds the
Connect-level ones (an error in the end-of-stream envelope, a stream cut short).
"""

from __future__ import annotations

from collections import deque
from typing import Any

import httpx

from ...errors import ProviderError
from ..connect import PROTOCOL_HEADERS, STREAM_CONTENT_TYPE, StreamDecoder, envelope
from ..errors import request_id_of
from ..retry import IDEMPOTENT, RETRY_ON


def _headers(timeout: float | None, extra: dict[str, str] | None) -> dict[str, str]:
    headers = dict(PROTOCOL_HEADERS)
    if timeout is not None:
        headers["Connect-Timeout-Ms"] = str(max(int(timeout * 1000), 1))
    headers.update(extra or {})
    return headers


class AsyncConnectClient:
    def __init__(
        self,
        http: httpx.AsyncClient,
        provider: str,
        base_url: str,
        headers: dict[str, str] | None = None,
        keepalive_seconds: float = 50.0,
    ) -> None:
        self._http = http
        self._provider = provider
        self._base = base_url.rstrip("/")
        self.headers = headers or {}
        self._keepalive = keepalive_seconds

    async def unary(
        self,
        method: str,
        message: dict[str, Any],
        *,
        timeout: float | None = None,
        headers: dict[str, str] | None = None,
        idempotent: bool = False,
        retry_on: frozenset[int] | None = None,
    ) -> dict[str, Any]:
        """One call; `idempotent` (a call that only reads) lets the transport retry it, on the
        statuses `retry_on` names if given."""
        extensions: dict[str, Any] = {IDEMPOTENT: True} if idempotent else {}
        if retry_on is not None:
            extensions[RETRY_ON] = retry_on
        response = await self._http.post(
            f"{self._base}/{method}",
            json=message,
            headers=_headers(timeout, {**self.headers, **(headers or {})}),
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout + 5,
            extensions=extensions or None,
        )
        try:
            answer = response.json() if response.content else {}
        except ValueError as exc:
            answer = exc
        if not isinstance(answer, dict):
            problem = answer if isinstance(answer, ValueError) else "not an object"
            raise ProviderError(
                self._provider,
                f"malformed Connect answer from {method}: {problem}",
                response.status_code,
                request_id=request_id_of(response.headers),
            ) from (answer if isinstance(answer, ValueError) else None)
        return answer

    def stream(
        self,
        method: str,
        message: dict[str, Any],
        *,
        timeout: float | None = None,
        headers: dict[str, str] | None = None,
        keepalive: float | None = None,
    ) -> AsyncConnectStream:
        """A server stream: iterate it for its messages, each as soon as its envelope is complete.

        A keepalive interval is asked for, so a long silent stream still sees traffic; the read
        timeout allows for it. The request is sent when iteration starts.
        """
        keepalive = keepalive or self._keepalive
        extra = {
            "Content-Type": STREAM_CONTENT_TYPE,
            "Keepalive-Ping-Interval": str(max(int(keepalive), 1)),
            # as sent: a compressed stream's messages would come only when the compressor flushes
            "Accept-Encoding": "identity",
        }
        request = self._http.build_request(
            "POST",
            f"{self._base}/{method}",
            content=envelope(message),
            headers=_headers(timeout, {**self.headers, **extra, **(headers or {})}),
            timeout=httpx.Timeout(10.0, read=keepalive * 2 + 10),
        )
        return AsyncConnectStream(self._http, request, StreamDecoder(self._provider, method))


class AsyncConnectStream:
    """One server stream. `aclose()` ends it, also from another task or thread while a read waits:
    it closes the answer underneath, and the reader stops."""

    def __init__(self, http: httpx.AsyncClient, request: httpx.Request, decoder: StreamDecoder) -> None:
        self._http = http
        self._request = request
        self._decoder = decoder
        self._response: httpx.Response | None = None
        self._chunks: Any = None
        self._pending: deque[dict[str, Any]] = deque()
        self.closed = False

    def __aiter__(self) -> AsyncConnectStream:
        return self

    async def __anext__(self) -> dict[str, Any]:
        while not self._pending:
            if self.closed:
                raise StopAsyncIteration
            try:
                if self._response is None:
                    self._response = await self._http.send(self._request, stream=True)
                    # aiter_bytes, not aiter_raw: an answer already read (httpx.MockTransport's,
                    # respx's) has its bytes kept, and aiter_raw would raise StreamConsumed.
                    self._chunks = self._response.aiter_bytes()
                chunk = await anext(self._chunks, None)
                if chunk is None:
                    await self.aclose()
                    self._decoder.finish()  # the end-of-stream error, or a stream cut short
                    raise StopAsyncIteration
                if not self._decoder.ended:  # after the end, read on: the connection can be reused
                    self._pending.extend(self._decoder.feed(chunk))
            except ProviderError as exc:
                await self.aclose()
                if exc.request_id is None:  # the stream's own errors: name the answer they are in
                    exc.request_id = self.request_id
                raise
            except BaseException:
                await self.aclose()
                raise
        return self._pending.popleft()

    @property
    def request_id(self) -> str | None:
        """The request id of the stream's answer, once it has come."""
        return None if self._response is None else request_id_of(self._response.headers)

    async def aclose(self) -> None:
        self.closed = True
        if self._response is not None:
            await self._response.aclose()
