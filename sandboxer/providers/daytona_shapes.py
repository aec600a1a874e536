"""Daytona's shapes mapped onto ours, without I/O: config, sandbox records, files, command lines, logs.

The async adapter (`_async/daytona.py`) and its generated sync twin share everything here.
"""

from __future__ import annotations

import json
import math
import os
from datetime import UTC, datetime
from typing import Any

import attrs
from dateutil.parser import isoparse

from ..config import ProviderConfig
from ..errors import BadConfigError, ProviderError
from ..types import FileInfo, SandboxInfo, SandboxStatus
from . import managed
from .shell_line import check_user, command_line, script_line  # noqa: F401 (re-exported)

NAME = "daytona"
DEFAULT_API_URL = "https://app.daytona.io/api"
DEFAULT_REQUEST_TIMEOUT = 60.0
DEFAULT_START_TIMEOUT = 120.0
# The toolbox answers command logs as JSON with stdout and stderr apart to clients that say they
# are at least this version of Daytona's SDK (older ones get one multiplexed text).
SPLIT_LOGS_VERSION = "0.167.0"
# Markers that start each stdout / stderr chunk of a command's multiplexed log.
STDOUT_MARK = b"\x01\x01\x01"
STDERR_MARK = b"\x02\x02\x02"
PTY_PREFIX = "sandboxer-pty-"
# Idle command sessions kept per sandbox for the next commands (more are deleted once idle).
IDLE_SESSIONS = 4

_STATES = {
    "started": SandboxStatus.RUNNING,
    "creating": SandboxStatus.STARTING,
    "restoring": SandboxStatus.STARTING,
    "starting": SandboxStatus.STARTING,
    "pending_build": SandboxStatus.STARTING,
    "building_snapshot": SandboxStatus.STARTING,
    "pulling_snapshot": SandboxStatus.STARTING,
    "resuming": SandboxStatus.STARTING,
    # busy with an operation on a sandbox that stays up
    "resizing": SandboxStatus.RUNNING,
    "snapshotting": SandboxStatus.RUNNING,
    "forking": SandboxStatus.RUNNING,
    "stopped": SandboxStatus.STOPPED,
    "stopping": SandboxStatus.STOPPED,
    "archived": SandboxStatus.STOPPED,
    "archiving": SandboxStatus.STOPPED,
    "destroyed": SandboxStatus.STOPPED,
    "destroying": SandboxStatus.STOPPED,
    "paused": SandboxStatus.PAUSED,
    "pausing": SandboxStatus.PAUSED,
    "error": SandboxStatus.ERROR,
    "build_failed": SandboxStatus.ERROR,
}
FAILED_STATES = frozenset({"error", "build_failed"})


@attrs.frozen
class DaytonaSettings:
    api_key: str = attrs.field(repr=False)
    api_url: str
    organization_id: str | None
    request_timeout: float
    start_timeout: float


def settings(config: ProviderConfig) -> DaytonaSettings:
    api_key = config.api_key or os.environ.get("DAYTONA_API_KEY") or os.environ.get("DAYTONA_TOKEN")
    if not api_key:
        raise BadConfigError("Daytona needs an API key: pass api_key or set DAYTONA_API_KEY")
    api_url = config.base_url or os.environ.get("DAYTONA_API_URL") or DEFAULT_API_URL
    organization = config.extra.get("organization_id") or os.environ.get("DAYTONA_ORGANIZATION_ID")
    return DaytonaSettings(
        api_key=api_key,
        api_url=api_url.rstrip("/"),
        organization_id=str(organization) if organization else None,
        request_timeout=config.request_seconds(DEFAULT_REQUEST_TIMEOUT),
        start_timeout=config.positive_extra("start_timeout_seconds", DEFAULT_START_TIMEOUT),
    )


def minutes(seconds: float) -> int:
    """Daytona's intervals are whole minutes: rounded up, never 0 (0 switches auto-stop off)."""
    return max(math.ceil(seconds / 60), 1)


def gigabytes(megabytes: int) -> int:
    """Daytona sizes memory in GB: rounded up, so a sandbox never gets less than asked for."""
    return max(math.ceil(megabytes / 1024), 1)


def _time(value: Any) -> datetime | None:
    if isinstance(value, str) and value:
        try:
            return isoparse(value)
        except (ValueError, OverflowError):
            return None
    return None


def sandbox_info(record: Any) -> SandboxInfo:
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise ProviderError(NAME, f"malformed sandbox record: {record!r:.200}")
    memory = record.get("memory")
    return SandboxInfo(
        id=record["id"],
        provider=NAME,
        template=record.get("snapshot"),
        status=_STATES.get(str(record.get("state")), SandboxStatus.ERROR),
        started_at=_time(record.get("createdAt")) or datetime.now(UTC),
        metadata=managed.unmarked(record.get("labels") or {}),
        managed=managed.is_marked(record.get("labels")),
        cpus=record.get("cpu"),
        memory_mb=int(memory * 1024) if isinstance(memory, int | float) else None,
    )


def labels_query(wanted: dict[str, str]) -> str | None:
    return json.dumps(wanted, sort_keys=True, separators=(",", ":")) if wanted else None


def file_info(entry: Any) -> FileInfo:
    """A toolbox FileInfo: `permissions` is the octal mode ("0644"), `path` the full path."""
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise ProviderError(NAME, f"malformed file entry: {entry!r:.200}")
    try:
        mode = int(str(entry.get("permissions")), 8) & 0o7777
    except ValueError:
        mode = None
    try:
        size = int(entry.get("size") or 0)
    except (TypeError, ValueError):
        raise ProviderError(NAME, f"malformed file size in {entry!r:.200}") from None
    return FileInfo(
        name=entry["name"],
        path=str(entry.get("path") or entry["name"]),
        is_dir=bool(entry.get("isDir")),
        size=size,
        mode=mode,
        modified_at=_time(entry.get("modifiedAt")),
    )


class LogDemuxer:
    """Splits a followed log (chunks starting with the stdout/stderr markers) into the two streams.

    A marker split across frames is held back until it is whole; text before the first marker
    belongs to no stream and is dropped.
    """

    def __init__(self) -> None:
        self._held = b""
        self._stream = 0

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        data = self._held + data
        self._held = b""
        out: list[tuple[int, bytes]] = []
        while data:
            positions = [p for p in (data.find(STDOUT_MARK), data.find(STDERR_MARK)) if p >= 0]
            cut = min(positions) if positions else len(data)
            if not positions:
                # Hold back a tail that may be the start of a marker.
                for size in (2, 1):
                    if data[-size:] in (STDOUT_MARK[:size], STDERR_MARK[:size]):
                        cut = len(data) - size
                        self._held = data[cut:]
                        break
            if cut and self._stream:
                out.append((self._stream, data[:cut]))
            if not positions:
                break
            self._stream = 1 if data[cut : cut + 3] == STDOUT_MARK else 2
            data = data[cut + 3 :]
        return out

    def finish(self) -> list[tuple[int, bytes]]:
        """At the end of the log: bytes held back as a possible marker were output after all."""
        held, self._held = self._held, b""
        return [(self._stream, held)] if held and self._stream else []


def pty_id(pid: int) -> str:
    return f"{PTY_PREFIX}{pid}"


def pty_pid(session_id: str) -> int | None:
    """Our terminals are named sandboxer-pty-<number>: that number is their pid in our API."""
    if session_id.startswith(PTY_PREFIX) and session_id[len(PTY_PREFIX) :].isdigit():
        return int(session_id[len(PTY_PREFIX) :])
    return None
