"""The async background primitive: stopped work is a typed error; the caller's cancellation stays its own."""

from __future__ import annotations

import asyncio

import pytest

from sandboxer import SandboxerError
from sandboxer._concurrency import AsyncBackground


async def test_joining_stopped_work_is_a_typed_error():
    work = AsyncBackground(asyncio.sleep, 60)
    await work.cancel()
    with pytest.raises(SandboxerError, match="stopped"):
        await work.join()


async def test_cancel_does_not_swallow_the_callers_own_cancellation():
    async def stubborn():
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            await asyncio.sleep(60)  # takes its time to stop

    work = AsyncBackground(stubborn)
    await asyncio.sleep(0)
    canceller = asyncio.create_task(work.cancel())
    await asyncio.sleep(0.05)
    canceller.cancel()
    with pytest.raises(asyncio.CancelledError):
        await canceller
    assert canceller.cancelled()
    work._task.cancel()  # end the stubborn work too
    await asyncio.wait([work._task])


async def test_a_failure_is_re_raised_by_join_and_quiet_on_cancel():
    async def fail():
        raise ValueError("boom")

    work = AsyncBackground(fail)
    with pytest.raises(ValueError):
        await work.join()
    await work.cancel()  # already failed: nothing raised, nothing left unretrieved
