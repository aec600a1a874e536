"""Runloop's shapes mapped onto ours, without I/O: config, devbox records, server-sent events.

The async adapter (`_async/runloop.py`) and its generated sync twin share everything here.
"""

from __future__ import annotations

import json
import math
import os
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import attrs

from ..config import ProviderConfig
from ..errors import BadConfigError, ProviderError
from ..types import SandboxInfo, SandboxStatus
from . import managed

NAME = "runloop"
DEFAULT_BASE_URL = "https://api.runloop.ai"
DEFAULT_REQUEST_TIMEOUT = 60.0
DEFAULT_START_TIMEOUT = 300.0
WAIT_SLICE = 25  # seconds one wait_for_status call may take before it answers 408 and we ask again
# The most /execute waits for a command before it answers "running" (the API's limit).
OPTIMISTIC_WAIT = 25
# Beyond a long poll's own time, how long its answer may take to arrive.
ANSWER_MARGIN = 15
# Past a command's timeout_seconds, how long it may take to be ended before it is given up on.
GIVE_UP_MARGIN = 60
# Times in a row a command start answered 408, or a wait's answer was lost, before we give up.
MOST_ASKS = 5
# The most output of one stream read back whole (beyond it, the answer's last lines, marked cut).
MAX_OUTPUT = 64 * 2**20

_STATUSES = {
    "running": SandboxStatus.RUNNING,
    "provisioning": SandboxStatus.STARTING,
    "initializing": SandboxStatus.STARTING,
    "resuming": SandboxStatus.STARTING,
    "suspending": SandboxStatus.PAUSED,
    "suspended": SandboxStatus.PAUSED,
    "failure": SandboxStatus.ERROR,
    "shutdown": SandboxStatus.STOPPED,
}


@attrs.frozen
class RunloopSettings:
    api_key: str = attrs.field(repr=False)
    base_url: str
    request_timeout: float
    start_timeout: float


def settings(config: ProviderConfig) -> RunloopSettings:
    api_key = config.api_key or os.environ.get("RUNLOOP_API_KEY")
    if not api_key:
        raise BadConfigError("Runloop needs an API key: pass api_key or set RUNLOOP_API_KEY")
    base = (config.base_url or os.environ.get("RUNLOOP_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    base = base.removesuffix("/v1")  # the paths carry /v1 already
    return RunloopSettings(
        api_key=api_key,
        base_url=base,
        request_timeout=config.request_seconds(DEFAULT_REQUEST_TIMEOUT),
        start_timeout=config.positive_extra("start_timeout_seconds", DEFAULT_START_TIMEOUT),
    )


def _one_or_even(value: float) -> int:
    """Runloop's custom sizes: 1, or a multiple of 2 (rounded up, never below what was asked)."""
    whole = max(math.ceil(value), 1)
    return 1 if whole == 1 else whole + whole % 2


def launch_parameters(
    cpus: float | None, memory_mb: int | None, timeout: float | None, ports: list[int]
) -> dict[str, Any]:
    """Resources as a custom size (cores and GB: 1 or a multiple of 2, rounded up), an idle
    shutdown after `timeout` seconds without activity (keep_alive restarts it), ports."""
    launch: dict[str, Any] = {}
    if cpus is not None or memory_mb is not None:
        launch["resource_size_request"] = "CUSTOM_SIZE"
        launch["custom_cpu_cores"] = _one_or_even(cpus or 1)
        launch["custom_gb_memory"] = _one_or_even((memory_mb or 2048) / 1024)
    if timeout is not None:
        launch["after_idle"] = {"idle_time_seconds": max(math.ceil(timeout), 1), "on_idle": "shutdown"}
    if ports:
        launch["available_ports"] = list(ports)
    return launch


def tunnel_url(base_url: str, key: str, port: int) -> str:
    """A port's URL through the devbox's tunnel, on the API's own domain (api.runloop.ai -> runloop.ai)."""
    host = base_url.split("://", 1)[-1].split("/", 1)[0]
    return f"https://{port}-{key}.tunnel.{host.removeprefix('api.')}"


def devbox_info(record: Any) -> SandboxInfo:
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise ProviderError(NAME, f"malformed devbox record: {record!r:.200}")
    launch = record.get("launch_parameters") or {}
    created = record.get("create_time_ms")
    memory = launch.get("custom_gb_memory")
    return SandboxInfo(
        id=record["id"],
        provider=NAME,
        template=record.get("blueprint_id") or record.get("snapshot_id"),
        status=_STATUSES.get(str(record.get("status")), SandboxStatus.ERROR),
        started_at=datetime.fromtimestamp(created / 1000, UTC)
        if isinstance(created, int)
        else datetime.now(UTC),
        metadata=managed.unmarked(record.get("metadata") or {}),
        managed=managed.is_marked(record.get("metadata")),
        cpus=launch.get("custom_cpu_cores"),
        memory_mb=memory * 1024 if isinstance(memory, int) else None,
    )


def sse_data(line: str) -> str | None:
    """The payload of a server-sent event's `data:` line (events here are one line each)."""
    if line.startswith("data:"):
        return line[5:].removeprefix(" ")
    return None


def chunk_output(data: str) -> str:
    """An ExecUpdateChunkView's output."""
    try:
        chunk = json.loads(data)
    except ValueError as exc:
        raise ProviderError(NAME, f"malformed output event: {data[:200]!r}") from exc
    if not isinstance(chunk, dict) or not isinstance(chunk.get("output"), str):
        raise ProviderError(NAME, f"malformed output event: {data[:200]!r}")
    return chunk["output"]


def new_command_id() -> str:
    """A UUIDv7 (RFC 9562: 48 bits of Unix milliseconds, version 7, variant 10, random bits), the
    identity /execute takes for a command: sent again with the same id, it is the same command."""
    millis = time.time_ns() // 1_000_000 & (1 << 48) - 1
    rand_a, rand_b = int.from_bytes(os.urandom(2), "big") & 0xFFF, int.from_bytes(os.urandom(8), "big")
    value = millis << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b & (1 << 62) - 1
    return str(uuid.UUID(int=value))


def truncated_streams(answer: dict[str, Any]) -> list[str]:
    """The output streams ("stdout", "stderr") an execution answer holds only the end of: the API
    keeps its last lines (`last_n`, 100 by default) and marks the cut."""
    return [name for name in ("stdout", "stderr") if answer.get(f"{name}_truncated") is True]


def pause_before(attempt: int) -> float:
    """Seconds to wait before asking again after `attempt` + 1 failures in a row."""
    return min(0.5 * 2**attempt, 8.0)


def completes(text: str, tail: Any) -> bool:
    """Whether `text`, read from a stream's start, is all of an output whose answer held `tail`
    (its last lines): a stream that ended early does not end with them."""
    tail = tail if isinstance(tail, str) else ""
    return len(text) >= len(tail) and text.endswith(tail)
