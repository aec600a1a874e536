"""An in-process fake of Daytona (control plane and toolbox) as an httpx transport, for composing cassettes.

The Daytona adapter's tests run against it once in record mode; the recorded traffic is committed and
validated against specs/daytona/. So answers follow those specs (statuses, field names, content types)
and are deterministic: ids come from counters, and every time is 2026-10-01T12:00:00Z plus a logical
clock that advances one second per request.

Session commands are scripted, not run (tests/daytona_script.py says what the session's shell does
with each line): `commands` maps the exact command string to a list of steps (or to a callable
`(command) -> steps`):
    ("stdout", str | bytes) ("stderr", str | bytes)   written by the command (the log gets whole lines)
    ("sleep", seconds)
    ("exit", code)    the line ends with this status (None: the status of its last process)
    ("echo_stdin",)   cat: each input to stdout, until the session goes
    ("hang",)         run until killed (its session deleted: 143; the sandbox stopped: 137)
    ("effect", fn)    fn(sandbox) does what the command does (files, processes); returns more steps
    ("process", pid, name, steps[, user])   run `steps` as one process (pid None: the next free
                      one), listed while it runs; killed by signal n its status is 128 + n
Files follow Go's os calls as the daemon makes them (symlinks followed, ENOTDIR apart from ENOENT;
see FileSystem); their errors have empty bodies (Toolbox.file_error).
The two websockets (command logs with follow=true, PTY connect) answer 101 with an in-memory network
stream; the fake frames its side with wsproto (sans-IO, server side: it never masks).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import inspect
import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Any

import httpcore
import httpx
from wsproto.connection import Connection, ConnectionState, ConnectionType
from wsproto.events import BytesMessage, CloseConnection, Message, Ping, TextMessage

BASE_TIME = datetime(2026, 10, 1, 12, 0, 0, tzinfo=UTC)
ISO_MS = "%Y-%m-%dT%H:%M:%S.000Z"  # the control plane: JavaScript's Date.toISOString()
RFC3339 = "%Y-%m-%dT%H:%M:%SZ"  # the daemon: Go's time.RFC3339
GO_STRING = "%Y-%m-%d %H:%M:%S +0000 UTC"  # Go's time.String(), FileInfo.modTime
USER, HOME, ORGANIZATION, DEFAULT_SNAPSHOT = "daytona", "/home/daytona", "org-fake", "daytona-small"
STDOUT, STDERR = b"\x01\x01\x01", b"\x02\x02\x02"  # the daemon's markers in a command's one log
JSON_LOGS_SINCE = (0, 167, 0)  # X-Daytona-SDK-Version from which logs answer JSON (toolbox.yaml)
KILLED = 137  # 128 + SIGKILL: a command of a sandbox stopped or deleted
# A deleted session's shell group gets SIGTERM first (pkg/session/delete.go:44-69): 128 + SIGTERM
TERMINATED = 143
SLOW_CONSUMER = 64 * 1024  # unread terminal output (bytes: our stand-in for 256 queued messages) after which the daemon drops the client
KILLED_PTY = '{"exitCode":137,"exitReason":"SIGKILL"}'
WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3
STEPS = {"stdout", "stderr", "sleep", "exit", "echo_stdin", "hang", "effect", "process"}
CREATE_MINIMUM = {"cpu": 1, "memory": 1, "disk": 1, "autoStopInterval": 0, "autoArchiveInterval": 0,
                  "autoDeleteInterval": -1, "ttlMinutes": 0}  # fmt: skip  (autoDeleteInterval -1: never)


def stamp(seconds: int, layout: str = RFC3339) -> str:
    return (BASE_TIME + timedelta(seconds=seconds)).strftime(layout)


def response(status: int, data: bytes = b"", headers: dict | None = None, **extensions) -> httpx.Response:
    """Unread, like a network answer (`content=` would be read already: `aiter_raw` would fail)."""
    headers = {**(headers or {}), **({"Content-Length": str(len(data))} if status not in (101, 204) else {})}
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(data), extensions=extensions)


def json_response(status: int, body: Any, headers: dict | None = None) -> httpx.Response:
    data = json.dumps(body, separators=(",", ":")).encode()
    return response(status, data, {"Content-Type": "application/json; charset=utf-8", **(headers or {})})


class HttpError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def integer(value: Any, name: str, low: int, high: int | None = None) -> int:
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < low or value > (high or value):
        raise HttpError(400, f"{name} must be an integer from {low}" + (f" to {high}" if high else ""))
    return value


def strings(value: Any, name: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise HttpError(400, f"{name} must be an object of strings")
    return value


class Clock:
    def __init__(self) -> None:
        self.now = 0


# --- an in-memory connection, and the fake's end of a websocket over it ---------------------------


class Pipe:
    """One direction of an in-memory connection: bytes in order, then EOF."""

    def __init__(self) -> None:
        self.buffer, self.eof, self.ready = bytearray(), False, asyncio.Event()

    def put(self, data: bytes) -> None:
        if data and not self.eof:
            self.buffer += data
            self.ready.set()

    def close(self) -> None:
        self.eof = True
        self.ready.set()

    async def get(self, max_bytes: int) -> bytes:
        while not self.buffer and not self.eof:
            self.ready.clear()
            await self.ready.wait()
        data = bytes(self.buffer[:max_bytes])
        del self.buffer[:max_bytes]
        return data


class NetworkStream:
    """The client's end of a hijacked (101) connection, shaped like httpcore's AsyncNetworkStream."""

    def __init__(self, incoming: Pipe, outgoing: Pipe) -> None:
        self.incoming, self.outgoing = incoming, outgoing

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self.incoming.get(max_bytes)  # b"" once the fake closed its end
        except TimeoutError:
            raise httpcore.ReadTimeout("FakeDaytona: nothing to read within the timeout") from None

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self.outgoing.eof:
            raise httpcore.WriteError("FakeDaytona: the connection is closed")
        self.outgoing.put(bytes(buffer))

    async def aclose(self) -> None:
        self.outgoing.close()
        self.incoming.close()

    def get_extra_info(self, name: str) -> Any:
        return None


class ServerSocket:
    """The fake's end of a websocket: whole messages in (`messages`) and out (`send`), then a close."""

    def __init__(self, fake: FakeDaytona, request: httpx.Request) -> None:
        if request.headers.get("upgrade", "").lower() != "websocket" or "sec-websocket-key" not in request.headers:
            raise HttpError(400, "this endpoint needs a websocket upgrade")
        self.key = request.headers["sec-websocket-key"].encode()
        self.conn = Connection(ConnectionType.SERVER)
        self.up, self.down = Pipe(), Pipe()  # client -> fake, fake -> client
        self.inbox: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.gone = asyncio.Event()  # the connection is over, closed either way
        fake.spawn(self._pump())

    def switching_protocols(self) -> httpx.Response:
        accept = base64.b64encode(hashlib.sha1(self.key + WS_GUID).digest()).decode()
        headers = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Accept": accept}
        return response(101, b"", headers, network_stream=NetworkStream(self.down, self.up))

    @property
    def open(self) -> bool:
        return self.conn.state is ConnectionState.OPEN

    def send(self, data: bytes | str) -> None:
        if self.open:
            self.down.put(self.conn.send(TextMessage(data) if isinstance(data, str) else BytesMessage(data)))

    def close(self, code: int, reason: str = "") -> None:
        """Starts the closing handshake; `_pump` ends the connection when the client answers."""
        if self.open:
            self.down.put(self.conn.send(CloseConnection(code, reason)))

    async def messages(self):
        while (message := await self.inbox.get()) is not None:
            yield message

    async def _pump(self) -> None:
        parts: list = []
        try:
            while self.conn.state is not ConnectionState.CLOSED:
                self.conn.receive_data(await self.up.get(65536) or None)  # None: gone without a close
                for event in self.conn.events():
                    if isinstance(event, Message):
                        parts.append(event.data.encode() if isinstance(event, TextMessage) else event.data)
                        if event.message_finished:
                            self.inbox.put_nowait(b"".join(parts))
                            parts = []
                    elif isinstance(event, Ping) and self.open:
                        self.down.put(self.conn.send(event.response()))
                    elif isinstance(event, CloseConnection) and self.conn.state is not ConnectionState.CLOSED:
                        # the client's close (answer it), or wsproto's on a protocol error such as an
                        # unmasked client frame (send it: the client learns why, e.g. 1002)
                        self.down.put(self.conn.send(event.response()))
        finally:
            self.down.close()
            self.inbox.put_nowait(None)
            self.gone.set()


