"""A WebSocket over a connection httpx upgrades (RFC 6455), framed by wsproto.

The handshake is an ordinary GET through the provider's httpx client, so it passes the same
transport (retries, error mapping, cassettes); the 101 answer hands over the raw connection, and
wsproto (sans-IO) turns bytes into messages and back. wsproto is the optional `daytona` extra.
"""

from __future__ import annotations

import base64
import hashlib
import os
import socket
from typing import Any

import httpcore
import httpx

from ..._concurrency import AsyncLock
from ...errors import ConnectionFailedError, NotSupportedError, ProviderError

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_READ_SIZE = 65536


def _wsproto() -> Any:
    try:
        import wsproto.connection
        import wsproto.events
    except ImportError:  # the optional extra is not installed
        return None
    return wsproto


class AsyncWebSocket:
    """Messages in (`receive`) and out (`send`) until either side closes."""

    def __init__(self, response: httpx.Response, provider: str, where: str) -> None:
        ws = _wsproto()
        self._events = ws.events
        self._connection = ws.connection.Connection(ws.connection.ConnectionType.CLIENT)
        self._response = response
        self._network = response.extensions["network_stream"]
        self._provider = provider
        self._where = where
        self._parts: list[Any] = []
        self._writing = AsyncLock()
        self.closed = False
        self.close_code: int | None = None
        self.close_reason: str | None = None

    @classmethod
    async def connect(
        cls,
        http: httpx.AsyncClient,
        url: str,
        *,
        provider: str,
        headers: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
    ) -> AsyncWebSocket:
        if _wsproto() is None:
            raise NotSupportedError(
                provider, "websocket", "install the extra: pip install 'sandboxer[daytona]'"
            )
        key = base64.b64encode(os.urandom(16)).decode("ascii")
        request = http.build_request(
            "GET",
            url,
            params=params,
            headers={
                **(headers or {}),
                "Connection": "Upgrade",
                "Upgrade": "websocket",
                "Sec-WebSocket-Version": "13",
                "Sec-WebSocket-Key": key,
            },
        )
        response = await http.send(request, stream=True)
        where = f"GET {request.url.path}"
        if response.status_code != 101 or "network_stream" not in response.extensions:
            await response.aclose()
            raise ProviderError(provider, f"{where} did not become a WebSocket (HTTP {response.status_code})")
        accept = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode("ascii")
        if response.headers.get("sec-websocket-accept", accept) != accept:
            await response.aclose()
            raise ProviderError(provider, f"{where}: the server answered another WebSocket handshake")
        return cls(response, provider, where)

    async def _write(self, data: bytes) -> None:
        try:
            async with self._writing:
                await self._network.write(data)
        except (httpcore.NetworkError, httpcore.TimeoutException, OSError) as exc:
            raise ConnectionFailedError(self._provider, f"{self._where}: write failed: {exc}") from exc

    async def send(self, data: bytes | str) -> None:
        if self.closed:
            raise ConnectionFailedError(self._provider, f"{self._where}: the WebSocket is closed")
        event = (
            self._events.TextMessage(data=data)
            if isinstance(data, str)
            else self._events.BytesMessage(data=data)
        )
        await self._write(self._connection.send(event))

    async def receive(self) -> bytes | str | None:
        """The next whole message, or None once the connection is closed."""
        while True:
            for event in self._connection.events():
                message = await self._handle(event)
                if message is not None:
                    return message
            if self.closed:
                return None
            try:
                data = await self._network.read(_READ_SIZE)
            except (httpcore.NetworkError, httpcore.TimeoutException, OSError) as exc:
                raise ConnectionFailedError(self._provider, f"{self._where}: read failed: {exc}") from exc
            if not data:
                if not self.closed:
                    raise ConnectionFailedError(
                        self._provider, f"{self._where}: the connection ended without a close"
                    )
                return None
            self._connection.receive_data(data)

    async def _handle(self, event: Any) -> bytes | str | None:
        events = self._events
        if isinstance(event, events.Message):
            self._parts.append(event.data)
            if not event.message_finished:
                return None
            parts, self._parts = self._parts, []
            return "".join(parts) if isinstance(event, events.TextMessage) else b"".join(parts)
        if isinstance(event, events.Ping):
            await self._write(self._connection.send(event.response()))
        elif isinstance(event, events.CloseConnection):
            self.close_code, self.close_reason = event.code, event.reason
            if not self.closed:
                self.closed = True
                try:
                    await self._write(self._connection.send(event.response()))
                except Exception:  # the peer may be gone already
                    pass
        return None

    async def aclose(self) -> None:
        """Close politely (a close frame) and release the connection."""
        if not self.closed:
            self.closed = True
            try:
                await self._write(self._connection.send(self._events.CloseConnection(code=1000)))
            except Exception:  # already broken: nothing to say goodbye to
                pass
        # Shut the socket down first: a reader blocked on it (another thread, in the sync twin)
        # wakes now instead of waiting for the server's answer to the close.
        sock = self._network.get_extra_info("socket")
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        try:
            await self._network.aclose()
        finally:
            await self._response.aclose()
