"""Daytona's shapes mapped onto ours, without I/O: config, sandbox records, files, command lines, logs.

The async adapter (`_async/daytona.py`) and its generated sync twin share everything here.
"""

from __future__ import annotations

import json
import math
import os
import posixpath
import shlex
import uuid
from datetime import UTC, datetime
from typing import Any

import attrs

from ..config import ProviderConfig
from ..errors import BadConfigError, InvalidRequestError, ProviderError
from ..types import FileInfo, SandboxInfo, SandboxStatus
from . import managed
from .multipart import MultipartFile
from .shell_line import check_user as check_user  # re-exported: the adapter reads shapes.*
from .shell_line import command_line as subshell_line
from .shell_line import script_line as script_line
from .timestamps import parse_iso

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
# Terminal output held for a slow on_data before the terminal is closed with an error.
TERMINAL_BUFFER = 16 * 1024 * 1024

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
# Only these sandbox classes pause; the default class is "container" (API sandbox.service.ts
# pause(), :2201-2202, v0.190.0; sandbox.entity.ts:91).
PAUSING_CLASSES = frozenset({"linux-vm", "windows"})
# A label unique to one create request: an answer that never told the id (a 400 "Sandbox failed
# to start", a timeout) is found by it, and the sandbox deleted.
CREATE_MARK = "sandboxer.create"
# How long a delete retries through 409 "Sandbox state change in progress" (a transition).
DELETE_SECONDS = 120.0
# How long a sandbox a create made without saying its id is looked for (the list is "eventually
# consistent": sandbox.controller.ts:130-146).
MARK_LOOKUP_SECONDS = 10.0


@attrs.frozen
class DaytonaSettings:
    api_key: str = attrs.field(repr=False)
    api_url: str
    organization_id: str | None
    request_timeout: float
    start_timeout: float
    target: str | None = None  # the region (the organisation's default when None)
    auto_stop_minutes: int | None = None  # idle minutes before Daytona stops a sandbox (0: never)


def settings(config: ProviderConfig) -> DaytonaSettings:
    api_key = config.api_key or os.environ.get("DAYTONA_API_KEY") or os.environ.get("DAYTONA_TOKEN")
    if not api_key:
        raise BadConfigError("Daytona needs an API key: pass api_key or set DAYTONA_API_KEY")
    api_url = config.base_url or os.environ.get("DAYTONA_API_URL") or DEFAULT_API_URL
    organization = config.extra.get("organization_id") or os.environ.get("DAYTONA_ORGANIZATION_ID")
    target = config.extra.get("target") or os.environ.get("DAYTONA_TARGET")
    return DaytonaSettings(
        api_key=api_key,
        api_url=api_url.rstrip("/"),
        organization_id=str(organization) if organization else None,
        request_timeout=config.request_seconds(DEFAULT_REQUEST_TIMEOUT),
        start_timeout=config.positive_extra("start_timeout_seconds", DEFAULT_START_TIMEOUT),
        target=str(target) if target else None,
        auto_stop_minutes=_auto_stop(config.extra.get("auto_stop_minutes")),
    )


def _auto_stop(value: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadConfigError(
            f"extra['auto_stop_minutes'] must be a whole number of minutes >= 0, got {value!r}"
        )
    return value


def new_create_mark() -> str:
    return uuid.uuid4().hex


def create_body(
    settings: DaytonaSettings,
    mark: str,
    *,
    template: str | None,
    metadata: dict[str, str],
    envs: dict[str, str],
    cpus: float | None,
    memory_mb: int | None,
    timeout_seconds: float | None,
    auto_destroy: bool | None,
) -> dict[str, Any]:
    """The CreateSandbox body. A snapshot fixes the size: the API refuses resources beside one
    (400 "Cannot specify Sandbox resources when using a snapshot", sandbox.controller.ts:295-297),
    so with cpus or memory_mb the template is an image, built to that size as the SDK does
    (buildInfo "FROM <image>", sdk-python _async/daytona.py:649-676)."""
    body: dict[str, Any] = {"labels": {**managed.marked(metadata), CREATE_MARK: mark}, "env": dict(envs)}
    if cpus is None and memory_mb is None:
        if template is not None:
            body["snapshot"] = template
    elif template is None:
        raise InvalidRequestError(
            "Daytona sizes a sandbox by its snapshot: without a template, cpus and memory_mb cannot be "
            "given. Pass an image reference as template (e.g. 'python:3.12') to build one of this size, "
            "or a snapshot made with the size you want (daytona snapshot create --cpu --memory)"
        )
    else:
        body["buildInfo"] = {"dockerfileContent": f"FROM {template}\n"}
        if cpus is not None:
            body["cpu"] = max(math.ceil(cpus), 1)  # whole cores, rounded up
        if memory_mb is not None:
            body["memory"] = gigabytes(memory_mb)
    if timeout_seconds is not None:
        body["ttlMinutes"] = minutes(timeout_seconds)  # wall-clock, then destroyed
    if settings.auto_stop_minutes is not None:
        body["autoStopInterval"] = settings.auto_stop_minutes
    if auto_destroy is not None:
        # Deleted as soon as it stops (0), or never automatically (-1).
        body["autoDeleteInterval"] = 0 if auto_destroy else -1
    if settings.target is not None:
        body["target"] = settings.target
    return body


def minutes(seconds: float) -> int:
    """Daytona's intervals are whole minutes: rounded up, never 0 (0 switches auto-stop off)."""
    return max(math.ceil(seconds / 60), 1)


def gigabytes(megabytes: int) -> int:
    """Daytona sizes memory in GB: rounded up, so a sandbox never gets less than asked for."""
    return max(math.ceil(megabytes / 1024), 1)


def _time(value: Any) -> datetime | None:
    if isinstance(value, str) and value:
        try:
            return parse_iso(value)
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
        metadata={k: v for k, v in managed.unmarked(record.get("labels") or {}).items() if k != CREATE_MARK},
        managed=managed.is_marked(record.get("labels")),
        cpus=record.get("cpu"),
        memory_mb=int(memory * 1024) if isinstance(memory, int | float) else None,
    )


