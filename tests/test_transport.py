"""The transport's error mapping and retry policy, offline (httpx.MockTransport)."""

from __future__ import annotations

import httpx
import pytest

from sandboxer._transport._sync.http import ProviderTransport
from sandboxer._transport.retry import RetryPolicy
from sandboxer.errors import (
    ConflictError,
    ConnectionFailedError,
    NotFoundError,
    ProviderError,
    QuotaExceededError,
    RateLimitError,
    SandboxerError,
    SandboxerTimeoutError,
    UnauthorizedError,
)

FAST = RetryPolicy(max_retries=2, backoff_initial=0.001, backoff_max=0.002)


def client(handler, policy=FAST) -> httpx.Client:
    transport = ProviderTransport(
        httpx.MockTransport(handler), provider="demo", target="the demo API", policy=policy
    )
    return httpx.Client(transport=transport, base_url="http://api")


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, UnauthorizedError),
        (403, UnauthorizedError),
        (404, NotFoundError),
        (402, QuotaExceededError),
        (409, ConflictError),
        (429, RateLimitError),
        (400, ProviderError),
        (500, ProviderError),
    ],
)
def test_status_maps_to_error_class(status, cls):
    body = {"message": "vendor says no", "code": "E_NO"}
    with pytest.raises(cls) as caught:
        client(lambda r: httpx.Response(status, json=body, headers={"x-request-id": "req-1"})).post("/x")
    err = caught.value
    assert (err.provider, err.status_code, err.code, err.request_id) == ("demo", status, "E_NO", "req-1")
    assert "vendor says no" in str(err) and str(err).startswith("provider demo: ")


def test_quota_code_on_other_status():
    with pytest.raises(QuotaExceededError):
        client(
            lambda r: httpx.Response(400, json={"error": {"message": "m", "code": "quota_exceeded"}})
        ).post("/x")


def test_idempotent_get_retries_5xx_then_succeeds():
    answers = iter([503, 502, 200])
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(next(answers), json={})

    assert client(handler).get("/x").status_code == 200
    assert len(calls) == 3


def test_post_is_not_resent_after_5xx():
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(503, text="busy")

    with pytest.raises(ProviderError) as caught:
        client(handler).post("/create", json={"a": 1})
    assert len(calls) == 1 and caught.value.status_code == 503


def test_post_is_resent_when_never_connected():
    calls = []

    def handler(request):
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("refused")
        return httpx.Response(201, json={})

    assert client(handler).post("/create", json={}).status_code == 201
    assert len(calls) == 2


def test_post_not_resent_after_read_timeout():
    calls = []

    def handler(request):
        calls.append(request)
        raise httpx.ReadTimeout("slow")

    with pytest.raises(SandboxerTimeoutError) as caught:
        client(handler).post("/exec")
    assert isinstance(caught.value, TimeoutError)
    assert len(calls) == 1


def test_retry_after_is_honoured_and_capped():
    policy = RetryPolicy(max_retries=1, retry_after_cap=5)
    assert policy.delay(1, 3.0) == 3.0
    assert policy.delay(1, 50.0) is None
    assert 0 < policy.delay(1, None) <= 0.5


def test_rate_limit_carries_retry_after_when_budget_spent():
    with pytest.raises(RateLimitError) as caught:
        client(lambda r: httpx.Response(429, headers={"retry-after": "120"}, text="slow down")).get("/x")
    assert caught.value.retry_after == 120


def test_connection_failure_names_the_target():
    def handler(request):
        raise httpx.ConnectError("[Errno 2] No such file or directory")

    with pytest.raises(ConnectionFailedError) as caught:
        client(handler).get("/x")
    assert "the demo API" in str(caught.value) and isinstance(caught.value, ConnectionError)


def test_stream_cut_short_is_a_sandboxer_error():
    class Broken(httpx.SyncByteStream):
        def __iter__(self):
            yield b"partial"
            raise httpx.RemoteProtocolError("peer closed connection")

    with client(lambda r: httpx.Response(200, stream=Broken())).stream("GET", "/s") as response:
        with pytest.raises(ConnectionFailedError):
            for _ in response.iter_raw():
                pass


def test_errors_are_sandboxer_errors_only():
    for exc in (httpx.ReadError("x"), httpx.WriteError("x"), httpx.PoolTimeout("x")):

        def handler(request, exc=exc):
            raise exc

        with pytest.raises(SandboxerError):
            client(handler, RetryPolicy(max_retries=0)).get("/x")


def test_connect_messages_before_an_error_end_are_delivered():
    from sandboxer._transport.connect import StreamDecoder, envelope

    decoder = StreamDecoder("e2b", "process.Process/Start")
    chunk = envelope({"event": {"data": {"stdout": "aGkK"}}}) + envelope(
        {"error": {"code": "unavailable", "message": "sandbox paused"}}, flags=2
    )
    assert decoder.feed(chunk) == [{"event": {"data": {"stdout": "aGkK"}}}]  # one chunk, both frames
    with pytest.raises(ConnectionFailedError, match="sandbox paused"):
        decoder.finish()
