"""Fly's client-side pacing (providers/_async/fly_transport.py) at the transport: what a waiting
request does when it is cancelled, and a wait longer than the retries would ever wait."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from sandboxer import RateLimitError
from sandboxer.providers._async import fly_transport as async_fly_transport
from sandboxer.providers._sync import fly_transport as sync_fly_transport

EXEC = "https://api.machines.dev/v1/apps/a/machines/m1/exec"
KEY = ("m1", "POST /exec")


class Answers(httpx.AsyncBaseTransport, httpx.BaseTransport):
    """Answers 200, or the statuses and headers queued in `refusals` first."""

    def __init__(self, *refusals: tuple[int, dict[str, str]]) -> None:
        self.refusals = list(refusals)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        status, headers = self.refusals.pop(0) if self.refusals else (200, {})
        return httpx.Response(status, headers=headers, request=request, json={})

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)


async def test_cancelled_waiters_give_their_tokens_back():
    transport = async_fly_transport.AsyncFlyTransport(Answers())
    waiting = [asyncio.create_task(transport.handle_async_request(httpx.Request("POST", EXEC))) for _ in range(60)]
    await asyncio.sleep(0.05)  # three went at once (the burst); the rest wait their turn
    for task in waiting:
        task.cancel()
    results = await asyncio.gather(*waiting, return_exceptions=True)
    assert sum(isinstance(r, httpx.Response) for r in results) == 3
    # What is left to wait is the fourth token's time, not the 57 cancelled requests'.
    assert transport.pacer.wait_for(KEY) < 1.0


@pytest.mark.parametrize("mode", ["async", "sync"])
async def test_a_wait_longer_than_the_retries_wait_is_raised_not_slept(mode, monkeypatch):
    answers = Answers((429, {"Retry-After": "600"}))
    if mode == "async":
        transport = async_fly_transport.AsyncFlyTransport(answers)
        send = transport.handle_async_request
    else:

        def no_long_sleep(seconds: float) -> None:
            assert seconds < 5, f"slept {seconds} s where a RateLimitError was due"

        monkeypatch.setattr(sync_fly_transport, "sleep", no_long_sleep)
        sync_transport = sync_fly_transport.FlyTransport(answers)

        async def send(request: httpx.Request) -> httpx.Response:
            return sync_transport.handle_request(request)

        transport = sync_transport
    refused = await send(httpx.Request("POST", EXEC))
    assert refused.status_code == 429  # for the retries above, which give up on 600 s at once
    with pytest.raises(RateLimitError) as caught:
        await asyncio.wait_for(send(httpx.Request("POST", EXEC)), timeout=5)
    assert caught.value.retry_after == pytest.approx(600, abs=5) and caught.value.status_code == 429
    assert transport.pacer.wait_for(KEY) == pytest.approx(600, abs=5)  # raising took no token


async def test_a_long_queue_of_our_own_is_waited_through_not_refused(monkeypatch):
    # 70 calls at once on one machine: the last waits ~67 s for its turn (Fly's 1 a second), and
    # none is refused without being sent: nothing but a server's Retry-After raises.
    now = [1000.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(async_fly_transport, "clock", lambda: now[0])
    monkeypatch.setattr(async_fly_transport, "asleep", sleep)
    transport = async_fly_transport.AsyncFlyTransport(Answers())
    answers = [await transport.handle_async_request(httpx.Request("POST", EXEC)) for _ in range(70)]
    assert [a.status_code for a in answers] == [200] * 70
    assert max(slept) == pytest.approx(67)