def sandbox_class(record: dict[str, Any]) -> str:
    """The record's class; an API without classes (before they came) ran containers only."""
    return str(record.get("sandboxClass") or "container")


def not_running(exc: ProviderError) -> bool:
    """Whether a toolbox error says the sandbox is not running: the proxy's 400 "... Is the Sandbox
    started?" while it stops (daytonaio/daytona#4142) and 404 "sandbox container not found" once
    stopped or archived (#4632), told apart from a daemon's own 400/404 by their text."""
    text = (exc.message or "").lower()
    return (exc.status_code == 400 and "is the sandbox started" in text) or (
        exc.status_code == 404 and "sandbox container not found" in text
    )


def may_have_made(exc: ProviderError) -> bool:
    """Whether a failed create may still have made a sandbox: the API's 400 "Sandbox failed to
    start" after it made one (sandbox.controller.ts:308, 1547-1550), a server error, or no answer
    at all (status None: a timeout, a dropped connection). Other refusals come before anything
    is made."""
    status = exc.status_code
    if status is None or status >= 500:
        return True
    return status == 400 and "failed to start" in (exc.message or "").lower()


def session_lost(exc: ProviderError) -> bool:
    """A session the daemon no longer has (sessions live in its memory, lost on every stop/start:
    daemon pkg/session/create.go:64): 404, or 500 "...session not found" where the NotFoundError was
    wrapped (toolbox/process/session/execute.go:69, v0.190.0)."""
    text = (exc.message or "").lower()
    if exc.code == "not_running":
        return False
    return exc.status_code == 404 or (exc.status_code == 500 and "session not found" in text)


def retry_after_hint(headers: Any) -> str | None:
    """Daytona's `Retry-After-<throttler>` (the longest, when several limits were hit) where the
    answer has no `Retry-After`, else None."""
    names = {name.lower() for name in headers.keys()}
    if "retry-after" in names:
        return None
    hints = []
    for name, value in headers.items():
        lowered = name.lower()
        if lowered.startswith("retry-after-") and lowered != "retry-after-ms":
            try:
                hints.append(float(value))
            except ValueError:
                continue
    return f"{max(hints):g}" if hints else None


class BulkUploadForm(MultipartFile):
    """`/files/bulk-upload`'s form for one file: its path as the text part `files[0].path`, then
    the file as `files[0].file` (daemon pkg/toolbox/fs/upload_files.go: parts read in order, a
    `.file` part needs its `.path` first). The file part is MultipartFile's own, renamed in its
    opening line only: the path is data, whatever it reads like."""

    def __init__(self, path: str) -> None:
        if path != path.strip():
            # The daemon takes strings.TrimSpace of the path (upload_files.go): another file.
            raise InvalidRequestError(
                f"upload: this sandbox's daemon (bulk-upload) trims spaces around a path: {path!r}"
            )
        super().__init__(posixpath.basename(path) or "file")
        opening = f'--{self.boundary}\r\nContent-Disposition: form-data; name="file"; '.encode()
        if not self.head.startswith(opening):
            raise AssertionError("MultipartFile's head no longer opens with its file part")
        self.head = (
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="files[0].path"\r\n\r\n'.encode()
            + path.encode()
            + f'\r\n--{self.boundary}\r\nContent-Disposition: form-data; name="files[0].file"; '.encode()
            + self.head[len(opening) :]
        )


def labels_query(wanted: dict[str, str]) -> str | None:
    return json.dumps(wanted, sort_keys=True, separators=(",", ":")) if wanted else None


