"""A WebSocket over a connection httpx upgrades (RFC 6455), framed by wsproto.

The handshake is an ordinary GET through the provider's httpx client, so it passes the same
transport (retries, error mapping, cassettes); the 101 answer hands over the raw connection, and
wsproto (sans-IO) turns bytes into messages and back. wsproto is the optional `daytona` extra.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import os
import socket
from typing import Any

import httpx

from ..._concurrency import AsyncLock
from ...errors import ConnectionFailedError, NotSupportedError, ProviderError, SandboxerTimeoutError
from ..errors import is_stream_timeout, request_id_of, stream_failures

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_READ_SIZE = 65536


def _wsproto() -> Any:
    try:
        import wsproto.connection
        import wsproto.events
    except ImportError:  # the optional extra is not installed
        return None
    return wsproto


def wsproto_installed() -> bool:
    """Whether the optional extra is there, found without importing it: wsproto (and h11 under
    it) costs ~25 ms, paid when a WebSocket is first opened rather than when a client is made."""
    return importlib.util.find_spec("wsproto") is not None


class AsyncWebSocket:
    """Messages in (`receive`) and out (`send`) until either side closes."""

    def __init__(self, response: httpx.Response, provider: str, where: str) -> None:
        ws = _wsproto()
        self._events = ws.events
        self._state = ws.connection.ConnectionState
        self._connection = ws.connection.Connection(ws.connection.ConnectionType.CLIENT)
        self._response = response
        self._network = response.extensions["network_stream"]
        self._provider = provider
        self._where = where
        self._request_id = request_id_of(response.headers)
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

    def _failed(self, what: str, exc: BaseException) -> ProviderError:
        """A read or write that failed: a timeout (a stalled peer), or a broken connection."""
        kind = SandboxerTimeoutError if is_stream_timeout(exc) else ConnectionFailedError
        return kind(self._provider, f"{self._where}: {what} failed: {exc!r}", request_id=self._request_id)

    async def _write(self, data: bytes) -> None:
        try:
            async with self._writing:
                await self._network.write(data)
        except stream_failures() as exc:
            raise self._failed("write", exc) from exc

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
            except stream_failures() as exc:
                raise self._failed("read", exc) from exc
            if not data:
                if self.closed:  # closed here (aclose, maybe from another thread): no more to read
                    return None
                # No close frame: whatever the peer meant to send next (the rest of a frame, more
                # messages) is lost, so this is never a clean end. Closed: nothing more is written
                # to a dead connection (aclose sends no close frame then).
                self.closed = True
                raise ConnectionFailedError(
                    self._provider,
                    f"{self._where}: the connection ended without a close frame",
                    request_id=self._request_id,
                )
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
            # wsproto reports a frame it cannot parse (a bad opcode, reserved bits, text that is not
            # UTF-8, a masked frame from a server) as a close it makes up, the connection still
            # open; a close frame the peer sent has moved the connection on to closing.
            malformed = self._connection.state is self._state.OPEN
            self.close_code, self.close_reason = event.code, event.reason
            if not self.closed:
                self.closed = True
                try:  # answer the close (or, for a malformed frame, fail the connection: 1002/1007)
                    await self._write(self._connection.send(event.response()))
                except Exception:  # the peer may be gone already
                    pass
            if malformed:
                raise ProviderError(
                    self._provider,
                    f"{self._where}: malformed WebSocket frame ({int(event.code)}: {event.reason})",
                    request_id=self._request_id,
                )
            if self._parts:  # a close before the message's last fragment: the message is cut short
                self._parts = []
                raise ProviderError(
                    self._provider,
                    f"{self._where}: the connection closed in the middle of a message",
                    request_id=self._request_id,
                )
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
