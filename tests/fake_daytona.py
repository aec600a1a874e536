"""An in-process fake of Daytona (control plane and toolbox) as an httpx transport, for composing cassettes.

The Daytona adapter's tests run against it once in record mode; the recorded traffic is committed and
validated against specs/daytona/. So answers follow those specs (statuses, field names, content types)
and are deterministic: ids come from counters, and every time is 2026-10-01T12:00:00Z plus a logical
clock that advances one second per request.

Session commands are scripted, not run: `commands` maps the exact command string to a list of steps
(or to a callable `(command) -> steps`):
    ("stdout", str) ("stderr", str) ("sleep", seconds) ("exit", code)
    ("echo_stdin",)  echo each input to stdout until the session is deleted
    ("hang",)        run until the session is deleted (it then ends with 137, as after SIGKILL)
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
KILLED = 137  # 128 + SIGKILL: a command killed with its session
KILLED_PTY = '{"exitCode":137,"exitReason":"SIGKILL"}'
WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3
STEPS = {"stdout", "stderr", "sleep", "exit", "echo_stdin", "hang"}
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


@dataclass
class Entry:
    is_dir: bool
    mtime: int
    mode: int
    data: bytes = b""
    owner: str = USER
    group: str = USER


def resolve(path: str) -> str:
    """The daemon resolves relative paths against the user's home."""
    return "/" + posixpath.normpath(posixpath.join(HOME, path)).lstrip("/")


def octal(mode: str, default: int) -> int:
    if not mode:
        return default
    if not re.fullmatch(r"0?[0-7]{3,4}", mode):
        raise HttpError(400, f"invalid mode {mode!r}: want octal, like 0755")
    return int(mode, 8) & 0o7777


class FileSystem:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        root = {"owner": "root", "group": "root"}
        self.entries = {"/": Entry(True, 0, 0o755, **root), "/home": Entry(True, 0, 0o755, **root),
                        HOME: Entry(True, 0, 0o755), "/tmp": Entry(True, 0, 0o777, **root)}  # fmt: skip

    def get(self, path: str) -> Entry:
        if path not in self.entries:
            raise HttpError(404, f"stat {path}: no such file or directory")
        return self.entries[path]

    def info(self, path: str) -> dict:
        """FileInfo: mode in Go's FileMode.String() form, permissions as an octal string."""
        e = self.entries[path]
        bits = "".join(c if e.mode >> (8 - i) & 1 else "-" for i, c in enumerate("rwxrwxrwx"))
        return {
            "name": posixpath.basename(path) or "/", "path": path, "isDir": e.is_dir,
            "size": 4096 if e.is_dir else len(e.data), "mode": ("d" if e.is_dir else "-") + bits,
            "permissions": f"{e.mode & 0o777:04o}", "owner": e.owner, "group": e.group,
            "modTime": stamp(e.mtime, GO_STRING), "modifiedAt": stamp(e.mtime),
        }  # fmt: skip

    def list_dir(self, path: str, depth: int) -> list[dict]:
        if not self.get(path).is_dir:
            raise HttpError(400, f"{path} is not a directory")
        out = []
        for child in sorted(p for p in self.entries if p != "/" and posixpath.dirname(p) == path):
            out.append(self.info(child))
            if depth > 1 and self.entries[child].is_dir:
                out += self.list_dir(child, depth - 1)
        return out

    def _touch_parent(self, path: str) -> None:
        self.entries[posixpath.dirname(path)].mtime = self.clock.now

    def _subtree(self, path: str) -> list[str]:
        return [p for p in self.entries if p == path or p.startswith(path.rstrip("/") + "/")]

    def make_dirs(self, path: str, mode: int = 0o755) -> None:
        """Like Go's os.MkdirAll: parents too, and an existing directory is fine."""
        if path in self.entries:
            if not self.entries[path].is_dir:
                raise HttpError(400, f"mkdir {path}: not a directory")
            return
        self.make_dirs(posixpath.dirname(path))
        self.entries[path] = Entry(True, self.clock.now, mode)
        self._touch_parent(path)

    def write(self, path: str, data: bytes) -> None:
        if path in self.entries and self.entries[path].is_dir:
            raise HttpError(400, f"open {path}: is a directory")
        self.make_dirs(posixpath.dirname(path))
        entry = self.entries.setdefault(path, Entry(False, self.clock.now, 0o644))
        entry.data, entry.mtime = data, self.clock.now
        self._touch_parent(path)

    def move(self, source: str, destination: str) -> None:
        self.get(source)
        if destination in self.entries:
            raise HttpError(409, f"destination {destination} already exists")
        if source == "/" or destination.startswith(source + "/"):
            raise HttpError(400, f"cannot move {source} into itself")
        parent = self.entries.get(posixpath.dirname(destination))
        if parent is None or not parent.is_dir:
            raise HttpError(400, f"rename {source} {destination}: no such file or directory")
        for p in self._subtree(source):
            self.entries[destination + p[len(source) :]] = self.entries.pop(p)
        self._touch_parent(source)
        self._touch_parent(destination)

    def remove(self, path: str, recursive: bool) -> None:
        self.get(path)
        subtree = self._subtree(path)
        if path == "/" or (len(subtree) > 1 and not recursive):  # os.Remove refuses a non-empty directory
            raise HttpError(400, f"remove {path}: directory not empty (or /); use recursive=true")
        for p in subtree:
            del self.entries[p]
        self._touch_parent(path)


