"""An in-process fake (an async transport) as a sync client's transport: its requests handled on
an event loop of its own thread, so sync code (the sync twins, the command line) drives the same
fake as the async tests."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx


class _Body(httpx.SyncByteStream):
    """The answer's bytes as a stream the client reads and closes (an httpx.ByteStream would be
    read when the response is made, so a recording transport around this one never sees it)."""

    def __init__(self, content: bytes) -> None:
        self.content = content

    def __iter__(self):
        yield self.content


class Served(httpx.BaseTransport):
    def __init__(self, fake: Any) -> None:
        self.fake = fake
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="fake-served", daemon=True)
        self.thread.start()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.loop.is_running():
            raise RuntimeError("the fake was closed: its loop answers nothing more")
        request.read()

        async def answer() -> tuple[httpx.Response, bytes]:
            response = await self.fake.handle_async_request(request)
            return response, await response.aread()

        response, content = asyncio.run_coroutine_threadsafe(answer(), self.loop).result()
        return httpx.Response(
            response.status_code, headers=response.headers, stream=_Body(content), request=request,
            extensions=response.extensions,
        )  # fmt: skip

    def close(self) -> None:
        if self.loop.is_running():
            asyncio.run_coroutine_threadsafe(self.fake.aclose(), self.loop).result()
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=10)


class KeptOpen(Served):
    """Served across several clients (the command line closes its client after each command):
    closing a client leaves it open; `shutdown` ends it."""

    def close(self) -> None:
        pass

    def shutdown(self) -> None:
        super().close()