def file_info(entry: Any, path: str | None = None) -> FileInfo:
    """A toolbox FileInfo: `permissions` is the octal mode ("0644"); `path`: the entry's path as
    asked for, when known (the daemon's own `path` is newer than v0.190, and what it says for a
    link is not documented)."""
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
        path=path if path is not None else str(entry.get("path") or entry["name"]),
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


# --- command lines for a session's shell ----------------------------------------------------------
#
# The daemon runs a session command by sourcing it into the session's shell with stdout and stderr
# sent into FIFOs, whose readers copy them into the command's log one line at a time:
#     while IFS= read -r line || [ -n "$line" ]; do printf '<marker>%s\n' "$line"; done < "$sp"
# (daytonaio/daytona apps/daemon/pkg/session/execute.go:212-213, v0.190.0; since #3603, 2026-02).
# So a last line without a newline gets one added: `printf abc` would read back as "abc\n". Each of
# our lines therefore ends by printing OUTPUT_END and a newline on both streams once the command has
# ended: a last line of its own is ended by our mark's ("abc" + mark), never by the reader, so the
# log holds exactly the output, then the mark. Lines arrive whole, so nothing is held back to find it.
OUTPUT_END = "sandboxer:end-of-output:5c1e"
_END = (OUTPUT_END + "\n").encode()
# coreutils `timeout -k 5 T` exits 137 (it KILLs the command and itself) once the command ignored
# TERM for the 5 s grace: the line reports that as 124 (timed out) when its own clock says the
# deadline passed, so the answer says so wherever it is read. $SECONDS counts whole seconds (bash,
# zsh: the session shells, pkg/common/get_shell.go); a KILL at T + 5 s reads at least floor(T) + 5.
_GRACE = 5


def command_line(
    cmd: str,
    env: dict[str, str],
    cwd: str | None,
    user: str | None,
    *,
    report_pid: bool = False,
    stdin: bool = False,
    timeout: float | None = None,
) -> str:
    """The line a session runs for a command: shell_line's (a subshell with cd, env, sudo and
    timeout: nothing stays in the session), its stdin at EOF unless kept open for send_stdin (the
    daemon holds an async command's stdin open, execute.go:63-66), then the end-of-output mark on
    both streams, and the command's status."""
    line = subshell_line(cmd, env, cwd, user, report_pid=report_pid, timeout=timeout)
    # The command's stderr goes in as fd 3: the session shell's own stderr is /dev/null while it
    # waits, so bash's notice of a killed job ("cmd.sh: line 1: 42 Killed ( exec ... )") stays out.
    line = "{ ( exec 2>&3 3>&-; " + line.removeprefix("( ") + (" < /dev/null" if not stdin else "")
    line += "; } 3>&2 2>/dev/null"
    before = fix = ""
    if timeout is not None:
        before = "_sandboxer_t=${SECONDS:-0}; "
        fix = (
            f'[ "$_sandboxer_e" = 137 ] && [ $(( ${{SECONDS:-0}} - _sandboxer_t )) -ge '
            f"{int(timeout) + _GRACE} ] && _sandboxer_e=124; "
        )
    end = shlex.quote(OUTPUT_END)
    return (
        f"{before}{line}; _sandboxer_e=$?; {fix}"
        f"printf '%s\\n' {end}; printf '%s\\n' {end} >&2; (exit $_sandboxer_e)"
    )


def without_end(text: str) -> str:
    """A whole output with our end-of-output mark (and its newline) taken out."""
    end = _END.decode()
    at = text.find(end)
    return text if at < 0 else text[:at] + text[at + len(end) :]


class OutputEnd:
    """One stream of a followed log, passed on as it comes, the end-of-output mark taken out (a
    tail that may be its start, in a frame that ends inside a line, is held until more comes)."""

    def __init__(self) -> None:
        self._held = b""
        self._seen = False

    def feed(self, data: bytes) -> bytes:
        data = self._held + data
        self._held = b""
        if self._seen:
            return data
        at = data.find(_END)
        if at >= 0:
            self._seen = True
            return data[:at] + data[at + len(_END) :]
        for size in range(min(len(data), len(_END) - 1), 0, -1):
            if data.endswith(_END[:size]):
                self._held = data[-size:]
                return data[:-size]
        return data

    def finish(self) -> bytes:
        held, self._held = self._held, b""
        return held


def pty_id(pid: int) -> str:
    return f"{PTY_PREFIX}{pid}"


def pty_pid(session_id: str) -> int | None:
    """Our terminals are named sandboxer-pty-<number>: that number is their pid in our API."""
    if session_id.startswith(PTY_PREFIX) and session_id[len(PTY_PREFIX) :].isdigit():
        return int(session_id[len(PTY_PREFIX) :])
    return None