# --- session commands, terminals, sandboxes -------------------------------------------------------


class Command:
    def __init__(self, sandbox: Sandbox, cmd_id: str, command: str, steps: list, echo_input: bool) -> None:
        self.sandbox, self.id, self.command, self.steps = sandbox, cmd_id, command, steps
        self.echo_input = echo_input
        self.chunks: list[tuple[bytes, bytes]] = []  # (marker, data) in the order written
        self.exit_code: int | None = None
        self.stdin: asyncio.Queue[bytes] = asyncio.Queue()
        self.changed = asyncio.Event()  # replaced after each change: a waiter keeps the one it saw
        self.done = asyncio.Event()
        self.task: asyncio.Task | None = None

    def _wake(self) -> None:
        self.changed.set()
        self.changed = asyncio.Event()

    def write(self, marker: bytes, data: bytes) -> None:
        if data and self.exit_code is None:
            self.chunks.append((marker, data))
            self._wake()

    def log(self, start: int = 0) -> bytes:
        """The one multiplexed log, as the daemon keeps it: each chunk after its stream's marker."""
        return b"".join(marker + data for marker, data in self.chunks[start:])

    def text(self, marker: bytes | None = None) -> str:
        return b"".join(d for m, d in self.chunks if marker in (None, m)).decode(errors="replace")

    def as_json(self) -> dict:
        ended = {} if self.exit_code is None else {"exitCode": self.exit_code}
        return {"id": self.id, "command": self.command, **ended}

    async def run(self) -> None:
        code = 0
        for kind, *args in self.steps:
            await self.sandbox.awake.wait()  # a paused sandbox's commands are frozen
            if kind in ("stdout", "stderr"):
                self.write(STDOUT if kind == "stdout" else STDERR, args[0].encode())
            elif kind == "sleep":
                await asyncio.sleep(args[0])
            elif kind == "exit":
                code = args[0]
                break
            elif kind == "echo_stdin":
                while True:
                    self.write(STDOUT, await self.stdin.get())
            elif kind == "hang":
                await asyncio.Event().wait()
        self.finish(code)

    def finish(self, code: int) -> None:
        if self.exit_code is None:
            self.exit_code = code
            self.done.set()
            self._wake()

    def kill(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.finish(KILLED)


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
    steps_left: int
    state: str = "creating"
    desired: str = "started"
    error_reason: str | None = None
    sessions: dict[str, dict[str, Command]] = field(default_factory=dict)  # session id -> its commands
    terminals: dict[str, Terminal] = field(default_factory=dict)
    ended_terminals: set[str] = field(default_factory=set)
    awake: asyncio.Event = field(default_factory=asyncio.Event)

    def end_terminal(self, term: Terminal, code: int, reason: str) -> None:
        for ws in list(term.sockets):
            ws.close(code, reason)
        self.terminals.pop(term.id, None)
        self.ended_terminals.add(term.id)

    def kill_everything(self) -> None:
        """A stopped or deleted sandbox's processes die; its files stay (while it exists)."""
        for commands in self.sessions.values():
            for command in commands.values():
                command.kill()
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
            "target": "us", "cpu": b.get("cpu", 1), "gpu": 0, "memory": b.get("memory", 1),
            "disk": b.get("disk", 3), "state": self.state, "desiredState": self.desired,
        }  # fmt: skip
        if self.error_reason:
            body |= {"errorReason": self.error_reason, "recoverable": False}
        body |= {"backupState": "None", "autoStopInterval": b.get("autoStopInterval", 15),
                 "autoArchiveInterval": b.get("autoArchiveInterval", 10080),
                 "autoDeleteInterval": b.get("autoDeleteInterval", -1)}  # fmt: skip
        if b.get("ttlMinutes"):
            body["autoDestroyAt"] = stamp(self.created + 60 * b["ttlMinutes"], ISO_MS)
        body |= {"createdAt": stamp(self.created, ISO_MS), "updatedAt": stamp(updated, ISO_MS),
                 "toolboxProxyUrl": toolbox_url}  # fmt: skip
        if listed:
            del body["env"]
        return body


