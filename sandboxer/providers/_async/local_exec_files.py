"""Local sandboxes whose files the engine's archive endpoints cannot see: moved through execs.

Under a runtime other than runc (gVisor's runsc) the sandbox keeps its own view of its file system:
a file put with the archive API is invisible inside it, and /tmp is the sandbox's own memory
(measured on runsc 2022-12-19). So reads, writes, stat and exists run our scripts inside the
sandbox, and the bytes travel on the exec's own streams, raw (its stdout is framed by the engine,
its stdin hijacked): in bounded memory both ways, like the archive path. Everything else (listing,
make_dir, remove, rename, watching, commands) is an exec on either runtime.
"""

from __future__ import annotations

import secrets
from typing import IO, BinaryIO

from ..._concurrency import AsyncBackground
from ..._transport.docker_stream import FrameDecoder
from ...errors import ConnectionFailedError, InvalidRequestError, ProviderError
from ...types import FileInfo
from .. import base64_files as files
from .. import shell_scripts as scripts
from ..docker_security import files_by_archive
from .local import _CHUNK, NAME, AsyncLocalSandbox
from .scripted_files import stat_entry

# File operations act as root, as the engine's archive endpoints do (they ignore the image's user).
_AS_ROOT = "0"


class AsyncLocalSandboxFilesByExec(AsyncLocalSandbox):
    async def stat(self, path: str) -> FileInfo:
        path = self._abs(path)
        return stat_entry(NAME, path, await self._listing(scripts.STAT, path, fields=2))

    async def _download_into(self, path: str, sink: BinaryIO) -> None:
        exec_id = await self._exec_create(scripts.sh(files.READ_RAW, path), user=_AS_ROOT)
        errors = bytearray()
        decoder = FrameDecoder()
        channel = await self._engine.exec_start(
            exec_id, tty=False, hijack=False, read_timeout=self._engine.timeout.read
        )
        try:
            while chunk := await channel.read():
                for stream, payload in decoder.feed(chunk):
                    if stream == 1:
                        sink.write(payload)
                    else:
                        errors.extend(payload)
        finally:
            await channel.aclose()
        if decoder.pending:
            raise ConnectionFailedError(NAME, f"the exec reading {path!r} was cut short mid-frame")
        code = await self._exit_code(exec_id, errors.decode("utf-8", "replace"))
        scripts.check_exit(NAME, code, "read", path, errors.decode("utf-8", "replace"))

    async def _put_archive(
        self, path: str, stream: IO[bytes], size: int, *, mode: int, uid: int, gid: int
    ) -> None:
        partial = files.partial_name(path, secrets.token_hex(6))
        argv = scripts.sh(files.WRITE_RAW, path, partial, "1", "1", f"{mode:o}", f"{uid}:{gid}", str(size))
        exec_id = await self._exec_create(argv, user=_AS_ROOT, stdin=True)
        channel = await self._engine.exec_start(
            exec_id, tty=False, hijack=True, read_timeout=self._engine.timeout.read
        )

        async def send() -> None:
            left = size
            while left > 0:
                chunk = stream.read(min(_CHUNK, left))
                if not chunk:
                    raise InvalidRequestError(
                        f"the source ended {left} bytes early (was it changed while uploading?)"
                    )
                left -= len(chunk)
                await channel.write(chunk)
            channel.close_write()

        # Sent beside the reading: a script that ends early (the path is a directory) stops
        # reading its stdin, and a writer alone would wait on a full pipe for ever.
        sender = AsyncBackground(send, name="sandboxer-local-write")
        output = bytearray()
        decoder = FrameDecoder()
        try:
            while chunk := await channel.read():
                for _, payload in decoder.feed(chunk):
                    output.extend(payload)
        finally:
            if not sender.done():
                channel.abort()
                await sender.cancel()
            await channel.aclose()
        text = output.decode("utf-8", "replace")
        code = await self._exit_code(exec_id, text)
        if code == files.EXIT_SHORT:
            await sender.join()  # the source's own error, when it ended early
            raise ProviderError(NAME, f"write {path!r}: the sandbox received fewer bytes than sent")
        scripts.check_exit(NAME, code, "write", path, text)
        await sender.join()


def sandbox_for_runtime(runtime: str | None) -> type[AsyncLocalSandbox]:
    """The sandbox class for a container's runtime (HostConfig.Runtime)."""
    return AsyncLocalSandbox if files_by_archive(runtime) else AsyncLocalSandboxFilesByExec