# --- the sandbox filesystem -----------------------------------------------------------------------
# The daemon's file calls are Go's os package on the container's filesystem (daytonaio/daytona at
# v0.190.0, apps/daemon/pkg/toolbox/fs/*.go; the last public daemon, so its behaviour stands for
# the current one where the Aug-2026 spec says nothing else). This models what those calls do:
# symlinks followed by os.Stat (never Lstat), ENOTDIR apart from ENOENT, relative paths against the
# daemon's working directory.

UIDS = {"root": 0, USER: 1001}  # numeric owners (FileInfo); daytona's uid is not fixed (useradd -m, no -u)
UMASK = 0o022  # the container's: new files 0666 & ~umask, directories perm & ~umask


@dataclass
class Entry:
    is_dir: bool
    mtime: int
    mode: int
    data: bytes = b""
    owner: str = USER
    group: str = USER
    link: str | None = None  # a symlink: the text it points to (made by commands: `ln -s`)


class OsError(Exception):
    """A Go *PathError: which errno, and the HTTP status the daemon's handlers give it:
    os.IsNotExist -> 404, os.IsPermission -> 403, anything else -> 400 (e.g. fs/get_file_info.go:
    36-46). ENOTDIR is not IsNotExist (syscall.Errno.Is matches ENOENT only), so a path under a
    regular file is 400, never 404."""

    STATUS = {"ENOENT": 404, "EACCES": 403}

    def __init__(self, op: str, path: str, errno: str) -> None:
        super().__init__(f"{op} {path}: {errno}")
        self.errno = errno
        self.status = self.STATUS.get(errno, 400)


def absolute(path: str) -> str:
    """filepath.Abs (download, move, permissions): joined to the daemon's working directory and
    cleaned. The working directory is the image's WORKDIR, else the user's home (runner
    pkg/docker/container_configs.go:141-152, daemon cmd/daemon/main.go:91-97); the default image
    has no WORKDIR: /home/daytona."""
    return posixpath.normpath(posixpath.join(HOME, path))


def raw(path: str) -> str:
    """A path the handler passes to os.* as given (info, list, delete, folder, upload): relative to
    the working directory, not cleaned (the kernel walks "." and ".." and a trailing "/")."""
    return path if path.startswith("/") else HOME.rstrip("/") + "/" + path


resolve = absolute  # terminals: the PTY's cwd


def octal(mode: str, default: int) -> int:
    """strconv.ParseUint(mode, 8, 32), any other text 400 "invalid mode format" (fs/create_folder.go:
    35-44, set_file_permissions.go:56-62). os.FileMode(n) keeps only the permission bits for
    Mkdir/Chmod: the raw 04000/02000/01000 bits are not Go's ModeSetuid/ModeSetgid/ModeSticky and are
    dropped (os.syscallMode)."""
    if not mode:
        return default
    if not re.fullmatch(r"[0-7]+", mode) or int(mode, 8) >= 1 << 32:
        raise HttpError(400, "invalid mode format")
    return int(mode, 8) & 0o777


def go_mode(entry: Entry) -> str:
    """FileMode.String() of what os.Stat found: "drwxr-xr-x", "-rw-r--r--" (never "L": links followed)."""
    bits = "".join(c if entry.mode >> (8 - i) & 1 else "-" for i, c in enumerate("rwxrwxrwx"))
    return ("d" if entry.is_dir else "-") + bits


