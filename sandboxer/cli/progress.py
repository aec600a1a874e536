"""Progress of a big copy on stderr (only when it is a terminal): the file objects the library
reads from or writes to, counting the bytes that pass."""

from __future__ import annotations

import sys
import time
from typing import BinaryIO

_EVERY = 0.25  # seconds between redraws


class _Progress:
    def __init__(self, size: int, label: str) -> None:
        self.size = size
        self.label = label
        self.moved = 0
        self.started = self.drawn = time.monotonic()

    def count(self, n: int) -> None:
        self.moved += n
        if time.monotonic() - self.drawn >= _EVERY:
            self.draw()

    def draw(self, end: str = "") -> None:
        self.drawn = time.monotonic()
        elapsed = max(self.drawn - self.started, 1e-6)
        share = f"{100 * self.moved / self.size:5.1f}%" if self.size else ""
        rate = self.moved / elapsed / 1e6
        sys.stderr.write(f"\r{self.label}: {self.moved / 1e6:.1f} MB {share} {rate:.1f} MB/s{end}")
        sys.stderr.flush()

    def done(self) -> None:
        self.draw(end="\n")


class ProgressReader(_Progress):
    """A binary source (seekable like the file it wraps, as uploads need)."""

    def __init__(self, stream: BinaryIO, size: int, label: str) -> None:
        super().__init__(size, label)
        self.stream = stream

    def read(self, n: int = -1) -> bytes:
        data = self.stream.read(n)
        self.count(len(data))
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        position = self.stream.seek(offset, whence)
        if whence == 0:
            self.moved = position  # a resend starts again from here
        return position

    def tell(self) -> int:
        return self.stream.tell()

    def seekable(self) -> bool:
        return self.stream.seekable()


class ProgressWriter(_Progress):
    """A binary sink."""

    def __init__(self, stream: BinaryIO, size: int, label: str) -> None:
        super().__init__(size, label)
        self.stream = stream

    def write(self, data: bytes) -> int:
        written = self.stream.write(data)
        self.count(len(data))
        return written

    def flush(self) -> None:
        self.stream.flush()
