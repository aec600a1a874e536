"""Blaxel's shapes mapped onto ours, without I/O: config, sandbox records, files, process logs.

The async adapter (`_async/blaxel.py`) and its generated sync twin share everything here.
"""

from __future__ import annotations

import json
import math
import os
import posixpath
import re
import secrets
import shlex
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs

from ..config import ProviderConfig
from ..errors import (
    BadConfigError,
    ConnectionFailedError,
    InvalidRequestError,
    NotFoundError,
    ProviderError,
    SandboxerTimeoutError,
)
from ..types import FileInfo, SandboxInfo, SandboxStatus, WatchEvent, WatchEventType
from . import managed
from .timestamps import parse_iso

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
    "TERMINATING": SandboxStatus.STOPPED,  # seen live while a deletion runs (py sandbox.py:71-77)
}
# States a sandbox being created will not leave for DEPLOYED: create's wait stops on them.
NEVER_DEPLOYED = frozenset({"FAILED", "TERMINATED", "TERMINATING", "DELETING", "DEACTIVATED", "DEACTIVATING"})
DEFAULT_MEMORY_MB = 4096  # what the SDK sends when none is asked for (py sandbox.py:384)
PREVIEW_TOKEN_SECONDS = 24 * 3600  # how long a private preview's token lasts
RUN_URL = "https://run.blaxel.ai"  # a sandbox's URL when its record has none (py action.py:18-27)


@attrs.frozen
class BlaxelSettings:
    api_key: str = attrs.field(repr=False)
    api_url: str
    workspace: str
    region: str | None
    request_timeout: float
    deploy_timeout: float
    public_previews: bool


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
        public_previews=config.flag_extra("public_previews", True),
    )


def new_name() -> str:
    """A sandbox name (our id): lowercase letters, digits and hyphens, at most 49 characters."""
    return f"sandboxer-{secrets.token_hex(6)}"


def memory_for(cpus: float | None, memory_mb: int | None) -> int:
    """Blaxel sizes by memory only (CPUs follow from it): enough memory for the CPUs asked for;
    the SDK's default when nothing is asked for (the API's own is undocumented)."""
    wanted = [m for m in (memory_mb, None if cpus is None else math.ceil(cpus) * MB_PER_CPU) if m is not None]
    return max(wanted) if wanted else DEFAULT_MEMORY_MB


def sandbox_url(record: dict[str, Any], workspace: str) -> str:
    """Where a sandbox's API answers: its metadata.url, else the run URL by name (as the SDKs do:
    py action.py:18-27, ts action.ts:109-111)."""
    metadata = record.get("metadata") or {}
    url = str(metadata.get("url") or "").rstrip("/")
    return url or f"{RUN_URL}/{workspace}/sandboxes/{metadata['name']}"


def outcome_unknown(exc: ProviderError) -> bool:
    """Whether a failed request may still have done its work: no answer came (a timeout, a dropped
    connection) or the edge answered in the server's stead (502/503/504)."""
    return isinstance(exc, SandboxerTimeoutError | ConnectionFailedError) or exc.status_code in (
        502,
        503,
        504,
    )


def in_seconds(seconds: float) -> str:
    """The UTC time `seconds` from now, as the API writes times."""
    return (datetime.now(UTC) + timedelta(seconds=math.ceil(seconds))).strftime("%Y-%m-%dT%H:%M:%SZ")


def expiry(seconds: float) -> dict[str, Any]:
    """A lifecycle that deletes the sandbox `seconds` from now (timeout_seconds, set_timeout)."""
    return {"expirationPolicies": [{"type": "date", "value": in_seconds(seconds), "action": "delete"}]}


def _time(value: Any) -> datetime | None:
    if isinstance(value, str) and value:
        try:
            return parse_iso(value)
        except (ValueError, OverflowError):
            return None
    return None


def _status(record: dict[str, Any]) -> SandboxStatus:
    status = _STATUSES.get(str(record.get("status")), SandboxStatus.ERROR)
    # A deployed sandbox's `state` is RUNNING or STANDBY (control plane spec, Sandbox.state): in
    # standby it is paused (memory and processes kept) until a request wakes it.
    if status is SandboxStatus.RUNNING and record.get("state") == "STANDBY":
        return SandboxStatus.PAUSED
    return status


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
        status=_status(record),
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


def check_path(path: object) -> str:
    """A path as given (absolute, or relative to the sandbox's working directory)."""
    if not isinstance(path, str) or not path or "\x00" in path:
        raise InvalidRequestError(f"invalid path {path!r}: a non-empty string without NUL is required")
    return path


def absolute(path: str, workdir: str) -> str:
    """`path` (checked) made absolute against `workdir`, the directory a command starts in."""
    return check_absolute(path if path.startswith("/") else posixpath.join(workdir, path))


