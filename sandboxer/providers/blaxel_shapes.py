"""Blaxel's shapes mapped onto ours, without I/O: config, sandbox records, files, process logs.

The async adapter (`_async/blaxel.py`) and its generated sync twin share everything here.
"""

from __future__ import annotations

import json
import math
import os
import posixpath
import secrets
import shlex
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
from dateutil.parser import isoparse

from ..config import ProviderConfig
from ..errors import BadConfigError, InvalidRequestError, ProviderError
from ..types import FileInfo, SandboxInfo, SandboxStatus, WatchEvent, WatchEventType
from . import managed

NAME = "blaxel"
DEFAULT_API_URL = "https://api.blaxel.ai/v0"
API_VERSION = "2026-04-28"  # Blaxel-Version: the first with the paginated listing
DEFAULT_IMAGE = "blaxel/base-image:latest"
DEFAULT_REQUEST_TIMEOUT = 60.0
DEFAULT_DEPLOY_TIMEOUT = 180.0
MB_PER_CPU = 2048  # Blaxel gives a sandbox one CPU per 2048 MB of memory
PART_SIZE = 5 * 1024 * 1024  # multipart upload parts

_STATUSES = {
    "DEPLOYED": SandboxStatus.RUNNING,
    "DEPLOYING": SandboxStatus.STARTING,
    "BUILDING": SandboxStatus.STARTING,
    "UPLOADING": SandboxStatus.STARTING,
    "BUILT": SandboxStatus.STARTING,
    "FAILED": SandboxStatus.ERROR,
    "DELETING": SandboxStatus.STOPPED,
    "TERMINATED": SandboxStatus.STOPPED,
    "DEACTIVATED": SandboxStatus.STOPPED,
    "DEACTIVATING": SandboxStatus.STOPPED,
}


@attrs.frozen
class BlaxelSettings:
    api_key: str = attrs.field(repr=False)
    api_url: str
    workspace: str
    region: str | None
    request_timeout: float
    deploy_timeout: float


def settings(config: ProviderConfig) -> BlaxelSettings:
    api_key = config.api_key or os.environ.get("BL_API_KEY") or os.environ.get("BLAXEL_API_KEY")
    if not api_key:
        raise BadConfigError("Blaxel needs an API key: pass api_key or set BL_API_KEY")
    workspace = (
        config.extra.get("workspace") or os.environ.get("BL_WORKSPACE") or os.environ.get("BLAXEL_WORKSPACE")
    )
    if not workspace:
        raise BadConfigError("Blaxel needs a workspace: extra['workspace'] or BL_WORKSPACE")
    return BlaxelSettings(
        api_key=api_key,
        api_url=(config.base_url or os.environ.get("BL_API_URL") or DEFAULT_API_URL).rstrip("/"),
        workspace=str(workspace),
        region=config.extra.get("region") or os.environ.get("BL_REGION"),
        request_timeout=config.request_seconds(DEFAULT_REQUEST_TIMEOUT),
        deploy_timeout=config.positive_extra("deploy_timeout_seconds", DEFAULT_DEPLOY_TIMEOUT),
    )


def new_name() -> str:
    """A sandbox name (our id): lowercase letters, digits and hyphens, at most 49 characters."""
    return f"sandboxer-{secrets.token_hex(6)}"


def memory_for(cpus: float | None, memory_mb: int | None) -> int | None:
    """Blaxel sizes by memory only (CPUs follow from it): enough memory for the CPUs asked for."""
    wanted = [m for m in (memory_mb, None if cpus is None else math.ceil(cpus) * MB_PER_CPU) if m is not None]
    return max(wanted) if wanted else None


def expiry(seconds: float) -> dict[str, Any]:
    """A lifecycle that deletes the sandbox `seconds` from now (timeout_seconds, set_timeout)."""
    when = datetime.now(UTC) + timedelta(seconds=math.ceil(seconds))
    return {
        "expirationPolicies": [
            {"type": "date", "value": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "action": "delete"}
        ]
    }


def _time(value: Any) -> datetime | None:
    if isinstance(value, str) and value:
        try:
            return isoparse(value)
        except (ValueError, OverflowError):
            return None
    return None


def sandbox_info(record: Any) -> SandboxInfo:
    if not isinstance(record, dict) or not isinstance((record.get("metadata") or {}).get("name"), str):
        raise ProviderError(NAME, f"malformed sandbox record: {record!r:.200}")
    metadata = record["metadata"]
    runtime = (record.get("spec") or {}).get("runtime") or {}
    policies = ((record.get("spec") or {}).get("lifecycle") or {}).get("expirationPolicies") or []
    dates = [_time(p.get("value")) for p in policies if isinstance(p, dict) and p.get("type") == "date"]
    memory = runtime.get("memory")
    return SandboxInfo(
        id=metadata["name"],
        provider=NAME,
        template=runtime.get("image"),
        status=_STATUSES.get(str(record.get("status")), SandboxStatus.ERROR),
        started_at=_time(metadata.get("createdAt")) or datetime.now(UTC),
        expires_at=min((d for d in dates if d is not None), default=None) or _time(runtime.get("expires")),
        metadata=managed.unmarked(metadata.get("labels") or {}),
        managed=managed.is_marked(metadata.get("labels")),
        cpus=memory / MB_PER_CPU if isinstance(memory, int | float) else None,
        memory_mb=memory if isinstance(memory, int) else None,
    )


