"""E2B's shapes mapped onto ours, without I/O: config, sandbox records, envd entries, process events.

The async adapter (`_async/e2b.py`) and its generated sync twin share everything here.
"""

from __future__ import annotations

import base64
import math
import os
import posixpath
import re
import shlex
import signal
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

import attrs

from .._transport.retry import RETRY_STATUSES
from ..config import ProviderConfig
from ..errors import (
    BadConfigError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    ProviderError,
    SandboxerError,
)
from ..types import CommandResult, FileInfo, SandboxInfo, SandboxStatus, WatchEvent, WatchEventType
from . import managed
from .exit_status import killed_by
from .shell_scripts import RUN_WITH_TIMEOUT, OutputCollector, sh
from .timestamps import parse_iso

NAME = "e2b"
ENVD_PORT = 49983
DEFAULT_DOMAIN = "e2b.app"
DEFAULT_TEMPLATE = "base"
# envd < 0.4.0 needs a user on every call; from 0.4.0 a call without one runs as the template's
# default user, in its home (E2B's SDK: e2b/envd/versions.py ENVD_DEFAULT_USER, envd/utils.py).
LEGACY_USER = "user"
DEFAULT_USER_SINCE = (0, 4, 0)
# CloseStdin came with envd 0.5.2 (the SDK's ENVD_ENVD_CLOSE; older envd answers 404).
CLOSE_STDIN_SINCE = (0, 5, 2)
# E2B's own SDKs give a sandbox 300 s unless told otherwise; the API alone would give 15 s.
DEFAULT_LIFETIME = 300
DEFAULT_REQUEST_TIMEOUT = 60.0
SHELL = "/bin/bash"
PROCESS = "process.Process"
FILESYSTEM = "filesystem.Filesystem"

_STATES = {"running": SandboxStatus.RUNNING, "paused": SandboxStatus.PAUSED}
_WATCH_EVENTS = {
    "EVENT_TYPE_CREATE": WatchEventType.CREATE,
    "EVENT_TYPE_WRITE": WatchEventType.MODIFY,
    "EVENT_TYPE_CHMOD": WatchEventType.MODIFY,
    "EVENT_TYPE_REMOVE": WatchEventType.DELETE,
    "EVENT_TYPE_RENAME": WatchEventType.RENAME,
}
# "signal: killed" and friends, as Go's os.ProcessState prints them -> the signal's number.
_SIGNAL_WORDS = {
    "hangup": signal.SIGHUP,
    "interrupt": signal.SIGINT,
    "quit": signal.SIGQUIT,
    "killed": signal.SIGKILL,
    "terminated": signal.SIGTERM,
    "broken pipe": signal.SIGPIPE,
    "aborted": signal.SIGABRT,
    "segmentation fault": signal.SIGSEGV,
}


@attrs.frozen
class E2BSettings:
    api_key: str = attrs.field(repr=False)
    api_url: str
    domain: str
    request_timeout: float
    user: str | None  # extra["user"]: every call runs as this user; None: the template's default


def settings(config: ProviderConfig) -> E2BSettings:
    """Key, URLs and timeout from the config, then E2B's own environment variables."""
    api_key = config.api_key or os.environ.get("E2B_API_KEY")
    if not api_key:
        raise BadConfigError("E2B needs an API key: pass api_key or set E2B_API_KEY")
    domain = str(config.extra.get("domain") or os.environ.get("E2B_DOMAIN") or DEFAULT_DOMAIN)
    api_url = config.base_url or os.environ.get("E2B_API_URL") or f"https://api.{domain}"
    timeout = config.request_seconds(DEFAULT_REQUEST_TIMEOUT)
    user = config.extra.get("user")
    if user is not None and (not isinstance(user, str) or not user or ":" in user):
        raise BadConfigError(f"extra['user'] must be a user name, got {user!r}")
    return E2BSettings(
        api_key=api_key, api_url=api_url.rstrip("/"), domain=domain, request_timeout=timeout, user=user
    )


def lifetime(seconds: float | None) -> int:
    """A sandbox lifetime in whole seconds, as the API takes it (rounded up, never 0)."""
    return DEFAULT_LIFETIME if seconds is None else max(math.ceil(seconds), 1)


