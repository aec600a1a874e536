"""sandboxer: one client, sync and async, over remote code-execution sandboxes.

`import sandboxer` is cheap: it loads the types, errors and config only. The clients, httpx and
each provider's generated vendor client are imported when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    BadConfigError,
    CommandTimeoutError,
    ConflictError,
    ConnectionFailedError,
    InvalidRequestError,
    NotFoundError,
    NotSupportedError,
    ProviderError,
    QuotaExceededError,
    RateLimitError,
    SandboxerError,
    SandboxerTimeoutError,
    UnauthorizedError,
)

if TYPE_CHECKING:
    from ._async.client import AsyncSandboxer
    from ._sync.client import Sandboxer
    from .config import ProviderConfig
    from .provider import AsyncProvider, AsyncSandbox, Provider, Sandbox
    from .registry import register_provider, resolve_async_provider, resolve_provider
    from .types import (
        CommandResult,
        CreatePTYRequest,
        CreateSandboxRequest,
        FileInfo,
        ListSandboxesFilter,
        ProcessInfo,
        ProviderName,
        PTYInfo,
        RunCommandRequest,
        SandboxInfo,
        SandboxStatus,
        StartCommandRequest,
        WatchEvent,
        WatchEventType,
    )

# Loaded on first access (PEP 562): building the attrs classes costs ~10 ms, which a program that
# only catches our errors, or checks a name, should not pay at import.
_TYPES = (
    "CommandResult CreatePTYRequest CreateSandboxRequest FileInfo ListSandboxesFilter ProcessInfo "
    "ProviderName PTYInfo RunCommandRequest SandboxInfo SandboxStatus StartCommandRequest WatchEvent "
    "WatchEventType"
).split()
_LAZY = {
    "Sandboxer": "sandboxer._sync.client",
    "AsyncSandboxer": "sandboxer._async.client",
    "ProviderConfig": "sandboxer.config",
    "Provider": "sandboxer.provider",
    "Sandbox": "sandboxer.provider",
    "AsyncProvider": "sandboxer.provider",
    "AsyncSandbox": "sandboxer.provider",
    "register_provider": "sandboxer.registry",
    "resolve_provider": "sandboxer.registry",
    "resolve_async_provider": "sandboxer.registry",
    **dict.fromkeys(_TYPES, "sandboxer.types"),
}

__version__ = "0.1.0"
VERSION = __version__  # the seed's name for it


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sandboxer' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "AsyncProvider",
    "AsyncSandbox",
    "AsyncSandboxer",
    "BadConfigError",
    "CommandResult",
    "CommandTimeoutError",
    "ConflictError",
    "ConnectionFailedError",
    "CreatePTYRequest",
    "CreateSandboxRequest",
    "FileInfo",
    "InvalidRequestError",
    "ListSandboxesFilter",
    "NotFoundError",
    "NotSupportedError",
    "PTYInfo",
    "ProcessInfo",
    "Provider",
    "ProviderConfig",
    "ProviderError",
    "ProviderName",
    "QuotaExceededError",
    "RateLimitError",
    "RunCommandRequest",
    "SandboxInfo",
    "Sandbox",
    "SandboxStatus",
    "Sandboxer",
    "SandboxerError",
    "SandboxerTimeoutError",
    "StartCommandRequest",
    "UnauthorizedError",
    "VERSION",
    "WatchEvent",
    "WatchEventType",
    "register_provider",
    "resolve_async_provider",
    "resolve_provider",
]
