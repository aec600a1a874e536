"""Map HTTP answers and httpx failures onto sandboxer's error classes (pure functions)."""

from __future__ import annotations

import email.utils
import json
import math
import time
from collections.abc import Mapping
from typing import Any

import httpx

from ..errors import (
    ConflictError,
    ConnectionFailedError,
    NotFoundError,
    ProviderError,
    QuotaExceededError,
    RateLimitError,
    SandboxerTimeoutError,
    UnauthorizedError,
)

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "fly-request-id", "x-trace-id")
_MESSAGE_KEYS = ("message", "error", "detail", "msg", "error_description")
# A semantic code first: E2B's `code` is the HTTP status again, its `error_code` says what happened.
_CODE_KEYS = ("error_code", "errorCode", "code", "type")
_QUOTA_CODES = {"quota_exceeded", "insufficient_quota", "QUOTA_EXCEEDED", "payment_required"}
_MAX_MESSAGE = 2000


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds the server asks us to wait: `retry-after-ms`, then seconds, then an HTTP date."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            value = float(raw_ms) / 1000.0
            if math.isfinite(value):
                return max(value, 0.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        value = float(raw)
        return max(value, 0.0) if math.isfinite(value) else None
    except ValueError:
        parsed = email.utils.parsedate_tz(raw)
        if parsed is None:
            return None
        return max(email.utils.mktime_tz(parsed) - time.time(), 0.0)


def _vendor_message(body: bytes) -> tuple[str | None, str | None]:
    """(message, code) from a JSON error body of any common shape, or the text itself."""
    text = body.decode("utf-8", errors="replace").strip()
    if not text:
        return None, None
    try:
        data = json.loads(text)
    except ValueError:
        return text[:_MAX_MESSAGE], None
    if isinstance(data, dict):
        nested = data.get("error")
        if isinstance(nested, dict):
            data = {**data, **nested}
        message = next((data[k] for k in _MESSAGE_KEYS if isinstance(data.get(k), str) and data[k]), None)
        code = next(
            (data[k] for k in _CODE_KEYS if isinstance(data.get(k), str | int) and data[k] != ""), None
        )
        return (message or text)[:_MAX_MESSAGE], None if code is None else str(code)
    return text[:_MAX_MESSAGE], None


# Request headers whose values are credentials: never repeated in an error, even when a vendor's
# answer echoes them.
_CREDENTIAL_HEADERS = ("authorization", "x-api-key", "x-access-token", "x-daytona-preview-token")


def redact(text: str, request: httpx.Request) -> str:
    for name in _CREDENTIAL_HEADERS:
        value = request.headers.get(name)
        if not value:
            continue
        scheme, _, credential = value.partition(" ")
        for secret in (value, credential if scheme.isalpha() and credential else ""):
            if len(secret) >= 6:
                text = text.replace(secret, "<redacted>")
    return text


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The answer's request id (the one to quote to the vendor's support), if it carries one."""
    return next((headers[h] for h in _REQUEST_ID_HEADERS if h in headers), None)


def error_from_response(
    provider: str,
    request: httpx.Request,
    status: int,
    headers: httpx.Headers,
    body: bytes,
    quota_messages: tuple[str, ...] = (),
) -> ProviderError:
    """The error for an answer with status >= 400. A 429 whose message holds one of
    `quota_messages` is an account limit (QuotaExceededError), not a rate limit."""
    message, code = _vendor_message(body)
    message = None if message is None else redact(message, request)
    where = f"{request.method} {request.url.path}"
    message = f"{message or 'error'} (HTTP {status} on {where})"
    kwargs = {"request_id": request_id_of(headers)}
    if status in (401, 403):
        return UnauthorizedError(provider, message, status, code, **kwargs)
    if status == 404:
        return NotFoundError(provider, message, status, code, **kwargs)
    quota = status == 429 and any(m in message for m in quota_messages)
    if status == 402 or quota or (code is not None and code in _QUOTA_CODES):
        return QuotaExceededError(provider, message, status, code, **kwargs)
    if status == 409:
        return ConflictError(provider, message, status, code, **kwargs)
    if status == 429:
        return RateLimitError(
            provider, message, status, code, retry_after=parse_retry_after(headers), **kwargs
        )
    if status in (408, 504):
        return SandboxerTimeoutError(provider, message, status, code, **kwargs)
    return ProviderError(provider, message, status, code, **kwargs)


def error_from_exception(provider: str, exc: Exception, target: str) -> ProviderError:
    """The error for an httpx failure (no answer, or an answer cut short)."""
    if isinstance(exc, httpx.TimeoutException):
        return SandboxerTimeoutError(provider, f"timed out talking to {target}: {type(exc).__name__}")
    if isinstance(exc, httpx.ConnectError):
        return ConnectionFailedError(provider, f"cannot connect to {target}: {exc}")
    if isinstance(exc, httpx.TransportError):
        return ConnectionFailedError(provider, f"connection to {target} failed: {type(exc).__name__}: {exc}")
    return ProviderError(provider, f"unexpected failure talking to {target}: {type(exc).__name__}: {exc}")


def json_answer(provider: str, response: httpx.Response) -> Any:
    """A successful answer's JSON (None when empty); a body that is not JSON is the provider's error."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError as exc:
        where = f"{response.request.method} {response.request.url.path}"
        raise ProviderError(
            provider,
            f"malformed answer to {where}: {exc}",
            response.status_code,
            request_id=request_id_of(response.headers),
        ) from exc


# A raw connection (an upgraded exec stream, a WebSocket) is httpcore's network stream. httpcore is
# imported when a failure is matched, not at module top: such a stream exists only once httpx made
# its pool, which imported httpcore, and a client that has not sent anything yet does not pay for
# it (issue 21). (An `except` clause evaluates its expression only when an exception reaches it.)
def stream_failures() -> tuple[type[BaseException], ...]:
    """What reading or writing a raw connection raises when it breaks or stalls."""
    import httpcore

    return (httpcore.NetworkError, httpcore.TimeoutException, OSError)


def is_stream_timeout(exc: BaseException) -> bool:
    """Whether a raw connection's failure is a stall (nothing arrived in time)."""
    import httpcore

    return isinstance(exc, httpcore.TimeoutException | TimeoutError)
