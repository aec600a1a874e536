"""An in-process fake of Blaxel (control plane and sandbox API) as an httpx transport, for composing cassettes.

The Blaxel adapter's tests run against it once in record mode; the recorded traffic is committed and
validated against specs/blaxel/. So answers follow those specs (statuses, field names, content types)
and are deterministic: names come from counters, and every time is 2026-10-01T12:00:00Z plus a logical
clock that advances one second per request.

It models the VENDOR'S SERVER, not our adapter. The sandbox API is blaxel-ai/sandbox's sandbox-api
(Go, gin); each behaviour below cites where it comes from, `srv` = blaxel-ai/sandbox@bfecd2e, paths
under sandbox-api/src/ (snapshot: /work/.mirror/blaxel-ai+sandbox; facts gathered in
/tmp/research/blaxel.md). Where the server's answer depends on the image, the default image is
modelled: blaxel/base-image (Alpine, busybox; `WORKDIR /blaxel`, hub/base-image/Dockerfile:4,13).

Two kinds of error body, as the control plane declares them per operation: CreateSandbox's
`SandboxError` {"code": "SANDBOX_ALREADY_EXISTS", "message", "status_code"}, the others' `Error`
{"code": 404, "error": "SANDBOX_NOT_FOUND", "message"} (its `code` is an integer: the status). The
sandbox API answers `ErrorResponse` {"error": "..."} (srv handler/base.go:20-36).

Filesystem paths (srv handler/filesystem.go:173-199, lib/path.go): a request URL holding "%2F" names
an absolute path; one without is relative to the API's working directory ($WORKDIR, else its own
cwd: /blaxel on the base image; handler/filesystem.go:143-154). The files are modelled as the kernel
keeps them: directories, regular files and symbolic links, which every call but a listing follows.

Processes are scripted, not run: `commands` maps the exact command string to a list of steps, or to a
callable `(env, cwd) -> steps` (a mapping may also answer lines it was not given, through __missing__):
    ("stdout", str) ("stderr", str) ("stdout_bytes", bytes) ("stderr_bytes", bytes)
    ("sleep", seconds) ("exit", code) ("hang",)   (runs until killed)
    ("effect", fn)   fn(filesystem, cwd) does what the command does to the files; returns more steps
A process's output goes to its log files and reaches readers as the server's tailer reads them
(srv handler/process/process.go:537-672): writes between two of its reads (a script's sleeps) are one
chunk, stdout read before stderr. The API kills nothing on its own (a `timeout` only bounds a
waitForCompletion answer, srv handler/process/service.go:186-196); its kill is SIGKILL to the process
group, leaving status "killed" and exit code -1 (process.go:1137-1190, 403-415).
The two streams (process logs, filesystem watch) are text/plain bodies fed as things happen.

The terminal (GET /terminal/ws, srv api/router.go:179-189) answers 101 with an in-memory connection
(tests/fake_daytona.py's ServerSocket); the sessions are modelled in TerminalSession/TerminalServer
below. The program a session runs is scripted too: `commands.program(fs, path, pid)` gives its steps
(tests/blaxel_script.py reads our launcher), else a known shell path is an interactive shell.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import inspect
import json
import posixpath
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote

import httpx

from tests.fake_daytona import HttpError, ServerSocket, json_response, parse_multipart, response

BASE_TIME = datetime(2026, 10, 1, 12, 0, 0, tzinfo=UTC)
RFC3339 = "%Y-%m-%dT%H:%M:%SZ"
HTTP_DATE = (
    "%a, %d %b %Y %H:%M:%S GMT"  # Go's "Mon, 02 Jan 2006 15:04:05 GMT" (srv handler/process.go:109-117)
)
OWNER = "root"  # everything runs as root unless the image sets a user (srv lib/identity/identity.go:5-10)
WORKDIR = "/blaxel"  # the API's cwd on the base image: relative paths and a process without workingDir
HOME = "/blaxel"  # ENV HOME=/blaxel (hub/base-image/Dockerfile:19)
UMASK = 0o022  # a container's default umask: new files get perm &^ umask (not documented by Blaxel)
STEPS = {"stdout", "stderr", "stdout_bytes", "stderr_bytes", "sleep", "exit", "hang", "effect"}
CODES = {400: "BAD_REQUEST", 401: "UNAUTHORIZED", 404: "SANDBOX_NOT_FOUND", 409: "SANDBOX_ALREADY_EXISTS"}
TEXT = {"Content-Type": "text/plain; charset=utf-8"}
READ_SIZE = 4096  # the tailer's read buffer (srv process.go:556-557)
INLINED = 64 * 1024  # GET /process(/{id}) inline the last 64 KiB per stream (srv process/logfile.go:181)
WAITED = 4 * 1024 * 1024  # a waitForCompletion answer, GET .../logs: up to 4 MiB (logfile.go:194)
KILL_NOTICE = b"\n[Process is being forcefully killed]\n"  # written raw to log readers (process.go:1149)
KEEPALIVE = b"[keepalive]\n"  # raw, every 30 s, to a logs/stream reader while running (process.go:1301-1318)
KEEPALIVE_SECONDS = 30.0
EXEC_KEEPALIVE_SECONDS = 5.0  # {"type":"keepalive"} on the streamed exec (srv handler/process.go:415-430)
# What GET /process(/{id}), .../logs put before a tail that is not the whole output (srv
# handler/process/logbuffer.go:72, logfile.go readLogTail)
TRUNCATED = b"[... truncated, see the process log file for the full output ...]\n"
# The edge in front of a sandbox (CloudFront) gives up on an answer that stays silent ~60 s: a 504,
# the request's work going on behind it (ts @blaxel/core src/common/transient-retry.ts:24-28,
# sandbox/action.ts:61-76). Its body is the edge's, not the API's: opaque HTML.
EDGE_SECONDS = 60.0
EDGE_504 = b"<html><head><title>504 Gateway Timeout</title></head><body>ERROR: The request could not be satisfied.</body></html>"
NDJSON = {"Content-Type": "application/x-ndjson", "Cache-Control": "no-cache"}  # srv handler/process.go:384-389

# Go's os.FileMode type bits as `fmt.Sprintf("%o", mode)` prints them (the listing's "permissions")
GO_DIR, GO_SYMLINK = 1 << 31, 1 << 27
GO_SETUID, GO_SETGID, GO_STICKY = 1 << 23, 1 << 22, 1 << 20


def stamp(seconds: int) -> str:
    return (BASE_TIME + timedelta(seconds=seconds)).strftime(RFC3339)


def http_date(seconds: int) -> str:
    return (BASE_TIME + timedelta(seconds=seconds)).strftime(HTTP_DATE)


def body_object(body: bytes) -> dict:
    try:
        value = json.loads(body or b"{}")
    except ValueError:
        raise HttpError(400, "invalid JSON body") from None
    if not isinstance(value, dict):
        raise HttpError(400, "the body must be a JSON object")
    return value


class Feed(httpx.AsyncByteStream):
    """A streamed body: chunks as they are put, until `end` (the fake) or `aclose` (the client);
    `cut` drops the connection midway, as httpx sees a body cut short."""

    def __init__(self, on_close: Callable[[], None] | None = None) -> None:
        self.queue: asyncio.Queue[bytes | Exception | None] = asyncio.Queue()
        self.on_close, self.closed = on_close, False

    def put(self, chunk: bytes) -> None:
        if not self.closed:
            self.queue.put_nowait(chunk)

    def end(self) -> None:
        self.put(None)  # type: ignore[arg-type]

    def cut(self) -> None:
        self.put(httpx.RemoteProtocolError("peer closed connection without sending complete message body"))  # type: ignore[arg-type]

    async def __aiter__(self):
        while not self.closed and (chunk := await self.queue.get()) is not None:
            if isinstance(chunk, Exception):
                raise chunk
            yield chunk

    async def aclose(self) -> None:
        if not self.closed:
            self.closed = True
            self.queue.put_nowait(None)
            if self.on_close:
                self.on_close()


# --- the sandbox filesystem -----------------------------------------------------------------------


class FsError(Exception):
    """A failed system call, worded as Go's *PathError: "<op> <path>: <strerror>"."""

    TEXT = {
        "ENOENT": "no such file or directory",
        "ENOTDIR": "not a directory",
        "EISDIR": "is a directory",
        "EEXIST": "file exists",
        "ENOTEMPTY": "directory not empty",
        "ELOOP": "too many levels of symbolic links",
        "EINVAL": "invalid argument",
    }

    def __init__(self, code: str, op: str, path: str) -> None:
        super().__init__(f"{op} {path}: {self.TEXT[code]}")
        self.code = code


@dataclass
class Entry:
    kind: str  # "dir" | "file" | "link"
    mtime: int
    mode: int  # permission bits
    data: bytes = b""
    target: str = ""  # a link's target, as given to ln -s

    @property
    def is_dir(self) -> bool:
        return self.kind == "dir"


def octal(mode: Any, default: int) -> int:
    """strconv.ParseUint(s, 8, 32) of a request's "permissions" (srv handler/filesystem.go:474-479)."""
    if mode in (None, ""):
        return default
    if not isinstance(mode, str) or not re.fullmatch(r"[0-7]{1,11}", mode) or int(mode, 8) >= 1 << 32:
        raise HttpError(
            400, f"invalid permissions format '{mode}': strconv.ParseUint: parsing {mode!r}: invalid syntax"
        )
    return int(mode, 8)


def created_mode(perm: int) -> int:
    """The mode open(O_CREAT)/mkdir give for a Go os.FileMode: its Perm() bits (0o777; a Unix 0o4000
    is no Go ModeSetuid, so it is lost), less the umask."""
    return perm & 0o777 & ~UMASK