def _time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        return parse_iso(value)
    return None


def sandbox_info(record: dict[str, Any], *, started_at: datetime | None = None) -> SandboxInfo:
    """A SandboxDetail or ListedSandbox (or a create answer, with the times we know) as ours."""
    if not isinstance(record, dict) or not isinstance(record.get("sandboxID"), str):
        raise ProviderError(NAME, f"malformed sandbox record: {record!r:.200}")
    try:
        started = _time(record.get("startedAt")) or started_at
        expires = _time(record.get("endAt"))
    except (ValueError, OverflowError) as exc:
        raise ProviderError(NAME, f"malformed time in a sandbox record: {exc}") from exc
    if started is None:
        raise ProviderError(NAME, f"sandbox record without startedAt: {sorted(record)}")
    return SandboxInfo(
        id=record["sandboxID"],
        provider=NAME,
        template=record.get("alias") or record.get("templateID"),
        status=_STATES.get(str(record.get("state", "running")), SandboxStatus.ERROR),
        started_at=started,
        expires_at=expires,
        metadata=managed.unmarked(record.get("metadata") or {}),
        managed=managed.is_marked(record.get("metadata")),
        cpus=record.get("cpuCount"),
        memory_mb=record.get("memoryMB"),
    )


def metadata_query(wanted: dict[str, str]) -> str | None:
    """The list call's `metadata` parameter: `k=v&k2=v2` with each key and value percent-encoded,
    then the whole form-encoded (httpx encodes the parameter once more). The API decodes it three
    times: the query, the whole string, then each part (infra packages/api/internal/utils/
    sandboxes_list.go:201-225; E2B's SDK encodes so: sandbox_async/paginator.py:53-59)."""
    if not wanted:
        return None
    return urlencode({quote(k, safe=""): quote(v, safe="") for k, v in sorted(wanted.items())})


def envd_version(record: dict[str, Any]) -> tuple[int, ...] | None:
    """envd's version from a sandbox record (`envdVersion`: "0.6.10"), None when absent or odd."""
    found = re.fullmatch(r"v?(\d+)\.(\d+)\.(\d+).*", str(record.get("envdVersion") or ""))
    return tuple(int(n) for n in found.groups()) if found else None


def call_user(configured: str | None, version: tuple[int, ...] | None) -> str | None:
    """Who a call runs as when the request names nobody: the configured user, else the template's
    default (no user sent), except on an envd too old to have one."""
    if configured is None and version is not None and version < DEFAULT_USER_SINCE:
        return LEGACY_USER
    return configured


# A 429 saying this is the account's limit of sandboxes running at once, not a rate limit (infra
# packages/api/internal/orchestrator/create_instance.go:192-204): QuotaExceededError, not resent.
QUOTA_MESSAGES = ("maximum number of concurrent E2B sandboxes",)

# envd answers a filesystem error with 500 every time it is asked (ENOTDIR, EEXIST: Go's os errors
# other than "not exist" become `internal`, filesystem/utils.go:43-52, move.go:41-47): never resent.
# The edge's 502/503 (a sandbox on its way) still are.
ENVD_RETRY_STATUSES = RETRY_STATUSES - {500}


# Our note at the end of an error's message: " (HTTP 500 on POST /filesystem.Filesystem/Stat)".
_OUR_NOTE = re.compile(r" \((?:HTTP \d+|Connect \w+) on [^()]*\)$")
# What Go's os errors end with ("lstat /a/b: not a directory"): read there only, never in the
# path before it (a file may well be named "file exists").
_GO_ERRNO = re.compile(r": (not a directory|file exists|no such file or directory)$")


def _envd_said(error: ProviderError) -> tuple[str, str | None]:
    """envd's own message, and the os error it ends with (if any)."""
    said = _OUR_NOTE.sub("", error.message)
    errno = _GO_ERRNO.search(said)
    return said, errno.group(1) if errno else None


