"""Docker's multiplexed exec/attach stream, decoded without I/O (sans-IO).

Without a TTY every chunk of output is framed: one byte naming the stream (0 stdin, 1 stdout,
2 stderr), three zero bytes, a big-endian 32-bit length, then that many bytes. With a TTY the
stream is raw terminal output.
"""

from __future__ import annotations

import struct

STDOUT = 1
STDERR = 2
_HEADER = struct.Struct(">BxxxL")


class FrameDecoder:
    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        """Frames completed by `data`, as (stream, payload); stdin echoes count as stdout."""
        self._buffer += data
        frames = []
        while len(self._buffer) >= _HEADER.size:
            stream, length = _HEADER.unpack_from(self._buffer)
            end = _HEADER.size + length
            if len(self._buffer) < end:
                break
            payload = bytes(self._buffer[_HEADER.size : end])
            del self._buffer[:end]
            frames.append((STDERR if stream == STDERR else STDOUT, payload))
        return frames

    @property
    def pending(self) -> int:
        """Bytes of an unfinished frame; non-zero at end of stream means it was cut short."""
        return len(self._buffer)