class FileSystem:
    def __init__(self, fake: FakeBlaxel) -> None:
        self.fake = fake
        self.entries: dict[str, Entry] = {
            p: Entry("dir", 0, 0o1777 if p == "/tmp" else 0o755) for p in ("/", "/home", "/tmp", "/blaxel")
        }
        self.watchers: list[tuple[str, set[str], Feed]] = []
        # The terminal shells running, by pid: what a `kill` line in a process can reach
        self.shells: dict[int, TerminalSession] = {}

    # lookups, as the kernel resolves a path

    def resolve(self, path: str, follow: bool = True, op: str = "stat") -> tuple[str, Entry | None]:
        """(the path with every symlink followed, the last one only with `follow`; its entry or None
        when only the last component is missing). ENOENT when a parent is missing, ENOTDIR when a
        parent is no directory, ELOOP after 40 links (raised as FsError naming `path`)."""
        parts = [p for p in path.split("/") if p]
        current, hops, i = "/", 0, 0
        while i < len(parts):
            candidate = posixpath.normpath(posixpath.join(current, parts[i]))
            entry = self.entries.get(candidate)
            last = i == len(parts) - 1
            if entry is None:
                if last:
                    return candidate, None
                raise FsError("ENOENT", op, path)
            if entry.kind == "link" and (follow or not last):
                hops += 1
                if hops > 40:
                    raise FsError("ELOOP", op, path)
                target = posixpath.join(current, entry.target)  # relative to the link's directory
                parts = [p for p in target.split("/") if p] + parts[i + 1 :]
                current, i = "/", 0
                continue
            if not last and entry.kind != "dir":
                raise FsError("ENOTDIR", op, path)
            current, i = candidate, i + 1
        return current, self.entries[current]

    def stat(self, path: str, op: str = "stat") -> tuple[str, Entry]:
        """os.Stat: the entry a path names, symlinks followed."""
        real, entry = self.resolve(path, True, op)
        if entry is None:
            raise FsError("ENOENT", op, path)
        return real, entry

    def lstat(self, path: str, op: str = "lstat") -> tuple[str, Entry]:
        real, entry = self.resolve(path, False, op)
        if entry is None:
            raise FsError("ENOENT", op, path)
        return real, entry

    def children(self, directory: str) -> list[str]:
        return sorted(p for p in self.entries if p != "/" and posixpath.dirname(p) == directory)

    def changed(self, path: str, op: str = "WRITE") -> None:
        """A watch event, as the sandbox API streams them: a JSON line {op, name, path (the directory
        holding the entry), error} (srv handler/filesystem.go:1143-1230); a watch on "dir/**" sees
        the whole tree, on "dir" its children; `ignore` drops events whose path holds a pattern."""
        for root, ignored, feed in self.watchers:
            tree = root.endswith("/**")
            base = (root[:-3] or "/") if tree else root
            parent = posixpath.dirname(path)
            inside = parent == base or (tree and path.startswith(base.rstrip("/") + "/"))
            if inside and not any(pattern in path for pattern in ignored):
                event = {"op": op, "name": posixpath.basename(path), "path": parent, "error": None}
                feed.put(json.dumps(event, separators=(",", ":")).encode() + b"\n")

    # what the handlers do (Go's os package over these entries)

    def info(self, path: str, entry: Entry) -> dict:
        """A listing's File: Lstat data (a link: its own mode, 1000000777, and the length of its
        target as its size); permissions as `fmt.Sprintf("%o", info.Mode())`, Go's type bits
        included (srv handler/filesystem/filesystem.go:388-403)."""
        return {"path": path, "name": posixpath.basename(path), "permissions": f"{go_mode(entry):o}",
                "size": len(entry.target) if entry.kind == "link" else len(entry.data),
                "lastModified": stamp(entry.mtime), "owner": OWNER, "group": OWNER}  # fmt: skip

    def directory(self, display: str, real: str) -> dict:
        """ListDirectory (srv handler/filesystem/filesystem.go:370-413): os.ReadDir (sorted by name),
        each entry classified by os.Lstat: a link, to a directory too, is one of the `files`;
        subdirectories carry only path and name."""
        listing: dict[str, Any] = {"path": display, "name": posixpath.basename(display) or "/",
                                   "files": [], "subdirectories": []}  # fmt: skip
        for child in self.children(real):
            entry, shown = self.entries[child], posixpath.join(display, posixpath.basename(child))
            if entry.kind == "dir":
                listing["subdirectories"].append({"path": shown, "name": posixpath.basename(child)})
            else:
                listing["files"].append(self.info(shown, entry))
        return listing

    def mkdir_all(self, path: str, perm: int) -> None:
        """os.MkdirAll: a directory (or a link to one) there already is fine and left as it is; a
        file in the way, at the path or above it, fails naming that file ("mkdir /x/f: not a
        directory"); a dangling link there: "file exists"."""
        try:
            _, entry = self.stat(path)
        except FsError:
            entry = None  # Go's slow path: the parent first, then Mkdir
        if entry is not None:
            if entry.kind == "dir":
                return
            raise FsError("ENOTDIR", "mkdir", path)
        parent = posixpath.dirname(path)
        if parent != path:
            self.mkdir_all(parent, perm)
        real, entry = self.resolve(path, False, "mkdir")
        if entry is not None:  # a dangling link
            raise FsError("EEXIST", "mkdir", path)
        self.entries[real] = Entry("dir", self.fake.clock, created_mode(perm))
        self.changed(real, "CREATE")

    def open_for_write(self, path: str, perm: int) -> Entry:
        """os.OpenFile(O_CREATE|O_WRONLY|O_TRUNC, perm): follows links; a new file gets perm less
        the umask, an existing one keeps its mode (srv handler/filesystem/multipart.go:182)."""
        real, entry = self.resolve(path, True, "open")
        if entry is None:
            parent = self.entries.get(posixpath.dirname(real))
            if parent is None:
                raise FsError("ENOENT", "open", path)
            entry = self.entries[real] = Entry("file", self.fake.clock, created_mode(perm))
            self.changed(real, "CREATE")
        elif entry.kind == "dir":
            raise FsError("EISDIR", "open", path)
        else:
            self.changed(real, "WRITE")
        entry.data, entry.mtime = b"", self.fake.clock
        return entry

    def remove_all(self, path: str) -> None:
        """os.RemoveAll: the path itself (a link is unlinked, its target kept), everything under it."""
        real, _ = self.lstat(path, "unlinkat")
        subtree = [p for p in self.entries if p == real or p.startswith(real.rstrip("/") + "/")]
        for p in sorted(subtree, reverse=True):  # the deepest first, as a recursive remove goes
            del self.entries[p]
            self.changed(p, "REMOVE")

    def remove(self, path: str) -> None:
        """os.Remove: a file, a link (not its target) or an empty directory."""
        real, entry = self.lstat(path, "remove")
        if entry.kind == "dir" and self.children(real):
            raise FsError("ENOTEMPTY", "remove", path)
        del self.entries[real]
        self.changed(real, "REMOVE")

    # what commands do (the scripted ones act through these)

    def symlink(self, link: str, target: str) -> None:
        real, entry = self.resolve(link, False, "symlink")
        if entry is not None:
            raise FsError("EEXIST", "symlink", link)
        if posixpath.dirname(real) not in self.entries:
            raise FsError("ENOENT", "symlink", link)
        self.entries[real] = Entry("link", self.fake.clock, 0o777, target=target)
        self.changed(real, "CREATE")

    def rename(self, src: str, dst: str) -> None:
        """rename(2): src (a link itself, not its target) takes dst's name; a file or link at dst is
        replaced, an empty directory too when src is one."""
        old, entry = self.lstat(src, "rename")
        new, there = self.resolve(dst, False, "rename")
        if posixpath.dirname(new) not in self.entries:
            raise FsError("ENOENT", "rename", src)
        if new == old:
            return
        if new.startswith(old.rstrip("/") + "/"):
            raise FsError("EINVAL", "rename", dst)
        if there is not None:
            if there.kind == "dir" and entry.kind != "dir":
                raise FsError("EISDIR", "rename", dst)
            if there.kind != "dir" and entry.kind == "dir":
                raise FsError("ENOTDIR", "rename", dst)
            if there.kind == "dir" and self.children(new):
                raise FsError("ENOTEMPTY", "rename", dst)
            del self.entries[new]
        moved = sorted(p for p in self.entries if p == old or p.startswith(old.rstrip("/") + "/"))
        for p in moved:
            self.entries[new + p[len(old) :]] = self.entries.pop(p)
        self.changed(old, "RENAME")
        self.changed(new, "CREATE")


def scan_lines(data: bytes) -> list[bytes]:
    """bufio.ScanLines: lines end at "\n" only, one "\r" before it dropped, a last line without
    one taken too (and its last "\r" dropped as well)."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [line[:-1] if line.endswith(b"\r") else line for line in lines]


def go_mode(entry: Entry) -> int:
    """A Go os.FileMode: the type bit (ModeDir, ModeSymlink) and the permission bits, setuid/setgid/
    sticky as Go's own bits (os/types.go; a Unix 0o4000 is ModeSetuid = 1<<23)."""
    mode = entry.mode & 0o777
    for unix, go in ((0o4000, GO_SETUID), (0o2000, GO_SETGID), (0o1000, GO_STICKY)):
        if entry.mode & unix:
            mode |= go
    return mode | {"dir": GO_DIR, "link": GO_SYMLINK}.get(entry.kind, 0)


# --- processes and sandboxes ----------------------------------------------------------------------


class LogFeed(Feed):
    """A logs/stream body; remembers whether anything was sent (srv handler/process.go:675-700).
    Output goes out as writeToLogWriter writes it to a plain writer: "stdout:"/"stderr:" before the
    whole piece (srv handler/process/process.go:38-50); the API's own notices raw."""

    sent = False

    def put(self, chunk: bytes) -> None:
        self.sent = self.sent or bool(chunk)
        super().put(chunk)

    def chunk(self, kind: str, data: bytes) -> None:
        self.put(kind.encode() + b":" + data)

    def raw(self, data: bytes) -> None:
        self.put(data)


