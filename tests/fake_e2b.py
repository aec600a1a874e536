"""An in-process fake of E2B (control plane and envd) as an httpx transport, for composing cassettes.

The E2B adapter's tests run against it once in record mode; the recorded traffic is committed and
validated against specs/e2b/. So answers follow those specs and the facts recorded from the live
service (issue 4), and are deterministic: ids, tokens and pids come from counters, and every time
is 2026-10-01T12:00:00Z plus a logical clock that advances one second per request.

Commands are scripted, not run: `commands` maps the `bash -l -c CMD` string to a list of steps
(or to a callable `(env, cwd, user) -> steps`):
    ("stdout", str) ("stderr", str) ("stdout_bytes", bytes) ("sleep", seconds) ("exit", code)
    ("echo_stdin",)  echo stdin chunks to stdout until CloseStdin     ("hang",)  run until killed
    ("effect", fn)   fn(filesystem, cwd) does what the command does to the files; returns more steps
"""

from __future__ import annotations

import asyncio
import base64
import functools
import gzip
import json
import posixpath
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote_to_bytes

import httpx

from sandboxer._transport.connect import FLAG_END_STREAM, envelope
from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.shell_scripts import TIMEOUT_MARKER

BASE_TIME = datetime(2026, 10, 1, 12, 0, 0, tzinfo=UTC)
ENVD_PORT = 49983
ENVD_VERSION = "0.6.10"
TEMPLATE_USER = "user"  # the default user of this fake's templates
STEPS = {"stdout", "stderr", "stdout_bytes", "sleep", "exit", "echo_stdin", "hang", "effect", "kill_tree",
         "watchdog", "ignores_term"}  # fmt: skip
# https://connectrpc.com/docs/protocol#error-codes (HTTP status of each Connect code)
CONNECT_STATUS = {
    "canceled": 499, "unknown": 500, "invalid_argument": 400, "deadline_exceeded": 504,
    "not_found": 404, "already_exists": 409, "permission_denied": 403, "resource_exhausted": 429,
    "failed_precondition": 400, "aborted": 409, "out_of_range": 400, "unimplemented": 501,
    "internal": 500, "unavailable": 503, "data_loss": 500, "unauthenticated": 401,
}  # fmt: skip


