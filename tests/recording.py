"""A transport that passes every request on and keeps it, for tests that look at what was sent."""

from __future__ import annotations

import httpx


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Every request (its body read) is kept in `requests`, then handed to `inner` (sync or async);
    `seen` keeps (method, path, status) of each answered one."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []
        self.seen: list[tuple[str, str, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        response = self.inner.handle_request(request)
        self.seen.append((request.method, request.url.path, response.status_code))
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append(request)
        response = await self.inner.handle_async_request(request)
        self.seen.append((request.method, request.url.path, response.status_code))
        return response

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