class FileSystem:
    def __init__(self, clock: Clock, *, with_paths: bool = True) -> None:
        self.clock = clock
        self.with_paths = with_paths  # FileInfo.path: the Aug-2026 spec's, not v0.190's (fs/types.go:8-20)
        root = {"owner": "root", "group": "root"}
        self.entries = {"/": Entry(True, 0, 0o755, **root), "/home": Entry(True, 0, 0o755, **root),
                        HOME: Entry(True, 0, 0o755), "/tmp": Entry(True, 0, 0o777, **root)}  # fmt: skip

    # the kernel's path walk

    def walk(self, path: str, op: str = "stat", follow: bool = True) -> str:
        """The entry a path names (symlinks on the way followed; the last one too when `follow`):
        ENOENT for a missing name, ENOTDIR for a name under a non-directory (or a trailing "/"
        after one), ELOOP after 40 links."""
        todo = path.split("/")
        trailing = path.endswith("/") and path.strip("/") != ""
        real, hops = "/", 0
        while todo:
            part = todo.pop(0)
            if part in ("", "."):
                continue
            if not self.entries[real].is_dir:
                raise OsError(op, path, "ENOTDIR")
            if part == "..":
                real = posixpath.dirname(real)
                continue
            child = posixpath.join(real, part)
            entry = self.entries.get(child)
            if entry is None:
                raise OsError(op, path, "ENOENT")
            if entry.link is not None and (todo or follow or trailing):
                hops += 1
                if hops > 40:
                    raise OsError(op, path, "ELOOP")
                if entry.link.startswith("/"):
                    real = "/"
                todo[:0] = entry.link.split("/")
                continue
            real = child
        if trailing and not self.entries[real].is_dir:
            raise OsError(op, path, "ENOTDIR")
        return real

    def stat(self, path: str, op: str = "stat") -> tuple[str, Entry]:
        """os.Stat: the entry at the end of the links."""
        real = self.walk(path, op)
        return real, self.entries[real]

    def parent(self, path: str, op: str) -> tuple[str, str]:
        """(the real directory a path's last name is in, that name), as mkdir(2)/unlink(2) see it."""
        head, name = posixpath.split(path.rstrip("/") or "/")
        real = self.walk(head or "/", op)
        if not self.entries[real].is_dir:
            raise OsError(op, path, "ENOTDIR")
        return real, name

    def info(self, path: str) -> dict:
        """getFileInfo (fs/get_file_info.go:51-69): os.Stat, so a link shows its target's kind, size,
        mode and time under its own name; owner and group as numbers; permissions the 9 permission
        bits as %04o. `path` is in the Aug-2026 spec only ("full path of the entry"): the path asked
        for, made absolute."""
        _, e = self.stat(path)
        info = {
            "name": posixpath.basename(path.rstrip("/")) or "/", "path": absolute(path), "isDir": e.is_dir,
            "size": 4096 if e.is_dir else len(e.data), "mode": go_mode(e),
            "permissions": f"{e.mode & 0o777:04o}", "owner": str(UIDS[e.owner]), "group": str(UIDS[e.group]),
            "modTime": stamp(e.mtime, GO_STRING), "modifiedAt": stamp(e.mtime),
        } | ({} if self.with_paths else {"path": None})  # fmt: skip
        return {k: v for k, v in info.items() if v is not None}

    def children(self, real: str) -> list[str]:
        return sorted(p for p in self.entries if p != "/" and posixpath.dirname(p) == real)

    def list_dir(self, path: str, depth: int) -> list[dict]:
        """ListFiles (fs/list_files.go:25-55): os.ReadDir (a file: 400, getdents' ENOTDIR), then
        getFileInfo of each name, sorted; an entry Stat cannot follow (a dangling link) is left out.
        `depth` is the Aug-2026 spec's (v0.190 ignored it); deeper levels are read through real
        directories only, not links (unknown: as filepath.WalkDir does)."""
        real, entry = self.stat(path, "open")
        if not entry.is_dir:
            raise OsError("readdirent", path, "ENOTDIR")
        out = []
        for child in self.children(real):
            named = path.rstrip("/") + "/" + posixpath.basename(child)
            try:
                out.append(self.info(named))
            except OsError:
                continue
            if depth > 1 and self.entries[child].is_dir and self.entries[child].link is None:
                out += self.list_dir(named, depth - 1)
        return out

    def _touch(self, real_dir: str) -> None:
        self.entries[real_dir].mtime = self.clock.now

    def _subtree(self, real: str) -> list[str]:
        return [p for p in self.entries if p == real or p.startswith(real.rstrip("/") + "/")]

    def mkdir(self, path: str, perm: int) -> None:
        """mkdir(2): EEXIST for any name there (a dangling link too); new mode perm & ~umask."""
        real_dir, name = self.parent(path, "mkdir")
        child = posixpath.join(real_dir, name)
        if name in ("", ".", "..") or child in self.entries:
            raise OsError("mkdir", path, "EEXIST")
        self.entries[child] = Entry(True, self.clock.now, perm & ~UMASK)
        self._touch(real_dir)

    def mkdir_all(self, path: str, perm: int) -> None:
        """os.MkdirAll (go src/os/path.go): os.Stat first, a directory is done and anything else
        ENOTDIR; else the parent (recursively), then Mkdir, whose EEXIST is fine for a directory."""
        try:
            if self.stat(path, "mkdir")[1].is_dir:
                return
            raise OsError("mkdir", path, "ENOTDIR")
        except OsError as err:
            if err.errno != "ENOENT":
                raise
        head = posixpath.dirname(path.rstrip("/"))
        if head not in ("", "/") and head != path:
            self.mkdir_all(head, perm)
        try:
            self.mkdir(path, perm)
        except OsError:
            try:
                if self.stat(path)[1].is_dir:
                    return
            except OsError:
                pass
            raise

    def create(self, path: str, data: bytes) -> None:
        """os.Create (O_RDWR|O_CREATE|O_TRUNC, 0666): through a link at the end; a directory EISDIR;
        an existing file keeps its mode."""
        try:
            real, entry = self.stat(path, "open")
        except OsError as err:
            if err.errno != "ENOENT":
                raise
            target = path
            try:  # a dangling link: the file is made where it points
                real_dir, name = self.parent(path, "open")
                link = self.entries.get(posixpath.join(real_dir, name))
                if link is not None and link.link is not None:
                    target = link.link if link.link.startswith("/") else posixpath.join(real_dir, link.link)
                real_dir, name = self.parent(target, "open")
            except OsError:
                raise err from None
            real, entry = posixpath.join(real_dir, name), Entry(False, self.clock.now, 0o666 & ~UMASK)
            self.entries[real] = entry
        if entry.is_dir:
            raise OsError("open", path, "EISDIR")
        entry.data, entry.mtime = data, self.clock.now
        self._touch(posixpath.dirname(real))

    def symlink(self, target: str, path: str) -> None:
        """symlink(2) (a command's doing, `ln -s`: the toolbox has no call for it)."""
        real_dir, name = self.parent(path, "symlink")
        if posixpath.join(real_dir, name) in self.entries:
            raise OsError("symlink", path, "EEXIST")
        self.entries[posixpath.join(real_dir, name)] = Entry(False, self.clock.now, 0o777, link=target)
        self._touch(real_dir)

    def rename(self, source: str, destination: str) -> None:
        """rename(2): the names themselves (a link is moved, not its target); a file or empty
        directory at the destination replaced; EINVAL into its own subtree."""
        src_dir, src_name = self.parent(source, "rename")
        dst_dir, dst_name = self.parent(destination, "rename")
        src, dst = posixpath.join(src_dir, src_name), posixpath.join(dst_dir, dst_name)
        if src not in self.entries:
            raise OsError("rename", source, "ENOENT")
        moved, there = self.entries[src], self.entries.get(dst)
        if dst == src:
            return
        if dst.startswith(src + "/"):
            raise OsError("rename", source, "EINVAL")
        if there is not None:
            if moved.is_dir and not there.is_dir:
                raise OsError("rename", source, "ENOTDIR")
            if there.is_dir and not moved.is_dir:
                raise OsError("rename", source, "EISDIR")
            if there.is_dir and len(self._subtree(dst)) > 1:
                raise OsError("rename", source, "ENOTEMPTY")
            for p in self._subtree(dst):
                del self.entries[p]
        for p in self._subtree(src):
            self.entries[dst + p[len(src) :]] = self.entries.pop(p)
        self._touch(src_dir)
        self._touch(dst_dir)

    def remove_all(self, path: str) -> None:
        """os.RemoveAll: the name itself (a link, not what it points to) and all under it."""
        real_dir, name = self.parent(path, "unlinkat")
        real = posixpath.join(real_dir, name)
        if real == "/" or name in ("", ".", ".."):
            raise OsError("unlinkat", path, "EBUSY" if real == "/" else "EINVAL")
        for p in self._subtree(real):
            del self.entries[p]
        self._touch(real_dir)

    def remove(self, path: str) -> None:
        """os.Remove: one name; a directory only when empty."""
        real_dir, name = self.parent(path, "remove")
        real = posixpath.join(real_dir, name)
        if len(self._subtree(real)) > 1:
            raise OsError("remove", path, "ENOTEMPTY")
        del self.entries[real]
        self._touch(real_dir)

    def move(self, source: str, destination: str) -> None:
        """MoveFile (fs/move_file.go:28-150): both paths made absolute; os.Stat of the source and of
        the destination's directory (404/403/400, so a missing parent is 404: nothing is made); ANY
        destination Stat finds is 409, a file as much as a directory. Then os.Rename; when that
        fails, a copy and os.RemoveAll(source): into its own subtree (EINVAL) that removes the copy
        with the source, and answers 200 (the copy loop reads the names before it writes)."""
        source, destination = absolute(source), absolute(destination)
        self.stat(source)
        self.stat(posixpath.dirname(destination))
        try:
            self.stat(destination)
        except OsError:
            pass
        else:
            raise HttpError(409, "destination already exists")
        try:
            self.rename(source, destination)
        except OsError as err:
            if err.errno != "EINVAL":  # the copy fails as the rename did (e.g. ENOTDIR): 400
                raise HttpError(400, f"failed to move file: {err}") from None
            self.remove_all(source)  # the copy was made inside the source: both are gone

    def delete(self, path: str, recursive: bool) -> None:
        """DeleteFile (fs/delete_file.go:25-69): os.Stat first (404/403/400: a dangling link cannot
        be deleted), a directory without recursive=true 400 (empty or not), then os.RemoveAll or
        os.Remove (their failure 400)."""
        entry = self.stat(path)[1]
        if entry.is_dir and not recursive:
            raise HttpError(400, "cannot delete directory without recursive flag")
        try:
            (self.remove_all if recursive else self.remove)(path)
        except OsError as err:
            raise HttpError(400, str(err)) from None


# --- session commands, terminals, sandboxes -------------------------------------------------------


class Command:
    """One session command: the line sourced into the session's shell (daemon pkg/session/
    execute.go:196-237). Its stdout and stderr reach the log through line readers, `printf
    '<marker>%s\\n' "$line"` per line read (execute.go:212-213): a chunk appears once its line is
    whole, and a last line without a newline gets one. The exit code is written once both readers
    have drained (execute.go:226-232)."""

    def __init__(self, sandbox: Sandbox, cmd_id: str, command: str, steps: list, echo_input: bool) -> None:
        self.sandbox, self.id, self.command, self.steps = sandbox, cmd_id, command, steps
        self.echo_input = echo_input
        self.chunks: list[tuple[bytes, bytes]] = []  # (marker, data) in the order written
        self.partial = {STDOUT: b"", STDERR: b""}  # what the line readers hold: no newline yet
        self.exit_code: int | None = None
        self.stdin: asyncio.Queue[bytes] = asyncio.Queue()
        self.changed = asyncio.Event()  # replaced after each change: a waiter keeps the one it saw
        self.done = asyncio.Event()
        self.task: asyncio.Task | None = None

    def _wake(self) -> None:
        self.changed.set()
        self.changed = asyncio.Event()

    def append(self, marker: bytes, data: bytes) -> None:
        """Bytes written to the log itself (a line reader's printf, SendInput's echo)."""
        if data and self.exit_code is None:
            self.chunks.append((marker, data))
            self._wake()

    def write(self, marker: bytes, data: bytes) -> None:
        """What the command writes to stdout or stderr: into the log a whole line at a time."""
        *lines, self.partial[marker] = (self.partial[marker] + data).split(b"\n")
        for line in lines:
            self.append(marker, line + b"\n")

    def drain(self) -> None:
        """The command's end closed the FIFOs: each reader prints its last line, newline added."""
        for marker, rest in self.partial.items():
            self.partial[marker] = b""
            self.append(marker, rest + b"\n" if rest else b"")

    def log(self, start: int = 0) -> bytes:
        """The one multiplexed log, as the daemon keeps it: each chunk after its stream's marker."""
        return b"".join(marker + data for marker, data in self.chunks[start:])

    def text(self, marker: bytes | None = None) -> str:
        return b"".join(d for m, d in self.chunks if marker in (None, m)).decode(errors="replace")

    def as_json(self) -> dict:
        ended = {} if self.exit_code is None else {"exitCode": self.exit_code}
        return {"id": self.id, "command": self.command, **ended}

    async def run(self) -> None:
        code = await self.play(self.steps)
        self.drain()
        self.finish(code)

    async def play(self, steps: list) -> int:
        """Plays scripted steps; the status of the last process (or an explicit exit) is returned."""
        status = 0
        steps = list(steps)
        while steps:
            kind, *args = steps.pop(0)
            await self.sandbox.awake.wait()  # a paused sandbox's commands are frozen
            if kind in ("stdout", "stderr"):
                data = args[0].encode() if isinstance(args[0], str) else args[0]
                self.write(STDOUT if kind == "stdout" else STDERR, data)
            elif kind == "sleep":
                await asyncio.sleep(args[0])
            elif kind == "exit":
                return status if args[0] is None else args[0]
            elif kind == "echo_stdin":  # cat: an async command's stdin stays open (execute.go:63-66)
                while True:
                    self.write(STDOUT, await self.stdin.get())
            elif kind == "hang":
                await asyncio.Event().wait()
            elif kind == "effect":
                steps[:0] = args[0](self.sandbox) or []
            elif kind == "process":
                status = await self.sandbox.run_process(self, *args)
        return status

    def finish(self, code: int) -> None:
        if self.exit_code is None:
            self.exit_code = code
            self.done.set()
            self._wake()

    def kill(self, code: int) -> None:
        """The session's shell went (session deleted, sandbox stopped): what it ran with it."""
        if self.task is not None:
            self.task.cancel()
        self.finish(code)


