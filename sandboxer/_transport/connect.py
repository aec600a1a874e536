"""Connect-RPC over HTTP with JSON, without I/O (sans-IO): envelopes and errors.

Unary calls are plain JSON POSTs to /<package>.<Service>/<Method>; an error is a non-200 answer
with `{"code", "message"}`. Server streams are `application/connect+json`: each message in an
envelope of 1 flag byte and a 4-byte big-endian length; the last envelope has flag 0x02 and holds
`{}` or `{"error": {"code", "message"}}`. A stream that ends without it was cut short.
"""

from __future__ import annotations

import json
import struct
from typing import Any

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

PROTOCOL_HEADERS = {"Connect-Protocol-Version": "1"}
STREAM_CONTENT_TYPE = "application/connect+json"
FLAG_COMPRESSED = 0x01
FLAG_END_STREAM = 0x02
_KNOWN_FLAGS = FLAG_COMPRESSED | FLAG_END_STREAM
_PREFIX = struct.Struct(">BI")

# Connect error codes -> our classes (https://connectrpc.com/docs/protocol#error-codes).
_ERRORS: dict[str, type[ProviderError]] = {
    "not_found": NotFoundError,
    "already_exists": ConflictError,
    "aborted": ConflictError,
    "failed_precondition": ConflictError,
    "unauthenticated": UnauthorizedError,
    "permission_denied": UnauthorizedError,
    "resource_exhausted": RateLimitError,
    "deadline_exceeded": SandboxerTimeoutError,
    "unavailable": ConnectionFailedError,
}


def envelope(message: dict[str, Any], flags: int = 0) -> bytes:
    payload = json.dumps(message, separators=(",", ":")).encode("utf-8")
    return _PREFIX.pack(flags, len(payload)) + payload


def error_from_connect(provider: str, error: dict[str, Any], where: str) -> ProviderError:
    code = str(error.get("code") or "unknown")
    message = f"{error.get('message') or code} (Connect {code} on {where})"
    if code == "resource_exhausted" and "quota" in message.lower():
        return QuotaExceededError(provider, message, None, code)
    return _ERRORS.get(code, ProviderError)(provider, message, None, code)


class StreamDecoder:
    """Messages of a Connect server stream, as its bytes arrive."""

    def __init__(self, provider: str, where: str) -> None:
        self._provider = provider
        self._where = where
        self._buffer = bytearray()
        self.ended = False
        self.error: ProviderError | None = None  # the end-of-stream envelope's error, if any

    def feed(self, data: bytes) -> list[dict[str, Any]]:
        """The messages `data` completes. An error in the end-of-stream envelope is kept in `error`
        (and raised by `finish`), so the messages before it are still delivered. An envelope that
        breaks the protocol (unknown flags, compressed when no compression was asked for, a
        message that is not a JSON object) is a ProviderError."""
        self._buffer += data
        messages = []
        while len(self._buffer) >= _PREFIX.size and not self.ended:
            flags, length = _PREFIX.unpack_from(self._buffer)
            if flags & ~_KNOWN_FLAGS:
                raise self._malformed(f"unknown envelope flags 0x{flags:02x}")
            if flags & FLAG_COMPRESSED:
                raise self._malformed("a compressed message (no compression was asked for)")
            end = _PREFIX.size + length
            if len(self._buffer) < end:
                break
            payload = bytes(self._buffer[_PREFIX.size : end])
            del self._buffer[:end]
            try:
                message = json.loads(payload) if payload else {}
            except (ValueError, RecursionError) as exc:  # (UnicodeDecodeError is a ValueError)
                raise self._malformed(f"a message that is not JSON: {exc}") from exc
            if not isinstance(message, dict):  # every Connect JSON message is an object
                raise self._malformed(f"a message that is not a JSON object: {payload[:200]!r}")
            if flags & FLAG_END_STREAM:
                self.ended = True
                error = message.get("error")
                if error is not None:
                    if not isinstance(error, dict):
                        raise self._malformed(f"an end-of-stream error that is not an object: {error!r:.200}")
                    self.error = error_from_connect(self._provider, error, self._where)
                break
            messages.append(message)
        return messages

    def _malformed(self, what: str) -> ProviderError:
        return ProviderError(self._provider, f"malformed Connect stream on {self._where}: {what}")

    def finish(self) -> None:
        """At the end of the HTTP body: raise the stream's error, or say it was cut short."""
        if self.error is not None:
            raise self.error
        if not self.ended:
            raise ConnectionFailedError(self._provider, f"the Connect stream {self._where} was cut short")
