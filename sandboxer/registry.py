"""Provider lookup by name. Adapters are imported on first use, never by `import sandboxer`."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .config import ProviderConfig
from .errors import BadConfigError, NotSupportedError
from .types import ProviderName

if TYPE_CHECKING:
    from .provider import AsyncProvider, Provider

# A factory's result is held to the Provider / AsyncProvider protocol where it is resolved, not
# where it is registered: a seed-style provider offering only the seed's operations still registers.
Factory = Callable[[ProviderConfig], Any]

# name -> (sync class, async class) as "module:attribute", imported when first resolved.
_BUILTIN: dict[str, tuple[str, str]] = {
    ProviderName.BLAXEL: (
        "sandboxer.providers._sync.blaxel:BlaxelProvider",
        "sandboxer.providers._async.blaxel:AsyncBlaxelProvider",
    ),
    ProviderName.DAYTONA: (
        "sandboxer.providers._sync.daytona:DaytonaProvider",
        "sandboxer.providers._async.daytona:AsyncDaytonaProvider",
    ),
    ProviderName.E2B: (
        "sandboxer.providers._sync.e2b:E2BProvider",
        "sandboxer.providers._async.e2b:AsyncE2BProvider",
    ),
    ProviderName.FLY_MACHINES: (
        "sandboxer.providers._sync.fly:FlyProvider",
        "sandboxer.providers._async.fly:AsyncFlyProvider",
    ),
    ProviderName.RUNLOOP: (
        "sandboxer.providers._sync.runloop:RunloopProvider",
        "sandboxer.providers._async.runloop:AsyncRunloopProvider",
    ),
    ProviderName.LOCAL: (
        "sandboxer.providers._sync.local:LocalProvider",
        "sandboxer.providers._async.local:AsyncLocalProvider",
    ),
}
_registered: dict[str, tuple[Factory, Factory | None]] = {}
_lock = threading.Lock()


def register_provider(
    name: str, sync_factory: Factory, async_factory: Factory | None = None, *, replace: bool = False
) -> None:
    """Make `name` resolvable; a factory takes a ProviderConfig and returns a provider."""
    if not isinstance(name, str) or not name:
        raise BadConfigError("provider name must be a non-empty string")
    with _lock:
        if not replace and (name in _registered or name in _BUILTIN):
            raise BadConfigError(f"provider {name!r} is already registered (pass replace=True to override)")
        _registered[name] = (sync_factory, async_factory)


def provider_names() -> list[str]:
    """Every name that resolves: built-in adapters and registered ones."""
    return sorted({*_BUILTIN, *_registered})


def _declaring_factory(name: str) -> Factory:
    """The registered (sync) factory of a provider, which declares what it can do."""
    key = str(name.value) if isinstance(name, ProviderName) else str(name)
    if key in _registered:
        return _registered[key][0]
    if key in _BUILTIN:
        return _load(_BUILTIN[key][1])
    raise BadConfigError(f"unknown provider {key!r}; valid names: {', '.join(provider_names())}")


def provider_capabilities(name: str) -> frozenset[str] | None:
    """What a provider declares it can do (the operation names of `sandboxer.capabilities`),
    without making a client (no config or key needed); None when its factory does not say."""
    capabilities: frozenset[str] | None = getattr(_declaring_factory(name), "capabilities", None)
    return capabilities


def provider_capability_conditions(name: str) -> Mapping[str, str]:
    """The operations a provider offers only under a condition, each with the condition."""
    sandbox_class = getattr(_declaring_factory(name), "sandbox_class", None)
    conditions: Mapping[str, str] = getattr(sandbox_class, "conditions", {})
    return conditions


def _load(path: str) -> Factory:
    module, _, attr = path.partition(":")
    factory: Factory = getattr(importlib.import_module(module), attr)
    return factory


def _factory(name: str, is_async: bool) -> Factory:
    key = str(name.value) if isinstance(name, ProviderName) else name
    if not isinstance(key, str):
        raise BadConfigError(f"provider name must be a string, not {type(name).__name__}")
    if key in _registered:
        sync_factory, async_factory = _registered[key]
        if not is_async:
            return sync_factory
        if async_factory is None:
            raise NotSupportedError(key, "async client", "registered without an async factory")
        return async_factory
    if key in _BUILTIN:
        return _load(_BUILTIN[key][1 if is_async else 0])
    if key in {p.value for p in ProviderName}:
        raise NotSupportedError(key, "provider", "its adapter is not part of this release yet")
    raise BadConfigError(f"unknown provider {key!r}; valid names: {', '.join(provider_names())}")


def resolve_provider(name: str, config: ProviderConfig | dict[str, Any] | None = None) -> Provider:
    provider: Provider = _factory(name, is_async=False)(ProviderConfig.coerce(config))
    return provider


def resolve_async_provider(
    name: str, config: ProviderConfig | dict[str, Any] | None = None
) -> AsyncProvider:
    provider: AsyncProvider = _factory(name, is_async=True)(ProviderConfig.coerce(config))
    return provider


__all__ = [
    "provider_capabilities",
    "provider_names",
    "register_provider",
    "resolve_async_provider",
    "resolve_provider",
]
