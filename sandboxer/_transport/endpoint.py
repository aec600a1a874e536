"""A vendor request built from a generated endpoint, one way for every adapter (no I/O).

Each generated module (`<api>.api.<tag>.<operation>`) knows its operation's method, path and query;
`endpoint_request` takes those from the module's `_get_kwargs` and adds what an adapter needs on
top: the sandbox's own host before the path, a plain-JSON body where the builder takes a model,
more query parameters or headers, a streamed body, a read timeout, and what the transport may send
again. `_transport/_async/http.py` sends it (`send_endpoint`, `call_endpoint`).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

import httpx

from .retry import IDEMPOTENT, RETRY_ON


class PlainJSON:
    """A body of plain JSON where a generated builder takes a model (it only asks for `to_dict`):
    what we send is then exactly what we built, a field the model lacks included."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def to_dict(self) -> Any:
        return self.value


class _StreamedBody:
    """The body argument of a builder whose body we send ourselves, streamed (`content=`)."""

    def to_dict(self) -> None:
        return None

    def to_multipart(self) -> None:
        return None


# For an endpoint whose builder requires a body that is sent as `content` instead.
STREAMED_BODY: Any = _StreamedBody()

GENERATED = "sandboxer._generated"


class LazyEndpoint:
    """A generated endpoint module imported the first time it is used, not when its adapter is:
    a client pays at start only for what it calls (each module imports its models, and a vendor
    API has dozens of operations; issue 21). Stands in for the module wherever one is taken."""

    __slots__ = ("module_name",)

    def __init__(self, package: str, name: str) -> None:
        self.module_name = f"{GENERATED}.{package}.{name}"

    def __getattr__(self, name: str) -> Any:
        return getattr(import_module(self.module_name), name)

    def __repr__(self) -> str:
        return f"<endpoint {self.module_name} (imported on first use)>"


def with_read_timeout(timeout: httpx.Timeout, read: float | None) -> httpx.Timeout:
    """The same timeouts with another read timeout (None: an answer that may take as long as it
    likes, such as a followed log or a command's own run)."""
    return httpx.Timeout(timeout.connect, read=read, write=timeout.write, pool=timeout.pool)


def endpoint_request(
    endpoint: Any,
    client_timeout: httpx.Timeout,
    *,
    base: str = "",
    json: Any = None,
    content: Any = None,
    params: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    read_timeout: Any = httpx.USE_CLIENT_DEFAULT,
    idempotent: bool = False,
    retry_on: frozenset[int] | None = None,
    **arguments: Any,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for one operation.

    `arguments` are the operation's own (path and query parameters, a model `body`); `json` is a
    plain-JSON body instead; `base` goes before the path (a sandbox's own host); `idempotent` lets
    the transport resend the request (it carries its own identity, or only reads) and `retry_on`
    narrows the statuses it is resent on.
    """
    if json is not None:
        arguments["body"] = PlainJSON(json)
    request: dict[str, Any] = endpoint._get_kwargs(**arguments)
    request["url"] = base + request["url"]
    if params:
        request["params"] = {**(request.get("params") or {}), **params}
    if content is not None:
        request.pop("json", None)
        request.pop("files", None)
        request["content"] = content
    if headers:
        request["headers"] = {**(request.get("headers") or {}), **headers}
    if read_timeout is not httpx.USE_CLIENT_DEFAULT:  # (None: no read timeout at all)
        request["timeout"] = with_read_timeout(client_timeout, read_timeout)
    extensions: dict[str, Any] = {}
    if idempotent:
        extensions[IDEMPOTENT] = True
    if retry_on is not None:
        extensions[RETRY_ON] = retry_on
    if extensions:
        request["extensions"] = extensions
    return request
