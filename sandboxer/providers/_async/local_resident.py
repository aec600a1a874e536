"""Resident shells of a local sandbox: commands in a few milliseconds instead of one engine exec each.

A pool per sandbox object: each shell is one hijacked exec (the attach machinery of
`docker_connection`) running the script of `resident_shell`; a command takes an idle shell or
opens one, up to a bound; when all stay busy for WAIT_FOR_A_SHELL the command is an exec. A shell whose state is unknown after a
command (its stream broke, the command killed it, the caller gave up waiting) is closed, never
reused.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from ..._concurrency import AsyncLock, asleep
from ..._transport.docker_stream import FrameDecoder
from ...errors import ConnectionFailedError
from .. import resident_shell as resident
from .docker_connection import AsyncExecChannel

NAME = "local"
DEFAULT_POOL_SIZE = 8
# How long a command waits for a busy shell to come free before it takes an exec (never forever:
# commands may wait for each other, e.g. eight for a ninth that creates their file).
WAIT_FOR_A_SHELL = 0.1


class ShellUnusable(Exception):
    """A resident shell cannot run this command (the image has no cat; it cannot switch users):
    the command was not run, and takes an exec."""


class AsyncResidentShell:
    def __init__(self, exec_id: str, channel: AsyncExecChannel, setup: bytes) -> None:
        self.exec_id = exec_id
        self._channel = channel
        self._setup = setup
        self._decoder = FrameDecoder()
        self.reusable = False  # true only between commands that ended by their marks

    async def start(self) -> None:
        """Send the shell its script and wait until it says it runs."""
        await self._channel.write(self._setup)
        ready = resident.ReadyReader()
        while not ready.done:
            chunk = await self._channel.read()
            if not chunk:
                raise ShellUnusable(f"the shell ended before it was ready: {ready.said[-300:]!r}")
            for stream, payload in self._decoder.feed(chunk):
                ready.feed(stream, payload)
        self.reusable = True

    async def run(
        self, line: bytes, reader: resident.EndReader, read_timeout: float | None
    ) -> AsyncIterator[tuple[int, bytes]]:
        """Run one command line: its output as (stream, bytes) as it arrives, until both end marks
        (then `reader.end()` says how it ended) or the shell's end (`reader.done` stays false;
        `reader.taken` says whether the shell had taken the command). A stream that breaks (rather
        than ends) raises, as an exec's does: whether the command started is then unknown."""
        self.reusable = False
        try:
            await self._channel.write(line)
        except ConnectionFailedError:
            return  # the shell's connection was gone: the line never left (reader.taken stays false)
        while not reader.done:
            chunk = await self._channel.read(timeout=read_timeout)
            if not chunk:
                if self._decoder.pending:
                    raise ConnectionFailedError(NAME, "the shell's output stream was cut short mid-frame")
                return
            for stream, payload in self._decoder.feed(chunk):
                output = reader.feed(stream, payload)
                if output:
                    yield stream, output
        self.reusable = True

    async def aclose(self) -> None:
        self.reusable = False
        self._channel.abort()  # its stdin ends: an idle shell exits; a running command goes on
        await self._channel.aclose()


class AsyncResidentShells:
    """The pool of one sandbox object: up to `size` shells. When all stay busy a command takes an
    exec rather than waiting on (commands waiting on each other, e.g. eight waiting for a ninth
    that would create their file, must not deadlock where execs would not)."""

    def __init__(self, open_shell: Callable[[], Awaitable[AsyncResidentShell]], size: int) -> None:
        self._open_shell = open_shell
        self._size = size
        self._busy = 0
        self._lock = AsyncLock()  # the count and the idle list, for threads sharing a sync sandbox
        self._idle: list[AsyncResidentShell] = []
        self.unusable: str | None = None  # why commands take the exec path here, once known
        self.switch_users = True  # until a shell says it cannot (not root, or no BusyBox su)

    @asynccontextmanager
    async def shell(self) -> AsyncIterator[AsyncResidentShell]:
        """A shell to run one command on; kept for the next one only if it ended cleanly.
        ShellUnusable when every shell is busy (the command takes an exec)."""
        shell = await self._take()
        kept = False
        try:
            if shell is None:
                shell = await self._open()
            try:
                yield shell
            finally:
                kept = shell.reusable
                if not kept:
                    await shell.aclose()
        finally:
            async with self._lock:
                self._busy -= 1
                if kept and shell is not None:
                    self._idle.append(shell)

    async def _take(self) -> AsyncResidentShell | None:
        """A slot, with an idle shell if there is one (None: open one). Short commands free their
        shells in milliseconds, so a command asks a few times before it settles for an exec."""
        deadline = time.monotonic() + WAIT_FOR_A_SHELL
        while True:
            async with self._lock:
                if self._busy < self._size:
                    self._busy += 1
                    return self._idle.pop() if self._idle else None
            if time.monotonic() >= deadline:
                raise ShellUnusable("every resident shell is busy")
            await asleep(0.002)

    async def drop_idle(self) -> None:
        """Close the idle shells: one was found gone (its container restarted, its processes
        killed), so the others likely are too."""
        async with self._lock:
            idle, self._idle = self._idle, []
        for shell in idle:
            await shell.aclose()

    async def _open(self) -> AsyncResidentShell:
        shell = await self._open_shell()
        try:
            await shell.start()
        except ShellUnusable as exc:
            self.unusable = str(exc)
            await shell.aclose()
            raise
        except BaseException:
            await shell.aclose()
            raise
        return shell

    async def aclose(self) -> None:
        await self.drop_idle()
