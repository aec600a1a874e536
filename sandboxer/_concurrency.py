"""The few primitives that really differ between the async code and its generated sync twin.

scripts/unasync.py turns `AsyncX` into `X` and `asleep` into `sleep`, so the adapters are written
once (async) and their sync twins pick the matching primitive from here.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any


async def asleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


def sleep(seconds: float) -> None:
    time.sleep(seconds)


class AsyncBackground:
    """Runs a coroutine function beside the caller; `join` waits for it and re-raises its error."""

    def __init__(self, fn: Callable[..., Awaitable[Any]], *args: Any, name: str = "sandboxer") -> None:
        self._task = asyncio.get_running_loop().create_task(fn(*args), name=name)

    def done(self) -> bool:
        return self._task.done()

    async def join(self, timeout: float | None = None) -> Any:
        if timeout is None:
            return await asyncio.shield(self._task)
        return await asyncio.wait_for(asyncio.shield(self._task), timeout)

    async def cancel(self) -> None:
        self._task.cancel()
        try:
            await self._task
        except BaseException:  # the task's own failure or its cancellation: both expected here
            pass


class Background:
    """Runs a function in a daemon thread; `join` waits for it and re-raises its error."""

    def __init__(self, fn: Callable[..., Any], *args: Any, name: str = "sandboxer") -> None:
        self._result: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn, args), name=name, daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        try:
            self._result = fn(*args)
        except BaseException as exc:  # handed to whoever joins
            self._error = exc

    def done(self) -> bool:
        return not self._thread.is_alive()

    def join(self, timeout: float | None = None) -> Any:
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError("background work still running")
        if self._error is not None:
            raise self._error
        return self._result

    def cancel(self) -> None:
        # Threads cannot be interrupted; callers close the stream the thread reads, which ends it.
        self._thread.join(5)