def fs_path(path: str) -> str:
    """An absolute path as the {path} of /filesystem/{path}: with its leading slash (the generated
    client percent-encodes it whole into one segment, "/" as %2F; the API takes a path without
    one as relative to its working directory)."""
    return "/" + posixpath.normpath(path).lstrip("/")


def check_absolute(path: object) -> str:
    if not isinstance(path, str) or not path or "\x00" in path:
        raise InvalidRequestError(f"invalid path {path!r}: a non-empty string without NUL is required")
    if not path.startswith("/"):
        raise InvalidRequestError(f"Blaxel paths must be absolute, got {path!r}")
    return "/" + posixpath.normpath(path).lstrip("/")  # "//x" is "/x": the root stays recognisable


def _mode(text: str) -> int | None:
    """Permissions as octal digits ("0644") or as `ls` shows them ("-rw-r--r--")."""
    if text.isdigit():
        return int(text, 8) & 0o7777
    if len(text) == 10:
        bits = 0
        for char, bit in zip(text[1:], (0o400, 0o200, 0o100, 0o40, 0o20, 0o10, 0o4, 0o2, 0o1), strict=True):
            bits |= bit if char != "-" else 0
        return bits
    return None


def file_info(entry: dict[str, Any], is_dir: bool) -> FileInfo:
    mode = _mode(str(entry.get("permissions") or ""))
    try:
        size = int(entry.get("size") or 0)
    except (TypeError, ValueError):
        raise ProviderError(NAME, f"malformed file size in {entry!r:.200}") from None
    return FileInfo(
        name=str(entry.get("name") or posixpath.basename(str(entry.get("path") or ""))),
        path=str(entry.get("path") or ""),
        is_dir=is_dir,
        size=0 if is_dir else size,
        mode=mode,
        modified_at=_time(entry.get("lastModified")),
    )


def listing(directory: Any) -> list[FileInfo]:
    if not isinstance(directory, dict) or "files" not in directory:
        raise ProviderError(NAME, f"malformed directory listing: {directory!r:.200}")
    entries = [file_info(f, False) for f in directory.get("files") or [] if isinstance(f, dict)]
    entries += [file_info(d, True) for d in directory.get("subdirectories") or [] if isinstance(d, dict)]
    return sorted(entries, key=lambda e: e.name)


def as_user(cmd: str, user: str | None) -> str:
    """The command line, run as `user` through su (Blaxel's processes have no user of their own)."""
    if user is None:
        return cmd
    if not user or user.startswith("-"):
        raise InvalidRequestError(f"invalid user name {user!r}")
    return shlex.join(["su", "-m", "-s", "/bin/sh", "-c", cmd, user])


_WATCH_OPS = {
    "CREATE": WatchEventType.CREATE,
    "WRITE": WatchEventType.MODIFY,
    "CHMOD": WatchEventType.MODIFY,
    "REMOVE": WatchEventType.DELETE,
    "RENAME": WatchEventType.RENAME,
}


def watch_event(line: str) -> WatchEvent | None:
    """A /watch/filesystem line: JSON {op, name, path (the directory)}; None for keepalives."""
    line = line.strip()
    if not line.startswith("{"):
        return None  # "[keepalive]" and blank lines
    try:
        event = json.loads(line)
    except ValueError:
        return None
    kind = _WATCH_OPS.get(str(event.get("op", "")).upper()) if isinstance(event, dict) else None
    if kind is None or not isinstance(event.get("name"), str):
        return None
    return WatchEvent(path=posixpath.join(str(event.get("path") or "/"), event["name"]), event_type=kind)


def new_process_name() -> str:
    """A background process's name: unique, so another client's process is never taken for ours."""
    return f"sandboxer-{secrets.token_hex(6)}"


def log_line(line: str) -> tuple[int, str] | None:
    """A logs/stream line: ("stdout:" | "stderr:") + text -> (1 | 2, text + newline)."""
    for prefix, stream in (("stdout:", 1), ("stderr:", 2)):
        if line.startswith(prefix):
            return stream, line[len(prefix) :] + "\n"
    return None


def pid_of(record: dict[str, Any]) -> int:
    try:
        return int(record.get("pid") or 0)
    except (TypeError, ValueError):
        raise ProviderError(NAME, f"malformed process pid in {record!r:.200}") from None
