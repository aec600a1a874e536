"""Tar, as the Docker engine's archive endpoints speak it, in bounded memory and without I/O.

Writing: one member's header, then its bytes as they are read, then padding and the end blocks.
Reading: `TarReader.feed` takes the archive as it arrives and returns what it completes: the
first member's header, then its data in the chunks that carried it.

tarfile is imported where a header is written or read, not with this module: a client that never
moves a file does not load it (~1.3 ms of a start, issue 21).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tarfile

BLOCK = 512
END = b"\0" * (2 * BLOCK)


def member_header(
    name: str, size: int, mode: int = 0o644, uid: int = 0, gid: int = 0, mtime: int = 0
) -> bytes:
    import tarfile

    info = tarfile.TarInfo(name)
    info.size, info.mode, info.uid, info.gid, info.mtime = size, mode, uid, gid, mtime
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


def _pax_records(data: bytes) -> dict[str, str]:
    records = {}
    pos = 0
    while pos < len(data):
        space = data.index(b" ", pos)
        length = int(data[pos:space])
        key, _, value = data[space + 1 : pos + length - 1].partition(b"=")
        records[key.decode("utf-8")] = value.decode("utf-8", "surrogateescape")
        pos += length
    return records


class TarError(ValueError):
    pass


class TarReader:
    """Reads the first member of an archive: `member` once its header is in, then its data."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._overrides: dict[str, str] = {}
        self._extension: tuple[bytes, int] | None = None  # (type, bytes left) of a PAX/GNU record
        self._extension_data = bytearray()
        self.member: tarfile.TarInfo | None = None
        self._left = 0  # data bytes of the member still to come
        self.complete = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Data bytes of the first member found in `data` (after its header)."""
        if self.member is not None:
            take = min(self._left, len(data))
            self._left -= take
            if self._left == 0:
                self.complete = True
            if take:
                yield data[:take]
            return
        import tarfile

        self._buffer += data
        while self.member is None and len(self._buffer) >= BLOCK:
            if self._extension is not None:
                kind, size = self._extension
                whole = size + len(padding(size))
                if len(self._buffer) < whole:
                    return
                payload = bytes(self._buffer[:size])
                del self._buffer[:whole]
                if kind in (tarfile.XHDTYPE, tarfile.XGLTYPE):
                    self._overrides.update(_pax_records(payload))
                elif kind == tarfile.GNUTYPE_LONGNAME:
                    self._overrides["path"] = payload.rstrip(b"\0").decode("utf-8", "surrogateescape")
                elif kind == tarfile.GNUTYPE_LONGLINK:
                    self._overrides["linkpath"] = payload.rstrip(b"\0").decode("utf-8", "surrogateescape")
                self._extension = None
                continue
            block = bytes(self._buffer[:BLOCK])
            if block == b"\0" * BLOCK:
                raise TarError("the archive holds no member")
            try:
                info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
            except tarfile.TarError as exc:
                raise TarError(f"malformed tar header: {exc}") from exc
            del self._buffer[:BLOCK]
            if info.type in (
                tarfile.XHDTYPE,
                tarfile.XGLTYPE,
                tarfile.GNUTYPE_LONGNAME,
                tarfile.GNUTYPE_LONGLINK,
            ):
                self._extension = (info.type, info.size)
                continue
            if "path" in self._overrides:
                info.name = self._overrides["path"]
            if "linkpath" in self._overrides:
                info.linkname = self._overrides["linkpath"]
            if "size" in self._overrides:
                info.size = int(self._overrides["size"])
            self.member = info
            self._left = info.size if info.isreg() else 0
            rest = bytes(self._buffer)
            self._buffer.clear()
            if self._left == 0:
                self.complete = True
            yield from self.feed(rest)