class EventFeed(Feed):
    """The streamed exec's body (srv handler/process.go:339-475, JSONStreamWriter 718-776): one JSON
    object a line, {"type", "data"} ("data" left out when empty). A piece of output is one event of
    its stream, its bytes as a Go string in JSON (invalid UTF-8, such as a character cut between
    two reads, becomes U+FFFD); the API's raw writes (keepalive, kill notice) are stdout events."""

    sent = False  # whether any stdout/stderr event went out (HasSentData)

    def event(self, kind: str, data: str = "") -> None:
        # json.Marshal(StreamEvent) and a "\n" (handler/process.go:751-756): Go's HTML-safe escapes
        self.sent = self.sent or kind in ("stdout", "stderr")
        self.put(terminal_frame(kind, data).encode())

    def chunk(self, kind: str, data: bytes) -> None:
        self.event(kind, go_json_text(data))  # WriteEvent(eventType, string(data)) (process.go:38-41)

    def raw(self, data: bytes) -> None:
        self.event("stdout", go_json_text(data))  # JSONStreamWriter.Write (handler/process.go:774-776)


class Process:
    """One process of the API's process manager (srv handler/process/process.go)."""

    def __init__(self, pid: str, name: str, request: dict, steps: list, started: int,
                 env: dict[str, str], cwd: str) -> None:  # fmt: skip
        self.pid, self.name, self.request, self.steps, self.started = pid, name, request, steps, started
        self.env, self.cwd = env, cwd
        # The process writes its two log files itself (process.go:280-320); the tailer reads them
        # and writes the combined log with a "stdout:"/"stderr:" before each line piece (633-646).
        self.files = {"stdout": bytearray(), "stderr": bytearray()}
        self.read = {"stdout": 0, "stderr": 0}
        self.combined = bytearray()
        self.readers: list[LogFeed] = []
        self.exit_code, self.status, self.completed = 0, "running", None
        self.done = asyncio.Event()
        self.task: asyncio.Task | None = None

    def tail(self) -> None:
        """The tailer's reads of what was written since its last ones: up to 4 KiB a read, stdout
        before stderr; each chunk goes to the combined log (a prefix per line piece) and to every
        logs/stream reader with ONE prefix before the whole chunk (process.go:38-50, 605-660)."""
        while any(self.read[k] < len(self.files[k]) for k in self.files):
            for kind in ("stdout", "stderr"):
                chunk = bytes(self.files[kind][self.read[kind] : self.read[kind] + READ_SIZE])
                if not chunk:
                    continue
                self.read[kind] += len(chunk)
                for piece in chunk.splitlines(keepends=True):
                    self.combined += kind.encode() + b":" + piece
                for feed in self.readers:
                    feed.chunk(kind, chunk)

    def output(self, limit: int) -> dict[str, str]:
        """stdout/stderr read from the log files, as Go's JSON encoder gives a string of them
        (invalid UTF-8 replaced); logs is their concatenation (process.go:1223-1249). Past `limit`
        bytes, the last `limit` after the API's truncation notice (logfile.go readLogTail)."""
        out, err = (self.tail_of(self.files[k], limit) for k in ("stdout", "stderr"))
        return {"stdout": out, "stderr": err, "logs": out + err}

    @staticmethod
    def tail_of(data: bytearray, limit: int) -> str:
        whole = bytes(data) if len(data) <= limit else TRUNCATED + bytes(data[-limit:])
        return whole.decode("utf-8", "replace")

    def as_json(self, limit: int = INLINED) -> dict:
        """A ProcessResponse (srv handler/process.go:97-222): times in Go's HTTP date format;
        completedAt "" while running; workingDir as requested ("" when none). (A list sends null
        for a running process's completedAt, process.go:140-145, but specs/blaxel declares a
        string, which cassettes are checked against: "" there too; nothing of ours reads it.)"""
        completed = "" if self.completed is None else http_date(self.completed)
        return {"pid": self.pid, "name": self.name, "command": self.request["command"],
                "status": self.status, "startedAt": http_date(self.started),
                "completedAt": completed, "exitCode": self.exit_code,
                "workingDir": self.request.get("workingDir") or "", **self.output(limit),
                "restartOnFailure": False, "maxRestarts": 0, "restartCount": 0,
                "keepAlive": bool(self.request.get("keepAlive"))}  # fmt: skip

    async def run(self, fs: FileSystem, clock: Callable[[], int], pause: Callable[[float], Any]) -> None:
        code, steps = 0, list(self.steps)
        while steps:
            kind, *args = steps.pop(0)
            if kind in ("stdout", "stderr"):
                self.files[kind] += args[0].encode()
            elif kind in ("stdout_bytes", "stderr_bytes"):
                self.files[kind[:6]] += args[0]
            elif kind == "effect":  # what the command does to the files; the steps that follow
                steps[:0] = list(args[0](fs, self.cwd))
            elif kind == "sleep":
                self.tail()
                await pause(args[0])
            elif kind == "exit":
                code = args[0]
                break
            elif kind == "hang":
                self.tail()
                await asyncio.Event().wait()
        if self.status == "running":
            # exec.ExitError.ExitCode(); 0 is "completed", anything else "failed" (process.go:396-415)
            self.status, self.exit_code = ("completed" if code == 0 else "failed"), code
        self.end(clock())

    def end(self, now: int) -> None:
        if not self.done.is_set():
            self.completed = now
            self.tail()  # the tailer drains both files once the process is done (process.go:581-592)
            self.done.set()

    def kill(self, now: int) -> None:
        """KillProcess (process.go:1137-1190): the notice to every log reader, SIGKILL to the
        process group, status "killed"; Go's ExitCode() of a signalled child is -1 (process.go:408)."""
        if self.status != "running":
            return
        for feed in self.readers:
            feed.raw(KILL_NOTICE)
        if self.task is not None:
            self.task.cancel()
        self.status, self.exit_code = "killed", -1
        self.end(now)


@dataclass
class Sandbox:
    seq: int
    body: dict  # the Sandbox as last created or updated: spec and labels are echoed back
    fs: FileSystem
    created: int
    updated: int
    steps_left: int
    status: str = "DEPLOYING"
    processes: list[Process] = field(default_factory=list)
    previews: dict[str, dict] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)  # preview token -> preview name
    uploads: dict[str, dict] = field(default_factory=dict)  # uploadId -> path, mode, parts
    terminals: dict[str, TerminalSession] = field(default_factory=dict)  # the SessionManager's, by id
    standby: bool = False  # put in standby by POST /standby, until a request wakes it
    going_to_standby: int = 0  # after POST /standby: record reads that still say RUNNING

    @property
    def name(self) -> str:
        return self.body["metadata"]["name"]

    def environment(self) -> dict[str, str]:
        """The API's own environment (the image's, spec.runtime.envs): what every process starts with."""
        envs = (self.body["spec"].get("runtime") or {}).get("envs") or []
        return {
            "HOME": HOME,
            **{e["name"]: str(e.get("value", "")) for e in envs if isinstance(e, dict) and "name" in e},
        }

    def as_json(self, fake: FakeBlaxel) -> dict:
        meta = self.body["metadata"]
        out: dict[str, Any] = {
            "metadata": {"name": self.name, "labels": meta.get("labels") or {}, "workspace": fake.workspace,
                         "url": fake.url(self), "createdAt": stamp(self.created), "updatedAt": stamp(self.updated)},
            "spec": self.body["spec"], "status": self.status,
        }  # fmt: skip
        if self.status == "DEPLOYED":  # `state` RUNNING or STANDBY (ts client/types.gen.ts:3742)
            if self.going_to_standby:  # the standby happens after the 202, not at once (see `standby`)
                self.going_to_standby -= 1
                self.standby = not self.going_to_standby
            out["state"] = "STANDBY" if self.standby else "RUNNING"
        if self.status == "FAILED":
            image = self.body["spec"].get("runtime", {}).get("image")
            out["errors"] = [{"code": "DEPLOYMENT_FAILED", "fatal": True, "time": stamp(self.updated),
                              "message": f"image {image} failed to start"}]  # fmt: skip
        return out

    def process(self, identifier: str) -> Process | None:
        """GetProcessByIdentifier (process.go:961-1029): a number is a pid, else the newest of that name."""
        if identifier.isdigit():
            return next((p for p in self.processes if p.pid == identifier), None)
        return next((p for p in reversed(self.processes) if p.name == identifier), None)


# --- the control plane ({api_base}) ----------------------------------------------------------------