# --- the control plane ({api_base}) ----------------------------------------------------------------


class ControlPlane:
    ROUTES = [
        ("POST", r"/sandbox", "create"),
        ("GET", r"/sandbox", "list_sandboxes"),
        ("GET", r"/sandbox/([^/]+)", "get"),
        ("DELETE", r"/sandbox/([^/]+)", "delete"),
        ("POST", r"/sandbox/([^/]+)/(start|stop|pause)", None),
        ("POST", r"/sandbox/([^/]+)/autostop/([^/]+)", "autostop"),
        ("GET", r"/sandbox/([^/]+)/ports/([^/]+)/preview-url", "preview_url"),
        ("GET", r"/sandbox/([^/]+)/toolbox-proxy-url", "toolbox_proxy_url"),
    ]

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

    def create(self, body: dict, _params: httpx.QueryParams) -> httpx.Response:
        if not isinstance(body, dict):
            raise HttpError(400, "the body must be a CreateSandbox object")
        strings(body.get("env", {}), "env")
        strings(body.get("labels", {}), "labels")
        for name in CREATE_MINIMUM.keys() & body.keys():
            integer(body[name], name, CREATE_MINIMUM[name])
        self.created += 1
        sb_id = f"dfake{self.created:04d}"
        name = body.get("name") or sb_id
        if any(s.name == name for s in self.fake.sandboxes.values()):
            raise HttpError(409, f"Sandbox with name {name} already exists")
        sb = Sandbox(sb_id, self.created, name, body.get("snapshot") or DEFAULT_SNAPSHOT, dict(body),
                     FileSystem(self.fake.clock), self.fake.clock.now, self.fake.start_steps)  # fmt: skip
        self.fake.sandboxes[sb.id] = sb
        return self.answer(sb, changed=True)

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
        """Each GET moves a new sandbox on: `start_steps` answers "starting", then "started" (or "error")."""
        if sb.state not in ("creating", "starting"):
            return self.answer(sb)
        if sb.steps_left > 0:
            sb.steps_left -= 1
            sb.state = "starting"
        elif sb.snapshot in self.fake.fail_start:
            sb.state, sb.error_reason = "error", f"Failed to start sandbox: snapshot {sb.snapshot} did not start"
        else:
            sb.state = "started"
            sb.awake.set()
        return self.answer(sb, changed=True)

    def delete(self, sb: Sandbox) -> httpx.Response:
        """Answers the sandbox as the API leaves it (desiredState destroyed); afterwards it is gone."""
        sb.kill_everything()
        sb.awake.clear()
        sb.desired = "destroyed"
        del self.fake.sandboxes[sb.id]
        return self.answer(sb, changed=True)

    def start(self, sb: Sandbox) -> httpx.Response:
        if sb.state in ("started", "creating", "starting"):
            return self.answer(sb)  # already (or about to be) started: nothing to do
        if sb.state not in ("stopped", "paused"):
            raise HttpError(400, f"Sandbox is in state {sb.state} and cannot be started")
        sb.state = sb.desired = "started"
        sb.awake.set()
        return self.answer(sb, changed=True)

    def stop(self, sb: Sandbox) -> httpx.Response:
        if sb.state not in ("started", "stopped", "paused"):
            raise HttpError(409, "Sandbox is not started")
        sb.kill_everything()
        sb.awake.clear()
        sb.state = sb.desired = "stopped"
        return self.answer(sb, changed=True)

    def pause(self, sb: Sandbox) -> httpx.Response:
        if sb.state != "started":
            raise HttpError(409, "Sandbox is not started")
        sb.awake.clear()  # processes freeze, memory is kept
        sb.state = sb.desired = "paused"
        return self.answer(sb, changed=True)

    def autostop(self, sb: Sandbox, interval: str) -> httpx.Response:
        sb.body["autoStopInterval"] = integer(interval, "interval", 0)  # minutes; 0: never
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
        return json_response(status, {
            "statusCode": status, "message": message, "source": "DAYTONA_DAEMON",
            "timestamp": stamp(self.fake.clock.now), "path": path, "method": request.method,
        })  # fmt: skip

    async def handle(self, sandbox_id: str, request: httpx.Request, path: str, body: bytes) -> httpx.Response:
        sb = self.fake.sandboxes.get(sandbox_id)
        if sb is None or sb.state != "started":  # the proxy finds no daemon to talk to
            what = f"sandbox {sandbox_id} is " + (sb.state if sb else "not found")
            return self.error(request, path, 502, f"bad gateway: {what}")
        for method, pattern, name in self.ROUTES:
            match = re.fullmatch(pattern, path)
            if match and method == request.method:
                try:
                    answer = getattr(self, name)(sb, Call(request, body), *match.groups())
                    return await answer if inspect.isawaitable(answer) else answer
                except HttpError as e:
                    return self.error(request, path, e.status, e.message)
        raise AssertionError(f"FakeDaytona: no toolbox route {request.method} {path}")

    # files

    def list_files(self, sb: Sandbox, call: Call) -> httpx.Response:
        depth = integer(call.param("depth", "1"), "depth", 1)
        return json_response(200, sb.fs.list_dir(resolve(call.param("path", "")), depth))

    def file_info(self, sb: Sandbox, call: Call) -> httpx.Response:
        sb.fs.get(path := resolve(call.param("path")))
        return json_response(200, sb.fs.info(path))

    def download(self, sb: Sandbox, call: Call) -> httpx.Response:
        if (entry := sb.fs.get(path := resolve(call.param("path")))).is_dir:
            raise HttpError(400, f"{path} is a directory")
        return response(200, entry.data, {"Content-Type": "application/octet-stream"})

    def upload(self, sb: Sandbox, call: Call) -> httpx.Response:
        path, content_type = resolve(call.param("path")), call.request.headers.get("content-type", "")
        data = call.body  # the description also allows a raw body
        if content_type.startswith("multipart/form-data"):
            parts = parse_multipart(call.body, content_type)
            if "file" not in parts:
                raise HttpError(400, "the multipart body has no part named file")
            data = parts["file"]
        sb.fs.write(path, data)  # parents are created, an existing file is overwritten
        return json_response(200, {"name": posixpath.basename(path), "path": path, "type": "file"})

    def folder(self, sb: Sandbox, call: Call) -> httpx.Response:
        sb.fs.make_dirs(resolve(call.param("path")), octal(call.param("mode"), 0o755))
        return response(201)

    def move(self, sb: Sandbox, call: Call) -> httpx.Response:
        sb.fs.move(resolve(call.param("source")), resolve(call.param("destination")))
        return response(200)

    def delete_file(self, sb: Sandbox, call: Call) -> httpx.Response:
        sb.fs.remove(resolve(call.param("path")), call.flag("recursive"))
        return response(204)

    def permissions(self, sb: Sandbox, call: Call) -> httpx.Response:
        entry = sb.fs.get(resolve(call.param("path")))
        entry.mode = octal(call.param("mode", ""), entry.mode)
        entry.owner = call.param("owner", "") or entry.owner
        entry.group = call.param("group", "") or entry.group
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
            command.kill()  # its shell is killed: running commands end with 137
        del sb.sessions[session_id]
        return response(204)

    async def execute(self, sb: Sandbox, call: Call, session_id: str) -> httpx.Response:
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
        return json_response(200, {"cmdId": cmd.id, "exitCode": cmd.exit_code, "output": cmd.text(),
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
        if cmd.echo_input:  # the daemon writes what was typed to the log, as stdout
            cmd.write(STDOUT, chunk)
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
        term, ws = self.terminal(sb, terminal_id), ServerSocket(self.fake, call.request)
        term.started = True
        ws.send(json.dumps({"type": "control", "status": "connected"}, separators=(",", ":")))
        term.sockets.add(ws)
        self.fake.spawn(self.type_into(sb, term, ws))
        return ws.switching_protocols()

    async def type_into(self, sb: Sandbox, term: Terminal, ws: ServerSocket) -> None:
        """A terminal echoes what is typed (to every client); `exit` and Enter end its shell (close 1000)."""
        async for data in ws.messages():
            for client in list(term.sockets):
                client.send(data)
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
        self.start_steps = 2  # GETs a new sandbox answers "starting" before "started"
        self.fail_start: set[str] = set()  # snapshots whose sandboxes end in "error"
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
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            return self.control_plane.error(request, 401, "Invalid API key")
        if toolbox_path is not None:  # checked first: the toolbox base may lie under the API's
            sandbox_id, _, rest = toolbox_path.lstrip("/").partition("/")
            return await self.toolbox.handle(sandbox_id, request, "/" + rest, body)
        return self.control_plane.handle(request, api_path, body)
