"""File operations as our POSIX scripts (`shell_scripts`), for adapters whose vendor runs commands but
offers no call for these: listing, stat, exists, mkdir, remove, rename, and watching by polling.

An adapter mixes this in and gives two methods: `_script(script, *args, what, path)` runs one
script with its arguments as argv and answers its stdout (errors from its exit status), and
`_listing_output(script, path, what)` runs a listing script and answers its stdout as bytes (how
the bytes of names come back differs per vendor).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import Any

import attrs

from ..._async.base import AsyncSandboxBase
from ...errors import InvalidRequestError, NotFoundError, ProviderError
from ...types import FileInfo, WatchEvent
from .. import shell_scripts as scripts
from ..arguments import check_path, check_removable
from .polling_watcher import AsyncPollingWatcher

WATCH_INTERVAL = 0.5


def stat_entry(provider: str, path: str, entries: list[FileInfo]) -> FileInfo:
    """The FileInfo of `path` from our STAT script's listing (empty: the path is not there)."""
    if not entries:
        raise NotFoundError(provider, f"stat: no such file or directory: {path!r}")
    name = posixpath.basename(posixpath.normpath(path)) or "/"
    return attrs.evolve(entries[0], name=name, path=path)


class AsyncScriptedFiles(AsyncSandboxBase):
    async def _script(self, script: str, *args: str, what: str, path: str | None = None) -> str:
        raise NotImplementedError

    async def _listing_output(self, script: str, path: str, *, what: str) -> bytes:
        """A listing script's stdout, its bytes as the script printed them (errors from its exit)."""
        raise NotImplementedError

    async def _listing(self, script: str, path: str, fields: int) -> list[FileInfo]:
        given = scripts.script_path(check_path(path))  # "-x" would be an option to find
        out = await self._listing_output(script, given, what="list_directory")
        try:
            return scripts.parse_listing(path, out, fields, given=given)
        except ValueError as exc:
            raise ProviderError(self.provider_name, f"malformed listing of {path!r}") from exc

    async def list_directory(self, path: str) -> list[FileInfo]:
        return await self._listing(scripts.LIST_DIR, path, 2)

    async def stat(self, path: str) -> FileInfo:
        """The path itself (its target when a symlink): "/", "." and ".." included; "file/" is not
        a directory and so not found."""
        return stat_entry(self.provider_name, path, await self._listing(scripts.STAT, check_path(path), 2))

    async def exists(self, path: str) -> bool:
        try:
            await self.stat(path)
        except (NotFoundError, InvalidRequestError):
            return False
        return True

    async def make_dir(self, path: str) -> None:
        await self._script(scripts.MAKE_DIR, check_path(path), what="make_dir", path=path)

    async def remove(self, path: str) -> None:
        check_removable(path)
        await self._script(scripts.REMOVE, path, what="remove", path=path)

    async def rename(self, src: str, dst: str) -> None:
        await self._script(scripts.RENAME, check_path(src), check_path(dst), what="rename", path=src)

    async def watch_directory(
        self, path: str, on_event: Callable[[WatchEvent], Any], recursive: bool = False
    ) -> AsyncPollingWatcher:
        if not callable(on_event):
            raise InvalidRequestError("watch_directory: on_event must be callable")
        script = scripts.WATCH_TREE if recursive else scripts.WATCH_DIR
        first = await self._listing(script, path, 5)
        return AsyncPollingWatcher(lambda: self._listing(script, path, 5), first, on_event, WATCH_INTERVAL)
