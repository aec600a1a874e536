"""Waiting for a sandbox to reach a state: one loop for every provider that must (deadline, ask
again, give up cleanly)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ..._concurrency import asleep

T = TypeVar("T")

FIRST_PAUSE = 0.1
LONGEST_PAUSE = 1.0


async def wait_until(
    probe: Callable[[float], Awaitable[T | None]],
    seconds: float,
    expired: Callable[[], Awaitable[BaseException]],
    *,
    pause: bool = True,
) -> T:
    """Ask `probe(seconds_left)` until it finds what is waited for (anything but None), and return it.

    `probe` raises to stop waiting (a failed state). When `seconds` have passed, the error that
    `expired()` gives is raised (it may clean up first). With `pause`, probes come 0.1 s apart,
    growing to 1 s (a plain poll); without, the next comes at once (a long poll that held on the
    server for up to the seconds left).
    """
    deadline = time.monotonic() + seconds
    delay = FIRST_PAUSE
    while True:
        found = await probe(max(deadline - time.monotonic(), 0.0))
        if found is not None:
            return found
        if time.monotonic() >= deadline:
            raise await expired()
        if pause:
            await asleep(delay)
            delay = min(delay * 1.5, LONGEST_PAUSE)