def filesystem_error(method: str, error: ProviderError) -> SandboxerError:
    """The error of a Filesystem RPC as the contract has it, from envd's answer (read by its
    message: envd gives `internal` to every os error but ENOENT; infra packages/envd/internal/
    services/filesystem/{stat,dir,move,remove}.go)."""
    said, errno = _envd_said(error)
    internal = error.code == "internal"
    if internal and errno == "not a directory" and method in ("Stat", "ListDir", "Remove"):
        # ENOTDIR: a path under a regular file does not exist
        return NotFoundError(
            NAME, f"{method}: no such file or directory ({said})", error.status_code, error.code
        )
    if method == "MakeDir" and (
        said.startswith("path already exists but it is not a directory: ")
        or (internal and errno == "not a directory")
    ):
        # a file where the directory would be (400), or above it (500: stat's ENOTDIR)
        return ConflictError(NAME, f"make_dir: a file is in the way ({said})", error.status_code, error.code)
    if (
        method == "Move"
        and internal
        and (errno in ("file exists", "not a directory") or said.startswith("path is a file: "))
    ):
        # os.Rename refuses an existing directory as the destination (EEXIST), a directory onto a
        # file (ENOTDIR); a file above the destination stops its parents being made
        return ConflictError(
            NAME, f"rename: the destination is in the way ({said})", error.status_code, error.code
        )
    if error.code == "invalid_argument":  # a file where a directory is needed, and the like
        return InvalidRequestError(f"{method}: {said}")
    return error


def download_error(error: ProviderError) -> SandboxerError:
    """GET /files's error as ours (infra packages/envd/internal/api/download.go:82-105): 400 is a
    directory, 500 "not a directory" a path under a regular file (os.Stat's ENOTDIR)."""
    if error.status_code == 400:
        return InvalidRequestError(f"read: {error.message}")
    if error.status_code == 500 and _envd_said(error)[1] == "not a directory":
        return NotFoundError(NAME, f"read: no such file or directory ({error.message})", 500, error.code)
    return error


# How long after a command's timeout envd's own deadline ends the call, should our watchdog not
# have ended the command by then (its TERM, then KILL after 2 s, come at the timeout).
TIMEOUT_BACKSTOP = 15.0


def script_command(script: str, *args: str) -> str:
    """One of our shell scripts as a command line for bash, its arguments as data."""
    return shlex.join(sh(script, *args))


def watched(cmd: str, timeout: float) -> str:
    """The command line under our timeout watchdog, the command itself still run by bash."""
    return script_command(RUN_WITH_TIMEOUT, f"{timeout:.3f}", "exec /bin/bash -c " + shlex.quote(cmd))


def basic_user(user: str | None) -> dict[str, str]:
    """envd takes the user a process or file operation runs as in a Basic header without password
    (none: the template's default user)."""
    if user is None:
        return {}
    if ":" in user:
        raise InvalidRequestError(f"invalid user name {user!r}")
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:".encode()).decode("ascii")}


def process_config(
    cmd: str | None, env: dict[str, str], cwd: str | None, *, terminal: bool = False
) -> dict[str, Any]:
    """A ProcessConfig: bash runs the command line, as E2B's SDKs do (a login shell, for PATH)."""
    if terminal:
        args = ["-i", "-l"] if cmd is None else ["-i", "-l", "-c", cmd]
    else:
        args = ["-l", "-c", cmd or ""]
    config: dict[str, Any] = {"cmd": SHELL, "args": args}
    if env:
        config["envs"] = dict(env)
    if cwd is not None:
        config["cwd"] = cwd
    return config


def selector(pid: int) -> dict[str, Any]:
    return {"process": {"pid": pid}}


def check_pid(pid: object) -> int:
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        raise InvalidRequestError(f"invalid pid {pid!r}")
    return pid


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def command_line(info: dict[str, Any]) -> str:
    """What a listed process runs: the command line given to bash -c, else the whole argv."""
    config = info.get("config") or {}
    args = [str(a) for a in config.get("args") or []]
    if len(args) >= 2 and args[-2] == "-c" and config.get("cmd") == SHELL:
        return args[-1]
    return shlex.join([str(config.get("cmd", "")), *args])


def file_info(entry: dict[str, Any]) -> FileInfo:
    """An envd EntryInfo (proto3 JSON: zero values left out, int64 as a string)."""
    path = str(entry.get("path") or "")
    mode = entry.get("mode")
    return FileInfo(
        name=str(entry.get("name") or posixpath.basename(path) or "/"),
        path=path,
        is_dir=entry.get("type") == "FILE_TYPE_DIRECTORY",
        size=int(entry.get("size") or 0),
        mode=None if mode is None else int(mode) & 0o7777,
        modified_at=_time(entry.get("modifiedTime")),
    )


