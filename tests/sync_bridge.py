"""An in-process fake (an async transport) as a sync client's transport: its requests handled on
an event loop of its own thread, so sync code (the sync twins, the command line) drives the same
fake as the async tests.

Answers stream as the fake makes them (a followed log arrives chunk by chunk, a stalled stream
stalls), the request's read timeout applies to each chunk as a socket's would, and a hijacked (101)
connection's `network_stream` is bridged too, so WebSockets work in sync code."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import httpcore
import httpx

T = TypeVar("T")


class _Loop:
    """The fake's event loop, in a thread of its own."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="fake-served", daemon=True)
        self.thread.start()
        self.pending: set[concurrent.futures.Future[Any]] = set()
        self.lock = threading.Lock()
        self.closed = False  # set before the loop ends: nothing is sent to it from then on

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """The coroutine's result; TimeoutError (the coroutine cancelled) if it takes longer;
        ConnectionResetError if the fake is closed meanwhile (as a server going away would)."""
        with self.lock:
            if self.closed:
                coroutine.close()
                raise ConnectionResetError("the fake was closed: its loop answers nothing more")
            future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
            self.pending.add(future)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise TimeoutError from None
        except concurrent.futures.CancelledError:
            raise ConnectionResetError("the fake was closed under this request") from None
        finally:
            with self.lock:
                self.pending.discard(future)

    def stop(self, closing: Coroutine[Any, Any, Any]) -> None:
        """Run `closing` on the loop, then end it; whoever still waits on it is answered (reset)."""
        try:
            self.run(closing, timeout=10)
        except (TimeoutError, ConnectionResetError):
            pass
        with self.lock:
            if self.closed:
                return
            self.closed = True
            for future in self.pending:
                future.cancel()
            self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout") or {}
    return timeout.get("read")


class _Body(httpx.SyncByteStream):
    """The answer's chunks, each taken from the fake when the client reads it (an httpx.ByteStream
    would be read when the response is made, so a recording transport around this one never sees
    it)."""

    def __init__(self, loop: _Loop, response: httpx.Response, read_timeout: float | None) -> None:
        self.loop, self.response, self.read_timeout = loop, response, read_timeout
        self.chunks = response.aiter_raw()

    def __iter__(self) -> Iterator[bytes]:
        while True:
            try:
                chunk = self.loop.run(self._next(), self.read_timeout)
            except TimeoutError:
                raise httpx.ReadTimeout("the fake sent nothing within the read timeout") from None
            except ConnectionResetError as exc:
                raise httpx.ReadError(str(exc)) from None
            if chunk is None:
                return
            yield chunk

    async def _next(self) -> bytes | None:
        try:
            return await self.chunks.__anext__()
        except StopAsyncIteration:
            return None

    def close(self) -> None:
        with contextlib.suppress(ConnectionResetError):  # the fake closed already: nothing to end
            self.loop.run(self.response.aclose())


class _NetworkStream:
    """A hijacked connection's async stream, as the sync network stream httpcore would give."""

    def __init__(self, loop: _Loop, stream: Any) -> None:
        self.loop, self.stream = loop, stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self.loop.run(self.stream.read(max_bytes, timeout))
        except TimeoutError:  # the stream's own timeout raises httpcore's; this is the loop's
            raise httpcore.ReadTimeout("the fake sent nothing within the read timeout") from None
        except ConnectionResetError as exc:
            raise httpcore.ReadError(str(exc)) from None

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.loop.run(self.stream.write(buffer, timeout))

    def close(self) -> None:
        with contextlib.suppress(ConnectionResetError):
            self.loop.run(self.stream.aclose())

    def get_extra_info(self, name: str) -> Any:
        return None  # no socket: close() wakes a blocked read by closing the fake's end


class Served(httpx.BaseTransport):
    def __init__(self, fake: Any) -> None:
        self.fake = fake
        self.served = _Loop()
        self.loop, self.thread = self.served.loop, self.served.thread

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        try:  # the answer's head, within the read timeout as a socket's would be
            response = self.served.run(self.fake.handle_async_request(request), _read_timeout(request))
        except TimeoutError:
            raise httpx.ReadTimeout("the fake answered nothing within the read timeout") from None
        except ConnectionResetError as exc:
            raise httpx.ReadError(str(exc)) from None
        extensions = dict(response.extensions)
        if "network_stream" in extensions:
            extensions["network_stream"] = _NetworkStream(self.served, extensions["network_stream"])
        return httpx.Response(
            response.status_code, headers=response.headers, request=request, extensions=extensions,
            stream=_Body(self.served, response, _read_timeout(request)),
        )  # fmt: skip

    def close(self) -> None:
        self.served.stop(self.fake.aclose())


def AsyncServed(fake: T) -> T:
    """The fake as an async client's transport: itself (its sync twin's name is `Served`)."""
    return fake


class KeptOpen(Served):
    """Served across several clients (the command line closes its client after each command):
    closing a client leaves it open; `shutdown` ends it."""

    def close(self) -> None:
        pass

    def shutdown(self) -> None:
        super().close()