# Go's os.FileMode as the listing prints it, `fmt.Sprintf("%o", info.Mode())` of os.Lstat (blaxel-ai/
# sandbox sandbox-api/src/handler/filesystem/filesystem.go:391-400): the permission bits, with Go's own
# bits for the type (a symlink is "1000000777") and for setuid/setgid/sticky (os/types.go).
GO_SYMLINK = 1 << 27
_GO_SPECIAL = ((1 << 23, 0o4000), (1 << 22, 0o2000), (1 << 20, 0o1000))


def _mode(text: str) -> int | None:
    """Permissions as octal digits (Go's FileMode: "644", "40000755"; a Unix "4755" too) or as
    `ls` shows them ("-rw-r--r--")."""
    if re.fullmatch(r"[0-7]+", text):
        value = int(text, 8)
        bits = value & 0o7777
        for go, unix in _GO_SPECIAL:
            bits |= unix if value & go else 0
        return bits
    if len(text) == 10:
        bits = 0
        for char, bit in zip(text[1:], (0o400, 0o200, 0o100, 0o40, 0o20, 0o10, 0o4, 0o2, 0o1), strict=True):
            bits |= bit if char != "-" else 0
        return bits
    return None


def is_symlink(entry: Any) -> bool:
    """Whether a listing's file entry is a symbolic link (its own Lstat data, not its target's)."""
    text = str(entry.get("permissions") or "") if isinstance(entry, dict) else ""
    return bool(re.fullmatch(r"[0-7]+", text)) and bool(int(text, 8) & GO_SYMLINK)


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


# The streamed exec: POST /process with this Accept answers NDJSON events {type, data}
# (srv handler/process.go:277-281, 339-475).
EXEC_HEADERS = {"Accept": "text/event-stream"}
EXEC_STREAM = "application/x-ndjson"  # what it answers with (not SSE, handler/process.go:384)
OUTPUT_EVENTS = {"stdout": 1, "stderr": 2}
# What the API writes into an exec stream's stdout events beside the output: a log keepalive every
# 30 s, a notice before it kills, one when the stream fell behind (srv handler/process/process.go:
# 1149, 1309; streamwriter.go:12-16).
_NOTICES = frozenset({
    "[keepalive]\n", "\n[Process is being forcefully killed]\n", "[output truncated: the stream fell behind]\n"
})  # fmt: skip
# Where the API answers with the tail of a stream, not the whole of it (srv handler/process/logbuffer.go:72)
TRUNCATION = "[... truncated, see the process log file for the full output ...]\n"


def exec_event(line: bytes) -> tuple[str, str] | None:
    """One NDJSON line of the streamed exec as (type, data); None for a blank line."""
    if not line.strip():
        return None
    try:
        event = json.loads(line)
    except ValueError:
        raise ProviderError(NAME, f"malformed exec event: {line[:200]!r}") from None
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        raise ProviderError(NAME, f"malformed exec event: {line[:200]!r}")
    data = event.get("data")
    return event["type"], data if isinstance(data, str) else ""


def is_notice(data: str) -> bool:
    """Whether an output event is one of the API's own writes, not the command's."""
    return data in _NOTICES


def result_record(data: str) -> dict[str, Any]:
    """The process record a "result" event carries, as a JSON string."""
    try:
        record = json.loads(data)
    except ValueError:
        record = None
    if not isinstance(record, dict):
        raise ProviderError(NAME, f"malformed exec result: {data[:200]!r}")
    return record


def truncated(text: str) -> bool:
    return text.startswith(TRUNCATION)


KILLED, STOPPED = 128 + 9, 128 + 15


def exit_status(record: dict[str, Any]) -> tuple[int, str | None]:
    """(exit code, error) of a process record. The API kills with SIGKILL to the process group and
    stops with SIGTERM (process.go:1101, 1172); either way Go reports -1, the signal nowhere (403-415):
    "killed" is 137 and "stopped" 143, as a shell says (the error then comes from exit_status.py).
    Any other -1 is a signal we cannot name; a status still "running" is said in the error."""
    status, code = record.get("status"), record.get("exitCode")
    code = code if isinstance(code, int) and not isinstance(code, bool) else -1
    if status == "killed":
        return KILLED, None
    if status == "stopped":
        return (STOPPED if code in (-1, 0) else code), None
    if status in ("completed", "failed"):
        return code, ("ended by a signal (Blaxel does not say which)" if code == -1 else None)
    return code, str(status)


def strip_kill_notice(stdout: str) -> str:
    """A record's stdout without the notice the API adds to its in-memory copy when it kills
    (process.go:1149-1158; the copy is served when the log file cannot be read)."""
    notice = "\n[Process is being forcefully killed]\n"
    return stdout[: -len(notice)] if stdout.endswith(notice) else stdout


def pid_of(record: dict[str, Any]) -> int:
    try:
        return int(record.get("pid") or 0)
    except (TypeError, ValueError):
        raise ProviderError(NAME, f"malformed process pid in {record!r:.200}") from None


# --- terminals ------------------------------------------------------------------------------------
# The sandbox API's WebSocket terminal, GET /terminal/ws?cols&rows&shell&workingDir&sessionId (srv
# api/router.go:179-189; not in the published spec): JSON text frames {type, data, cols, rows}
# both ways (srv handler/terminal.go:50-56), "input" and "resize" in, "output" and "error" out.
# The session outlives the connection (srv handler/terminal/session_manager.go:35-37): nothing
# lists or ends sessions over HTTP, so the shell runs from a launcher of ours that keeps its pid.

