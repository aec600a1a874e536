"""ProviderConfig: what a provider needs to connect (key, base URL, timeout, driver extras)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .errors import BadConfigError

# Keys accepted in a config dict, by field (the seed accepted camelCase too).
_ALIASES = {
    "api_key": "api_key",
    "apiKey": "api_key",
    "base_url": "base_url",
    "baseUrl": "base_url",
    "default_timeout_ms": "default_timeout_ms",
    "defaultTimeoutMs": "default_timeout_ms",
}


def _check_timeout(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise BadConfigError(f"default_timeout_ms must be a positive number, got {value!r}")


def _check_optional_str(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise BadConfigError(f"{attribute.name} must be a string, not {type(value).__name__}")


def _as_dict(value: Any) -> dict[str, Any]:
    # A plain function: attrs inspects a builtin converter's signature, which is slow to import.
    if not isinstance(value, Mapping):
        raise BadConfigError(f"extra must be a dict, not {type(value).__name__}")
    return dict(value)


@attrs.define
class ProviderConfig:
    # repr=False: the key must never show up in a repr, a log line or a traceback.
    api_key: str | None = attrs.field(default=None, repr=False, validator=_check_optional_str)
    base_url: str | None = attrs.field(default=None, validator=_check_optional_str)
    default_timeout_ms: float | None = attrs.field(default=None, validator=_check_timeout)
    extra: dict[str, Any] = attrs.field(factory=dict, converter=_as_dict, repr=lambda e: repr(sorted(e)))

    def request_seconds(self, default: float) -> float:
        """The per-request timeout in seconds: default_timeout_ms, else the provider's default."""
        return (self.default_timeout_ms or default * 1000) / 1000

    def flag_extra(self, key: str, default: bool) -> bool:
        """True or False from `extra` (a string such as "false" is refused, never read as True)."""
        value = self.extra.get(key, default)
        if not isinstance(value, bool):
            raise BadConfigError(f"extra[{key!r}] must be True or False, not {value!r}")
        return value

    def positive_extra(self, key: str, default: float) -> float:
        """A positive number from `extra` (a setting such as a readiness timeout)."""
        value = self.extra.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            raise BadConfigError(f"extra[{key!r}] must be a positive number, got {value!r}")
        return float(value)

    @classmethod
    def coerce(cls, value: ProviderConfig | Mapping[str, Any] | None) -> ProviderConfig:
        """Build a config from a ProviderConfig, a dict (unknown keys go to `extra`) or None."""
        if value is None:
            return cls()
        if isinstance(value, ProviderConfig):
            return value
        if not isinstance(value, Mapping):
            raise BadConfigError(f"config must be a dict or ProviderConfig, not {type(value).__name__}")
        fields: dict[str, Any] = {}
        extra: dict[str, Any] = dict(value.get("extra") or {})
        for key, val in value.items():
            if key == "extra":
                continue
            if key in _ALIASES:
                fields[_ALIASES[key]] = val
            else:
                extra[key] = val
        return cls(**fields, extra=extra)


__all__ = ["ProviderConfig"]