@dataclass
class Process:
    """A process a session command runs: listed while it runs, killed by signal (status 128 + n)."""

    pid: int
    name: str  # its command line, as /proc/<pid>/cmdline shows it
    uid: int
    task: asyncio.Task | None = None
    signal: int | None = None


@dataclass
class Terminal:
    id: str
    cwd: str
    envs: dict[str, str]
    cols: int
    rows: int
    lazy: bool
    created: int
    typed: bytes = b""  # the last few bytes typed, to see `exit` and Enter
    sockets: set[ServerSocket] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.started = not self.lazy  # a lazy terminal starts with its first client

    def broadcast(self, data: bytes) -> None:
        """Output to every client; a client whose outbound queue is full is dropped with 1008 "slow
        consumer" (pty/websocket.go:96-113: a channel of 256 messages, written as fast as the
        connection takes them). Here: more than SLOW_CONSUMER bytes sent and not yet read."""
        for client in list(self.sockets):
            if len(client.down.buffer) + len(data) > SLOW_CONSUMER:
                client.close(1008, "slow consumer")
                self.sockets.discard(client)
            else:
                client.send(data)

    def info(self) -> dict:
        return {"id": self.id, "cwd": self.cwd, "envs": self.envs, "cols": self.cols, "rows": self.rows,
                "createdAt": stamp(self.created), "active": self.started, "lazyStart": self.lazy}  # fmt: skip


@dataclass
class Sandbox:
    id: str
    seq: int
    name: str
    snapshot: str
    body: dict  # the CreateSandbox request: most fields are only echoed back
    fs: FileSystem
    created: int
    sandbox_class: str = "container"  # the default class (API sandbox.entity.ts:91)
    state: str = "creating"
    desired: str = "started"
    pending: bool = True  # a state change is under way (the API's `pending` flag)
    settles: tuple[int, str] | None = None  # (when, the state it reaches) of the change under way
    error_reason: str | None = None
    sessions: dict[str, dict[str, Command]] = field(default_factory=dict)  # session id -> its commands
    terminals: dict[str, Terminal] = field(default_factory=dict)
    ended_terminals: set[str] = field(default_factory=set)
    awake: asyncio.Event = field(default_factory=asyncio.Event)
    processes: dict[int, Process] = field(default_factory=dict)
    last_pid: int = 100

    async def run_process(self, command: Command, pid: int | None, name: str, steps: list, user: str = USER) -> int:
        """A process of `command` (pid given when the script prints it) until it exits or is killed."""
        if pid is None:
            self.last_pid += 1
            pid = self.last_pid
        proc = self.processes[pid] = Process(pid, name, UIDS[user])
        proc.task = asyncio.ensure_future(command.play(steps))
        try:
            return await proc.task
        except asyncio.CancelledError:
            if proc.signal is None or asyncio.current_task().cancelling():
                proc.task.cancel()
                raise
            return 128 + proc.signal  # how the shell reports a command ended by a signal
        finally:
            self.processes.pop(pid, None)

    def signal(self, pid: int, number: int) -> None:
        proc = self.processes[pid]
        proc.signal = number
        proc.task.cancel()

    def end_terminal(self, term: Terminal, code: int, reason: str) -> None:
        for ws in list(term.sockets):
            ws.close(code, reason)
        self.terminals.pop(term.id, None)
        self.ended_terminals.add(term.id)

    def kill_everything(self) -> None:
        """A stopped or deleted sandbox's processes die; its files stay (while it exists)."""
        for commands in self.sessions.values():
            for command in commands.values():
                command.kill(KILLED)
        self.sessions.clear()
        for terminal in list(self.terminals.values()):
            self.end_terminal(terminal, 1011, KILLED_PTY)

    def as_json(self, toolbox_url: str, updated: int, *, listed: bool = False) -> dict:
        """Sandbox (every required field), or for a list SandboxListItem (the same without env)."""
        b = self.body
        body: dict[str, Any] = {
            "id": self.id, "organizationId": ORGANIZATION, "name": self.name, "snapshot": self.snapshot,
            "user": b.get("user") or USER, "env": b.get("env") or {}, "labels": b.get("labels") or {},
            "public": bool(b.get("public")), "networkBlockAll": bool(b.get("networkBlockAll")),
            "target": b.get("target") or "us", "cpu": b.get("cpu", 1), "gpu": 0, "memory": b.get("memory", 1),
            "disk": b.get("disk", 3), "state": self.state, "desiredState": self.desired,
            "sandboxClass": self.sandbox_class,
        }  # fmt: skip
        if self.error_reason:
            body |= {"errorReason": self.error_reason, "recoverable": False}
        body |= {"backupState": "None", "autoStopInterval": b.get("autoStopInterval", 15),
                 "autoArchiveInterval": b.get("autoArchiveInterval", 10080),
                 "autoDeleteInterval": b.get("autoDeleteInterval", -1)}  # fmt: skip
        if b.get("ttlMinutes"):
            body["autoDestroyAt"] = stamp(b.get("ttlFrom", self.created) + 60 * b["ttlMinutes"], ISO_MS)
        body |= {"createdAt": stamp(self.created, ISO_MS), "updatedAt": stamp(updated, ISO_MS),
                 "toolboxProxyUrl": toolbox_url}  # fmt: skip
        if listed:
            del body["env"]
        return body


# --- the control plane ({api_base}) ----------------------------------------------------------------