PTY_ROWS, PTY_COLS = 24, 80  # the server's sizes when none is given (srv handler/terminal.go:151-152)
PTY_DIR = "/tmp"
# What the launcher prints first (an SGR reset: nothing to see, what the server itself puts before a
# replay, srv handler/terminal/session_manager.go:24-26): the sign the shell started
PTY_STARTED = "\x1b[0m"
# findShell (srv handler/terminal/terminal.go:31-49): $SHELL, else the first shell there is
_DEFAULT_SHELL = 'for s in "$SHELL" /bin/zsh /bin/bash /bin/sh /bin/ash; do [ -x "$s" ] && exec "$s"; done'


def new_pty_session() -> str:
    """A terminal's session id: unique (new_process_name), as another client's session by the same
    id would be joined (srv handler/terminal/session_manager.go:300-303). It names its files too."""
    return new_process_name()


def pty_launcher_path(session: str) -> str:
    return f"{PTY_DIR}/{session}.sh"


def pty_pid_path(session: str) -> str:
    return f"{PTY_DIR}/{session}.pid"


def pty_launcher(session: str, command: str | None, env: dict[str, str], user: str | None) -> str:
    """The program the server starts in the PTY (its `shell`, run with no arguments: srv
    handler/terminal/terminal.go:57): keeps its pid (the session's leader, what kill_pty kills),
    removes itself, says it started, then becomes the shell or the command asked for (the session
    ends with it). The server passes no env of its own (srv handler/terminal.go:185): exported here."""
    inner = command if command is not None else _DEFAULT_SHELL
    line = as_user(inner, user) if user is not None else shlex.join(["/bin/sh", "-c", inner])
    exports = "".join(f"export {shlex.quote(f'{key}={value}')}\n" for key, value in env.items())
    return (
        "#!/bin/sh\n"
        f"echo $$ > {pty_pid_path(session)}\n"
        'rm -f -- "$0"\n'
        "printf '\\033[0m'\n"
        f"{exports}exec {line}\n"
    )


def pty_kill_line(session: str) -> str:
    """SIGKILL to the launcher's pid, the session's leader: the server then closes the session and
    kills every process in it (srv handler/terminal/session_manager.go:82-96, terminal.go:188-214)."""
    pid_file = pty_pid_path(session)
    return f'kill -KILL "$(cat {pid_file})"; rm -f {pid_file} {pty_launcher_path(session)}'


def terminal_query(session: str, rows: int, cols: int, cwd: str | None, token: str) -> dict[str, Any]:
    """The WebSocket's query. The token also travels as `token`, as Blaxel's own clients of this
    route send it (bl connect: toolkit cli/connect/terminal.go:89-92; the server's page,
    srv handler/terminal/frontend.go:118-123); the server itself checks none (the edge does)."""
    query: dict[str, Any] = {
        "cols": cols,
        "rows": rows,
        "shell": pty_launcher_path(session),
        "sessionId": session,
        "token": token,
    }
    if cwd is not None:
        query["workingDir"] = cwd  # cmd.Dir (srv handler/terminal/terminal.go:59-61)
    return query


def input_frame(data: bytes | str) -> str:
    """An "input" frame: its data is a JSON string the server writes to the PTY as UTF-8
    (srv handler/terminal.go:297-307), so bytes that are no UTF-8 cannot be carried."""
    if isinstance(data, bytes | bytearray | memoryview):
        try:
            data = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidRequestError(
                "send_pty_input: Blaxel's terminal carries text (JSON strings): these bytes are no UTF-8"
            ) from exc
    elif not isinstance(data, str):
        raise InvalidRequestError(f"send_pty_input takes bytes or str, not {type(data).__name__}")
    return json.dumps({"type": "input", "data": data})


def resize_frame(rows: int, cols: int) -> str:
    return json.dumps({"type": "resize", "cols": cols, "rows": rows})


def terminal_frame(message: bytes | str) -> tuple[str, str]:
    """(type, data) of a frame the server sent (gorilla's WriteJSON: one JSON object per message)."""
    try:
        frame = json.loads(message)
    except ValueError:
        frame = None
    if not isinstance(frame, dict) or not isinstance(frame.get("type"), str):
        raise ProviderError(NAME, f"malformed terminal frame: {message!r:.200}")
    data = frame.get("data")
    return frame["type"], data if isinstance(data, str) else ""


def terminal_error(message: str) -> ProviderError:
    """The "error" frame: the session could not be started (srv handler/terminal.go:185-193), its
    text Go's exec error, e.g. "fork/exec /tmp/x.sh: no such file or directory" for a missing
    working directory (the child's chdir fails) or program."""
    text = f"the terminal could not be started: {message}"
    if "no such file or directory" in message:
        return NotFoundError(NAME, text)
    return ProviderError(NAME, text)
