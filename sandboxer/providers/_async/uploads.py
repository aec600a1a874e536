"""Streamed file transfer helpers shared by the adapters whose file APIs are plain HTTP."""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, BinaryIO

from ...errors import InvalidRequestError
from ..multipart import MultipartFile

CHUNK = 1024 * 1024


async def multipart_body(form: MultipartFile, source: BinaryIO) -> AsyncIterator[bytes]:
    """The form's head, the source in 1 MiB reads, the form's tail: never the whole file at once."""
    yield form.head
    while chunk := source.read(CHUNK):
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise InvalidRequestError("upload: the source must be opened in binary mode")
        yield bytes(chunk)
    yield form.tail


async def upload_from(source: Any, send: Callable[[BinaryIO], Awaitable[None]]) -> None:
    """Open a path source (or take a binary file object) and hand it to `send`."""
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as stream:
            await send(stream)
    elif hasattr(source, "read"):
        await send(source)
    else:
        raise InvalidRequestError(
            f"upload: source must be a path or a binary file, not {type(source).__name__}"
        )


async def download_to(destination: Any, receive: Callable[[BinaryIO], Awaitable[None]]) -> None:
    """Hand `receive` a sink: the file object given, or a temporary file beside the path given,
    renamed over it at the end, so a failed download leaves an existing file as it was."""
    if not isinstance(destination, str | os.PathLike):
        await receive(destination)
        return
    target = os.fspath(destination)
    fd, partial = tempfile.mkstemp(
        prefix=".sandboxer-", suffix=".part", dir=os.path.dirname(os.path.abspath(target))
    )
    try:
        with os.fdopen(fd, "wb") as sink:
            await receive(sink)
        os.replace(partial, target)
    except BaseException:
        os.unlink(partial)
        raise
