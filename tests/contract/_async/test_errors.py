"""Failures mean the same on every provider: they name what failed."""

from __future__ import annotations

import httpx
import pytest

from sandboxer import AsyncSandboxer, ConnectionFailedError, CreateSandboxRequest, NotFoundError
from tests.conftest import DOCKER_SOCKET


class _Unreachable(httpx.AsyncBaseTransport):
    """Passes requests on until `cut`; from then on, each fails as a refused connection."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.cut = False
        self.failed: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.cut:
            self.failed.append(request)
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_host_that_cannot_be_reached_is_named(target):
    inner = target.config.get("transport") or httpx.AsyncHTTPTransport(uds=DOCKER_SOCKET)
    transport = _Unreachable(inner)
    async with AsyncSandboxer(target.provider, {**target.config, "transport": transport}) as client:
        sandbox, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "contract"}))
        try:
            transport.cut = True
            with pytest.raises(ConnectionFailedError) as caught:
                await sandbox.read_file("/tmp/contract-unreachable.txt")
            host = transport.failed[-1].url.host
            assert host in str(caught.value), (host, str(caught.value))
        finally:
            transport.cut = False
            try:
                await sandbox.kill()
            except NotFoundError:
                pass
