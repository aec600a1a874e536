"""tests/sync_bridge.py serves an async fake to sync code as a network would: answers stream as they
come, a read timeout applies to the answer's head and to each chunk, and a fake closed under a
reader ends its read with an error instead of leaving it blocked."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from tests.sync_bridge import Served


class Slow(httpx.AsyncBaseTransport):
    """/never: no answer at all; /stream: 'first', then nothing until `more` is set, then 'second'."""

    def __init__(self) -> None:
        self.more: asyncio.Event | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.more = self.more or asyncio.Event()
        if request.url.path == "/never":
            await asyncio.Event().wait()
        more = self.more

        async def body():
            yield b"first"
            await more.wait()
            yield b"second"

        return httpx.Response(200, stream=_Stream(body()))

    async def aclose(self) -> None:
        pass


class _Stream(httpx.AsyncByteStream):
    def __init__(self, chunks) -> None:
        self.chunks = chunks

    async def __aiter__(self):
        async for chunk in self.chunks:
            yield chunk


def test_a_chunk_arrives_before_the_stream_ends_and_a_stalled_one_times_out():
    fake = Slow()
    with httpx.Client(transport=Served(fake), base_url="http://fake", timeout=httpx.Timeout(5, read=0.3)) as client:
        with client.stream("GET", "/stream") as response:
            chunks = response.iter_raw()
            assert next(chunks) == b"first"  # while the fake still holds the rest back
            began = time.monotonic()
            with pytest.raises(httpx.ReadTimeout):
                next(chunks)
            assert time.monotonic() - began < 2


def test_an_answer_that_never_comes_times_out_on_the_read_timeout():
    with httpx.Client(transport=Served(Slow()), base_url="http://fake", timeout=httpx.Timeout(5, read=0.3)) as client:
        began = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            client.get("/never")
        assert time.monotonic() - began < 2


def test_a_reader_without_a_timeout_is_answered_when_the_fake_closes():
    served = Served(Slow())
    client = httpx.Client(transport=served, base_url="http://fake", timeout=None)
    failures: list[BaseException] = []

    def read() -> None:
        try:
            with client.stream("GET", "/stream") as response:
                for _ in response.iter_raw():
                    pass
        except BaseException as exc:  # what the reader got is the assertion
            failures.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(0.3)  # it has 'first' and waits for more
    served.close()
    reader.join(timeout=5)
    assert not reader.is_alive(), "the reader still blocks on a closed fake"
    assert len(failures) == 1 and isinstance(failures[0], httpx.ReadError)
    with pytest.raises(httpx.ReadError):  # and a request after the close is refused, not hung
        client.get("/stream")
