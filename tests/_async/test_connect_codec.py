"""The Connect codec against a real HTTP server on 127.0.0.1 (tests/connect_server.py)."""

from __future__ import annotations

import time

import httpx
import pytest

from sandboxer._transport._async.connect import AsyncConnectClient
from sandboxer._transport._async.http import AsyncProviderTransport
from sandboxer.errors import ConnectionFailedError, NotFoundError, ProviderError, SandboxerTimeoutError
from tests.connect_server import ConnectServer


@pytest.fixture
def server():
    with ConnectServer() as running:
        yield running


@pytest.fixture
async def connect(server):
    transport = AsyncProviderTransport(httpx.AsyncHTTPTransport(), provider="demo", target="the test server")
    async with httpx.AsyncClient(transport=transport) as http:
        yield AsyncConnectClient(
            http, "demo", server.url, headers={"X-Access-Token": "t"}, keepalive_seconds=5
        )


async def _first_and_all(connect, count: int, delay: float) -> tuple[float, float, list[int]]:
    started = time.monotonic()
    first = None
    seen = []
    async for message in connect.stream("demo.Svc/Stream", {"count": count, "delay": delay}):
        if first is None:
            first = time.monotonic() - started
        seen.append(message["index"])
    return first, time.monotonic() - started, seen


async def test_time_to_first_message_does_not_depend_on_stream_length(connect):
    short_first, short_total, short = await _first_and_all(connect, 2, 0.03)
    long_first, long_total, long = await _first_and_all(connect, 60, 0.03)
    assert short == [0, 1] and long == list(range(60))
    assert long_total > 1.5  # the long stream really took its time...
    assert long_first < 0.5  # ...but its first message came at once,
    assert abs(long_first - short_first) < 0.3  # as fast as the short one's


async def test_request_carries_protocol_headers(connect, server):
    [_ async for _ in connect.stream("demo.Svc/Stream", {"count": 1, "delay": 0}, timeout=30)]
    path, headers = server.seen[-1]
    lowered = {k.lower(): v for k, v in headers.items()}
    assert path == "/demo.Svc/Stream"
    assert lowered["connect-protocol-version"] == "1"
    assert lowered["content-type"] == "application/connect+json"
    assert lowered["connect-timeout-ms"] == "30000"
    assert lowered["keepalive-ping-interval"] == "5"
    assert lowered["x-access-token"] == "t"


async def test_end_of_stream_error_is_raised_after_the_messages(connect):
    seen = []
    with pytest.raises(NotFoundError) as caught:
        async for message in connect.stream("demo.Svc/Stream", {"count": 2, "delay": 0, "end": "error"}):
            seen.append(message["index"])
    assert seen == [0, 1]
    assert caught.value.code == "not_found" and "it went away" in str(caught.value)


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("unavailable", ConnectionFailedError),
        ("deadline_exceeded", SandboxerTimeoutError),
        ("internal", ProviderError),
    ],
)
async def test_connect_codes_map_to_error_classes(connect, code, cls):
    with pytest.raises(cls):
        [
            _
            async for _ in connect.stream(
                "demo.Svc/Stream", {"count": 0, "delay": 0, "end": "error", "code": code}
            )
        ]


@pytest.mark.parametrize("end", ["cut", "half"])
async def test_a_stream_cut_short_is_an_error_not_a_clean_end(connect, end):
    with pytest.raises(ConnectionFailedError):
        [_ async for _ in connect.stream("demo.Svc/Stream", {"count": 1, "delay": 0, "end": end})]


async def test_unary_calls_and_their_errors(connect):
    assert await connect.unary("demo.Svc/Unary", {"a": 1}) == {"echo": {"a": 1}}
    with pytest.raises(NotFoundError) as caught:
        await connect.unary("demo.Svc/Unary", {"missing": True})
    assert caught.value.code == "not_found"