class ControlPlane:
    """The API (daytonaio/daytona apps/api, v0.190.0; the Aug-2026 spec where it adds routes).
    State changes take time, counted on the fake's clock (one second per request): a change
    under way is `pending`, and the API refuses most other changes meanwhile (409)."""

    ROUTES = [
        ("POST", r"/sandbox", "create"),
        ("GET", r"/sandbox", "list_sandboxes"),
        ("GET", r"/sandbox/([^/]+)", "get"),
        ("DELETE", r"/sandbox/([^/]+)", "delete"),
        ("POST", r"/sandbox/([^/]+)/(start|stop|pause)", None),
        ("POST", r"/sandbox/([^/]+)/autostop/([^/]+)", "autostop"),
        ("POST", r"/sandbox/([^/]+)/ttl/([^/]+)", "ttl"),
        ("GET", r"/sandbox/([^/]+)/ports/([^/]+)/preview-url", "preview_url"),
        ("GET", r"/sandbox/([^/]+)/toolbox-proxy-url", "toolbox_proxy_url"),
    ]
    # A snapshot create is answered once the sandbox started, or after this long
    # (sandbox.controller.ts:303-308 waitForSandboxStarted(sandbox, 30)).
    CREATE_WAIT = 30

    def __init__(self, fake: FakeDaytona) -> None:
        self.fake = fake
        self.created = 0
        self.updated: dict[str, int] = {}  # sandbox id -> when it last changed

    def error(self, request: httpx.Request, status: int, message: str) -> httpx.Response:
        """NestJS's error body, as Daytona's API sends it."""
        return json_response(status, {
            "statusCode": status, "message": message, "error": HTTPStatus(status).phrase,
            "timestamp": stamp(self.fake.clock.now, ISO_MS), "path": request.url.path,
        })  # fmt: skip

    def handle(self, request: httpx.Request, path: str, body: bytes) -> httpx.Response:
        for method, pattern, name in self.ROUTES:
            match = re.fullmatch(pattern, path)
            if match and method == request.method:
                args = list(match.groups())
                try:
                    if not args:
                        return getattr(self, name)(json.loads(body) if body else {}, request.url.params)
                    sb = self.find(args.pop(0))
                    return getattr(self, name or args.pop(0))(sb, *args)
                except HttpError as e:
                    return self.error(request, e.status, e.message)
                except ValueError:
                    return self.error(request, 400, "request body is not valid JSON")
        raise AssertionError(f"FakeDaytona: no control plane route {request.method} {request.url.path}")

    def find(self, id_or_name: str) -> Sandbox:
        for sb in self.fake.sandboxes.values():
            if id_or_name in (sb.id, sb.name):
                return sb
        raise HttpError(404, f"Sandbox with ID or name {id_or_name} not found")

    def answer(self, sb: Sandbox, *, changed: bool = False) -> httpx.Response:
        if changed:
            self.updated[sb.id] = self.fake.clock.now
        return json_response(200, sb.as_json(self.fake.toolbox_url, self.updated[sb.id]))

    # state changes over (simulated) time

    def begin(self, sb: Sandbox, passing: str, reached: str, seconds: int) -> None:
        sb.state, sb.pending, sb.settles = passing, True, (self.fake.clock.now + seconds, reached)
        self.updated[sb.id] = self.fake.clock.now

    def settle(self) -> None:
        """Every change whose time has come is done (called before each request)."""
        for sb in list(self.fake.sandboxes.values()):
            if sb.settles is not None and self.fake.clock.now >= sb.settles[0]:
                self.reach(sb, sb.settles[1])

    def reach(self, sb: Sandbox, state: str) -> None:
        sb.settles, sb.pending = None, False
        if state == "started" and sb.snapshot in self.fake.fail_start:
            sb.state, sb.error_reason = "error", f"Failed to start sandbox: snapshot {sb.snapshot} did not start"
        elif state == "starting":  # a build done: the sandbox starts
            self.begin(sb, "starting", "started", self.fake.start_seconds)
            return
        else:
            sb.state = state
        if sb.state == "started":
            sb.awake.set()
        self.updated[sb.id] = self.fake.clock.now

    # routes

    def create(self, body: dict, _params: httpx.QueryParams) -> httpx.Response:
        """sandbox.controller.ts:280-312: a buildInfo create is answered at once (pending_build);
        a snapshot create refuses resources ("Cannot specify Sandbox resources when using a
        snapshot", :295-297) and is answered once started, after 30 s at most, or with 400
        "Sandbox failed to start: <reason>" when it failed (:1547-1550), the sandbox left in error."""
        if not isinstance(body, dict):
            raise HttpError(400, "the body must be a CreateSandbox object")
        strings(body.get("env", {}), "env")
        strings(body.get("labels", {}), "labels")
        for name in CREATE_MINIMUM.keys() & body.keys():
            integer(body[name], name, CREATE_MINIMUM[name])
        build = body.get("buildInfo")
        if build is not None:
            if body.get("snapshot"):
                raise HttpError(400, "Cannot specify a snapshot when using a build info entry")
            if not isinstance(build, dict) or not isinstance(build.get("dockerfileContent"), str):
                raise HttpError(400, "buildInfo.dockerfileContent must be a string")
        elif any(body.get(k) for k in ("cpu", "gpu", "memory", "disk")):
            raise HttpError(400, "Cannot specify Sandbox resources when using a snapshot")
        self.created += 1
        sb_id = f"dfake{self.created:04d}"
        name = body.get("name") or sb_id
        if any(s.name == name for s in self.fake.sandboxes.values()):
            raise HttpError(409, f"Sandbox with name {name} already exists")
        snapshot = body.get("snapshot") or DEFAULT_SNAPSHOT
        if build is not None:  # the image a build starts FROM stands for the snapshot it makes
            snapshot = build["dockerfileContent"].partition("FROM ")[2].split()[0] if "FROM " in build["dockerfileContent"] else snapshot
        files = FileSystem(self.fake.clock, with_paths=not self.fake.legacy_daemon)
        sb = Sandbox(sb_id, self.created, name, snapshot, dict(body), files, self.fake.clock.now,
                     "linux-vm" if snapshot in self.fake.vm_snapshots else "container")  # fmt: skip
        self.fake.sandboxes[sb.id] = sb
        self.updated[sb.id] = self.fake.clock.now
        if build is not None:
            self.begin(sb, "pending_build", "starting", self.fake.build_seconds)
            return self.answer(sb)
        self.begin(sb, "creating", "started", self.fake.slow_starts.get(snapshot, self.fake.start_seconds))
        self.fake.clock.now = min(sb.settles[0], self.fake.clock.now + self.CREATE_WAIT)  # the server waits
        self.settle()
        if sb.state == "error":
            raise HttpError(400, f"Sandbox failed to start: {sb.error_reason}")
        return self.answer(sb)

    def list_sandboxes(self, _body: dict, params: httpx.QueryParams) -> httpx.Response:
        try:
            wanted = strings(json.loads(params.get("labels", "{}")), "labels")
            after = int(base64.urlsafe_b64decode(params.get("cursor", "")).decode().removeprefix("fake:") or 1 << 62)
        except ValueError:
            raise HttpError(400, "labels must be a JSON object, cursor one this API gave") from None
        limit = integer(params.get("limit", "100"), "limit", 1, 200)
        states = {s for value in params.get_list("states") for s in value.split(",") if s}
        found = [
            s for s in sorted(self.fake.sandboxes.values(), key=lambda s: -s.seq)  # newest first
            if s.seq < after and (not states or s.state in states)
            and all((s.body.get("labels") or {}).get(k) == v for k, v in wanted.items())
        ]  # fmt: skip
        limit = min(limit, self.fake.page_size)
        page = found[:limit]
        more = len(found) > limit  # nextCursor is required and nullable: null on the last page
        cursor = base64.urlsafe_b64encode(f"fake:{page[-1].seq}".encode()).decode() if more else None
        items = [s.as_json(self.fake.toolbox_url, self.updated[s.id], listed=True) for s in page]
        return json_response(200, {"items": items, "nextCursor": cursor})

    def get(self, sb: Sandbox) -> httpx.Response:
        return self.answer(sb)

    def delete(self, sb: Sandbox) -> httpx.Response:
        """sandbox.service.ts destroy(), :2016-2018: 409 "Sandbox state change in progress" while a
        change is under way (a build waiting in pending_build excepted). Answers the sandbox as
        the API leaves it (desiredState destroyed); afterwards it is gone."""
        if sb.pending and sb.state != "pending_build":
            raise HttpError(409, "Sandbox state change in progress")
        sb.kill_everything()
        sb.awake.clear()
        sb.desired = "destroyed"
        del self.fake.sandboxes[sb.id]
        return self.answer(sb, changed=True)

    def start(self, sb: Sandbox) -> httpx.Response:
        """sandbox.service.ts start(), :2042-2090: started is a no-op; a change under way 409; only
        stopped, archived or paused start; a paused sandbox resumes (resuming), the others start."""
        if sb.state == "started" and sb.desired == "started":
            return self.answer(sb)
        if sb.state in ("error", "build_failed"):
            raise HttpError(400, f"Sandbox is in an errored state: {sb.error_reason}")
        if sb.pending:
            raise HttpError(409, "Sandbox state change in progress")
        if sb.state not in ("stopped", "archived", "paused"):
            raise HttpError(400, "Sandbox is not in valid state")
        sb.desired = "started"
        self.begin(sb, "resuming" if sb.state == "paused" else "starting", "started", self.fake.start_seconds)
        return self.answer(sb, changed=True)

    def stop(self, sb: Sandbox) -> httpx.Response:
        """Processes die at once, and with them the daemon's sessions (they live in its memory:
        daemon pkg/session/create.go:64); the files stay."""
        if sb.pending:
            raise HttpError(409, "Sandbox state change in progress")
        if sb.state != "started":
            raise HttpError(400, "Sandbox is not started")
        sb.kill_everything()
        sb.awake.clear()
        sb.desired = "stopped"
        self.begin(sb, "stopping", "stopped", self.fake.stop_seconds)
        return self.answer(sb, changed=True)

    def pause(self, sb: Sandbox) -> httpx.Response:
        """sandbox.service.ts pause(), :2187-2215: not started 400, a change under way 409, a class
        other than linux-vm or windows 422; then pausing, until paused. A paused VM keeps its
        memory: processes freeze, sessions stay."""
        if sb.state != "started":
            raise HttpError(400, "Sandbox must be in started state to pause")
        if sb.pending:
            raise HttpError(409, "Sandbox state change in progress")
        if sb.sandbox_class not in ("linux-vm", "windows"):
            raise HttpError(422, "Pausing is not supported for this sandbox")
        sb.awake.clear()
        sb.desired = "paused"
        self.begin(sb, "pausing", "paused", self.fake.pause_seconds)
        return self.answer(sb, changed=True)

    def autostop(self, sb: Sandbox, interval: str) -> httpx.Response:
        sb.body["autoStopInterval"] = integer(interval, "interval", 0)  # minutes; 0: never
        return self.answer(sb, changed=True)

    def ttl(self, sb: Sandbox, minutes: str) -> httpx.Response:
        """setTtl (Aug-2026 spec api.json /sandbox/{id}/ttl/{ttlMinutes}): "re-anchored from the
        current time (0 to disable)"; the sandbox is destroyed when it elapses."""
        sb.body["ttlMinutes"] = integer(minutes, "ttlMinutes", 0)
        sb.body["ttlFrom"] = self.fake.clock.now
        return self.answer(sb, changed=True)

    def preview_url(self, sb: Sandbox, port: str) -> httpx.Response:
        number = integer(port, "port", 1, 65535)
        return json_response(200, {"sandboxId": sb.id, "url": f"https://{number}-{sb.id}.proxy.daytona.works",
                                   "token": f"fake-preview-token-{sb.id}"})  # fmt: skip

    def toolbox_proxy_url(self, sb: Sandbox) -> httpx.Response:
        return json_response(200, {"url": self.fake.toolbox_url})


