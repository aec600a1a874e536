"""Checks of the plain arguments adapters take (paths, data, terminal sizes), shared by all of them."""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from ..errors import InvalidRequestError

if TYPE_CHECKING:
    from ..types import ListSandboxesFilter


def check_path(path: object) -> str:
    if not isinstance(path, str) or not path or "\x00" in path:
        raise InvalidRequestError(f"invalid path {path!r}: a non-empty string without NUL is required")
    return path


def as_bytes(data: object) -> bytes:
    """Input for a command or a terminal: bytes as given, text as UTF-8."""
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    raise InvalidRequestError(f"data must be bytes or str, not {type(data).__name__}")


def check_terminal_size(rows: object, cols: object) -> None:
    for name, value in (("rows", rows), ("cols", cols)):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 0xFFFF:
            raise InvalidRequestError(f"invalid terminal {name} {value!r}")


def check_mode(mode: object) -> None:
    """A file mode for write_file: None, or permission bits (with setuid/setgid/sticky)."""
    if mode is not None and (not isinstance(mode, int) or isinstance(mode, bool) or not 0 <= mode <= 0o7777):
        raise InvalidRequestError(f"write_file: invalid mode {mode!r}")


def check_port(port: object) -> int:
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        raise InvalidRequestError(f"invalid port {port!r}")
    return port


def check_seconds(seconds: object, what: str) -> float:
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not seconds > 0:
        raise InvalidRequestError(f"{what}: seconds must be a positive number, got {seconds!r}")
    return float(seconds)


def check_sandbox_id(sandbox_id: object) -> str:
    if not isinstance(sandbox_id, str) or not sandbox_id:
        raise InvalidRequestError(f"invalid sandbox id {sandbox_id!r}")
    return sandbox_id


def check_removable(path: object) -> str:
    """A path remove() may take: never the root directory ("/", "//", "/tmp/..")."""
    path = check_path(path)
    if path.startswith("/") and not posixpath.normpath(path).strip("/"):
        raise InvalidRequestError(f"remove: refusing to remove the root directory ({path!r})")
    return path


def wanted_metadata(filter: ListSandboxesFilter | None) -> dict[str, str]:
    """The metadata (key: value) a listing must match; empty: any. A string filter never reaches
    an adapter: the base class matches it on the whole listing (base._substring_filter)."""
    wanted = filter.metadata_filter if filter is not None else None
    if isinstance(wanted, str):
        raise TypeError("a string metadata_filter reached an adapter's list_sandboxes")
    return wanted or {}