class ControlPlane:
    ROUTES = [
        ("POST", r"/sandboxes", "create"),
        ("GET", r"/sandboxes", "list_sandboxes"),
        ("GET", r"/sandboxes/([^/]+)", "get"),
        ("PUT", r"/sandboxes/([^/]+)", "update"),
        ("DELETE", r"/sandboxes/([^/]+)", "delete"),
        ("POST", r"/sandboxes/([^/]+)/previews", "create_preview"),
        ("GET", r"/sandboxes/([^/]+)/previews/([^/]+)", "get_preview"),
        ("POST", r"/sandboxes/([^/]+)/previews/([^/]+)/tokens", "create_token"),
    ]

    def __init__(self, fake: FakeBlaxel) -> None:
        self.fake = fake

    @staticmethod
    def error(request: httpx.Request, status: int, message: str, code: str | None = None) -> httpx.Response:
        """CreateSandbox declares SandboxError, every other operation Error (whose code is an integer)."""
        code = code or CODES.get(status, "ERROR")
        if request.method == "POST" and request.url.path.rstrip("/").endswith("/sandboxes"):
            return json_response(status, {"code": code, "message": message, "status_code": status})
        return json_response(status, {"code": status, "error": code, "message": message})

    def handle(self, request: httpx.Request, path: str, body: bytes) -> httpx.Response:
        for method, pattern, name in self.ROUTES:
            match = re.fullmatch(pattern, path)
            if match and method == request.method:
                args = [unquote(a) for a in match.groups()]
                try:
                    if not args:
                        return getattr(self, name)(request.url.params, body)
                    return getattr(self, name)(self.find(args.pop(0)), *args, body)
                except HttpError as e:
                    return self.error(request, e.status, e.message)
        raise AssertionError(f"FakeBlaxel: no control plane route {request.method} {request.url.path}")

    def find(self, name: str) -> Sandbox:
        if name not in self.fake.sandboxes:
            raise HttpError(404, f"sandbox {name} not found")
        return self.fake.sandboxes[name]

    @staticmethod
    def checked(body: bytes) -> dict:
        sandbox = body_object(body)
        meta, spec = sandbox.get("metadata"), sandbox.get("spec")
        if not isinstance(meta, dict) or not isinstance(spec, dict):
            raise HttpError(400, "a Sandbox needs metadata and spec objects")
        if not isinstance(meta.get("name"), str) or not re.fullmatch(
            r"[a-z0-9]([a-z0-9-]{0,47}[a-z0-9])?", meta["name"]
        ):
            raise HttpError(400, "metadata.name must be lowercase letters, digits and dashes")
        labels = meta.get("labels") or {}
        if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
            raise HttpError(400, "metadata.labels must be an object of strings")
        return sandbox

    def create(self, params: httpx.QueryParams, body: bytes) -> httpx.Response:
        sandbox = self.checked(body)
        name, fake = sandbox["metadata"]["name"], self.fake
        if name in fake.sandboxes:
            if params.get("createIfNotExist") in ("true", "1"):
                return json_response(200, fake.sandboxes[name].as_json(fake))
            raise HttpError(409, f"sandbox {name} already exists")
        sandbox["spec"].setdefault("region", fake.region)
        fake.created += 1
        sb = Sandbox(fake.created, sandbox, FileSystem(fake), fake.clock, fake.clock, fake.deploy_steps)
        fake.sandboxes[name] = sb
        if fake.slow_creates > 0:
            # The control plane answers a create when the sandbox is up (up to 300 s, ts
            # @blaxel/core src/sandbox/sandbox.ts:59-62): past the edge's ~60 s the caller gets
            # the edge's 504 and the sandbox is made all the same (sandbox.ts:556-580 looks it up).
            fake.slow_creates -= 1
            return response(504, EDGE_504, {"Content-Type": "text/html"})
        return json_response(200, sb.as_json(fake))

    def list_sandboxes(self, params: httpx.QueryParams, _body: bytes) -> httpx.Response:
        """Newest first; `limit` is clamped (the operation declares no 400), the cursor is opaque."""
        try:
            limit = int(params.get("limit", "50"))
            after = int(
                base64.urlsafe_b64decode(params.get("cursor", "")).decode().removeprefix("fake:") or 1 << 62
            )
        except ValueError:
            limit, after = 50, 1 << 62
        limit = max(1, min(limit, 200, self.fake.page_size))
        status = params.get("status")
        found = [s for s in sorted(self.fake.sandboxes.values(), key=lambda s: -s.seq)
                 if s.seq < after and status in (None, s.status)]  # fmt: skip
        page, more = found[:limit], len(found) > limit
        meta: dict[str, Any] = {"hasMore": more, "total": len(found)}
        if more:
            meta["nextCursor"] = base64.urlsafe_b64encode(f"fake:{page[-1].seq}".encode()).decode()
        return json_response(200, {"data": [s.as_json(self.fake) for s in page], "meta": meta})

    def get(self, sb: Sandbox, _body: bytes) -> httpx.Response:
        """The first `deploy_steps` GETs of a new sandbox answer DEPLOYING, the next DEPLOYED (or FAILED)."""
        if sb.status == "DEPLOYING":
            if sb.steps_left > 0:
                sb.steps_left -= 1
            else:
                image = sb.body["spec"].get("runtime", {}).get("image")
                sb.status, sb.updated = (
                    ("FAILED" if image in self.fake.fail_images else "DEPLOYED"),
                    self.fake.clock,
                )
        return json_response(200, sb.as_json(self.fake))

    def update(self, sb: Sandbox, body: bytes) -> httpx.Response:
        sandbox = self.checked(body)
        if sandbox["metadata"]["name"] != sb.name:
            raise HttpError(400, "metadata.name cannot change")
        sandbox["spec"].setdefault("region", sb.body["spec"]["region"])
        sb.body, sb.updated = sandbox, self.fake.clock
        return json_response(200, sb.as_json(self.fake))

    def delete(self, sb: Sandbox, _body: bytes) -> httpx.Response:
        """Answers the sandbox DELETING; afterwards it is gone, its processes killed, its watches ended."""
        for proc in sb.processes:
            proc.kill(self.fake.clock)
        for *_, feed in sb.fs.watchers:
            feed.end()
        del self.fake.sandboxes[sb.name]
        sb.status, sb.updated = "DELETING", self.fake.clock
        return json_response(200, sb.as_json(self.fake))

    def create_preview(self, sb: Sandbox, body: bytes) -> httpx.Response:
        """Creates or replaces (the operation declares 200 only) the preview named in metadata.name."""
        preview = body_object(body)
        meta, spec = preview.get("metadata") or {}, preview.get("spec") or {}
        port = spec.get("port")
        if not isinstance(meta.get("name"), str) or not isinstance(port, int) or not 1 <= port <= 65535:
            raise HttpError(400, "a Preview needs metadata.name and spec.port")
        name, now = meta["name"], stamp(self.fake.clock)
        sb.previews[name] = {
            "metadata": {"name": name, "resourceName": sb.name, "resourceType": "Sandbox",
                         "workspace": self.fake.workspace, "createdAt": now, "updatedAt": now},
            "spec": {**spec, "region": sb.body["spec"]["region"], "url": f"https://{name}-{sb.name}.preview.bl.run"},
            "status": "DEPLOYED",
        }  # fmt: skip
        return json_response(200, sb.previews[name])

    def create_token(self, sb: Sandbox, name: str, body: bytes) -> httpx.Response:
        """CreateSandboxPreviewToken (cp-spec /sandboxes/{sandboxName}/previews/{previewName}/tokens):
        a PreviewToken whose spec.token is generated (readOnly); the SDK sends the name "" and an
        expiresAt (py preview.py:71-84)."""
        if name not in sb.previews:
            raise HttpError(404, f"preview {name} not found")
        expires = (body_object(body).get("spec") or {}).get("expiresAt")
        if not isinstance(expires, str) or not expires:
            raise HttpError(400, "spec.expiresAt is required")
        number = self.fake.next_id("token")
        value = hashlib.sha256(number.encode()).hexdigest()[:32]
        sb.tokens[value] = name
        return json_response(200, {
            "metadata": {"name": number, "previewName": name, "resourceName": sb.name,
                         "resourceType": "Sandbox", "workspace": self.fake.workspace},
            "spec": {"expiresAt": expires, "expired": False, "token": value},
        })  # fmt: skip

    def get_preview(self, sb: Sandbox, name: str, _body: bytes) -> httpx.Response:
        if name not in sb.previews:
            raise HttpError(404, f"preview {name} not found")
        return json_response(200, sb.previews[name])


# --- the sandbox API (https://sbx-{name}-{workspace}.{region}.bl.run) ------------------------------