# --- the toolbox ({toolbox_base}/{sandboxId}) -----------------------------------------------------


def parse_multipart(body: bytes, content_type: str) -> dict[str, bytes]:
    """Part name -> data. A delimiter is CRLF "--" boundary (RFC 2046), so data may hold anything else."""
    found = re.search(r'boundary="?([^";]+)"?', content_type)
    if not found:
        raise HttpError(400, "multipart body without a boundary")
    delimiter = b"--" + found.group(1).encode()
    parts, pos = {}, body.find(delimiter)
    while pos >= 0 and body[pos + len(delimiter) : pos + len(delimiter) + 2] != b"--":
        start = body.find(b"\r\n", pos) + 2
        end = body.find(b"\r\n" + delimiter, start)
        if start < 2 or end < 0:
            raise HttpError(400, "malformed multipart body")
        head, _, data = body[start:end].partition(b"\r\n\r\n")
        name = re.search(rb'content-disposition:[^\r\n]*\bname="([^"]*)"', head, re.IGNORECASE)
        if name:
            parts[name.group(1).decode()] = data
        pos = end + 2
    return parts


@dataclass
class Call:
    """One toolbox request: query parameters and the JSON body, with a 400 for what is missing."""

    request: httpx.Request
    body: bytes

    def param(self, name: str, default: str | None = None) -> str:
        value = self.request.url.params.get(name, default)
        if value is None:
            raise HttpError(400, f"query parameter {name} is required")
        return value

    def flag(self, name: str) -> bool:
        return self.param(name, "false") in ("true", "1")

    def json(self) -> dict:
        try:
            value = json.loads(self.body or b"{}")
        except ValueError:
            raise HttpError(400, "invalid request body") from None
        if not isinstance(value, dict):
            raise HttpError(400, "the request body must be an object")
        return value


