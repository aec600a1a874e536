"""Resident shells of a local sandbox: commands in a few milliseconds instead of one engine exec each.

A pool per sandbox object: each shell is one hijacked exec (the attach machinery of
`docker_connection`) running the script of `resident_shell`; a command takes an idle shell or opens
one, up to a bound, then waits for one. A shell whose state is unknown after a command (its stream
broke, the command killed it, the caller gave up waiting) is closed, never reused.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from ..._concurrency import AsyncSemaphore
from ..._transport.docker_stream import FrameDecoder
from ...errors import ConnectionFailedError
from .. import resident_shell as resident
from .docker_connection import AsyncExecChannel

NAME = "local"
DEFAULT_POOL_SIZE = 8


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
    """The pool of one sandbox object."""

    def __init__(self, open_shell: Callable[[], Awaitable[AsyncResidentShell]], size: int) -> None:
        self._open_shell = open_shell
        self._slots = AsyncSemaphore(size)
        self._idle: list[AsyncResidentShell] = []
        self.unusable: str | None = None  # why commands take the exec path here, once known
        self.switch_users = True  # until a shell says it cannot (not root, or no su)

    @asynccontextmanager
    async def shell(self) -> AsyncIterator[AsyncResidentShell]:
        """A shell to run one command on; kept for the next one only if it ended cleanly."""
        async with self._slots:
            shell = self._idle.pop() if self._idle else await self._open()
            try:
                yield shell
            finally:
                if shell.reusable:
                    self._idle.append(shell)
                else:
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
        idle, self._idle = self._idle, []
        for shell in idle:
            await shell.aclose()