class SandboxApi:
    """srv api/router.go:126-162; the handlers in srv handler/filesystem.go and handler/process.go."""

    ROUTES = [
        ("GET", r"/filesystem/(.+)", "read"),
        ("PUT", r"/filesystem/(.+)", "put"),
        ("DELETE", r"/filesystem/(.+)", "remove"),
        ("POST", r"/filesystem-multipart/initiate/(.+)", "initiate"),
        ("PUT", r"/filesystem-multipart/([^/]+)/part", "part"),
        ("POST", r"/filesystem-multipart/([^/]+)/complete", "complete"),
        ("DELETE", r"/filesystem-multipart/([^/]+)/abort", "abort"),
        ("GET", r"/watch/filesystem/(.+)", "watch"),
        ("POST", r"/process/?", "start"),
        ("GET", r"/process/?", "list_processes"),
        ("GET", r"/process/([^/]+)", "get_process"),
        ("DELETE", r"/process/([^/]+)/kill", "kill"),
        ("GET", r"/process/([^/]+)/logs", "logs"),
        ("GET", r"/process/([^/]+)/logs/stream", "stream_logs"),
        ("GET", r"/terminal/ws", "terminal"),
        ("POST", r"/standby", "standby"),
        ("POST", r"/resume", "resume"),
    ]

    def __init__(self, fake: FakeBlaxel) -> None:
        self.fake = fake

    async def handle(self, sb: Sandbox, request: httpx.Request, body: bytes) -> httpx.Response:
        raw = request.url.raw_path.decode().partition("?")[0]
        if raw in ("/standby", "/resume") and self.fake.sandbox_api_before_standby:
            # An image's sandbox API from before these routes: gin's NoRoute answer (gin.go:33,
            # default404Body "404 page not found", text/plain).
            return response(404, b"404 page not found", {"Content-Type": "text/plain"})
        if raw != "/standby":
            # any request wakes a sandbox in standby before it is answered (docs: see `resume`)
            sb.standby, sb.going_to_standby = False, 0
        for method, pattern, name in self.ROUTES:
            match = re.fullmatch(pattern, raw)
            if match and method == request.method:
                try:
                    answer = getattr(self, name)(sb, request, body, *match.groups())
                    return await answer if inspect.isawaitable(answer) else answer
                except HttpError as e:
                    return json_response(e.status, {"error": e.message})
        raise AssertionError(f"FakeBlaxel: no sandbox API route {request.method} {raw}")

    @staticmethod
    def path(request: httpx.Request, segment: str) -> str:
        """The path a filesystem route names, as the handler holds it before resolving it
        (extractPathFromRequest, srv handler/filesystem.go:173-199; lib.FormatPath, lib/path.go):
        gin's decoded *path (with its leading "/") is kept, so absolute, when the raw URL holds
        "%2F"; else its leading "/" is dropped: relative ("." for none). "~" is $HOME, "//" is "/"."""
        param = "/" + unquote(segment)
        raw = request.url.raw_path.decode().partition("?")[0]
        path = param if "%2F" in raw else ("." if param == "/" else param[1:])
        if path.startswith("~"):
            path = HOME + path[1:]
        while "//" in path:
            path = path.replace("//", "/")
        return path

    @staticmethod
    def absolute(path: str) -> str:
        """GetAbsolutePath (srv handler/filesystem/filesystem.go:197-223): a relative path joins
        the working directory; both are cleaned."""
        return posixpath.normpath(posixpath.join(WORKDIR, path))

    @staticmethod
    def display(path: str) -> str:
        return WORKDIR if path in (".", "./") else path  # ResolveDisplayPath (filesystem.go:190-195)

    @staticmethod
    def flag(request: httpx.Request, name: str) -> bool:
        return request.url.params.get(name) == "true"  # c.Query(name) == "true"

    # files

    def read(self, sb: Sandbox, request: httpx.Request, _body: bytes, segment: str) -> httpx.Response:
        """HandleGetFile (srv handler/filesystem.go:266-297): os.Stat, following links; missing is
        404, any other failure (a path under a file: ENOTDIR) 500; a directory is listed whatever
        Accept or download say; a file is downloaded or answered as JSON (handleReadFile, 300-415)."""
        path = self.path(request, segment)
        absolute = self.absolute(path)
        try:
            real, entry = sb.fs.stat(absolute)
        except FsError as e:
            raise HttpError(404 if e.code == "ENOENT" else 500, str(e)) from None
        if entry.is_dir:
            return json_response(200, sb.fs.directory(self.display(path), real))
        accept = request.headers.get("accept", "")
        download = (
            "application/octet-stream" in accept
            or self.flag(request, "download")
            or (accept != "" and not any(t in accept for t in ("application/json", "*/*")))
        )
        if download:  # http.ServeContent, typed by the name's extension
            name = posixpath.basename(path)
            kind = MIME.get(posixpath.splitext(name)[1], "application/octet-stream")
            headers = {"Content-Type": kind, "Content-Disposition": f'attachment; filename="{name}"',
                       "Last-Modified": http_date(entry.mtime), "Accept-Ranges": "bytes"}  # fmt: skip
            return response(200, entry.data, headers)
        info = {**sb.fs.info(self.display(path), entry), "name": ""}  # readFile leaves Name unset
        return json_response(200, {**info, "content": entry.data.decode("utf-8", "replace")})

    def put(self, sb: Sandbox, request: httpx.Request, body: bytes, segment: str) -> httpx.Response:
        """HandleCreateOrUpdateFileJSON (srv handler/filesystem.go:452-511): a directory is
        os.MkdirAll (perm 0755 unless given; 422 when something is in the way); a file is written
        whole, its parents made."""
        path = self.path(request, segment)
        absolute = self.absolute(path)
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            parts = parse_multipart(body, request.headers["content-type"])
            if "file" not in parts:
                raise HttpError(400, "missing 'file' field in multipart form")
            mode = octal(parts.get("permissions", b"").decode().strip(), 0o644)
            self._write(sb, absolute, parts["file"], mode, "error writing binary file")
            return json_response(200, {"path": path, "message": "Binary file uploaded successfully"})
        fields = body_object(body)
        directory = bool(fields.get("isDirectory"))
        mode = octal(fields.get("permissions"), 0o755 if directory else 0o644)
        if directory:
            try:
                sb.fs.mkdir_all(absolute, mode)
            except FsError as e:
                raise HttpError(422, f"error creating directory: {e}") from None
            return json_response(200, {"path": path, "message": "Directory created successfully"})
        content = fields.get("content")
        if content is not None and not isinstance(content, str):
            raise HttpError(
                400,
                "invalid request body: json: cannot unmarshal into Go struct field .content of type string",
            )
        self._write(sb, absolute, (content or "").encode(), mode, "error writing file")
        return json_response(200, {"path": path, "message": "File created/updated successfully"})

    @staticmethod
    def _write(sb: Sandbox, absolute: str, data: bytes, mode: int, what: str) -> None:
        try:
            sb.fs.mkdir_all(posixpath.dirname(absolute), 0o755)
            sb.fs.open_for_write(absolute, mode).data = data
        except FsError as e:
            raise HttpError(422, f"{what}: {e}") from None

    def remove(self, sb: Sandbox, request: httpx.Request, _body: bytes, segment: str) -> httpx.Response:
        """HandleDeleteFile (srv handler/filesystem.go:598-646): os.Stat decides (following links),
        so a missing path, a dangling link too, is 404 "file or directory not found" and a path
        under a file 422; a directory goes with RemoveAll when recursive (a link to one: the link
        only), else os.Remove; a file (or a link to one: the link) with os.Remove."""
        path = self.path(request, segment)
        absolute = self.absolute(path)
        try:
            _, entry = sb.fs.stat(absolute)
        except FsError as e:
            if e.code != "ENOENT":
                raise HttpError(422, str(e)) from None
            raise HttpError(404, "file or directory not found") from None
        try:
            if entry.is_dir and self.flag(request, "recursive"):
                sb.fs.remove_all(absolute)
            else:
                sb.fs.remove(absolute)
        except FsError as e:
            raise HttpError(422, f"error deleting {'directory' if entry.is_dir else 'file'}: {e}") from None
        message = "Directory deleted successfully" if entry.is_dir else "File deleted successfully"
        return json_response(200, {"path": path, "message": message})

    def initiate(self, sb: Sandbox, request: httpx.Request, body: bytes, segment: str) -> httpx.Response:
        """HandleInitiateMultipartUpload (srv handler/filesystem.go:849-900): nothing about the path
        is checked yet; permissions default 0644."""
        absolute = self.absolute(self.path(request, segment))
        try:
            fields = json.loads(body or b"{}")  # `_ = h.BindJSON(...)`: a bad body is no body
        except ValueError:
            fields = {}
        given = fields.get("permissions") if isinstance(fields, dict) else None
        try:
            mode = octal(given, 0o644)
        except HttpError:
            raise HttpError(
                400, f"invalid permissions format: strconv.ParseUint: parsing {given!r}: invalid syntax"
            ) from None
        upload_id = str(uuid.UUID(int=int(self.fake.next_id("upload").rpartition("-")[2]), version=4))
        sb.uploads[upload_id] = {"path": absolute, "mode": mode, "parts": {}}
        return json_response(200, {"uploadId": upload_id, "path": absolute})

    def part(self, sb: Sandbox, request: httpx.Request, body: bytes, upload_id: str) -> httpx.Response:
        """HandleUploadPart (srv handler/filesystem.go:915-975; filesystem/multipart.go:85-140)."""
        number = request.url.params.get("partNumber", "")
        if not number:
            raise HttpError(400, "partNumber is required")
        if not re.fullmatch(r"-?\d+", number):
            raise HttpError(400, f'invalid partNumber: strconv.Atoi: parsing "{number}": invalid syntax')
        parts = parse_multipart(body, request.headers.get("content-type", ""))
        if "file" not in parts:
            raise HttpError(400, "missing 'file' field in multipart form")
        if upload_id not in sb.uploads:
            raise HttpError(500, f"failed to upload part: upload not found: {upload_id}")
        if not 1 <= int(number) <= 10000:
            raise HttpError(500, "failed to upload part: part number must be between 1 and 10000")
        etag = hashlib.md5(parts["file"]).hexdigest()
        sb.uploads[upload_id]["parts"][int(number)] = (etag, parts["file"])
        return json_response(200, {"partNumber": int(number), "etag": etag, "size": len(parts["file"])})

    def complete(self, sb: Sandbox, _request: httpx.Request, body: bytes, upload_id: str) -> httpx.Response:
        """HandleCompleteMultipartUpload (srv handler/filesystem.go:990-1036) and CompleteUpload
        (filesystem/multipart.go:150-215): every listed part must be there with its etag; the
        parents are made, the file opened O_CREATE|O_TRUNC with the upload's perm (so a new file
        gets it less the umask, an existing one keeps its mode); a failure is a 500."""
        listed = body_object(body).get("parts")
        if not isinstance(listed, list) or not listed:
            raise HttpError(400, "at least one part is required")
        if upload_id not in sb.uploads:
            raise HttpError(404, f"upload not found: {upload_id}")
        upload = sb.uploads[upload_id]
        data = []
        for item in sorted(listed, key=lambda p: p.get("partNumber", 0) if isinstance(p, dict) else 0):
            number = item.get("partNumber") if isinstance(item, dict) else None
            if number not in upload["parts"]:
                raise HttpError(500, f"failed to complete upload: part {number} not found")
            if item.get("etag") != upload["parts"][number][0]:
                raise HttpError(500, f"failed to complete upload: etag mismatch for part {number}")
            data.append(upload["parts"][number][1])
        try:
            sb.fs.mkdir_all(posixpath.dirname(upload["path"]), 0o755)
        except FsError as e:
            raise HttpError(
                500, f"failed to complete upload: failed to create parent directory: {e}"
            ) from None
        try:
            entry = sb.fs.open_for_write(upload["path"], upload["mode"])
        except FsError as e:
            raise HttpError(500, f"failed to complete upload: failed to create final file: {e}") from None
        entry.data = b"".join(data)
        del sb.uploads[upload_id]
        return json_response(
            200, {"path": upload["path"], "message": "Multipart upload completed successfully"}
        )

    def abort(self, sb: Sandbox, _request: httpx.Request, _body: bytes, upload_id: str) -> httpx.Response:
        if upload_id not in sb.uploads:
            raise HttpError(404, f"upload not found: {upload_id}")
        del sb.uploads[upload_id]
        return json_response(200, {"message": "Multipart upload aborted successfully"})

    def watch(self, sb: Sandbox, request: httpx.Request, _body: bytes, segment: str) -> httpx.Response:
        """HandleWatchDirectory (srv handler/filesystem.go:1143-1230): "dir/**" watches the tree;
        anything but a directory is 400 "path is not a directory"; one JSON line per event until
        the client goes; `ignore`: comma-separated substrings of the event's path."""
        path = self.path(request, segment)
        tree = path.endswith("/**")
        path = (path[:-3] or "/") if tree else path
        try:
            real, entry = sb.fs.stat(self.absolute(path))
        except FsError as e:
            if e.code != "ENOENT":
                raise HttpError(422, str(e)) from None
            entry = None
        if entry is None or not entry.is_dir:
            raise HttpError(400, "path is not a directory")
        ignored = {n for n in request.url.params.get("ignore", "").split(",") if n}
        root = real.rstrip("/") + "/**" if tree else real
        watcher: tuple[str, set[str], Feed] = (root, ignored, Feed(lambda: sb.fs.watchers.remove(watcher)))
        sb.fs.watchers.append(watcher)
        return httpx.Response(200, headers=TEXT, stream=watcher[2])

    # processes

    async def start(self, sb: Sandbox, request: httpx.Request, body: bytes) -> httpx.Response:
        """HandleExecuteCommand (srv handler/process.go:275-337), ExecuteProcess (handler/process/
        service.go): `sh -c <command>` in its own process group, in workingDir or the API's cwd.
        An Accept holding text/event-stream is the streamed exec (below). `timeout` ends nothing:
        with waitForCompletion the answer is a 422 at the deadline while the process runs on;
        without, it is ignored; only a keepAlive process is killed by it (process.go:366-381;
        default 600 s). A waitForCompletion silent past the edge's 60 s is the edge's 504."""
        fields = self.process_request(body)
        if "text/event-stream" in request.headers.get("accept", ""):  # handler/process.go:277-281
            return self.exec_stream(sb, fields)
        proc, seconds = self.spawn_process(sb, fields)
        if fields.get("waitForCompletion"):
            edge = seconds == 0 or seconds >= EDGE_SECONDS
            try:
                await asyncio.wait_for(
                    asyncio.shield(proc.done.wait()),
                    (EDGE_SECONDS if edge else seconds) * self.fake.time_scale,
                )
            except TimeoutError:  # service.go:186-196: answered, the process left running
                if edge:
                    return response(504, EDGE_504, {"Content-Type": "text/html"})
                raise HttpError(422, f"process timed out after {seconds} seconds") from None
            return json_response(200, proc.as_json(WAITED))
        return json_response(200, proc.as_json())

    @staticmethod
    def process_request(body: bytes) -> dict:
        """A ProcessRequest as gin binds it: what it refuses is a 400 before anything starts."""
        fields = body_object(body)
        command = fields.get("command")
        if not isinstance(command, str) or not command:
            raise HttpError(
                400,
                "invalid request body: Key: 'ProcessRequest.Command' Error:Field validation for 'Command' failed on the 'required' tag",
            )
        env = fields.get("env") or {}
        if not isinstance(env, dict) or not all(isinstance(v, str) for v in env.values()):
            raise HttpError(
                400, "invalid request body: json: cannot unmarshal into Go struct field ProcessRequest.env"
            )
        timeout = fields.get("timeout")
        if timeout is not None and (not isinstance(timeout, int) or isinstance(timeout, bool)):
            raise HttpError(
                400,
                "invalid request body: json: cannot unmarshal number into Go struct field ProcessRequest.timeout of type int",
            )
        if fields.get("workingDir"):
            fields["workingDir"] = SandboxApi.path_format(fields["workingDir"])
        return fields

    def spawn_process(self, sb: Sandbox, fields: dict) -> tuple[Process, int]:
        """ExecuteProcess: the name check, the working directory's, then the process runs."""
        command, env, working_dir = fields["command"], fields.get("env") or {}, fields.get("workingDir") or ""
        timeout, keep_alive = fields.get("timeout"), bool(fields.get("keepAlive"))
        seconds = timeout or 0
        if keep_alive and (timeout is None or timeout < 0):
            seconds = 600
        name = fields.get("name") or ""
        if name and any(p.name == name and p.status == "running" for p in sb.processes):
            raise HttpError(400, f"process with name '{name}' already exists and is running")
        if working_dir:
            try:
                sb.fs.stat(self.absolute(working_dir))
            except FsError as e:
                if e.code == "ENOENT":
                    raise HttpError(
                        422,
                        f"failed to start process: could not execute command '{command}' because folder '{working_dir}' does not exist",
                    ) from None
                raise HttpError(
                    422, f"failed to start process: could not access working directory '{working_dir}': {e}"
                ) from None
        try:
            steps = self.fake.commands[command]
        except KeyError:
            raise AssertionError(
                f"FakeBlaxel: no script for command {command!r}; add it to commands="
            ) from None
        cwd = self.absolute(working_dir) if working_dir else WORKDIR
        environment = {**sb.environment(), **env}
        steps = list(steps(environment, cwd) if callable(steps) else steps)
        for step in steps:
            assert step and step[0] in STEPS, f"FakeBlaxel: unknown script step {step!r}"
        number = int(self.fake.next_id("proc").rpartition("-")[2])
        pid = str(999 + number)
        name = name or f"proc-{number:08d}"  # "proc-" and 8 of [a-z0-9] (GenerateRandomName, process.go:1345)
        proc = Process(pid, name, fields, steps, self.fake.clock, environment, cwd)
        sb.processes.append(proc)
        proc.task = self.fake.spawn(proc.run(sb.fs, lambda: self.fake.clock, self.fake.pause))
        if keep_alive and seconds > 0:
            self.fake.spawn(self.expire(proc, seconds))
        return proc, seconds

    def exec_stream(self, sb: Sandbox, fields: dict) -> httpx.Response:
        """handleExecuteCommandStream (srv handler/process.go:339-475). The 200 and its headers go
        out BEFORE the process is started (a GET of it just after may find nothing yet); a start
        that fails is an "error" event. Then the output (what came before the writer was attached
        as the backlog, a line at a time; the rest live, a piece per read), a keepalive event every
        5 s and the log keepalive every 30 s; `timeout` is ignored (no waitForCompletion). When the
        process has ended: when no output event went out, its output a non-empty line at a time
        (newline dropped); then {"type":"result","data":"<ProcessResponse as a JSON string>"}, its
        output 64 KiB tails. The client going away ends nothing (handler/process.go:418-422). A
        stream the edge drops (`cut_streams`) ends without a result, the process running on."""
        feed = EventFeed()

        async def run() -> None:
            try:
                proc, _ = self.spawn_process(sb, fields)
            except HttpError as e:
                feed.event("error", e.message)
                feed.end()
                return
            await asyncio.sleep(0)  # the process is running before the writer is attached
            feed.on_close = lambda: proc.readers.remove(feed) if feed in proc.readers else None
            self.attach(proc, feed)
            cut = self.fake.cutting(proc, feed)
            while not proc.done.is_set() and not feed.closed and not cut.done():
                try:
                    await asyncio.wait_for(
                        asyncio.shield(proc.done.wait()), EXEC_KEEPALIVE_SECONDS * self.fake.time_scale
                    )
                except TimeoutError:
                    feed.event("keepalive")
            if cut.done() and cut.result():
                return
            cut.cancel()
            if feed in proc.readers:
                proc.readers.remove(feed)
            if not feed.sent:  # handler/process.go:446-466
                final = proc.output(INLINED)
                for kind in ("stdout", "stderr"):
                    for line in final[kind].split("\n"):
                        if line:
                            feed.event(kind, line)
            feed.event("result", json.dumps(proc.as_json(), ensure_ascii=False))
            feed.end()

        self.fake.spawn(run())
        return httpx.Response(200, headers=NDJSON, stream=feed)

    def attach(self, proc: Process, feed: LogFeed | EventFeed) -> None:
        """StreamProcessOutput (srv process.go:1252-1323): the combined log so far, a line at a time
        (each line gets "\n", NULs trimmed from its start; the "stdout:"/"stderr:" in it names its
        stream, so a line split between two reads keeps the second prefix inside it), then every new
        piece the tailer reads; "[keepalive]\n" every 30 s while the process runs."""
        for line in scan_lines(bytes(proc.combined)):
            line = line.lstrip(b"\x00")
            for kind in ("stdout", "stderr"):
                if line.startswith(kind.encode() + b":"):
                    feed.chunk(kind, line[len(kind) + 1 :] + b"\n")
                    break
            else:
                if line:
                    feed.chunk("stdout", line + b"\n")
        proc.readers.append(feed)

        async def keepalive() -> None:
            while not feed.closed and not proc.done.is_set():
                try:
                    await asyncio.wait_for(
                        asyncio.shield(proc.done.wait()), KEEPALIVE_SECONDS * self.fake.time_scale
                    )
                except TimeoutError:
                    if feed in proc.readers:
                        feed.raw(KEEPALIVE)

        self.fake.spawn(keepalive())

    @staticmethod
    def path_format(path: str) -> str:
        if path.startswith("~"):
            path = HOME + path[1:]
        while "//" in path:
            path = path.replace("//", "/")
        return path

    async def expire(self, proc: Process, seconds: int) -> None:
        """A keepAlive process's timeout: KillProcess at the deadline (process.go:366-381)."""
        try:
            await asyncio.wait_for(asyncio.shield(proc.done.wait()), seconds * self.fake.time_scale)
        except TimeoutError:
            proc.kill(self.fake.clock)

    def standby(self, sb: Sandbox, _request: httpx.Request, _body: bytes) -> httpx.Response:
        """POST /standby (not in srv@bfecd2e nor the SDKs; docs.blaxel.ai/api-reference/system/put-
        the-sandbox-in-standby): 202 before the standby happens, then
        the sandbox is in standby (its record's `state` STANDBY) until a request wakes it. Not
        modelled: the refusal while a keepAlive process holds the sandbox awake (its status is not
        documented) and the connections the standby closes. The standby shows in the record two
        reads later (the docs: "Returns 202 before the standby happens ... the sandbox pauses
        shortly after"; how long is not documented). The 202's body is the docs' SuccessResponse
        {message}; its text is ours."""
        if not sb.standby:
            sb.going_to_standby = 2
        return json_response(202, {"message": "Sandbox is going to standby"})

    def resume(self, sb: Sandbox, _request: httpx.Request, _body: bytes) -> httpx.Response:
        """POST /resume (docs.blaxel.ai/api-reference/system/resume-the-sandbox): like any request it
        wakes the sandbox (done in `handle`); answered 200 SuccessResponse {message}."""
        return json_response(200, {"message": "Sandbox is running"})

    def terminal(self, sb: Sandbox, request: httpx.Request, _body: bytes) -> httpx.Response:
        return self.fake.terminal_server.connect(sb, request)

    def list_processes(self, sb: Sandbox, *_: Any) -> httpx.Response:
        return json_response(200, [p.as_json() for p in sb.processes])

    def get_process(
        self, sb: Sandbox, _request: httpx.Request, _body: bytes, identifier: str
    ) -> httpx.Response:
        proc = sb.process(unquote(identifier))
        if proc is None:
            raise HttpError(404, f"process with Identifier {unquote(identifier)} not found")
        return json_response(200, proc.as_json())

    def kill(self, sb: Sandbox, _request: httpx.Request, _body: bytes, identifier: str) -> httpx.Response:
        """HandleKillProcess (srv handler/process.go:612-638): 404 for an unknown process, and for
        an ended one (kill(2) finds no such process, process.go:1170-1184)."""
        identifier = unquote(identifier)
        proc = sb.process(identifier)
        if proc is None:
            raise HttpError(404, f"process with Identifier {identifier} not found")
        if proc.status != "running":
            raise HttpError(404, f"failed to kill process with Identifier {identifier}: no such process")
        proc.kill(self.fake.clock)
        return json_response(200, {"message": "Process killed successfully"})

    def logs(self, sb: Sandbox, _request: httpx.Request, _body: bytes, identifier: str) -> httpx.Response:
        """HandleGetProcessLogs: up to 4 MiB of each stream from its log file (logfile.go:194)."""
        proc = sb.process(unquote(identifier))
        if proc is None:
            raise HttpError(404, f"process with PID {unquote(identifier)} not found")
        return json_response(200, proc.output(WAITED))

    def stream_logs(
        self, sb: Sandbox, _request: httpx.Request, _body: bytes, identifier: str
    ) -> httpx.Response:
        """HandleGetProcessLogsStream (srv handler/process.go:518-568). The 200 and its headers go
        first, so an unknown process is a 200 whose body is the error. Then what `attach` sends,
        each new chunk with ONE prefix before the whole of it; the kill notice raw. It ends when
        the process has and the tailer is drained; when nothing at all was sent, the whole combined
        log goes out as it is."""
        identifier = unquote(identifier)
        proc = sb.process(identifier)
        if proc is None:
            return response(
                200, json.dumps({"error": f"process with Identifier {identifier} not found"}).encode(), TEXT
            )
        feed = LogFeed(lambda: proc.readers.remove(feed) if feed in proc.readers else None)
        self.attach(proc, feed)

        async def pump() -> None:
            cut = self.fake.cutting(proc, feed)
            await asyncio.wait([cut, asyncio.ensure_future(proc.done.wait())], return_when=asyncio.FIRST_COMPLETED)
            if cut.done() and cut.result():
                return
            cut.cancel()
            if feed in proc.readers:
                proc.readers.remove(feed)
            if not feed.sent and proc.combined:
                feed.put(bytes(proc.combined))
            feed.end()

        self.fake.spawn(pump())
        return httpx.Response(200, headers=TEXT, stream=feed)