def iso(seconds: int) -> str:
    return (BASE_TIME + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def response(status: int, data: bytes = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    """Unread, like a network answer (`content=` would be read already: `aiter_raw` would fail)."""
    headers = {**(headers or {}), **({"Content-Length": str(len(data))} if data or status != 204 else {})}
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(data))


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    data = json.dumps(body, separators=(",", ":")).encode()
    return response(status, data, {"Content-Type": "application/json", **(headers or {})})


class ApiError(Exception):
    """A REST error: `{"code": <HTTP status>, "message"}` (control plane and envd /files)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message

    def response(self) -> httpx.Response:
        return json_response(self.status, {"code": self.status, "message": self.message})


class ConnectError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class Clock:
    def __init__(self) -> None:
        self.now = 0


# --- the streamed body of a Connect server stream -------------------------------------------------


class EventStream(httpx.AsyncByteStream):
    """One envelope per chunk, as events are put; ends with the end-of-stream envelope."""

    def __init__(self, first: list[dict], keepalive: dict, headers: httpx.Headers) -> None:
        self.queue: asyncio.Queue = asyncio.Queue()
        self.first, self.keepalive = first, keepalive
        loop = asyncio.get_running_loop()
        timeout_ms = headers.get("connect-timeout-ms")
        self.deadline = loop.time() + int(timeout_ms) / 1000 if timeout_ms else None
        ping = headers.get("keepalive-ping-interval")
        self.ping = float(ping) if ping else None
        self.on_close: list[Callable[[], None]] = []
        self.on_deadline: list[Callable[[], None]] = []
        self.closed = False

    def put(self, message: dict) -> None:
        if not self.closed:
            self.queue.put_nowait(message)

    def end(self, error: dict | None = None) -> None:
        if not self.closed:
            self.queue.put_nowait(("end", error))

    async def __aiter__(self):
        loop = asyncio.get_running_loop()
        try:
            for message in self.first:
                yield envelope(message)
            while True:
                left = None if self.deadline is None else self.deadline - loop.time()
                by_deadline = left is not None and (self.ping is None or left <= self.ping)
                try:
                    item = await asyncio.wait_for(self.queue.get(), max(0, left) if by_deadline else self.ping)
                except TimeoutError:
                    if by_deadline:
                        # The call's deadline: the stream ends with deadline_exceeded and no end
                        # event, and envd kills the process (SIGKILL), whose context has the same
                        # deadline (process/start.go:39-44, 124-127, 219; handler.go:203).
                        self.close()
                        for callback in self.on_deadline:
                            callback()
                        error = {"code": "deadline_exceeded", "message": "context deadline exceeded"}
                        yield envelope({"error": error}, FLAG_END_STREAM)
                        return
                    yield envelope(self.keepalive)  # silent for a ping interval
                    continue
                if isinstance(item, tuple):
                    yield envelope({"error": item[1]} if item[1] else {}, FLAG_END_STREAM)
                    return
                yield envelope(item)
        finally:
            self.close()

    async def aclose(self) -> None:  # the client closed the answer
        self.close()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            for callback in self.on_close:
                callback()


def stream_response(stream: EventStream | None = None, error: ConnectError | None = None) -> httpx.Response:
    """Connect streams answer 200 even for an error found at once: it is the end-of-stream message."""
    if error is not None:
        body = envelope({"error": error.as_dict()}, FLAG_END_STREAM)
        return response(200, body, {"Content-Type": "application/connect+json"})
    return httpx.Response(200, headers={"Content-Type": "application/connect+json"}, stream=stream)


# --- the sandbox filesystem -----------------------------------------------------------------------
#
# envd serves the filesystem with Go's os package; what it answers is what os says of a path
# (infra @54693ff3, packages/envd/internal/services/filesystem/). Go counts only ENOENT as "not
# exist" (syscall_unix.go Errno.Is): ENOTDIR (a path under a regular file) and EEXIST come back as
# `internal`, with the os error's text. Symlinks are modelled as the last part of a path only (a
# link above a path is not).

_OS_TEXT = {"ENOENT": "no such file or directory", "ENOTDIR": "not a directory", "EEXIST": "file exists",
            "ELOOP": "too many levels of symbolic links"}  # fmt: skip


class OsError(Exception):
    """A Go *PathError / *LinkError, printed as Go prints it: "<op> <path(s)>: <text>"."""

    def __init__(self, op: str, where: str, errno: str) -> None:
        super().__init__(f"{op} {where}: {_OS_TEXT[errno]}")
        self.errno = errno


@dataclass
class Entry:
    is_dir: bool
    owner: str
    mtime: int
    data: bytes = b""
    mode: int = 0o644
    link: str | None = None  # a symlink: the text it points to


@dataclass
class Watcher:
    path: str
    recursive: bool
    include_entry: bool
    sink: Callable[[dict], None]  # gets each FilesystemEvent


class FileSystem:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.entries = {
            p: Entry(True, "user" if p == "/home/user" else "root", clock.now, mode=0o755)
            for p in ("/", "/home", "/home/user", "/root", "/tmp")
        }
        self.watchers: list[Watcher] = []

    # the os calls, with Go's errors

    def lstat(self, path: str, op: str = "lstat") -> Entry:
        """os.Lstat: every directory above must be one (else ENOTDIR), the path itself must be there."""
        parts = [p for p in path.split("/") if p]
        for depth in range(len(parts)):
            above = "/" + "/".join(parts[:depth])
            entry = self.entries.get(above)
            if entry is None:
                raise OsError(op, path, "ENOENT")
            if entry.link is not None:
                raise AssertionError(f"FakeE2B: a symlink above {path!r} is not modelled")
            if not entry.is_dir:
                raise OsError(op, path, "ENOTDIR")
        if path not in self.entries:
            raise OsError(op, path, "ENOENT")
        return self.entries[path]

    def follow(self, path: str, op: str = "stat") -> str:
        """Where a path leads once symlinks at its end are followed (filepath.EvalSymlinks)."""
        for _ in range(40):
            entry = self.lstat(path, op)
            if entry.link is None:
                return path
            path = posixpath.normpath(posixpath.join(posixpath.dirname(path), entry.link))
        raise OsError(op, path, "ELOOP")

    def stat(self, path: str, op: str = "stat") -> Entry:
        """os.Stat: the entry at the end of the links."""
        return self.entries[self.follow(path, op)]

    def ensure_dirs(self, path: str, owner: str) -> None:
        """permissions.EnsureDirs (envd permissions/path.go:68-98): mkdir -p, each new directory
        0755 and owned by the request's user; a file on the way is an error."""
        parts = [p for p in path.split("/") if p]
        for depth in range(1, len(parts) + 1):
            current = "/" + "/".join(parts[:depth])
            entry = self.entries.get(current)
            if entry is None:
                self._put(current, Entry(True, owner, self.clock.now, mode=0o755), "CREATE")
            elif not self.stat(current).is_dir:
                raise ConnectError("internal", f"path is a file: {current}")

    # what envd answers

    def info(self, path: str) -> dict:
        """EntryInfo in proto3 JSON (camelCase, enum names, int64 as a string, zero values left out).
        A symlink: type and mode of its target, the rest of the link itself, symlinkTarget the
        resolved path (its own when dangling) (shared/pkg/filesystem/entry.go:46-122)."""
        e = self.entries[path]
        kind, mode, target = e, e.mode, None
        if e.link is not None:
            try:
                target = self.follow(path)
                kind = self.entries[target]
                mode = kind.mode
            except OsError:
                target, kind, mode = path, None, 0
        bits = "".join(c if (0o777 if e.link else e.mode) >> (8 - i) & 1 else "-" for i, c in enumerate("rwxrwxrwx"))
        size = len(e.link.encode()) if e.link is not None else 4096 if e.is_dir else len(e.data)  # ext4: 4096
        info = {
            "name": posixpath.basename(path) or "/",
            "type": None if kind is None else "FILE_TYPE_DIRECTORY" if kind.is_dir else "FILE_TYPE_FILE",
            "path": path,
            "size": str(size),
            "mode": mode,  # envd sends the permission bits only
            "permissions": ("L" if e.link else "d" if e.is_dir else "-") + bits,
            "owner": e.owner,
            "group": e.owner,
            "modifiedTime": iso(e.mtime),
            "symlinkTarget": target,
        }
        return {k: v for k, v in info.items() if v not in ("", "0", 0, None)}

    def children(self, path: str) -> list[str]:
        return sorted(p for p in self.entries if p != "/" and posixpath.dirname(p) == path)

    def list_dir(self, path: str, depth: int, shown: str | None = None) -> list[dict]:
        """Entries under a directory (links listed, never descended), named under the path asked."""
        shown = shown or path
        out = []
        for child in self.children(path):
            named = posixpath.join(shown, posixpath.basename(child))
            out.append({**self.info(child), "path": named})
            entry = self.entries[child]
            if depth > 1 and entry.is_dir and entry.link is None:
                out += self.list_dir(child, depth - 1, named)
        return out

    def _notify(self, path: str, kind: str) -> None:
        for w in list(self.watchers):
            inside = path.startswith(w.path.rstrip("/") + "/")
            if inside and (w.recursive or posixpath.dirname(path) == w.path):
                event = {"name": posixpath.relpath(path, w.path), "type": f"EVENT_TYPE_{kind}"}
                if w.include_entry and path in self.entries:
                    event["entry"] = self.info(path)
                w.sink(event)

    def _put(self, path: str, entry: Entry, kind: str) -> None:
        self.entries[path] = entry
        self.entries[posixpath.dirname(path)].mtime = self.clock.now
        self._notify(path, kind)

    def write(self, path: str, data: bytes, owner: str) -> None:
        """A file written, through a link at its end (os.OpenFile O_TRUNC|O_CREATE follows it)."""
        if path in self.entries and self.entries[path].link is not None:
            path = self.follow(path)
        old = self.entries.get(path)
        if old is None:  # open(O_CREAT) then write: inotify reports both
            self._put(path, Entry(False, owner, self.clock.now), "CREATE")
        entry = self.entries[path]
        entry.data, entry.mtime = data, self.clock.now
        self._notify(path, "WRITE")

    def symlink(self, path: str, target: str, owner: str = "user") -> None:
        """ln -s target path (a command's doing: envd has no call for it)."""
        self.lstat(posixpath.dirname(path))
        if path in self.entries:
            raise OsError("symlink", f"{target} {path}", "EEXIST")
        self._put(path, Entry(False, owner, self.clock.now, mode=0o777, link=target), "CREATE")

    def make_dir(self, path: str, owner: str) -> None:
        """Filesystem/MakeDir (filesystem/dir.go:56-98): os.Stat first (it follows links)."""
        try:
            entry = self.stat(path)
        except OsError as err:
            if err.errno != "ENOENT":
                raise ConnectError("internal", f"error getting file info: {err}") from None
            self.ensure_dirs(path, owner)
            return
        if entry.is_dir:
            raise ConnectError("already_exists", f"directory already exists: {path}")
        raise ConnectError("invalid_argument", f"path already exists but it is not a directory: {path}")

    def move(self, source: str, destination: str, owner: str) -> None:
        """Filesystem/Move (filesystem/move.go:15-58): the destination's parents made first (left
        behind if the rename fails), then os.Rename, which refuses an existing directory as the
        destination, empty or not, before the kernel is asked (os/file_unix.go:26-53)."""
        self.ensure_dirs(posixpath.dirname(destination), owner)
        where = f"{source} {destination}"
        try:
            moved = self.lstat(source, "rename")
            target = self.entries.get(destination)
            if target is not None and target.is_dir and target.link is None and destination != source:
                raise OsError("rename", where, "EEXIST")
            if moved.is_dir and moved.link is None and target is not None:
                raise OsError("rename", where, "ENOTDIR")
        except OsError as err:
            if err.errno == "ENOENT":
                raise ConnectError("not_found", f"source file not found: rename {where}: {_OS_TEXT['ENOENT']}") from None
            raise ConnectError("internal", f"error renaming: rename {where}: {_OS_TEXT[err.errno]}") from None
        if destination == source:
            return
        if destination.startswith(source + "/"):
            raise ConnectError("internal", f"error renaming: rename {where}: invalid argument")
        if destination in self.entries:  # rename(2) replaces a file
            del self.entries[destination]
        for p in [p for p in self.entries if p == source or p.startswith(source + "/")]:
            self.entries[destination + p[len(source) :]] = self.entries.pop(p)
        self.entries[posixpath.dirname(source)].mtime = self.clock.now
        self._notify(source, "RENAME")  # fsnotify: IN_MOVED_FROM is Rename, IN_MOVED_TO is Create
        self._put(destination, self.entries[destination], "CREATE")

    def remove(self, path: str) -> None:
        """Filesystem/Remove (filesystem/remove.go:15-31): os.RemoveAll, which is content with a
        path that is not there; a path under a file fails in unlinkat (ENOTDIR)."""
        try:
            self.lstat(path)
        except OsError as err:
            if err.errno == "ENOENT":
                return
            raise ConnectError("internal", f"error removing file or directory: unlinkat {path}: {_OS_TEXT[err.errno]}") from None
        if path == "/":
            raise ConnectError("internal", "error removing file or directory: unlinkat /: device or resource busy")
        for p in [p for p in self.entries if p == path or p.startswith(path + "/")]:
            del self.entries[p]
        self.entries[posixpath.dirname(path)].mtime = self.clock.now
        self._notify(path, "REMOVE")


# --- processes ------------------------------------------------------------------------------------


class Process:
    def __init__(
        self, sandbox: Sandbox, pid: int, config: dict, tag: str, pty: bool, steps: list, cwd: str = "/"
    ) -> None:
        self.sandbox, self.pid, self.config, self.tag, self.pty = sandbox, pid, config, tag, pty
        self.cwd = cwd
        self.steps = steps
        self.size = None
        self.subscribers: set[EventStream] = set()
        self.input: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.task: asyncio.Task | None = None

    def info(self) -> dict:
        return {"config": self.config, "pid": self.pid, **({"tag": self.tag} if self.tag else {})}

    def emit(self, event: dict) -> None:
        for stream in list(self.subscribers):
            stream.put({"event": event})

    def output(self, kind: str, data: bytes) -> None:
        if data:  # a terminal merges stdout and stderr
            self.emit({"data": {"pty" if self.pty else kind: base64.b64encode(data).decode()}})

    async def run(self) -> None:
        code = await self._play(list(self.steps))
        # Proto3 JSON leaves zero values out: a clean exit has no exitCode (issue 4).
        status = f"exit status {code}"
        self.finish({"exited": True, "status": status} if code == 0 else
                    {"exitCode": code, "exited": True, "status": status, "error": status})  # fmt: skip

    async def _play(self, steps: list) -> int:
        """Play a command's steps; its exit code."""
        while steps:
            step = steps.pop(0)
            await self.sandbox.awake.wait()  # a paused sandbox's processes are frozen
            kind = step[0]
            if kind in ("stdout", "stderr"):
                self.output(kind, step[1].encode())
            elif kind == "stdout_bytes":
                self.output("stdout", step[1])
            elif kind == "sleep":
                await asyncio.sleep(step[1])
            elif kind == "exit":
                return step[1]
            elif kind == "echo_stdin":
                while (chunk := await self.input.get()) is not None:
                    self.output("stdout", chunk)
            elif kind == "shell":  # an interactive shell: reads lines (the terminal echoed them) until exit
                typed = b""
                while (chunk := await self.input.get()) is not None:
                    typed = (typed + chunk)[-16:]
                    if b"exit\r" in typed or b"exit\n" in typed:
                        break
            elif kind == "hang":
                await asyncio.Event().wait()
            elif kind == "effect":  # what the command does to the files; the steps that follow
                steps[:0] = step[1](self.sandbox.fs, self.cwd) or []
            elif kind == "kill_tree":  # our KILL_TREE script: the pid and all it started, 21 if none
                target = self.sandbox.processes.get(step[1])
                if target is None:
                    return 21
                target.kill("SIGNAL_SIGKILL")
            elif kind == "watchdog":  # our RUN_WITH_TIMEOUT around a command: ("watchdog", seconds, steps)
                try:
                    return await asyncio.wait_for(self._play(list(step[2])), step[1])
                except TimeoutError:
                    # At the deadline the watchdog TERMs the whole tree, KILLs it 2 s later (10 polls
                    # of 0.2 s) if it is still there, and ends stderr with its marker; the status is
                    # what ended the command (RUN_WITH_TIMEOUT in shell_scripts.py, checked live on
                    # local Docker by the contract suite).
                    stubborn = ("ignores_term",) in step[2]
                    if stubborn:
                        await asyncio.sleep(2.0)
                    self.output("stderr", TIMEOUT_MARKER)
                    return 137 if stubborn else 143
            elif kind == "ignores_term":  # a command that traps TERM: only KILL ends it
                continue
        return 0

    def type(self, data: bytes) -> None:
        if self.pty:  # the terminal echoes input at once, whatever the process does with it
            self.output("pty", data)
        self.input.put_nowait(data)

    def kill(self, signal: str) -> None:
        if self.task is not None:
            self.task.cancel()
        # Go's ProcessState.String() of a signalled process
        # (process/handler.go:569-590: ProcessState.ExitCode() -1, String() and the ExitError's text)
        status = "signal: terminated" if signal == "SIGNAL_SIGTERM" else "signal: killed"
        self.finish({"exitCode": -1, "status": status, "error": status})

    def finish(self, end: dict) -> None:
        self.sandbox.processes.pop(self.pid, None)  # envd forgets ended processes: List, Connect 404
        self.emit({"end": end})
        for stream in list(self.subscribers):
            stream.end()
        self.subscribers.clear()


@dataclass
class Sandbox:
    id: str
    seq: int
    template: str
    token: str
    started: int
    end: int
    metadata: dict[str, str]
    env_vars: dict[str, str]
    auto_pause: bool
    fs: FileSystem
    state: str = "running"
    processes: dict[int, Process] = field(default_factory=dict)
    next_pid: int = 1000
    streams: set[EventStream] = field(default_factory=set)
    polls: dict[str, tuple[Watcher, list]] = field(default_factory=dict)  # CreateWatcher's, by id
    awake: asyncio.Event = field(default_factory=asyncio.Event)
    # The template's working directory (its WORKDIR), where a command without cwd starts; None: the
    # user's home (envd execcontext/context.go:15-25, set by /init from the build: api/init.go:286-294).
    workdir: str | None = None

    def end_streams(self, message: str) -> None:
        for stream in list(self.streams):
            stream.end({"code": "unavailable", "message": message})


def sandbox_json(sb: Sandbox, *, detail: bool = False, listed: bool = False) -> dict:
    """Sandbox (create, connect, resume), SandboxDetail (get) or ListedSandbox (list)."""
    body: dict[str, Any] = {"templateID": sb.template}
    if not re.fullmatch(r"[a-z0-9]{20}", sb.template):  # a name, not a template id
        body["alias"] = sb.template
    body |= {"sandboxID": sb.id, "clientID": "fake"}
    if detail or listed:
        body |= {"startedAt": iso(sb.started), "endAt": iso(sb.end), "cpuCount": 2, "memoryMB": 512,
                 "diskSizeMB": 10240, "metadata": sb.metadata, "state": sb.state}  # fmt: skip
    body["envdVersion"] = ENVD_VERSION
    if not listed:
        body["envdAccessToken"] = sb.token
    return body


# --- the control plane (api.<domain>) -------------------------------------------------------------


def go_query_unescape(text: str) -> str:
    """Go's url.QueryUnescape: '+' is a space, a bad %-escape is an error (not kept as text)."""
    if re.search(r"%(?![0-9A-Fa-f]{2})", text):
        raise ApiError(400, "Error parsing metadata")
    return unquote_to_bytes(text.replace("+", " ")).decode("utf-8", "replace")


def metadata_filter(query: str) -> list[tuple[str, str]]:
    """The list call's `metadata` as the API reads it (httpx has decoded the query once, as Go's
    URL.Query() does): the whole string unescaped again, split on '&' and '=', each part unescaped
    once more (api/internal/utils/sandboxes_list.go:201-230; handlers/sandboxes_list.go:288-292)."""
    if not query:
        return []
    pairs = []
    for pair in go_query_unescape(query).split("&"):
        parts = pair.split("=")
        if len(parts) != 2:
            raise ApiError(400, "Error parsing metadata")
        pairs.append((go_query_unescape(parts[0]), go_query_unescape(parts[1])))
    return pairs


def _timeout(body: dict, default: int | None) -> int:
    value = body.get("timeout", default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ApiError(400, f"invalid timeout {value!r}")
    return value


class ControlPlane:
    ROUTES = [
        ("POST", r"/sandboxes", "create"),
        ("GET", r"/v2/sandboxes", "list_sandboxes"),
        ("GET", r"/sandboxes/([^/]+)", "get"),
        ("DELETE", r"/sandboxes/([^/]+)", "kill"),
        ("POST", r"/sandboxes/([^/]+)/(pause|resume|connect|timeout|refreshes)", None),
    ]

    def __init__(self, fake: FakeE2B) -> None:
        self.fake = fake
        self.created = 0

    def handle(self, request: httpx.Request, body: bytes) -> httpx.Response:
        if request.headers.get("x-api-key") != self.fake.api_key:
            return ApiError(401, "Invalid API key, please visit https://e2b.dev/docs to get your API key").response()
        for method, pattern, name in self.ROUTES:
            match = re.fullmatch(pattern, request.url.path)
            if match and method == request.method:
                args = match.groups()
                name = name or args[1]
                try:
                    payload = json.loads(body) if body else {}
                    if args:
                        sandbox = self.fake.sandboxes.get(args[0])
                        if sandbox is None:
                            raise ApiError(404, f'sandbox "{args[0]}" doesn\'t exist or you don\'t have access to it')
                        return getattr(self, name)(sandbox, payload)
                    return getattr(self, name)(payload, request.url.params)
                except ApiError as error:
                    return error.response()
                except ValueError:
                    return ApiError(400, "request body is not valid JSON").response()
        raise AssertionError(f"FakeE2B: no control plane route {request.method} {request.url.path}")

    def create(self, body: dict, _params: httpx.QueryParams) -> httpx.Response:
        template = body.get("templateID")
        if not isinstance(template, str) or not template:
            raise ApiError(400, "templateID is required")
        if template.startswith("missing"):  # the spec declares no 404 for POST /sandboxes
            raise ApiError(400, f"template '{template}' not found")
        self.created += 1
        now, n = self.fake.clock.now, self.created
        sandbox = Sandbox(
            id=f"ifake{n:015d}", seq=n, template=template, token=f"fake_envd_token_{n:06d}", started=now,
            end=now + _timeout(body, 15), metadata=dict(body.get("metadata") or {}),
            env_vars=dict(body.get("envVars") or {}), auto_pause=bool(body.get("autoPause")),
            fs=FileSystem(self.fake.clock),
        )  # fmt: skip
        sandbox.workdir = self.fake.template_workdirs.get(template)
        if sandbox.workdir:
            sandbox.fs.ensure_dirs(sandbox.workdir, TEMPLATE_USER)
        sandbox.awake.set()
        self.fake.sandboxes[sandbox.id] = sandbox
        return json_response(201, sandbox_json(sandbox))

    def list_sandboxes(self, _body: dict, params: httpx.QueryParams) -> httpx.Response:
        states = {s for value in params.get_list("state") for s in value.split(",") if s}
        if states - {"running", "paused"}:
            raise ApiError(400, f"invalid state {sorted(states)}")
        wanted = metadata_filter(params.get("metadata", ""))
        order = params.get("order", "desc")  # OrderDirection's default in the spec
        limit = params.get("limit", "100")
        if order not in ("asc", "desc") or not limit.isdigit() or not 1 <= int(limit) <= 100:
            raise ApiError(400, "invalid order or limit (1 to 100)")
        found = sorted(self.fake.sandboxes.values(), key=lambda s: s.seq, reverse=order == "desc")
        found = [
            s for s in found
            if (not states or s.state in states) and all(s.metadata.get(k) == v for k, v in wanted)
            and params.get("template") in (None, s.template)
        ]  # fmt: skip
        if "nextToken" in params:
            try:
                after = int(base64.urlsafe_b64decode(params["nextToken"]).decode().removeprefix("cursor:"))
            except ValueError:
                raise ApiError(400, "invalid nextToken") from None
            found = [s for s in found if (s.seq < after if order == "desc" else s.seq > after)]
        page = found[: min(int(limit), self.fake.page_size)]
        headers = {}
        if len(found) > len(page):
            headers["X-Next-Token"] = base64.urlsafe_b64encode(f"cursor:{page[-1].seq}".encode()).decode()
        return json_response(200, [sandbox_json(s, listed=True) for s in page], headers)

    def get(self, sb: Sandbox, _body: dict) -> httpx.Response:
        return json_response(200, sandbox_json(sb, detail=True))

    def kill(self, sb: Sandbox, _body: dict) -> httpx.Response:
        sb.end_streams("sandbox was killed")
        for process in list(sb.processes.values()):
            process.task and process.task.cancel()
        del self.fake.sandboxes[sb.id]
        return response(204)

    def pause(self, sb: Sandbox, _body: dict) -> httpx.Response:
        if sb.state == "paused":
            raise ApiError(409, f'sandbox "{sb.id}" is already paused')
        sb.state = "paused"
        sb.awake.clear()
        sb.end_streams("sandbox paused")  # issue 4: streams under a pause end with `unavailable`
        return response(204)

    def _wake(self, sb: Sandbox, timeout: int) -> httpx.Response:
        sb.state, sb.started, sb.end = "running", self.fake.clock.now, self.fake.clock.now + timeout
        sb.awake.set()
        return json_response(201, sandbox_json(sb))

    def resume(self, sb: Sandbox, body: dict) -> httpx.Response:  # deprecated by connect
        if sb.state == "running":
            raise ApiError(409, f'sandbox "{sb.id}" is already running')
        return self._wake(sb, _timeout(body, 15))

    def connect(self, sb: Sandbox, body: dict) -> httpx.Response:
        timeout = _timeout(body, None)
        if sb.state == "paused":
            return self._wake(sb, timeout)  # 201: resumed
        sb.end = max(sb.end, self.fake.clock.now + timeout)  # 200: running, the timeout only extends
        return json_response(200, sandbox_json(sb))

    def timeout(self, sb: Sandbox, body: dict) -> httpx.Response:
        sb.end = self.fake.clock.now + _timeout(body, None)
        return response(204)

    def refreshes(self, sb: Sandbox, body: dict) -> httpx.Response:
        duration = body.get("duration", 15)
        if not isinstance(duration, int) or not 0 <= duration <= 3600:
            raise ApiError(400, "duration must be between 0 and 3600")
        sb.end = max(sb.end, self.fake.clock.now + duration)
        return response(204)


# --- envd (49983-<sandboxID>.<domain>) ------------------------------------------------------------

STREAMS = {"process.Process/Start", "process.Process/Connect", "filesystem.Filesystem/WatchDir"}


def _multipart(body: bytes, content_type: str) -> list[tuple[str, str | None, bytes]]:
    """(name, filename, data) of each part; the CRLF before a delimiter belongs to the delimiter."""
    boundary = re.search(r'boundary="?([^";]+)"?', content_type)
    if not boundary:
        raise ApiError(400, "multipart body without a boundary")
    parts = []
    for chunk in body.split(b"--" + boundary.group(1).encode())[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, data = chunk.partition(b"\r\n\r\n")
        disposition = next((h.decode() for h in head.split(b"\r\n") if h.lower().startswith(b"content-disposition")), "")
        name, filename = re.search(r'\bname="([^"]*)"', disposition), re.search(r'filename="([^"]*)"', disposition)
        parts.append((name and name.group(1), filename and filename.group(1), data.removesuffix(b"\r\n")))
    return parts


def resolve_path(path: str, home: str) -> str:
    """envd resolves relative paths (and `~`) against the user's home."""
    path = home + path[1:] if path.startswith("~") else path
    return "/" + posixpath.normpath(posixpath.join(home, path)).lstrip("/")


class Envd:
    def __init__(self, fake: FakeE2B) -> None:
        self.fake = fake

    async def handle(self, sandbox_id: str, request: httpx.Request, body: bytes) -> httpx.Response:
        path = request.url.path
        rpc = path[1:] if re.fullmatch(r"/(process\.Process|filesystem\.Filesystem)/\w+", path) else None
        sb = self.fake.sandboxes.get(sandbox_id)
        if sb is None or sb.state != "running":
            # The edge proxy, for any request to a sandbox it cannot reach (paused without
            # auto-resume, or gone): shared/pkg/proxy/handler.go:51-67, template/sandbox_not_found.go:24-33.
            return json_response(502, {"sandboxId": sandbox_id, "message": "The sandbox was not found", "code": 502})
        if path == "/health" and request.method == "GET":
            return response(204)
        # /files takes its user from `username` only, RPCs from the Basic header; without one,
        # the template's default user (api/download.go:41, upload.go:263; permissions/authenticate.go:
        # 30-47): "user" for this fake's templates (finalize/builder.go:155-167).
        auth = request.headers.get("authorization", "")
        if path == "/files":
            user = request.url.params.get("username")
        elif auth.lower().startswith("basic "):
            user = base64.b64decode(auth[6:]).decode().partition(":")[0]
        else:
            user = None
        user = user or TEMPLATE_USER
        home = "/root" if user == "root" else f"/home/{user}"
        try:
            if request.headers.get("x-access-token") != sb.token:
                raise ConnectError("unauthenticated", "invalid access token")
            if user not in ("user", "root"):
                raise ConnectError("unauthenticated", f"user '{user}' not found")
            resolve = functools.partial(resolve_path, home=home)
            if rpc:
                return await self.rpc(sb, rpc, request, body, user, resolve)
            if path == "/files" and request.method in ("GET", "POST"):
                return self.files(sb, request, body, user, resolve)
        except ConnectError as error:
            if rpc:
                return json_response(CONNECT_STATUS[error.code], error.as_dict())
            return ApiError(CONNECT_STATUS[error.code], error.message).response()
        except ApiError as error:  # /files answers {"code", "message"} (api/error.go:9-21)
            return error.response()
        raise AssertionError(f"FakeE2B: no envd route {request.method} {path}")

    def files(self, sb: Sandbox, request: httpx.Request, body: bytes, user: str, resolve) -> httpx.Response:
        path = request.url.params.get("path")
        if request.method == "GET":  # api/download.go:82-105: os.Stat, following links
            where = resolve(path or "")
            try:
                entry = sb.fs.stat(where)
            except OsError as err:
                if err.errno == "ENOENT":
                    raise ApiError(404, f"path '{where}' does not exist") from None
                raise ApiError(500, f"error checking if path exists '{where}': {err}") from None
            if entry.is_dir:
                raise ApiError(400, f"path '{where}' is a directory")
            if "gzip" in request.headers.get("accept-encoding", ""):  # envd compresses when it may
                return response(
                    200, gzip.compress(entry.data, mtime=0),
                    {"Content-Type": "application/octet-stream", "Content-Encoding": "gzip"},
                )  # fmt: skip
            return response(200, entry.data, {"Content-Type": "application/octet-stream"})
        content_type = request.headers.get("content-type", "")
        if content_type.startswith("multipart/form-data"):
            uploads = [(path or fn, data) for name, fn, data in _multipart(body, content_type) if name == "file"]
        else:  # application/octet-stream: the body is the file, `path` is required
            uploads = [(path, body)]
        if not uploads or not all(p for p, _ in uploads):
            raise ConnectError("invalid_argument", "no file part, or no path for it")
        written = []
        for target, data in uploads:  # api/upload.go:54-105: parents made, a directory refused
            sb.fs.ensure_dirs(posixpath.dirname(resolve(target)), user)
            if resolve(target) in sb.fs.entries and sb.fs.stat(resolve(target)).is_dir:
                raise ApiError(400, f"path '{resolve(target)}' is a directory")
            sb.fs.write(resolve(target), data, user)
            written.append({"name": posixpath.basename(resolve(target)), "path": resolve(target), "type": "file"})
        return json_response(200, written)

    async def rpc(self, sb: Sandbox, name: str, request: httpx.Request, body: bytes, user: str, resolve):
        content_type = request.headers.get("content-type", "").split(";")[0]
        if name in STREAMS:
            assert content_type == "application/connect+json", f"FakeE2B: {name} is a stream: {content_type}"
            assert body[:1] == b"\x00" and int.from_bytes(body[1:5]) == len(body) - 5, "one envelope expected"
            try:
                return stream_response(self.open_stream(sb, name, json.loads(body[5:]), request, user, resolve))
            except ConnectError as error:
                return stream_response(error=error)
        assert content_type == "application/json", f"FakeE2B: unary {name} sent as {content_type!r}"
        msg = json.loads(body or b"{}")
        fs, path = sb.fs, resolve(msg.get("path", ""))
        match name:
            case "filesystem.Filesystem/Stat":  # filesystem/stat.go, utils.go:43-68: os.Lstat
                try:
                    fs.lstat(path)
                except OsError as err:
                    if err.errno == "ENOENT":
                        raise ConnectError("not_found", f"file not found: {err}") from None
                    raise ConnectError("internal", f"error getting file info: {err}") from None
                return json_response(200, {"entry": fs.info(path)})
            case "filesystem.Filesystem/ListDir":  # filesystem/dir.go:17-54, 100-131
                try:
                    real = fs.follow(path, "lstat")
                except OsError as err:
                    if err.errno == "ENOENT":
                        raise ConnectError("not_found", f"path not found: {err}") from None
                    raise ConnectError("internal", f"error resolving symlink: {err}") from None
                if not fs.entries[real].is_dir:
                    raise ConnectError("invalid_argument", f"path is not a directory: {real}")
                entries = fs.list_dir(real, int(msg.get("depth") or 1), shown=path)  # depth 0 lists children too
                return json_response(200, {"entries": entries} if entries else {})
            case "filesystem.Filesystem/MakeDir":
                fs.make_dir(path, user)
                return json_response(200, {"entry": fs.info(path)})
            case "filesystem.Filesystem/Move":
                destination = resolve(msg.get("destination", ""))
                fs.move(resolve(msg.get("source", "")), destination, user)
                return json_response(200, {"entry": fs.info(destination)})
            case "filesystem.Filesystem/Remove":
                fs.remove(path)
                return json_response(200, {})
            case "filesystem.Filesystem/CreateWatcher":
                watcher_id, events = f"watcher-{len(sb.polls) + 1}", []
                sb.polls[watcher_id] = (self.watch(sb, msg, resolve, events.append), events)
                return json_response(200, {"watcherId": watcher_id})
            case "filesystem.Filesystem/GetWatcherEvents" | "filesystem.Filesystem/RemoveWatcher":
                if msg.get("watcherId") not in sb.polls:
                    raise ConnectError("not_found", f"watcher '{msg.get('watcherId')}' not found")
                watcher, events = sb.polls[msg["watcherId"]]
                if name.endswith("RemoveWatcher"):
                    fs.watchers.remove(watcher)
                    del sb.polls[msg["watcherId"]]
                    return json_response(200, {})
                taken, events[:] = list(events), []
                return json_response(200, {"events": taken} if taken else {})
            case "process.Process/List":
                processes = [p.info() for _, p in sorted(sb.processes.items())]
                return json_response(200, {"processes": processes} if processes else {})
        process = self.select(sb, msg.get("process") or {})
        match name:
            case "process.Process/SendSignal":
                process.kill(msg.get("signal", "SIGNAL_SIGKILL"))
            case "process.Process/SendInput":
                data = (msg.get("input") or {}).get("pty" if process.pty else "stdin")
                if data:
                    process.type(base64.b64decode(data))
            case "process.Process/CloseStdin":
                process.input.put_nowait(None)
            case "process.Process/Update":
                process.size = (msg.get("pty") or {}).get("size")
            case _:
                raise AssertionError(f"FakeE2B: no envd RPC {name}")
        return json_response(200, {})

    def select(self, sb: Sandbox, selector: dict) -> Process:
        if "tag" in selector:
            found = [p for p in sb.processes.values() if p.tag == selector["tag"]]
            if not found:
                raise ConnectError("not_found", f"process with tag {selector['tag']} not found")
            return found[0]
        pid = int(selector.get("pid", 0))
        if pid not in sb.processes:
            raise ConnectError("not_found", f"process with pid {pid} not found")
        return sb.processes[pid]

    def watch(self, sb: Sandbox, msg: dict, resolve, sink) -> Watcher:
        path = resolve(msg.get("path", ""))
        try:
            directory = sb.fs.stat(path)
        except OsError as err:
            raise ConnectError("not_found" if err.errno == "ENOENT" else "internal", str(err)) from None
        if not directory.is_dir:
            raise ConnectError("invalid_argument", f"path {path} not a directory")
        watcher = Watcher(path, bool(msg.get("recursive")), bool(msg.get("includeEntry")), sink)
        sb.fs.watchers.append(watcher)
        return watcher

    def open_stream(self, sb: Sandbox, name: str, msg: dict, request, user: str, resolve) -> EventStream:
        if name == "filesystem.Filesystem/WatchDir":
            stream = EventStream([{"start": {}}], {"keepalive": {}}, request.headers)
            watcher = self.watch(sb, msg, resolve, lambda event: stream.put({"filesystem": event}))
            stream.on_close.append(lambda: sb.fs.watchers.remove(watcher))
        else:
            process = self.select(sb, msg.get("process") or {}) if name.endswith("Connect") else self.start(sb, msg, user, resolve)
            stream = EventStream([{"event": {"start": {"pid": process.pid}}}], {"event": {"keepalive": {}}}, request.headers)
            if name.endswith("Start"):
                stream.on_deadline.append(lambda: process.kill("SIGNAL_SIGKILL"))
            process.subscribers.add(stream)
            stream.on_close.append(lambda: process.subscribers.discard(stream))
            if process.task is None:  # subscribed before the first step runs: no output is lost
                process.task = asyncio.create_task(process.run())
        sb.streams.add(stream)
        stream.on_close.append(lambda: sb.streams.discard(stream))
        return stream

    def steps_of(self, command: str, env: dict, cwd: str, user: str) -> list:
        """What a command line does: scripted per line, or one of our own shell scripts read from
        its arguments (KILL_TREE; a command under the RUN_WITH_TIMEOUT watchdog)."""
        if command in self.fake.commands:
            steps = self.fake.commands[command]
            return list(steps(env, cwd, user) if callable(steps) else steps)
        argv = shlex.split(command)
        if argv[:3] == ["/bin/sh", "-c", scripts.KILL_TREE]:
            return [("kill_tree", int(argv[4])), ("exit", 0)]
        if argv[:3] == ["/bin/sh", "-c", scripts.RUN_WITH_TIMEOUT]:
            inner = shlex.split(argv[5])
            assert inner[:3] == ["exec", "/bin/bash", "-c"], inner
            return [("watchdog", float(argv[4]), self.steps_of(inner[3], env, cwd, user))]
        raise AssertionError(f"FakeE2B: no script for command {command!r}; add it to commands=")

    def start(self, sb: Sandbox, msg: dict, user: str, resolve) -> Process:
        config = msg.get("process") or {}
        args = list(config.get("args") or [])
        env = {**sb.env_vars, **(config.get("envs") or {})}
        cwd = resolve(config["cwd"]) if config.get("cwd") else sb.workdir or resolve("")
        pty = msg.get("pty") is not None
        if "-c" in args[:-1]:
            command = args[args.index("-c") + 1]
            steps = self.steps_of(command, env, cwd, user)
            for step in steps:
                assert step and step[0] in STEPS, f"FakeE2B: unknown script step {step!r}"
        elif pty:  # an interactive shell (bash -i -l): runs until `exit` is typed
            steps = [("shell",)]
        else:
            raise AssertionError(f"FakeE2B: no script for {config.get('cmd')!r} {args!r}")
        shown = {k: config[k] for k in ("cmd", "args", "envs", "cwd") if config.get(k)}
        process = Process(sb, sb.next_pid, shown, msg.get("tag") or "", pty, steps, cwd)
        sb.processes[process.pid] = process
        sb.next_pid += 1
        return process


# --- the transport --------------------------------------------------------------------------------


class FakeE2B(httpx.AsyncBaseTransport):
    def __init__(
        self,
        *,
        api_key: str = "e2b_fake_key_0123456789",
        domain: str = "e2b.app",
        commands: dict[str, list[tuple] | Callable[..., list[tuple]]] | None = None,
    ) -> None:
        self.api_key, self.domain = api_key, domain
        self.commands = dict(commands or {})
        self.page_size = 100  # the most one list page holds (a test lowers it to see paging)
        self.template_workdirs: dict[str, str] = {}  # templates built with a WORKDIR (a test adds one)
        self.sandboxes: dict[str, Sandbox] = {}
        self.clock = Clock()
        self.injected: list[list] = []
        self.control_plane = ControlPlane(self)
        self.envd = Envd(self)

    def inject(self, method: str, path_regex: str, status: int, body: dict | list | None = None,
               headers: dict[str, str] | None = None, times: int = 1) -> None:  # fmt: skip
        """The next `times` requests matching method and path (re.fullmatch) get this answer instead."""
        self.injected.append([method.upper(), re.compile(path_regex), status, body, headers or {}, times])

    async def aclose(self) -> None:  # the client closed: no scripted process outlives the test
        for sandbox in self.sandboxes.values():
            for process in sandbox.processes.values():
                process.task and process.task.cancel()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        await asyncio.sleep(0)  # a network round trip lets other tasks (stream readers) run
        try:
            return await self._route(request, body)
        finally:
            self.clock.now += 1  # one logical second per request: times never depend on the wall clock

    async def _route(self, request: httpx.Request, body: bytes) -> httpx.Response:
        for rule in self.injected:
            method, regex, status, answer, headers, times = rule
            if times > 0 and method == request.method and regex.fullmatch(request.url.path):
                rule[5] -= 1
                if answer is None:
                    return response(status, b"", headers)
                return json_response(status, answer, headers)
        host = request.url.host
        if host == f"api.{self.domain}":
            return self.control_plane.handle(request, body)
        envd = re.fullmatch(rf"{ENVD_PORT}-([a-z0-9]+)\.{re.escape(self.domain)}", host)
        if envd:
            return await self.envd.handle(envd.group(1), request, body)
        if host == f"sandbox.{self.domain}" and request.headers.get("e2b-sandbox-port") == str(ENVD_PORT):
            return await self.envd.handle(request.headers.get("e2b-sandbox-id", ""), request, body)
        raise AssertionError(f"FakeE2B: no such host {host!r} (wanted api.{self.domain} or {ENVD_PORT}-<id>.{self.domain})")
