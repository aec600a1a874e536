"""A transport that passes every request on and keeps it, for tests that look at what was sent."""

from __future__ import annotations

import httpx


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Every request (its body read) is kept in `requests`, then handed to `inner` (sync or async)."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append(request)
        return await self.inner.handle_async_request(request)

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()

    def to(self, path: str) -> list[httpx.Request]:
        """The requests sent to exactly this path."""
        return [r for r in self.requests if r.url.path == path]

    def ending(self, suffix: str) -> list[httpx.Request]:
        """The requests sent to a path that ends so."""
        return [r for r in self.requests if r.url.path.endswith(suffix)]