MIME = {
    ".txt": "text/plain",
    ".log": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".css": "text/css",
    ".js": "application/javascript",
    ".json": "application/json",
    ".xml": "application/xml",
    ".pdf": "application/pdf",
    ".zip": "application/zip",
    ".tar": "application/x-tar",
    ".gz": "application/gzip",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
}  # fmt: skip  (handleReadFile's switch, srv handler/filesystem.go:348-383)


# --- the transport --------------------------------------------------------------------------------


# --- the terminal (srv handler/terminal.go; handler/terminal/session_manager.go, terminal.go) ------

TERMINAL_BUFFER = 100 * 1024  # maxBufferSize: the output a session keeps (srv handler/terminal/session_manager.go:13)
ANSI_RESET = b"\x1b[0m"  # put before a replayed buffer (session_manager.go:24-26, 175-186)
# findShell (srv handler/terminal/terminal.go:31-49) with $SHELL unset: no zsh or bash on the base
# image (Alpine), so /bin/sh (busybox); the shells there are
DEFAULT_SHELL, SHELLS = "/bin/sh", {"/bin/sh", "/bin/ash"}
TERMINAL_STEPS = {"stdout", "stdout_bytes", "sleep", "exit", "hang", "effect", "shell"}


def go_json_text(data: bytes) -> str:
    """string(data) as encoding/json writes it: a byte that starts no valid UTF-8 sequence becomes
    U+FFFD, one per byte (Go encoding/json encode.go appendString, utf8.DecodeRuneInString)."""
    out, i = [], 0
    while i < len(data):
        for width in (1, 2, 3, 4):
            try:
                out.append(data[i : i + width].decode("utf-8"))
            except UnicodeDecodeError:
                continue
            i += width
            break
        else:
            out.append("\ufffd")
            i += 1
    return "".join(out)


