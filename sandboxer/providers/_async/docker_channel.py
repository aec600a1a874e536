"""An exec's attached stream on the Docker engine.

Without stdin the output is the body of `POST /exec/{id}/start`, read as it arrives. With stdin
(a command started with `stdin=True`, or a terminal) the request asks for `Upgrade: tcp`; the
engine answers 101 and the connection becomes a raw two-way stream: output frames in, stdin
bytes out, and a half-close (shutdown of our write side) to end stdin.
"""

from __future__ import annotations

import socket
from typing import Any

import httpcore
import httpx

from ...errors import ConnectionFailedError

NAME = "local"
_READ_SIZE = 65536


class AsyncExecChannel:
    def __init__(self, response: httpx.Response, hijacked: bool) -> None:
        self._response = response
        self._network: Any = response.extensions.get("network_stream") if hijacked else None
        if hijacked and (response.status_code != 101 or self._network is None):
            raise ConnectionFailedError(NAME, f"the engine did not hijack the exec stream (HTTP {response.status_code})")
        self._chunks = None if hijacked else response.aiter_raw()

    @property
    def writable(self) -> bool:
        return self._network is not None

    async def read(self) -> bytes:
        """The next output bytes as they arrive; b"" once the stream has ended."""
        if self._network is None:
            return await anext(self._chunks, b"")
        try:
            return await self._network.read(_READ_SIZE)
        except (httpcore.NetworkError, httpcore.TimeoutException, OSError) as exc:
            raise ConnectionFailedError(NAME, f"the exec stream broke: {type(exc).__name__}: {exc}") from exc

    async def write(self, data: bytes) -> None:
        try:
            await self._network.write(data)
        except (httpcore.NetworkError, httpcore.TimeoutException, OSError) as exc:
            raise ConnectionFailedError(NAME, f"could not write to the exec: {type(exc).__name__}: {exc}") from exc

    def close_write(self) -> None:
        """End the command's stdin: half-close our side, the engine passes EOF on."""
        self._shutdown(socket.SHUT_WR)

    def abort(self) -> None:
        """Wake a reader blocked on this stream (from another thread or task): it reads b""."""
        self._shutdown(socket.SHUT_RDWR)

    def _shutdown(self, how: int) -> None:
        sock = self._network.get_extra_info("socket") if self._network is not None else None
        if sock is not None:
            try:
                sock.shutdown(how)
            except OSError:
                pass  # already closed: nothing left to end

    async def aclose(self) -> None:
        await self._response.aclose()
