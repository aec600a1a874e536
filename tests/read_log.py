"""A transport wrapper that notes each chunk of an answer as the client reads it (sync and async)."""

from __future__ import annotations

import httpx


class ReadLog(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes requests on and notes in `log` each chunk of an answer as the client reads it
    (`("read", chunk)`); with `requests`, each request as it is sent too (`("request", "POST /p")`)."""

    def __init__(self, inner, log: list, *, requests: bool = False) -> None:
        self.inner = inner
        self.log = log
        self.requests = requests

    def _note(self, request: httpx.Request) -> None:
        if self.requests:
            self.log.append(("request", f"{request.method} {request.url.path}"))

    def _wrap(self, response: httpx.Response) -> httpx.Response:
        stream, log = response.stream, self.log

        class Logged(httpx.SyncByteStream, httpx.AsyncByteStream):
            def __iter__(self):
                for chunk in stream:
                    log.append(("read", chunk))
                    yield chunk

            async def __aiter__(self):
                async for chunk in stream:
                    log.append(("read", chunk))
                    yield chunk

            def close(self):
                stream.close()

            async def aclose(self):
                await stream.aclose()

        response.stream = Logged()
        return response

    def handle_request(self, request):
        self._note(request)
        return self._wrap(self.inner.handle_request(request))

    async def handle_async_request(self, request):
        self._note(request)
        return self._wrap(await self.inner.handle_async_request(request))