class Toolbox:
    ROUTES = [
        ("GET", r"/files", "list_files"),
        ("DELETE", r"/files", "delete_file"),
        ("GET", r"/files/info", "file_info"),
        ("GET", r"/files/download", "download"),
        ("POST", r"/files/upload-v2", "upload"),
        ("POST", r"/files/bulk-upload", "bulk_upload"),
        ("POST", r"/files/folder", "folder"),
        ("POST", r"/files/move", "move"),
        ("POST", r"/files/permissions", "permissions"),
        ("POST", r"/process/session", "create_session"),
        ("DELETE", r"/process/session/([^/]+)", "delete_session"),
        ("POST", r"/process/session/([^/]+)/exec", "execute"),
        ("GET", r"/process/session/([^/]+)/command/([^/]+)", "get_command"),
        ("POST", r"/process/session/([^/]+)/command/([^/]+)/input", "send_input"),
        ("GET", r"/process/session/([^/]+)/command/([^/]+)/logs", "logs"),
        ("GET", r"/process/pty", "list_terminals"),
        ("POST", r"/process/pty", "create_terminal"),
        ("DELETE", r"/process/pty/([^/]+)", "delete_terminal"),
        ("POST", r"/process/pty/([^/]+)/resize", "resize_terminal"),
        ("GET", r"/process/pty/([^/]+)/connect", "connect_terminal"),
    ]

    def __init__(self, fake: FakeDaytona) -> None:
        self.fake = fake

    def error(self, request: httpx.Request, path: str, status: int, message: str) -> httpx.Response:
        """The JSON error of handlers that fail with c.Error (sessions, terminals; common-go
        pkg/errors/middleware.go), in the Aug-2026 spec's ErrorResponse shape."""
        return json_response(status, {
            "statusCode": status, "message": message, "source": "DAYTONA_DAEMON",
            "timestamp": stamp(self.fake.clock.now), "path": path, "method": request.method,
        })  # fmt: skip

    @staticmethod
    def file_error(status: int) -> httpx.Response:
        """A file handler's error: c.AbortWithError(status, err) writes the status at once
        (gin v1.10.1 context.go:205-225), and the error middleware adds nothing to a response
        already written (common-go pkg/errors/middleware.go:22-25, since v0.148.0): the body is
        empty, the Go error text only in the daemon's log. (The Aug-2026 spec declares an
        ErrorResponse; which daemons send one is unknown: this is the case with less to read.)"""
        return response(status)

    async def handle(self, sandbox_id: str, request: httpx.Request, path: str, body: bytes) -> httpx.Response:
        sb = self.fake.sandboxes.get(sandbox_id)
        if sb is None:  # the proxy finds no daemon to talk to
            return self.error(request, path, 502, f"bad gateway: sandbox {sandbox_id} is not found")
        if sb.state == "archived":  # the proxy finds no runner (daytonaio/daytona#4632)
            message = (f"not found: sandbox container not found: not found: failed to inspect sandbox "
                       f"container {sandbox_id}: Error response from daemon: No such container: {sandbox_id}")  # fmt: skip
            return self.error(request, path, 404, message)
        if sb.state != "started":  # stopping, stopped, paused...: no container IP (#4142)
            message = ("bad request: failed to resolve container IP after 3 attempts: no IP address found. "
                       "Is the Sandbox started?")  # fmt: skip
            return self.error(request, path, 400, message)
        if not sb.fs.with_paths and path == "/files/upload-v2":  # v0.190's routes: server.go:175-197
            return response(404, b"404 page not found", {"Content-Type": "text/plain"})  # gin's NoRoute
        for method, pattern, name in self.ROUTES:
            match = re.fullmatch(pattern, path)
            if match and method == request.method:
                try:
                    answer = getattr(self, name)(sb, Call(request, body), *match.groups())
                    return await answer if inspect.isawaitable(answer) else answer
                except (HttpError, OsError) as e:
                    if path.startswith("/files"):
                        return self.file_error(e.status)
                    return self.error(request, path, e.status, getattr(e, "message", str(e)))
        raise AssertionError(f"FakeDaytona: no toolbox route {request.method} {path}")

    # files (daemon pkg/toolbox/fs/, v0.190.0; routes as in the Aug-2026 spec)

    def list_files(self, sb: Sandbox, call: Call) -> httpx.Response:
        depth = integer(call.param("depth", "1"), "depth", 1) if sb.fs.with_paths else 1  # v0.190 ignores it
        return json_response(200, sb.fs.list_dir(raw(call.param("path", "") or "."), depth))

    def file_info(self, sb: Sandbox, call: Call) -> httpx.Response:
        return json_response(200, sb.fs.info(raw(call.param("path"))))

    def download(self, sb: Sandbox, call: Call) -> httpx.Response:
        """fs/download_file.go:28-76: filepath.Abs, os.Stat (404/403/400), a directory 400 "path
        must be a file"."""
        real, entry = sb.fs.stat(absolute(call.param("path")))
        if entry.is_dir:
            raise HttpError(400, "path must be a file")
        return response(200, entry.data, {"Content-Type": "application/octet-stream"})

    def upload(self, sb: Sandbox, call: Call) -> httpx.Response:
        """The Aug-2026 spec: "Parent directories are created if missing; an existing file is
        overwritten", every failure 400. Modelled on v0.190's /files/upload, gin's
        SaveUploadedFile (gin v1.10.1 context.go:610-629): os.MkdirAll(dir, 0750), os.Create."""
        path, content_type = raw(call.param("path")), call.request.headers.get("content-type", "")
        data = call.body  # the description also allows a raw body
        if content_type.startswith("multipart/form-data"):
            parts = parse_multipart(call.body, content_type)
            if "file" not in parts:
                raise HttpError(400, "the multipart body has no part named file")
            data = parts["file"]
        try:
            sb.fs.mkdir_all(posixpath.dirname(path), 0o750)
            sb.fs.create(path, data)
        except OsError as err:
            raise HttpError(400, str(err)) from None
        return json_response(200, {"name": posixpath.basename(path), "path": absolute(path), "type": "file"})

    def bulk_upload(self, sb: Sandbox, call: Call) -> httpx.Response:
        """fs/upload_files.go (v0.190, and the SDK's route since): parts in order, `files[i].path`
        then `files[i].file`; each file os.MkdirAll(dir, 0755) and os.Create at its path as given
        (relative: the working directory); failures collected, 400 {"errors", "files"} (c.JSON: a
        body), else 200 {"files": [{path, bytes}]}."""
        parts = parse_multipart(call.body, call.request.headers.get("content-type", ""))
        paths, errors, files = {}, [], []
        for name, data in parts.items():
            index = name.removeprefix("files[").removesuffix("].path").removesuffix("].file")
            if name.endswith(".path"):
                paths[index] = data.decode().strip()
            elif name.endswith(".file"):
                if index not in paths:
                    errors.append(f"file[{index}]: missing .path metadata")
                    continue
                dest = raw(paths[index])
                try:
                    sb.fs.mkdir_all(posixpath.dirname(dest), 0o755)
                    sb.fs.create(dest, data)
                except OsError as err:
                    errors.append(f"{paths[index]}: create: {err}")
                    continue
                files.append({"path": paths[index], "bytes": len(data)})
        if errors:
            return json_response(400, {"errors": errors, "files": files})
        if self.fake.bulk_upload_says_nothing:  # fs/upload_files.go@v0.170.0:89-95: c.Status(200)
            return response(200)
        return json_response(200, {"files": files})

    def folder(self, sb: Sandbox, call: Call) -> httpx.Response:
        """fs/create_folder.go:27-52: os.MkdirAll; ANY failure is 400 (a file in the way, a
        permission alike), never 409; an existing directory 201 with its mode unchanged."""
        path, perm = raw(call.param("path")), octal(call.param("mode", ""), 0o755)
        try:
            sb.fs.mkdir_all(path, perm)
        except OsError as err:
            raise HttpError(400, str(err)) from None
        return response(201)

    def move(self, sb: Sandbox, call: Call) -> httpx.Response:
        sb.fs.move(call.param("source"), call.param("destination"))
        return response(200)

    def delete_file(self, sb: Sandbox, call: Call) -> httpx.Response:
        """recursive counts only as the text "true" (fs/delete_file.go:33)."""
        sb.fs.delete(raw(call.param("path")), call.param("recursive", "") == "true")
        return response(204)

    def permissions(self, sb: Sandbox, call: Call) -> httpx.Response:
        """fs/set_file_permissions.go:31-127: filepath.Abs, os.Stat (404/403/400), Chmod and Chown
        through links; an owner or group name the container does not know is 400."""
        _, entry = sb.fs.stat(absolute(call.param("path")))
        mode = octal(call.param("mode", ""), -1)
        owner, group = call.param("owner", ""), call.param("group", "")
        for name, what in ((owner, "user"), (group, "group")):
            if name and name not in UIDS and not name.isdigit():
                raise HttpError(400, f"{what} not found")
        if mode >= 0:
            entry.mode = mode
        entry.owner = owner if owner in UIDS else entry.owner
        entry.group = group if group in UIDS else entry.group
        return response(200)

    # sessions

    def command(self, sb: Sandbox, session_id: str, cmd_id: str | None = None) -> Any:
        """The session's commands, or with `cmd_id` that one command: else 404."""
        if session_id not in sb.sessions:
            raise HttpError(404, f"session {session_id} not found")
        if cmd_id is None:
            return sb.sessions[session_id]
        if cmd_id not in sb.sessions[session_id]:
            raise HttpError(404, f"command {cmd_id} not found")
        return sb.sessions[session_id][cmd_id]

    def create_session(self, sb: Sandbox, call: Call) -> httpx.Response:
        session_id = call.json().get("sessionId")
        if not isinstance(session_id, str) or not session_id:
            raise HttpError(400, "sessionId is required")
        if session_id in sb.sessions:
            raise HttpError(409, f"session {session_id} already exists")
        sb.sessions[session_id] = {}
        return response(201)

    def delete_session(self, sb: Sandbox, call: Call, session_id: str) -> httpx.Response:
        for command in self.command(sb, session_id).values():
            command.kill(TERMINATED)  # its shell's group is sent TERM (then KILL after 5 s)
        del sb.sessions[session_id]
        return response(204)

    async def execute(self, sb: Sandbox, call: Call, session_id: str) -> httpx.Response:
        """An unknown session (lost with a stop/start: sessions live in the daemon's memory) is
        500 "failed to execute command: not found: session not found": the controller wraps the
        NotFoundError (toolbox/process/session/execute.go:69, v0.190.0), so the error middleware's
        default branch answers it. (The Aug-2026 spec lists 404: the worse case is modelled.)"""
        if session_id not in sb.sessions:
            raise HttpError(500, "failed to execute command: not found: session not found")
        commands, request = self.command(sb, session_id), call.json()
        command = request.get("command")
        if not isinstance(command, str) or not command:
            raise HttpError(400, "command is required")
        if command not in self.fake.commands:
            raise AssertionError(f"FakeDaytona: no script for command {command!r}; add it to commands=")
        steps = self.fake.commands[command]
        steps = list(steps(command) if callable(steps) else steps)
        for step in steps:
            assert step and step[0] in STEPS, f"FakeDaytona: unknown script step {step!r}"
        cmd = Command(sb, self.fake.next_id("cmd"), command, steps, not request.get("suppressInputEcho"))
        commands[cmd.id] = cmd
        cmd.task = self.fake.spawn(cmd.run())
        if request.get("runAsync") or request.get("async"):
            return json_response(202, {"cmdId": cmd.id})  # the schema allows no nulls: the rest is left out
        await cmd.done.wait()
        # To clients of SDK 0.167+ (split output): `output` is the log as kept, markers and all;
        # stdout and stderr demultiplexed (pkg/session/execute.go:137-150).
        return json_response(200, {"cmdId": cmd.id, "exitCode": cmd.exit_code,
                                   "output": cmd.log().decode(errors="replace"),
                                   "stdout": cmd.text(STDOUT), "stderr": cmd.text(STDERR)})  # fmt: skip

    def get_command(self, sb: Sandbox, call: Call, session_id: str, cmd_id: str) -> httpx.Response:
        return json_response(200, self.command(sb, session_id, cmd_id).as_json())

    def send_input(self, sb: Sandbox, call: Call, session_id: str, cmd_id: str) -> httpx.Response:
        cmd, data = self.command(sb, session_id, cmd_id), call.json().get("data")
        if not isinstance(data, str):
            raise HttpError(400, "data is required")
        if cmd.exit_code is not None:
            raise HttpError(410, f"command {cmd_id} has already completed")
        chunk = (data if data.endswith("\n") else data + "\n").encode()
        if cmd.echo_input:  # the daemon writes what was typed to the log, as stdout (input.go:49-62)
            cmd.append(STDOUT, chunk)
        cmd.stdin.put_nowait(chunk)
        return response(204)

    def logs(self, sb: Sandbox, call: Call, session_id: str, cmd_id: str) -> httpx.Response:
        cmd = self.command(sb, session_id, cmd_id)
        if call.flag("follow"):
            ws = ServerSocket(self.fake, call.request)
            self.fake.spawn(self.follow(cmd, ws))
            return ws.switching_protocols()
        version = tuple(int(n) for n in re.findall(r"\d+", call.request.headers.get("x-daytona-sdk-version", ""))[:3])
        if version >= JSON_LOGS_SINCE:
            return json_response(200, {"output": cmd.text(), "stdout": cmd.text(STDOUT), "stderr": cmd.text(STDERR)})
        return response(200, cmd.log(), {"Content-Type": "text/plain; charset=utf-8"})  # older SDKs: raw

    async def follow(self, cmd: Command, ws: ServerSocket) -> None:
        """The log so far as one binary frame, then each new chunk; a close 1000 once the command ended."""
        sent = 0
        while ws.open:
            changed = cmd.changed
            if sent < len(cmd.chunks):
                ws.send(cmd.log(sent))
                sent = len(cmd.chunks)
            elif cmd.exit_code is not None:
                ws.close(1000)
            else:  # until the command writes or ends, or the client goes away
                waits = [asyncio.ensure_future(changed.wait()), asyncio.ensure_future(ws.gone.wait())]
                await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                for wait in waits:
                    wait.cancel()

    # terminals

    def terminal(self, sb: Sandbox, terminal_id: str, ended_too: bool = False) -> Terminal:
        if terminal_id in sb.terminals:
            return sb.terminals[terminal_id]
        if ended_too and terminal_id in sb.ended_terminals:
            raise HttpError(410, f"PTY session {terminal_id} has ended")
        raise HttpError(404, f"PTY session {terminal_id} not found")

    def list_terminals(self, sb: Sandbox, call: Call) -> httpx.Response:
        return json_response(200, {"sessions": [t.info() for t in sb.terminals.values()]})

    def create_terminal(self, sb: Sandbox, call: Call) -> httpx.Response:
        request = call.json()
        terminal_id = request.get("id")
        if not isinstance(terminal_id, str) or not terminal_id:
            raise HttpError(400, "id is required")
        if terminal_id in sb.terminals:
            raise HttpError(409, f"PTY session {terminal_id} already exists")
        sb.terminals[terminal_id] = Terminal(
            terminal_id, resolve(request.get("cwd") or ""), strings(request.get("envs") or {}, "envs"),
            integer(request.get("cols", 80), "cols", 1, 1000), integer(request.get("rows", 24), "rows", 1, 1000),
            bool(request.get("lazyStart")), self.fake.clock.now,
        )  # fmt: skip
        sb.ended_terminals.discard(terminal_id)
        return json_response(201, {"sessionId": terminal_id})

    def resize_terminal(self, sb: Sandbox, call: Call, terminal_id: str) -> httpx.Response:
        term, size = self.terminal(sb, terminal_id, ended_too=True), call.json()
        term.cols = integer(size.get("cols"), "cols", 1, 1000)
        term.rows = integer(size.get("rows"), "rows", 1, 1000)
        return json_response(200, term.info())

    def delete_terminal(self, sb: Sandbox, call: Call, terminal_id: str) -> httpx.Response:
        sb.end_terminal(self.terminal(sb, terminal_id), 1011, KILLED_PTY)
        return json_response(200, {})  # gin.H, whose values the spec types as objects: none to add

    def connect_terminal(self, sb: Sandbox, call: Call, terminal_id: str) -> httpx.Response:
        """An unknown terminal still upgrades (101), then says so in a control "error" and closes
        (pty/controller.go:189-217)."""
        ws = ServerSocket(self.fake, call.request)
        if terminal_id not in sb.terminals:
            ws.send(json.dumps({"type": "control", "status": "error",
                                "error": f"Failed to connect to PTY session: PTY session {terminal_id} not found"},
                               separators=(",", ":")))  # fmt: skip
            ws.down.close()  # gorilla's ws.Close(): the connection ends, no close frame
            return ws.switching_protocols()
        term = sb.terminals[terminal_id]
        term.started = True
        ws.send(json.dumps({"type": "control", "status": "connected"}, separators=(",", ":")))
        term.sockets.add(ws)
        self.fake.spawn(self.type_into(sb, term, ws))
        return ws.switching_protocols()

    async def type_into(self, sb: Sandbox, term: Terminal, ws: ServerSocket) -> None:
        """A terminal echoes what is typed (to every client); `exit` and Enter end its shell (close 1000)."""
        async for data in ws.messages():
            term.broadcast(data)
            term.typed = (term.typed + data)[-16:]
            if b"exit\r" in term.typed or b"exit\n" in term.typed:
                sb.end_terminal(term, 1000, '{"exitCode":0}')
        term.sockets.discard(ws)


