"""watch_directory by polling: one listing per interval, compared with the one before.

Latency is at most one interval plus one listing (an exec, ~40 ms on local Docker). A rename shows
as DELETE of the old path and CREATE of the new one; a change that keeps size and modification
time (to the microsecond) is not seen.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from ..._async.base import AsyncWatcher
from ..._concurrency import AsyncBackground, AsyncFlag, ainvoke, unwrapped
from ...errors import NotFoundError
from ...types import FileInfo, WatchEvent, WatchEventType


def _index(entries: list[FileInfo]) -> dict[str, tuple[Any, ...]]:
    return {e.path: (e.is_dir, e.size, e.mode, e.modified_at) for e in entries}


def changes(before: dict[str, tuple[Any, ...]], after: dict[str, tuple[Any, ...]]) -> list[WatchEvent]:
    events = [WatchEvent(path=p, event_type=WatchEventType.DELETE) for p in before if p not in after]
    for path, signature in after.items():
        if path not in before:
            events.append(WatchEvent(path=path, event_type=WatchEventType.CREATE))
        elif before[path] != signature:
            events.append(WatchEvent(path=path, event_type=WatchEventType.MODIFY))
    return events


class AsyncPollingWatcher(AsyncWatcher):
    def __init__(
        self,
        poll: Callable[[], Awaitable[list[FileInfo]]],
        first: list[FileInfo],
        on_event: Callable[[WatchEvent], Any],
        interval: float,
    ) -> None:
        self._poll = poll
        self._state = _index(first)
        self._on_event = on_event
        self._interval = interval
        self._stopping = AsyncFlag()
        self.error: BaseException | None = None  # why watching ended early, if it did
        self._loop = AsyncBackground(self._run, name="sandboxer-watch")

    async def _run(self) -> None:
        while not self._stopping.is_set():
            await self._stopping.wait(self._interval)
            if self._stopping.is_set():
                return
            try:
                try:
                    current = _index(await self._poll())
                except NotFoundError:
                    current = {}  # the directory is gone: everything in it was deleted
                for event in changes(self._state, current):
                    await ainvoke(self._on_event, event)
                self._state = current
            except Exception as exc:  # kept for the caller (watcher.error); the loop ends
                self.error = unwrapped(exc)
                return

    async def stop(self) -> None:
        """Stop watching; returns once no more events will be delivered."""
        self._stopping.set()
        await self._loop.join()
