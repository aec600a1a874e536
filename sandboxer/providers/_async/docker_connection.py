"""The connection to a Docker engine: the generated client, streamed answers, and exec streams.

`AsyncEngine` negotiates the API version once and hands out the generated client; calls whose
answers stream go through the same pooled httpx client. An exec's output is the body of
`POST /exec/{id}/start`, read as it arrives. With stdin (a command started with `stdin=True`, or a
terminal) the request asks for `Upgrade: tcp`; the engine answers 101 and the connection becomes a
raw two-way stream: output frames in, stdin bytes out, and a half-close to end stdin.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import httpx

from ..._concurrency import AsyncLock
from ..._transport._async.http import AsyncProviderTransport, client_timeout, send_endpoint
from ..._transport.endpoint import with_read_timeout
from ..._transport.errors import is_stream_timeout, json_answer, request_id_of, stream_failures
from ...config import ProviderConfig
from ...errors import (
    BadConfigError,
    ConnectionFailedError,
    ProviderError,
    SandboxerError,
    SandboxerTimeoutError,
)
from ..docker_host import EngineAddress, engine_address, negotiate

if TYPE_CHECKING:
    import httpcore  # imported by httpx when it makes its pool (the first request), not before

    from ..._generated.docker_engine import Client

NAME = "local"
DEFAULT_REQUEST_TIMEOUT = 60.0
DEFAULT_WATCH_INTERVAL = 0.25
_READ_SIZE = 65536


class AsyncExecChannel:
    def __init__(self, response: httpx.Response, hijacked: bool) -> None:
        self._response = response
        self._network: httpcore.AsyncNetworkStream | None = (
            response.extensions.get("network_stream") if hijacked else None
        )
        if hijacked and (response.status_code != 101 or self._network is None):
            raise ConnectionFailedError(
                NAME, f"the engine did not hijack the exec stream (HTTP {response.status_code})"
            )
        # (an answer already read keeps its bytes for this)
        self._chunks: AsyncIterator[bytes] | None = None if hijacked else response.aiter_bytes()
        self._writing = AsyncLock()  # concurrent sends must not interleave (or collide on async)

    @property
    def writable(self) -> bool:
        return self._network is not None

    async def read(self, timeout: float | None = None) -> bytes:
        """The next output bytes as they arrive; b"" once the stream has ended. `timeout` bounds the
        wait on a hijacked stream (an answer's body has its request's read timeout)."""
        if self._chunks is not None:
            return await anext(self._chunks, b"")
        try:
            return await self._stream().read(_READ_SIZE, timeout=timeout)
        except stream_failures() as exc:
            if is_stream_timeout(exc):
                raise SandboxerTimeoutError(
                    NAME, f"the exec stream was silent for {timeout} s: {type(exc).__name__}"
                ) from exc
            raise ConnectionFailedError(NAME, f"the exec stream broke: {type(exc).__name__}: {exc}") from exc

    async def write(self, data: bytes) -> None:
        try:
            async with self._writing:
                await self._stream().write(data)
        except stream_failures() as exc:
            raise ConnectionFailedError(
                NAME, f"could not write to the exec: {type(exc).__name__}: {exc}"
            ) from exc

    def _stream(self) -> httpcore.AsyncNetworkStream:
        if self._network is None:  # callers ask `writable` first
            raise SandboxerError("this exec was started without stdin: there is nothing to write to")
        return self._network

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


class AsyncEngine:
    """One connection to the engine: the API version negotiated once, then the generated client."""

    def __init__(self, config: ProviderConfig) -> None:
        self.address: EngineAddress = engine_address(config)
        self.transport = AsyncProviderTransport.from_config(
            config, provider=NAME, target=self.address.described, uds=self.address.socket_path
        )
        self.timeout = client_timeout(config.request_seconds(DEFAULT_REQUEST_TIMEOUT))
        self.watch_interval = float(config.extra.get("watch_interval_seconds", DEFAULT_WATCH_INTERVAL))
        if not self.watch_interval > 0:
            raise BadConfigError("extra['watch_interval_seconds'] must be a positive number")
        self._client: Client | None = None
        self._negotiating = AsyncLock()  # many first calls at once: one _ping

    async def client(self) -> Client:
        if self._client is not None:
            return self._client
        async with self._negotiating:
            if self._client is None:
                ping = await self.transport.handle_async_request(
                    httpx.Request(
                        "GET", f"{self.address.base}/_ping", extensions={"timeout": self.timeout.as_dict()}
                    )
                )
                await ping.aclose()
                version = negotiate(ping.headers.get("api-version"))
                # Imported with the first request, not at start: its attrs classes cost ~2.5 ms.
                from ..._generated.docker_engine import Client

                self._client = Client(
                    base_url=f"{self.address.base}/v{version}",
                    timeout=self.timeout,
                    httpx_args={"transport": self.transport},
                )
        return self._client

    async def call_json(self, endpoint: Any, **kwargs: Any) -> dict[str, Any]:
        """A generated endpoint's answer as plain JSON (an object): inspect answers are large, and
        building their models only to turn them back into dicts was most of a call's cost."""
        client = await self.client()
        response = await send_endpoint(client.get_async_httpx_client(), endpoint, **kwargs)
        answer = json_answer(NAME, response)
        if not isinstance(answer, dict):
            raise ProviderError(
                NAME,
                f"malformed answer from the engine: {type(answer).__name__} where an object was expected",
                response.status_code,
                request_id=request_id_of(response.headers),
            )
        return answer

    async def call(self, endpoint: Any, **kwargs: Any) -> Any:
        """A generated endpoint's parsed answer; errors were raised by the transport already."""
        client = await self.client()
        # What the generated asyncio_detailed does, in two steps: a malformed answer's error can
        # then say which answer it was (its status, its request id).
        response = await send_endpoint(client.get_async_httpx_client(), endpoint, **kwargs)
        try:
            return endpoint._build_response(client=client, response=response)
        except SandboxerError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ProviderError(
                NAME,
                f"malformed answer from the engine: {type(exc).__name__}: {exc}",
                response.status_code,
                request_id=request_id_of(response.headers),
            ) from exc

    @asynccontextmanager
    async def stream(
        self, method: str, path: str, *, read_timeout: float | None, **kwargs: Any
    ) -> AsyncIterator[httpx.Response]:
        """An answer whose body is read as it arrives (exec output, archives, pulls)."""
        http = (await self.client()).get_async_httpx_client()
        timeout = with_read_timeout(self.timeout, read_timeout)
        request = http.build_request(method, path, timeout=timeout, **kwargs)
        response = await http.send(request, stream=True)
        try:
            yield response
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.get_async_httpx_client().aclose()
        else:
            await self.transport.aclose()

    async def exec_start(
        self, exec_id: str, *, tty: bool, hijack: bool, read_timeout: float | None
    ) -> AsyncExecChannel:
        """Start a created exec; with `hijack`, on a connection that also carries its stdin."""
        http = (await self.client()).get_async_httpx_client()
        headers = {"Connection": "Upgrade", "Upgrade": "tcp"} if hijack else {}
        request = http.build_request(
            "POST",
            f"/exec/{exec_id}/start",
            json={"Detach": False, "Tty": tty},
            headers=headers,
            timeout=with_read_timeout(self.timeout, read_timeout),
        )
        response = await http.send(request, stream=True)
        try:
            return AsyncExecChannel(response, hijacked=hijack)
        except BaseException:
            await response.aclose()
            raise