# --- the transport --------------------------------------------------------------------------------


class FakeDaytona(httpx.AsyncBaseTransport):
    def __init__(
        self,
        *,
        api_key: str = "dtn-replay-key",
        api_base: str = "https://app.daytona.io/api",
        toolbox_base: str = "https://proxy.app.daytona.io/toolbox",
        commands: dict[str, list[tuple] | Callable[[str], list[tuple]]] | None = None,
    ) -> None:
        self.page_size = 200  # the most one list page holds (a test lowers it to see paging)
        self.api_key, self.commands = api_key, dict(commands or {})
        self.toolbox_url = toolbox_base.rstrip("/")  # what Sandbox.toolboxProxyUrl says
        self.api_base, self.toolbox_base = httpx.URL(api_base.rstrip("/")), httpx.URL(self.toolbox_url)
        # Simulated seconds (requests) each state change takes.
        self.start_seconds, self.build_seconds, self.stop_seconds, self.pause_seconds = 1, 1, 2, 2
        self.fail_start: set[str] = set()  # snapshots (or built images) whose sandboxes end in "error"
        self.slow_starts: dict[str, int] = {}  # snapshot -> simulated seconds its sandboxes take to start
        self.vm_snapshots: set[str] = set()  # snapshots whose sandboxes are of class linux-vm (they pause)
        # New sandboxes run a daemon from before July 2026 (v0.190: self-hosted, or not restarted since):
        # no /files/upload-v2, ListFiles ignores depth, FileInfo has no path.
        self.legacy_daemon = False
        # Daemons up to v0.170 answer a bulk upload with an empty 200 (no list of files written).
        self.bulk_upload_says_nothing = False
        self.sandboxes: dict[str, Sandbox] = {}
        self.clock = Clock()
        self.injected: list[list] = []
        self.tasks: set[asyncio.Task] = set()
        self.counters: dict[str, int] = {}
        self.control_plane, self.toolbox = ControlPlane(self), Toolbox(self)

    def inject(self, method: str, path_regex: str, status: int, body: dict | list | None = None,
               headers: dict[str, str] | None = None, times: int = 1) -> None:  # fmt: skip
        """The next `times` requests matching method and path (re.fullmatch) get this answer instead."""
        self.injected.append([method.upper(), re.compile(path_regex), status, body, headers or {}, times])

    def next_id(self, kind: str) -> str:
        self.counters[kind] = self.counters.get(kind, 0) + 1
        return f"{kind}-{self.counters[kind]}"

    def spawn(self, coroutine) -> asyncio.Task:
        task = asyncio.create_task(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def aclose(self) -> None:  # the client closed: no scripted command or socket outlives the test
        for task in list(self.tasks):
            task.cancel()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        await asyncio.sleep(0)  # a network round trip lets other tasks (scripts, sockets) run
        try:
            return await self._route(request, body)
        finally:
            self.clock.now += 1  # one logical second per request: times never depend on the wall clock

    @staticmethod
    def _below(url: httpx.URL, base: httpx.URL) -> str | None:
        """The path below `base`, or None when the URL is elsewhere."""
        prefix = base.path.rstrip("/")
        if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
            return None
        return url.path[len(prefix) :] or "/" if url.path == prefix or url.path.startswith(prefix + "/") else None

    async def _route(self, request: httpx.Request, body: bytes) -> httpx.Response:
        for rule in self.injected:
            method, regex, status, answer, headers, times = rule
            if times > 0 and method == request.method and regex.fullmatch(request.url.path):
                rule[5] -= 1
                return response(status, b"", headers) if answer is None else json_response(status, answer, headers)
        api_path, toolbox_path = self._below(request.url, self.api_base), self._below(request.url, self.toolbox_base)
        if api_path is None and toolbox_path is None:
            raise AssertionError(f"FakeDaytona: {request.url} is neither under {self.api_base} nor {self.toolbox_base}")
        self.control_plane.settle()
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            return self.control_plane.error(request, 401, "Invalid API key")
        if toolbox_path is not None:  # checked first: the toolbox base may lie under the API's
            sandbox_id, _, rest = toolbox_path.lstrip("/").partition("/")
            return await self.toolbox.handle(sandbox_id, request, "/" + rest, body)
        return self.control_plane.handle(request, api_path, body)