def terminal_frame(kind: str, data: str) -> str:
    """conn.WriteJSON(TerminalMessage{Type, Data}) (srv handler/terminal.go:50-56): gorilla encodes
    with json.NewEncoder(w).Encode (a newline after the object), Data omitted when empty, Go's
    HTML-safe escapes. The streamed exec's events are the same bytes: json.Marshal(StreamEvent)
    (`data,omitempty`) and a "\n" (srv handler/process.go:718-756)."""
    text = json.dumps({"type": kind, **({"data": data} if data else {})}, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text + "\n"


class TerminalStartError(Exception):
    """NewTerminalSession's error (srv handler/terminal/terminal.go:52-161), as err.Error() says it."""


class TerminalSession:
    """A ManagedSession (srv handler/terminal/session_manager.go:38-76) over a PTY running a program
    (terminal.go:52-161). Its output is read 4096 bytes at a time (a character may be cut between
    two reads), kept (the last 100 KiB) and sent to every client connected; it outlives its
    clients (session_manager.go:35-37) and ends when its program exits or is killed, every process
    of the session then killed (watchShellExit, session_manager.go:82-96; Close, terminal.go:188-214).
    Not modelled: the 10-minute idle cleanup of a session without clients (session_manager.go:342-369)
    and output dropped for a client more than 64 reads behind (session_manager.go:16, 188-203)."""

    def __init__(self, fake: FakeBlaxel, fs: FileSystem, pid: int, cwd: str, cols: int, rows: int) -> None:
        self.fake, self.fs, self.pid, self.cwd = fake, fs, pid, cwd
        self.cols, self.rows = cols, rows
        self.clients: list[ServerSocket] = []
        self.buffer = bytearray()
        self.line = bytearray()  # what is being typed (the tty's canonical mode)
        self.lines: asyncio.Queue[bytes] = asyncio.Queue()
        self.dead = asyncio.Event()
        self.task: asyncio.Task | None = None

    def output(self, data: bytes) -> None:
        """readLoop (session_manager.go:101-123): each read appended to the buffer and broadcast;
        nothing once dead (appendBuffer, :136-143)."""
        for i in range(0, len(data), READ_SIZE):
            if self.dead.is_set():
                return
            chunk = data[i : i + READ_SIZE]
            self.keep(chunk)
            for client in list(self.clients):
                client.send(terminal_frame("output", go_json_text(chunk)))

    def keep(self, chunk: bytes) -> None:
        """appendBuffer (:138-163): past 100 KiB the oldest bytes go, up to a newline within 256."""
        self.buffer += chunk
        if len(self.buffer) > TERMINAL_BUFFER:
            excess = len(self.buffer) - TERMINAL_BUFFER
            newline = self.buffer.find(b"\n", excess, excess + 256)
            del self.buffer[: newline + 1 if newline >= 0 else excess]

    def replay(self) -> bytes:
        """GetBuffer (:175-186): the kept output after an SGR reset, nothing when none was kept."""
        return ANSI_RESET + bytes(self.buffer) if self.buffer else b""

    def write(self, data: bytes) -> None:
        """Input to the PTY (ms.Write, :249-252) through the line discipline as a new PTY has it
        (Linux's default termios: canonical, ECHO, ICRNL, ONLCR): echoed, CR read as NL and echoed
        as CR NL, each whole line handed to the program (ECHOCTL's ^X for other control characters
        and a shell's own line editing are not modelled: tests type printable text). A dead session's write fails, which the
        handler only logs (srv handler/terminal.go:305-307)."""
        if self.dead.is_set():
            return
        data = data.replace(b"\r", b"\n")
        self.output(data.replace(b"\n", b"\r\n"))
        self.line += data
        while b"\n" in self.line:
            line, _, rest = bytes(self.line).partition(b"\n")
            self.line = bytearray(rest)
            self.lines.put_nowait(line)

    def resize(self, cols: int, rows: int) -> None:
        """pty.Setsize; a closed session's is ErrClosedPipe, only logged (terminal.go:174-186, 308-313)."""
        if not self.dead.is_set():
            self.cols, self.rows = cols, rows

    def end(self) -> None:
        """Close (session_manager.go:264-268, terminal.go:188-214): the PTY closed, the session's
        processes SIGKILLed, dead."""
        if self.dead.is_set():
            return
        self.dead.set()
        self.fs.shells.pop(self.pid, None)
        if self.task is not None and self.task is not asyncio.current_task():
            self.task.cancel()

    async def run(self, steps: list) -> None:
        """The program's steps ("shell": an interactive shell, which ends at a line `exit`); its
        end ends the session (watchShellExit, session_manager.go:82-96)."""
        try:
            while steps:
                kind, *args = steps.pop(0)
                if kind == "stdout":
                    self.output(args[0].encode())
                elif kind == "stdout_bytes":
                    self.output(args[0])
                elif kind == "effect":
                    steps[:0] = list(args[0](self.fs, self.cwd))
                elif kind == "sleep":
                    await self.fake.pause(args[0])
                elif kind == "exit":
                    break
                elif kind == "hang":
                    await asyncio.Event().wait()
                elif kind == "shell":
                    while (await self.lines.get()).strip() != b"exit":
                        pass
                    break
        finally:
            self.end()


class TerminalServer:
    """HandleTerminalWS (srv handler/terminal.go:149-316) and the SessionManager (srv
    handler/terminal/session_manager.go:270-326): one per sandbox API (its sessions on the Sandbox)."""

    def __init__(self, fake: FakeBlaxel) -> None:
        self.fake = fake

    def connect(self, sb: Sandbox, request: httpx.Request) -> httpx.Response:
        if request.headers.get("upgrade", "").lower() != "websocket" or "sec-websocket-key" not in request.headers:
            # gorilla's Upgrade answers 400 itself (http.Error, StatusText); the handler returns (:176-181)
            return response(400, b"Bad Request\n", TEXT)
        query = request.url.params
        socket = ServerSocket(self.fake, request)
        self.fake.spawn(
            self.serve(
                sb,
                socket,
                shell=query.get("shell", ""),
                cwd=query.get("workingDir", ""),
                session_id=query.get("sessionId", "default"),  # c.DefaultQuery (:165)
                cols=self.size(query.get("cols"), 80),
                rows=self.size(query.get("rows"), 24),
            )
        )
        return socket.switching_protocols()

    @staticmethod
    def size(text: str | None, default: int) -> int:
        """strconv.ParseUint(s, 10, 16), the default when absent or not one (:151-162)."""
        return int(text) if text and re.fullmatch(r"[0-9]+", text) and int(text) < 1 << 16 else default

    async def serve(self, sb: Sandbox, socket: ServerSocket, *, shell: str, cwd: str, session_id: str,
                    cols: int, rows: int) -> None:  # fmt: skip
        try:
            session, new = self.get_or_create(sb, session_id, shell, cwd, cols, rows)
        except TerminalStartError as e:  # the error frame, then conn.Close(): no close frame (:185-194)
            socket.send(terminal_frame("error", str(e)))
            socket.down.close()
            return
        session.clients.append(socket)  # Subscribe (:197)
        if replay := session.replay():  # (:199-208)
            socket.send(terminal_frame("output", go_json_text(replay)))
        if not new and cols > 0 and rows > 0:  # a reconnection takes the new client's size (:210-213)
            session.resize(cols, rows)
        try:
            async for message in socket.messages():
                self.handle(session, message)
                if session.dead.is_set():  # the loop sees the session's end only before its next read (:278-288)
                    break
        finally:
            session.clients.remove(socket)  # Unsubscribe (:271)
            socket.down.close()  # conn.Close(): gorilla closes the connection without a close frame (:270)

    @staticmethod
    def handle(session: TerminalSession, message: bytes) -> None:
        """One client message (:290-314): JSON that does not fit TerminalMessage is skipped, input
        written to the PTY, a resize with both sizes above 0 applied; nothing is answered."""
        try:
            frame = json.loads(message)
        except ValueError:
            return
        if not isinstance(frame, dict) or not isinstance(frame.get("type", ""), str):
            return
        data, cols, rows = frame.get("data", ""), frame.get("cols", 0), frame.get("rows", 0)
        if not isinstance(data, str) or not all(
            isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 1 << 16 for n in (cols, rows)
        ):
            return
        if frame.get("type") == "input":
            # a lone surrogate (\udXXX) decodes to U+FFFD in Go
            session.write("".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in data).encode())
        elif frame.get("type") == "resize" and cols > 0 and rows > 0:
            session.resize(cols, rows)

    def get_or_create(self, sb: Sandbox, session_id: str, shell: str, cwd: str, cols: int,
                      rows: int) -> tuple[TerminalSession, bool]:  # fmt: skip
        """GetOrCreate (session_manager.go:296-315): a live session of that id is joined, else a
        new one starts `shell` (findShell's when empty) in `cwd`, with no arguments (terminal.go:57)."""
        existing = sb.terminals.get(session_id)
        if existing is not None and not existing.dead.is_set():
            return existing, False
        shell = shell or DEFAULT_SHELL
        steps = self.program(sb.fs, shell, cwd)
        pid = 2000 + int(self.fake.next_id("shell").rpartition("-")[2])
        program = getattr(self.fake.commands, "program", None)
        scripted = program(sb.fs, shell, pid) if program is not None else None
        session = TerminalSession(self.fake, sb.fs, pid, self.directory(cwd), cols, rows)
        sb.terminals[session_id] = sb.fs.shells[pid] = session
        session.task = self.fake.spawn(session.run(list(scripted if scripted is not None else steps)))
        return session, True

    def program(self, fs: FileSystem, shell: str, cwd: str) -> list:
        """exec of `shell` in `cwd`, as os.StartProcess fails: the child's chdir or exec errno, named
        after the program either way ("fork/exec <shell>: ...", Go os/exec_posix.go startProcess)."""
        try:
            directory = fs.stat(self.directory(cwd))[1]
            if not directory.is_dir:
                raise FsError("ENOTDIR", "fork/exec", shell)
            if shell in SHELLS:
                return [("shell",)]
            entry = fs.stat(posixpath.join(self.directory(cwd), shell))[1]
        except FsError as e:
            raise TerminalStartError(f"fork/exec {shell}: {FsError.TEXT[e.code]}") from None
        if entry.is_dir or not entry.mode & 0o111:
            raise TerminalStartError(f"fork/exec {shell}: permission denied")
        return [("shell",)]  # a program the script does not describe: taken for a shell

    @staticmethod
    def directory(cwd: str) -> str:
        """cmd.Dir: relative to the API's own working directory; empty: that directory."""
        return posixpath.normpath(posixpath.join(WORKDIR, cwd)) if cwd else WORKDIR


