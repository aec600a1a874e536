"""The few primitives that really differ between the async code and its generated sync twin.

scripts/unasync.py turns `AsyncX` into `X`, `asleep` into `sleep` and `ainvoke` into `invoke`, so the adapters are written
once (async) and their sync twins pick the matching primitive from here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

# asyncio is imported where the async primitives run, not here: a sync client never needs it,
# and importing it costs ~13 ms of every start (issue 21).

from .errors import SandboxerError


async def asleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def sleep(seconds: float) -> None:
    time.sleep(seconds)


class CallbackError(Exception):
    """A user callback's own exception on its way out of the library: the operation that called
    the callback raises `original` as it was, never translated into a library error."""

    def __init__(self, original: Exception) -> None:
        super().__init__(repr(original))
        self.original = original


async def ainvoke(callback: Callable[..., Any], *args: Any) -> None:
    """Call a user callback that may be a plain function or a coroutine function."""
    try:
        result = callback(*args)
        if hasattr(result, "__await__"):  # inspect.isawaitable, without importing inspect
            await result
    except Exception as exc:
        raise CallbackError(exc) from exc


def unwrapped(exc: BaseException) -> BaseException:
    """The exception to show a caller: a callback's own, or the library's."""
    return exc.original if isinstance(exc, CallbackError) else exc


def invoke(callback: Callable[..., Any], *args: Any) -> None:
    try:
        callback(*args)
    except Exception as exc:
        raise CallbackError(exc) from exc


class AsyncBackground:
    """Runs a coroutine function beside the caller; `join` waits for it and re-raises its error."""

    def __init__(
        self, fn: Callable[..., Coroutine[Any, Any, Any]], *args: Any, name: str = "sandboxer"
    ) -> None:
        import asyncio

        self._task: asyncio.Task[Any] = asyncio.get_running_loop().create_task(fn(*args), name=name)

    def done(self) -> bool:
        return self._task.done()

    async def join(self, timeout: float | None = None) -> Any:
        """The work's result; its error re-raised; SandboxerError if it was stopped (cancelled)."""
        import asyncio

        try:
            if timeout is None:
                return await asyncio.shield(self._task)
            return await asyncio.wait_for(asyncio.shield(self._task), timeout)
        except asyncio.CancelledError:
            if self._task.cancelled():  # the work was stopped, not the caller: say so, typed
                raise SandboxerError("the background work was stopped before it finished") from None
            raise

    async def cancel(self) -> None:
        """Stop the work and wait for it; a cancellation of the caller itself still propagates."""
        import asyncio

        self._task.cancel()
        await asyncio.wait([self._task])
        if not self._task.cancelled():
            self._task.exception()  # retrieved: its failure is expected here, not "never retrieved"

    def is_current(self) -> bool:
        """Whether the caller runs inside this work (a callback of it)."""
        import asyncio

        return asyncio.current_task() is self._task

    async def stop(self, close: Callable[[], Awaitable[Any]]) -> None:
        """End the work and close what it reads: cancel the task, then close (from inside: close)."""
        if not self.is_current():
            await self.cancel()
        await close()


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
        """The work's result; its error re-raised."""
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError("background work still running")
        if self._error is not None:
            raise self._error
        return self._result

    def cancel(self) -> None:
        # Threads cannot be interrupted; callers close the stream the thread reads, which ends it.
        self._thread.join(5)

    def is_current(self) -> bool:
        return threading.current_thread() is self._thread

    def stop(self, close: Callable[[], Any]) -> None:
        """End the work: close what the thread reads (that wakes it), then wait for it."""
        close()
        if not self.is_current():
            self.cancel()


class AsyncFlag:
    """A stop signal a background loop can sleep on and be woken by."""

    def __init__(self) -> None:
        import asyncio

        self._event = asyncio.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    async def wait(self, timeout: float) -> None:
        import asyncio

        try:
            await asyncio.wait_for(self._event.wait(), timeout)
        except TimeoutError:
            pass


class Flag:
    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> None:
        self._event.wait(timeout)


# A lock for the async code and its sync twin (asyncio.Lock / threading.Lock, both `with`-able).
def AsyncLock() -> asyncio.Lock:
    import asyncio

    return asyncio.Lock()


Lock = threading.Lock
