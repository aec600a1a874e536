"""Typed errors. Every failure this library reports is a `SandboxerError` subclass.

Status errors carry the provider, HTTP status, the vendor's code and message, and the request id;
timeouts are also `TimeoutError`s and connection failures also `ConnectionError`s, so callers can
catch them with the standard classes too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .types import CommandResult


class SandboxerError(Exception):
    """Base of every error raised by sandboxer."""


class BadConfigError(SandboxerError, ValueError):
    """The client's configuration is unusable (unknown provider, missing key, bad value)."""


class InvalidRequestError(SandboxerError, ValueError):
    """A request value was rejected: before anything was sent, or by the provider (a missing cwd)."""


class NotSupportedError(SandboxerError):
    """The provider cannot perform this operation; raised before any network traffic.

    `NotSupportedError("message")` alone, as the seed's providers raise it, works too."""

    def __init__(self, provider: str, operation: str | None = None, reason: str | None = None) -> None:
        if operation is None:  # the seed's form: one message
            self.provider, self.operation, self.reason = None, None, None
            super().__init__(provider)
            return
        self.provider = provider
        self.operation = operation
        self.reason = reason
        text = f"provider {provider}: {operation} is not supported"
        super().__init__(f"{text} ({reason})" if reason else text)


class ProviderError(SandboxerError):
    """The provider answered with an error, or could not be reached.

    Its subclasses also take a message alone (`NotFoundError("no such sandbox")`), as the seed's
    did: code written for the seed (a provider of its own, say) raises them so."""

    def __init__(
        self,
        provider: str | None,
        message: str | None = None,
        status_code: int | None = None,
        code: str | None = None,
        *,
        request_id: str | None = None,
    ) -> None:
        if message is None:  # the seed's form: one message
            provider, message = None, str(provider)
        self.provider = provider
        self.message = message
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        super().__init__(_text(provider, message))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.__dict__.copy()))


def _text(provider: str | None, message: str) -> str:
    return message if provider is None else f"provider {provider}: {message}"


def _rebuild(cls: type[ProviderError], state: dict[str, Any]) -> ProviderError:
    err = cls.__new__(cls)
    Exception.__init__(err, _text(state["provider"], state["message"]))
    err.__dict__.update(state)
    return err


class NotFoundError(ProviderError):
    """The sandbox, file, process or handle does not exist (HTTP 404)."""


class UnauthorizedError(ProviderError):
    """The credentials were refused (HTTP 401 or 403)."""


class QuotaExceededError(ProviderError):
    """An account limit was reached (HTTP 402 or a vendor quota code)."""


class ConflictError(ProviderError):
    """The resource is not in a state that allows the operation (HTTP 409)."""


class RateLimitError(ProviderError):
    """Too many requests (HTTP 429); `retry_after` is the server's hint in seconds, if any."""

    def __init__(self, *args: Any, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after


class ConnectionFailedError(ProviderError, ConnectionError):
    """The provider could not be reached, or the connection broke mid-answer."""


class SandboxerTimeoutError(ProviderError, TimeoutError):
    """A request or stream to the provider timed out."""


class CommandTimeoutError(SandboxerTimeoutError):
    """A command ran past its `timeout_seconds` and was ended inside the sandbox.

    `result` holds what the command printed before it was ended.
    """

    def __init__(self, provider: str, message: str, result: CommandResult) -> None:
        super().__init__(provider, message)
        self.result = result


__all__ = [
    "BadConfigError",
    "CommandTimeoutError",
    "ConflictError",
    "ConnectionFailedError",
    "InvalidRequestError",
    "NotFoundError",
    "NotSupportedError",
    "ProviderError",
    "QuotaExceededError",
    "RateLimitError",
    "SandboxerError",
    "SandboxerTimeoutError",
    "UnauthorizedError",
]
