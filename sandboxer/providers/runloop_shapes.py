"""Runloop's shapes mapped onto ours, without I/O: config, devbox records, server-sent events.

The async adapter (`_async/runloop.py`) and its generated sync twin share everything here.
"""

from __future__ import annotations

import json
import math
import os
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs

from ..config import ProviderConfig
from ..errors import BadConfigError, InvalidRequestError, ProviderError
from ..types import SandboxInfo, SandboxStatus
from . import managed
from .shell_line import command_line

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
# The metadata key of one create's own mark: a create whose answer was lost finds its devbox by it.
CREATE_MARK = "sandboxer_create"
# How many list pages (of 100, newest first) are searched for such a devbox.
MARK_SEARCH_PAGES = 5
# The SDK's timeout for file transfers (py: resources/devboxes/devboxes.py:758, 1655).
FILE_TIMEOUT = 600.0

# The devbox statuses (DevboxView.status, py: types/devbox_view.py): a FLEX devbox waits in
# "queued" for capacity (py: resources/devboxes/devboxes.py:193); "scheduled" is deprecated.
_STATUSES = {
    "running": SandboxStatus.RUNNING,
    "queued": SandboxStatus.STARTING,
    "scheduled": SandboxStatus.STARTING,
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


# Runloop's custom sizes (RL-spec ResourceSize, CUSTOM_SIZE; py: types/shared/launch_parameters.py):
# cores 1 or a multiple of 2 up to 16 (0.5 too, but custom_cpu_cores is an integer), memory 1 or a
# multiple of 2 up to 64 GiB, and memory between 2 and 8 GiB per core, both ends included.
CORES = (1, *range(2, 17, 2))
GIB = (1, *range(2, 65, 2))
DEFAULT_LIFETIME = 3600  # keep_alive_time_seconds when not given: "Default is 1 hour" (RL-spec 8084-8089)


def custom_size(cpus: float | None, memory_mb: int | None) -> tuple[int, int]:
    """The smallest custom size (cores, GiB) that holds at least what was asked: fewest cores, then
    least memory. Refused before anything is sent when no size holds it."""
    least_cores, least_gib = cpus or 0, (memory_mb or 0) / 1024
    for cores in CORES:
        for gib in GIB:
            if cores >= least_cores and gib >= least_gib and 2 * cores <= gib <= 8 * cores:
                return cores, gib
    raise InvalidRequestError(
        f"Runloop has no size with {cpus or 1:g} cores and {memory_mb or 0} MB: at most 16 cores and "
        "64 GiB, with 2 to 8 GiB per core"
    )


def launch_parameters(
    cpus: float | None, memory_mb: int | None, timeout: float | None, ports: list[int]
) -> dict[str, Any]:
    """Resources as the smallest valid custom size holding what was asked, an idle shutdown after
    `timeout` seconds without activity (keep_alive restarts it; lifecycle.after_idle, which
    replaces the top-level after_idle, RL-spec LaunchParameters), ports."""
    launch: dict[str, Any] = {}
    if cpus is not None or memory_mb is not None:
        cores, gib = custom_size(cpus, memory_mb)
        launch.update(resource_size_request="CUSTOM_SIZE", custom_cpu_cores=cores, custom_gb_memory=gib)
    if timeout is not None:
        idle = {"idle_time_seconds": max(math.ceil(timeout), 1), "on_idle": "shutdown"}
        launch["lifecycle"] = {"after_idle": idle}
    if ports:
        launch["available_ports"] = list(ports)
    return launch


def idle_seconds(record: Any) -> int | None:
    """A devbox's idle timeout: lifecycle.after_idle, or the older top-level after_idle."""
    launch = (record.get("launch_parameters") if isinstance(record, dict) else None) or {}
    for policy in ((launch.get("lifecycle") or {}).get("after_idle"), launch.get("after_idle")):
        seconds = policy.get("idle_time_seconds") if isinstance(policy, dict) else None
        if isinstance(seconds, int) and not isinstance(seconds, bool):
            return seconds
    return None


def template_fields(template: str) -> dict[str, str]:
    """What a template names: a blueprint id (bpt_...), a snapshot id (snp_...), else a blueprint's
    name (the id prefixes of Runloop's SDK examples: api-client-python README-SDK.md:144, 156)."""
    if template.startswith("bpt_"):
        return {"blueprint_id": template}
    if template.startswith("snp_"):
        return {"snapshot_id": template}
    return {"blueprint_name": template}


# The port of a devbox's terminal service behind its PTY tunnel (rl-cli src/lib/pty-client.ts,
# RAGE_REST_PORT = 13; the SDK's PTY branch, sdk/async_pty.py: https://13-{key}.tunnel.{domain}).
PTY_PORT = 13


def pty_name(pid: int) -> str:
    """A terminal's session name (1 to 256 ASCII letters, digits, '-' and '_', chosen by the client):
    the pid our API gives it (Runloop has no process id for a session)."""
    return f"sandboxer-pty-{pid}"


def new_pty_number() -> int:
    """A terminal's number: random (another client's session by the same name would be joined)."""
    return int(new_command_id().replace("-", "")[-7:], 16) or 1


def typed_start(command: str | None, env: dict[str, str], cwd: str | None, user: str | None) -> str:
    """What is typed into a new session's bash to start the terminal asked for ("" for a plain
    shell): the session takes no command, cwd, env or user of its own (RL-spec /pty/{session})."""
    if command is None and not env and cwd is None and user is None:
        return ""
    typed = [command or "", user or "", cwd or "", *env, *env.values()]
    if any(ch < " " or ch == "\x7f" for text in typed for ch in text):
        # They are typed: a control character would act as a key, not as data.
        raise InvalidRequestError(
            "create_pty: command, cwd, user and env must not hold control characters here"
        )
    # The session ends with the command, as a terminal started with it would.
    return command_line(command or 'exec "${SHELL:-/bin/bash}" -l', env, cwd, user) + "; exit\n"


def tunnel_url(base_url: str, key: str, port: int) -> str:
    """A port's URL through the devbox's tunnel, on the API's own domain (api.runloop.ai -> runloop.ai)."""
    host = base_url.split("://", 1)[-1].split("/", 1)[0]
    return f"https://{port}-{key}.tunnel.{host.removeprefix('api.')}"


def _expires(record: dict[str, Any], started: datetime | None) -> datetime | None:
    """When the devbox is shut down at the latest: created + keep_alive_time_seconds (an hour when
    not given), unless an idle policy is set, which makes Runloop ignore that time (RL-spec
    8090-8094): then there is no maximum."""
    if started is None or idle_seconds(record) is not None:
        return None
    lifetime = (record.get("launch_parameters") or {}).get("keep_alive_time_seconds")
    seconds = lifetime if isinstance(lifetime, int) and lifetime > 0 else DEFAULT_LIFETIME
    return started + timedelta(seconds=seconds)


def devbox_info(record: Any) -> SandboxInfo:
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise ProviderError(NAME, f"malformed devbox record: {record!r:.200}")
    launch = record.get("launch_parameters") or {}
    created = record.get("create_time_ms")
    started = datetime.fromtimestamp(created / 1000, UTC) if isinstance(created, int) else None
    memory = launch.get("custom_gb_memory")
    return SandboxInfo(
        id=record["id"],
        provider=NAME,
        template=record.get("blueprint_id") or record.get("snapshot_id"),
        status=_STATUSES.get(str(record.get("status")), SandboxStatus.ERROR),
        started_at=started or datetime.now(UTC),
        expires_at=_expires(record, started),
        metadata={
            k: v for k, v in managed.unmarked(record.get("metadata") or {}).items() if k != CREATE_MARK
        },
        managed=managed.is_marked(record.get("metadata")),
        cpus=launch.get("custom_cpu_cores"),
        memory_mb=memory * 1024 if isinstance(memory, int) else None,
    )


@attrs.define
class ServerSentEvents:
    """Lines of a text/event-stream into events (WHATWG HTML, server-sent events): `event:` names
    the event ("message" when none does), `data:` lines are its data, a blank line ends it."""

    name: str = "message"
    data: list[str] = attrs.field(factory=list)

    def line(self, line: str) -> tuple[str, str] | None:
        """The event a line ends, if it ends one."""
        if not line:
            event = (self.name, "\n".join(self.data)) if self.data else None
            self.name, self.data = "message", []
            return event
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            self.name = value
        elif field == "data":
            self.data.append(value)
        return None


@attrs.frozen
class Chunk:
    """An ExecUpdateChunkView: output, and the byte offset it ends at (resumed from after a break)."""

    output: str
    offset: int | None


def output_chunk(data: str) -> Chunk:
    try:
        chunk = json.loads(data)
    except ValueError as exc:
        raise ProviderError(NAME, f"malformed output event: {data[:200]!r}") from exc
    if not isinstance(chunk, dict) or not isinstance(chunk.get("output"), str):
        raise ProviderError(NAME, f"malformed output event: {data[:200]!r}")
    offset = chunk.get("offset")
    return Chunk(
        chunk["output"], offset if isinstance(offset, int) and not isinstance(offset, bool) else None
    )


def error_event_status(data: str) -> int:
    """The HTTP status an `event: error` carries as its `code` (500 when it carries none), as both
    SDKs read it (py: _streaming.py:82-90; ts: streaming.ts:35-41). A 408 is the stream's idle
    timeout: the SDKs reconnect from the last chunk's offset (py: _streaming.py:380-453)."""
    try:
        code = json.loads(data).get("code", 500)
        return int(code)
    except (ValueError, TypeError, AttributeError):
        return 500


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
    return min(0.5 * 2.0**attempt, 8.0)


def completes(text: str, tail: Any) -> bool:
    """Whether `text`, read from a stream's start, is all of an output whose answer held `tail`
    (its last lines): a stream that ended early does not end with them."""
    tail = tail if isinstance(tail, str) else ""
    return len(text) >= len(tail) and text.endswith(tail)