class FakeBlaxel(httpx.AsyncBaseTransport):
    def __init__(
        self,
        *,
        api_key: str = "blaxel-replay-key",
        workspace: str = "fake-ws",
        region: str = "us-pdx-1",
        api_base: str = "https://api.blaxel.ai/v0",
        commands: Mapping[str, Any] | None = None,
    ) -> None:
        self.api_key, self.workspace, self.region = api_key, workspace, region
        self.api_base = httpx.URL(api_base.rstrip("/"))
        # command line -> steps, or (env, cwd) -> steps; kept as given (it may answer lines it
        # computes, through __missing__)
        self.commands: Mapping[str, Any] = commands if commands is not None else {}
        self.deploy_steps = 2  # GETs a new sandbox answers DEPLOYING before DEPLOYED
        self.fail_images: set[str] = set()  # images whose sandboxes end FAILED
        self.page_size = 50  # the most one list page holds (a test lowers it to see paging)
        self.sandboxes: dict[str, Sandbox] = {}
        self.created = 0
        self.clock = 0  # logical seconds since BASE_TIME
        # Simulated time: a script's sleeps, keepalives and the edge's 60 s pass this many real
        # seconds per second (a test of a 3-minute command lowers it)
        self.time_scale = 1.0
        self.cut_streams = 0  # the next streamed execs the edge drops, `cut_after` seconds in
        self.cut_after = 0.0
        self.cut_cleanly = False  # a cut stream ends as if whole (a proxy closing it) rather than broken
        self.sandbox_api_before_standby = False  # sandboxes' images carry an API without /standby
        self.slow_creates = 0  # the next creates outlast the edge: a 504, the sandbox deploying on
        self.injected: list[list] = []
        self.tasks: set[asyncio.Task] = set()
        self.counters: dict[str, int] = {}
        self.control_plane, self.sandbox_api = ControlPlane(self), SandboxApi(self)
        self.terminal_server = TerminalServer(self)

    def url(self, sb: Sandbox) -> str:
        return f"https://sbx-{sb.name}-{self.workspace}.{sb.body['spec']['region']}.bl.run"

    def inject(self, method: str, path_regex: str, status: int, body: dict | list | None = None,
               headers: dict[str, str] | None = None, times: int = 1) -> None:  # fmt: skip
        """The next `times` requests matching method and (decoded) path get this answer instead."""
        self.injected.append([method.upper(), re.compile(path_regex), status, body, headers or {}, times])

    def next_id(self, kind: str) -> str:
        self.counters[kind] = self.counters.get(kind, 0) + 1
        return f"{kind}-{self.counters[kind]}"

    def cutting(self, proc: Process, feed: Feed) -> asyncio.Task:
        """The edge dropping a stream (`cut_streams`, `cut_after` seconds in) while the process
        runs on: the task's result says whether it did."""
        cut = self.cut_streams > 0
        self.cut_streams -= cut

        async def drop() -> bool:
            if not cut:
                await proc.done.wait()
                return False
            try:
                await asyncio.wait_for(asyncio.shield(proc.done.wait()), self.cut_after * self.time_scale)
                return False
            except TimeoutError:
                if feed in proc.readers:
                    proc.readers.remove(feed)
                feed.end() if self.cut_cleanly else feed.cut()
                return True

        return self.spawn(drop())

    async def pause(self, seconds: float) -> None:
        await asyncio.sleep(seconds * self.time_scale)

    def spawn(self, coroutine) -> asyncio.Task:
        task = asyncio.create_task(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def aclose(self) -> None:  # the client closed: no scripted process or stream outlives the test
        for task in list(self.tasks):
            task.cancel()
        for sb in self.sandboxes.values():
            for *_, feed in list(sb.fs.watchers):
                feed.end()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        await asyncio.sleep(0)  # a network round trip lets other tasks (scripts, streams) run
        try:
            return await self._route(request, body)
        finally:
            self.clock += 1  # one logical second per request

    async def _route(self, request: httpx.Request, body: bytes) -> httpx.Response:
        url = request.url
        for rule in self.injected:
            method, regex, status, answer, headers, times = rule
            if times > 0 and method == request.method and regex.fullmatch(url.path):
                rule[5] -= 1
                return (
                    response(status, b"", headers)
                    if answer is None
                    else json_response(status, answer, headers)
                )
        authorized = request.headers.get("authorization") == f"Bearer {self.api_key}"
        prefix = self.api_base.path.rstrip("/")
        if (url.scheme, url.host) == (self.api_base.scheme, self.api_base.host) and url.path.startswith(
            prefix + "/"
        ):
            if not authorized or request.headers.get("x-blaxel-workspace") != self.workspace:
                return self.control_plane.error(request, 401, "invalid API key or workspace")
            return self.control_plane.handle(request, url.path[len(prefix) :], body)
        sb = next((s for s in self.sandboxes.values() if httpx.URL(self.url(s)).host == url.host), None)
        if sb is None and not url.host.endswith(".bl.run"):
            raise AssertionError(f"FakeBlaxel: {url} is neither under {self.api_base} nor a sandbox's URL")
        # The edge also takes the key as `token` in the query, as Blaxel's terminal clients send it
        # (toolkit cli/connect/terminal.go:89-92, srv handler/terminal/frontend.go:118-123)
        if not authorized and url.params.get("token") != self.api_key:
            return json_response(401, {"error": "invalid API key"})
        if sb is None or sb.status != "DEPLOYED":
            return json_response(
                503, {"error": f"sandbox at {url.host} is " + (sb.status if sb else "not found")}
            )
        return await self.sandbox_api.handle(sb, request, body)
