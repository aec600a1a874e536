"""Requests and responses of the unified Sandbox protocol (attrs classes).

Requests validate their values when they are built, so a bad value raises
`InvalidRequestError` before any network call.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

import attrs

from .errors import InvalidRequestError


class ProviderName(enum.StrEnum):
    E2B = "e2b"
    DAYTONA = "daytona"
    BLAXEL = "blaxel"
    RUNLOOP = "runloop"
    FLY_MACHINES = "fly-machines"
    LOCAL = "local"


class SandboxStatus(enum.StrEnum):
    STARTING = "starting"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"
    ERROR = "error"


class WatchEventType(enum.StrEnum):
    CREATE = "create"
    MODIFY = "modify"
    DELETE = "delete"
    RENAME = "rename"


# --- validators ---------------------------------------------------------------------------------


def _fail(cls_name: str, field: str, problem: str) -> InvalidRequestError:
    return InvalidRequestError(f"{cls_name}.{field} {problem}")


def _text(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str):
        raise _fail(type(inst).__name__, attribute.name, f"must be a string, not {type(value).__name__}")
    if not value or "\x00" in value:
        raise _fail(type(inst).__name__, attribute.name, "must be a non-empty string without NUL")


def _positive_number(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value > 0
    if not ok:
        raise _fail(type(inst).__name__, attribute.name, f"must be a positive number, got {value!r}")


def _positive_int(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise _fail(type(inst).__name__, attribute.name, f"must be a positive integer, got {value!r}")


def _terminal_size(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _positive_int(inst, attribute, value)
    if value is not None and value > 0xFFFF:
        raise _fail(type(inst).__name__, attribute.name, f"must be at most 65535, got {value!r}")


def _string_map(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Mapping):
        raise _fail(type(inst).__name__, attribute.name, f"must be a mapping, not {type(value).__name__}")
    for key, val in value.items():
        if not isinstance(key, str) or not key or "\x00" in key:
            raise _fail(type(inst).__name__, attribute.name, f"has an invalid key {key!r}")
        if not isinstance(val, str) or "\x00" in val:
            raise _fail(type(inst).__name__, attribute.name, f"[{key!r}] must be a string without NUL")


def _env_map(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _string_map(inst, attribute, value)
    for key in value:
        if "=" in key:
            raise _fail(type(inst).__name__, attribute.name, f"key {key!r} must not contain '='")


def _ports(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, list):
        raise _fail(
            type(inst).__name__, attribute.name, f"must be a list of ports, not {type(value).__name__}"
        )
    for port in value:
        if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
            raise _fail(type(inst).__name__, attribute.name, f"has an invalid port {port!r}")
    if len(set(value)) != len(value):
        raise _fail(type(inst).__name__, attribute.name, "lists a port twice")


def _flag(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise _fail(type(inst).__name__, attribute.name, f"must be True or False, got {value!r}")


def _optional_callable(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not callable(value):
        raise _fail(type(inst).__name__, attribute.name, f"must be callable, got {value!r}")


def _optional_text(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _text(inst, attribute, value)


# Converters are plain functions: for a builtin like `list`, attrs asks inspect.signature, which
# tokenizes its text signature and costs ~8 ms of import time.
def _as_dict(value: Any) -> Any:
    return dict(value) if isinstance(value, Mapping) else value


def _as_list(value: Any) -> Any:
    return list(value) if isinstance(value, list | tuple | set | frozenset) else value


def _map_field(validator: Any = _string_map) -> Any:
    return attrs.field(factory=dict, converter=_as_dict, validator=validator)


# --- responses ---------------------------------------------------------------------------------


@attrs.define(kw_only=True)
class SandboxInfo:
    id: str
    provider: str
    template: str | None = None
    status: SandboxStatus
    started_at: datetime
    expires_at: datetime | None = None
    metadata: dict[str, str] = attrs.field(factory=dict)
    cpus: float | None = None
    memory_mb: int | None = None
    # Made by this library: it carries our mark (kept out of `metadata`). `Sandboxer.cleanup` kills
    # only these.
    managed: bool = False


@attrs.define
class CommandResult:
    stdout: str = ""
    stderr: str = ""
    exit_code: int = 0
    duration_ms: int = 0
    error: str | None = None


@attrs.define
class FileInfo:
    name: str
    path: str
    is_dir: bool = False
    size: int = 0
    mode: int | None = None
    modified_at: datetime | None = None  # where the provider reports it


@attrs.define
class ProcessInfo:
    pid: int
    command: str
    user: str | None = None


@attrs.define
class PTYInfo:
    pid: int
    rows: int
    cols: int


@attrs.define
class WatchEvent:
    path: str
    event_type: WatchEventType


# --- requests ----------------------------------------------------------------------------------


@attrs.define
class CreateSandboxRequest:
    provider: str | None = attrs.field(default=None, validator=_optional_text)
    template: str | None = attrs.field(default=None, validator=_optional_text)
    timeout_seconds: float | None = attrs.field(default=None, validator=_positive_number)
    metadata: dict[str, str] = _map_field()
    envs: dict[str, str] = _map_field(_env_map)
    cpus: float | None = attrs.field(default=None, validator=_positive_number)
    memory_mb: int | None = attrs.field(default=None, validator=_positive_int)
    auto_destroy: bool | None = None
    ports: list[int] = attrs.field(factory=list, converter=_as_list, validator=_ports)


@attrs.define
class RunCommandRequest:
    cmd: str = attrs.field(validator=_text)
    cwd: str | None = attrs.field(default=None, validator=_optional_text)
    env: dict[str, str] = _map_field(_env_map)
    timeout_seconds: float | None = attrs.field(default=None, validator=_positive_number)
    user: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.define
class StartCommandRequest:
    cmd: str = attrs.field(validator=_text)
    cwd: str | None = attrs.field(default=None, validator=_optional_text)
    env: dict[str, str] = _map_field(_env_map)
    user: str | None = attrs.field(default=None, validator=_optional_text)
    # Keep the command's stdin open for send_stdin / close_stdin.
    stdin: bool = attrs.field(default=False, validator=_flag)


@attrs.define
class CreatePTYRequest:
    rows: int | None = attrs.field(default=None, validator=_terminal_size)
    cols: int | None = attrs.field(default=None, validator=_terminal_size)
    cwd: str | None = attrs.field(default=None, validator=_optional_text)
    env: dict[str, str] = _map_field(_env_map)
    user: str | None = attrs.field(default=None, validator=_optional_text)
    command: str | None = attrs.field(default=None, validator=_optional_text)
    # Called with the terminal's output bytes as they come (may be a coroutine function on async).
    on_data: Callable[[bytes], Any] | None = attrs.field(
        default=None, eq=False, repr=False, validator=_optional_callable
    )


def _metadata_filter(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, str):
        if "\x00" in value:
            raise _fail(type(inst).__name__, attribute.name, "must not contain NUL")
    elif value is not None:
        _string_map(inst, attribute, value)


def _no_limit_below_one(value: Any) -> Any:
    # The seed read a limit of 0 or less as no limit at all.
    return None if isinstance(value, int) and not isinstance(value, bool) and value <= 0 else value


@attrs.define
class ListSandboxesFilter:
    """Which sandboxes `list_sandboxes` returns. `metadata_filter` as a mapping: sandboxes whose
    metadata has every one of its keys with exactly its value. As a string (the seed's meaning):
    sandboxes with a metadata value that contains it ("" filters nothing). `limit`: at most that
    many (0 or less, or None: no limit)."""

    provider: str | None = attrs.field(default=None, validator=_optional_text)
    metadata_filter: dict[str, str] | str | None = attrs.field(
        default=None, converter=_as_dict, validator=_metadata_filter
    )
    limit: int | None = attrs.field(default=None, converter=_no_limit_below_one, validator=_positive_int)


__all__ = [
    "CommandResult",
    "CreatePTYRequest",
    "CreateSandboxRequest",
    "FileInfo",
    "ListSandboxesFilter",
    "PTYInfo",
    "ProcessInfo",
    "ProviderName",
    "RunCommandRequest",
    "SandboxInfo",
    "SandboxStatus",
    "StartCommandRequest",
    "WatchEvent",
    "WatchEventType",
]