def watch_event(event: dict[str, Any], root: str) -> WatchEvent | None:
    """A WatchDir filesystem event as ours; None for kinds we do not report."""
    kind = _WATCH_EVENTS.get(str(event.get("type")))
    name = event.get("name")
    if kind is None or not isinstance(name, str):
        return None
    return WatchEvent(path=posixpath.join(root, name), event_type=kind)


def exit_status(end: dict[str, Any]) -> tuple[int, str | None]:
    """(exit code, error) from an EndEvent; a signal ends with 128 + its number, as shells report."""
    status = str(end.get("status") or "")
    if end.get("exited"):
        return int(end.get("exitCode") or 0), None
    if status.startswith("signal: "):
        number = _SIGNAL_WORDS.get(status[len("signal: ") :])
        return (128 + int(number), killed_by(int(number))) if number is not None else (-1, status)
    return int(end.get("exitCode") or -1), status or str(end.get("error") or "ended abnormally")


_INT32 = re.compile(r"-?[0-9]{1,10}")


def _int32_text(value: Any) -> bool:
    return isinstance(value, str) and bool(_INT32.fullmatch(value)) and -(2**31) <= int(value) < 2**31


def _object(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(f"{value!r:.100} is not an object")
    return value


_STREAM_NUMBERS = {"stdout": 1, "stderr": 2}
_STREAM_NAMES = {1: "stdout", 2: "stderr"}


class ProcessOutput:
    """A process's events, folded: pid, decoded output (handed out as it comes), exit status.
    With `watch_marker`, the end of stderr is held back to find our timeout watchdog's marker
    (shell_scripts.RUN_WITH_TIMEOUT): `timed_out` then says it fired, and the marker is no output."""

    def __init__(self, *, watch_marker: bool = False) -> None:
        self._collector = OutputCollector(watch_marker=watch_marker)  # decodes as shell outputs are
        self.pid: int | None = None
        self.end: dict[str, Any] | None = None

    def _taken(self) -> list[tuple[str, Any]]:
        return [(_STREAM_NAMES[n], text) for n, text in self._collector.take()]

    def feed(self, message: dict[str, Any]) -> list[tuple[str, Any]]:
        """Take one stream message: the ("stdout"|"stderr", text) and ("pty", bytes) to deliver.
        A message of the wrong shape raises TypeError/ValueError (never output silently dropped,
        nor an exit status guessed)."""
        event = message.get("event") or {}
        if not isinstance(event, dict):
            raise TypeError(f"an event that is not an object: {event!r:.100}")
        out: list[tuple[str, Any]] = []
        if "start" in event:
            self.pid = int((_object(event["start"])).get("pid") or 0)
        elif "data" in event:
            for stream, encoded in _object(event["data"]).items():
                data = base64.b64decode(encoded or "", validate=True)  # lenient base64 drops bytes
                if stream == "pty":
                    out.append(("pty", data))
                elif stream in _STREAM_NUMBERS:
                    self._collector.feed(_STREAM_NUMBERS[stream], data)
            out += self._taken()
        elif "end" in event:
            end = _object(event["end"])
            code = end.get("exitCode")
            # An int32: a JSON number, or (protobuf's JSON) a string of digits.
            if not (code is None or type(code) is int or _int32_text(code)):
                raise TypeError(f"exitCode {code!r:.50}")
            self.end = end
        return out

    def flush(self) -> Iterator[tuple[str, str]]:
        self._collector.finish()
        yield from self._taken()

    @property
    def timed_out(self) -> bool:
        """Whether our timeout watchdog ended the command (known once the output is flushed)."""
        return self._collector.timed_out

    def result(self, duration_ms: int, error: str | None = None) -> CommandResult:
        stdout, stderr = self._collector.finish()  # what came so far, whole
        code, ended_by = exit_status(self.end or {})
        return CommandResult(
            stdout=stdout,
            stderr=stderr,
            exit_code=code,
            duration_ms=duration_ms,
            error=error or ended_by,
        )
