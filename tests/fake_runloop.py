"""An in-process fake of Runloop (devboxes) as an httpx transport, for composing cassettes.

The Runloop adapter's tests run against it once in record mode; the recorded traffic is committed and
validated against specs/runloop/api.openapi.yaml. So answers follow that spec (statuses, field names,
content types) and are deterministic: ids come from counters ("dbx_fake0001", "exe_1"), and every time
is 2026-10-01T12:00:00Z (1790856000000 ms) plus a logical clock that advances one second per request.

"RL-spec:N" below is a line of Runloop's full OpenAPI document, the upstream of specs/runloop/
(api-evangelist/runloop-ai openapi/_original/runloop-api-openapi.yml @afe08040, a mirror of
Runloop's published spec); "ts" is Runloop's SDK runloopai/api-client-ts @262c3533 (paths under src/, tests/ apart),
"py" its runloopai/api-client-python @ae5ffd5f (paths under src/runloop_api_client/).

Devbox lifecycle: create answers "provisioning"; of a new devbox's next GETs (or wait_for_status steps) `start_steps`
answer "provisioning" / "initializing", the one after "running" (or "failure", failure_reason
"execution_failed", when its blueprint name or id is in `fail_blueprints`). suspend answers
"suspending" and takes a step to "suspended" (resume before then: 400 "Devbox is not suspended"),
resume "resuming" a step before "running"; shutdown goes to "shutdown" (shutdown_reason
"api_shutdown"), killing executions. A custom size outside Runloop's rules is refused (400).
Shut-down devboxes stay (GET and list answer them); a second shutdown answers 200. Operations that
need a running devbox answer 400 otherwise.

Commands are scripted, not run: `commands` maps the exact command string to a list of steps (or to a
callable `(command) -> steps`):
    ("stdout", str) ("stderr", str) ("sleep", seconds) ("exit", code)
    ("hang",)        run until killed
    ("echo_stdin",)  copy what send_std_in sends to stdout until its EOF signal
    ("effect", fn)   fn(devbox, execution) does what the command does to the devbox (its files, its
                     processes) and returns the steps that follow (what the command then prints)
A command that a step gives processes (`execution.processes`: pid, uid, command line) has them while
it runs: that is the devbox's process table (the devbox's own processes, its agent and init, are
left out: nothing here reads them).
execute (executeCommand) starts a command as execute_async does, unless its command_id (a UUIDv7)
started one already (then it is that one), waits up to optimistic_timeout (25 s; `optimistic_cap`
lowers it) and answers the execution as it then is. An execution is "running" until it ends, then
"completed" with exit_status; stdout, stderr and exit_status are null until then, after it the last
`last_n` lines (100 by default), `*_truncated` when that is not all.
A killed execution (the kill endpoint, an INTERRUPT signal, or its processes killed from inside the
devbox) ends "completed" with exit_status null: nothing documents what a kill leaves there, and the
field is "nullable" (RL-spec DevboxAsyncExecutionDetailView.exit_status; the execution statuses are
only queued/running/completed, RL-spec 7041-7046; the SDKs read a null code as "not failed",
ts sdk/execution-result.ts:87-89, 256-258): the worst documented case.
stream_stdout_updates / stream_stderr_updates answer text/event-stream (the spec says JSON): one
`data: {"output": ..., "offset": N}\\n\\n` event per chunk written, where `offset` is the byte
position in that stream after the chunk; `?offset=N` resumes after the first N bytes. The stream
closes when the execution completes, or times out (408) after `stream_idle` seconds without output.

Files: one filesystem per devbox (`FileStore`), seen alike by the file API and by commands (the
scripted effects). File API paths: relative ones against the user's home, /home/user ("Path is
relative to user home directory", RL-spec 7012, 7650), and `~/` expanded by the server (the vendor's
smoke tests upload to `~/uploaded.txt`: ts tests/smoketests/object-oriented/devbox.test.ts:83,86).
Commands start in the home directory too ("By default, commands are run from the user home
directory", RL-spec 6814-6817, 7270-7273), as the default user `user` (RL-spec 8114-8117).
upload_file and download_file document only 200 and 404 "Devbox not found." (RL-spec 2861-2904,
3395-3428): what they answer for a path they cannot use is undocumented, so the fake takes the worst
documented case, a 404 with the very body of a devbox that is not there (the caller cannot tell them
apart). upload_file makes no parent directories (undocumented; the vendor's tests only upload into
existing ones) and replaces a file's content, keeping its mode; a new file gets 0644 (owner and mode
undocumented).
Error bodies: the spec declares none (RL-spec: no 4xx/5xx has a content schema); this fake's
{"error": "..."} is its own, and the adapter reads only the status.
enable_tunnel answers a TunnelView (no URL in it): the URL of a port is `tunnel_url(key, port)`.

Terminals (RL-spec /pty/{session_name}, /pty/{session_name}/control, createDevboxPtyTunnel; the spec
calls them contract stubs, so the rest is from Runloop's CLI, rl-cli src/lib/pty-client.ts and
pty-ws.ts): create_pty_tunnel answers a fresh tunnel key and token each time (PtyTunnelView: "not
stored on the Devbox and generated fresh on each request"); the terminal service answers on
https://13-{key}.tunnel.runloop.ai (RAGE_REST_PORT = 13) for that token, as a bearer
(Authorization, as rl-cli sends it; or X-Runloop-Tunnel-Authorization, as PtyTunnelView says), on
the WebSocket as a bearer or as its subprotocol (rl-cli pty-ws.ts). GET /pty/{name} makes or finds
the session (cols and rows apply only both given, 1..1000; else 80x24) and answers its connect_url,
/pty/{name}/attach (rl-cli buildPtyAttachPath); one client at a time may attach (a second: 409, the
status undocumented). The session's bash is not run: what is sent is echoed back (a terminal's
echo), the model of a shell waiting at its prompt. control resizes (1..1000 each, else 400),
signals (a known name, else 400) or closes (the WebSocket ends, code 4000: rl-cli
PTY_NORMAL_CLOSE_CODE); a control for a session that is not there answers 404 (declared, its case
undocumented).
"""

from __future__ import annotations

import asyncio
import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.fake_blaxel import Feed, body_object
from tests.fake_daytona import HttpError, ServerSocket, json_response, parse_multipart, response

BASE_MS = 1790856000000  # 2026-10-01T12:00:00Z
HOME = "/home/user"
STEPS = {"stdout", "stderr", "sleep", "exit", "hang", "echo_stdin", "effect"}
# (The SDK knows "queued" and "scheduled" too, py: types/devbox_view.py; the spec the cassettes are
# checked against does not, so the fake never answers them.)
DEVBOX_STATUSES = {
    "provisioning",
    "initializing",
    "running",
    "suspending",
    "suspended",
    "resuming",
    "failure",
    "shutdown",
}
# Where a devbox in transit goes next, one step per GET or wait_for_status step.
NEXT = {"suspending": "suspended", "resuming": "running"}
CORES = {1, *range(2, 17, 2)}  # custom_cpu_cores: 1 or a multiple of 2, at most 16 (an integer: no 0.5)
GIB = {1, *range(2, 65, 2)}  # custom_gb_memory: 1 or a multiple of 2, at most 64
EXEC_STATUSES = {"queued", "running", "completed"}
WAIT_DEFAULT = 60  # seconds an execution wait_for_status waits without timeout_seconds
LAST_N = 100  # lines of each stream an execution answer holds unless last_n asks otherwise
OPTIMISTIC_DEFAULT = 25  # seconds /execute waits for its command without optimistic_timeout


def tunnel_url(tunnel_key: str, port: int) -> str:
    return f"https://{port}-{tunnel_key}.tunnel.runloop.ai"


def statuses(body: dict, allowed: set[str]) -> set[str]:
    wanted = body.get("statuses")
    if not isinstance(wanted, list) or not wanted or not set(wanted) <= allowed:
        raise HttpError(400, f"statuses must be a non-empty list of {sorted(allowed)}")
    timeout = body.get("timeout_seconds")
    if timeout is not None and (not isinstance(timeout, int) or timeout < 0):
        raise HttpError(400, "timeout_seconds must be a non-negative integer")
    return set(wanted)


class Execution:
    def __init__(self, devbox: Devbox, execution_id: str, request: dict, steps: list) -> None:
        self.devbox, self.execution_id, self.request, self.steps = devbox, execution_id, request, steps
        self.devbox_id = devbox.id
        self.processes: list[tuple[int, int, str]] = []  # (pid, uid, command line) while it runs
        self.killed = False
        self.chunks: dict[str, list[str]] = {"stdout": [], "stderr": []}
        self.status, self.exit_status = "running", None
        self.changed = asyncio.Event()
        self.stdin: asyncio.Queue[str | None] = asyncio.Queue()
        self.stdin_open = True
        self.task: asyncio.Task | None = None

    def _wake(self) -> None:
        self.changed.set()
        self.changed = asyncio.Event()  # a waiter keeps the one it saw

    def write(self, kind: str, text: str) -> None:
        if text:
            self.chunks[kind].append(text)
            self._wake()

    def view(self, last_n: str | None = None) -> dict:
        """The execution; once completed, the last `last_n` lines (100 unless asked) of each stream,
        `*_truncated` when that is not all of it."""
        out: dict[str, Any] = {"devbox_id": self.devbox_id, "execution_id": self.execution_id,
                               "status": self.status, "shell_name": self.request.get("shell_name"),
                               "stdout": None, "stderr": None, "exit_status": self.exit_status}  # fmt: skip
        if self.status == "completed":
            keep = int(last_n) if last_n and last_n.isdigit() else LAST_N
            for kind in ("stdout", "stderr"):
                whole = "".join(self.chunks[kind]).splitlines(keepends=True)
                text = "".join(whole[-keep:]) if keep else ""
                out[kind], out[f"{kind}_truncated"] = text, len(text) < sum(map(len, whole))
        return out

    async def run(self) -> None:
        code = await self.play(self.steps)
        self.finish(0 if code is None else code)

    async def play(self, steps: list) -> int | None:
        """The steps in order; the exit code when one ends the command."""
        for kind, *args in steps:
            if kind in ("stdout", "stderr"):
                self.write(kind, args[0])
            elif kind == "sleep":
                await asyncio.sleep(args[0])
            elif kind == "exit":
                return args[0]
            elif kind == "hang":
                await asyncio.Event().wait()
            elif kind == "echo_stdin":
                while (text := await self.stdin.get()) is not None:
                    self.write("stdout", text)
            elif kind == "effect":
                more = list(args[0](self.devbox, self))
                for step in more:
                    assert step and step[0] in STEPS, f"FakeRunloop: unknown script step {step!r}"
                code = await self.play(more)
                if code is not None:
                    return code
        return None

    async def completed(self) -> None:
        while self.status != "completed":
            await self.changed.wait()

    def finish(self, code: int | None) -> None:
        if self.status != "completed":
            self.status, self.exit_status, self.stdin_open = "completed", code, False
            self.processes = []
            self._wake()

    def kill(self) -> None:
        """Ended by a signal (the kill endpoint, INTERRUPT, or a kill inside the devbox): completed,
        its exit_status null (see the module's docstring)."""
        if self.status == "completed":
            return
        self.killed = True
        if self.task is not None and self.task is not asyncio.current_task():
            self.task.cancel()
        self.finish(None)


# --- the devbox's filesystem ----------------------------------------------------------------------
#
# A Linux filesystem: directories, regular files and symlinks (followed where a path goes through
# them). What the file API does with it is below (FakeRunloop.upload_file / download_file); what a
# command does with it is the command's scripted effect (tests/runloop_script.py).

DIR_SIZE = 4096  # what stat says of a directory on ext4 and overlayfs (checked in sandboxer-test:busybox)
S_IFDIR, S_IFREG, S_IFLNK = 0o040000, 0o100000, 0o120000


@dataclass
class Node:
    kind: str  # "dir", "file" or "link"
    mode: int  # permission bits
    data: bytes = b""
    target: str = ""  # a link's text


class FileStore:
    def __init__(self) -> None:
        self.nodes = {
            path: Node("dir", mode)
            for path, mode in (
                ("/", 0o755),
                ("/home", 0o755),
                (HOME, 0o755),
                ("/root", 0o700),
                ("/tmp", 0o1777),
            )
        }

    @staticmethod
    def absolute(path: str, cwd: str = HOME) -> str:
        """A path as the kernel takes it from a process in `cwd` (".." is taken lexically)."""
        joined = posixpath.normpath(posixpath.join(cwd, path))
        return "/" + joined.lstrip("/")

    def resolve(self, path: str, follow: bool = True, hops: int = 0) -> str | None:
        """Where an absolute path leads, every symlink on the way followed (and the last part's
        too with `follow`); None when a part is missing or is no directory."""
        parts = [part for part in path.split("/") if part]
        current = "/"
        for i, part in enumerate(parts):
            if self.nodes[current].kind != "dir":
                return None
            here = posixpath.join(current, part)
            node = self.nodes.get(here)
            if node is None:
                return None
            if node.kind == "link" and (follow or i < len(parts) - 1):
                if hops >= 40:  # ELOOP
                    return None
                here = self.resolve(self.absolute(node.target, current), True, hops + 1)
                if here is None:
                    return None
            current = here
        return current

    def entry(self, path: str) -> str | None:
        """The entry a path names itself (a symlink at its end not followed), when there is one."""
        return self.resolve(path, follow=False)

    def spot(self, path: str) -> str | None:
        """Where a new entry named by `path` goes: its parent must be a directory."""
        parent = self.resolve(posixpath.dirname(path))
        if parent is None or self.nodes[parent].kind != "dir" or path == "/":
            return None
        return posixpath.join(parent, posixpath.basename(path))

    def kind(self, path: str, follow: bool = True) -> str | None:
        found = self.resolve(path, follow)
        return None if found is None else self.nodes[found].kind

    def stat(self, real: str) -> tuple[int, int]:
        """(st_mode, st_size) of an entry, as stat's %f and %s print them."""
        node = self.nodes[real]
        if node.kind == "dir":
            return S_IFDIR | node.mode, DIR_SIZE
        if node.kind == "link":
            return S_IFLNK | 0o777, len(node.target.encode())
        return S_IFREG | node.mode, len(node.data)

    def children(self, real: str) -> list[str]:
        return sorted(posixpath.basename(p) for p in self.nodes if p != "/" and posixpath.dirname(p) == real)

    def below(self, real: str) -> list[str]:
        """An entry and everything under it (a directory's whole tree)."""
        return [p for p in self.nodes if p == real or p.startswith(real.rstrip("/") + "/")]

    def write(self, path: str, data: bytes) -> bool:
        """open(O_WRONLY|O_CREAT|O_TRUNC) and write: through a symlink at the end, a new file 0644
        (umask 022), an existing one keeping its mode. False: no such parent, or not a file."""
        real = self.resolve(path)
        if real is None:
            if self.entry(path) is not None:  # a dangling symlink
                return False
            real = self.spot(path)
            if real is None:
                return False
            self.nodes[real] = Node("file", 0o644)
        node = self.nodes[real]
        if node.kind != "file":
            return False
        node.data = data
        return True

    def read(self, path: str) -> bytes | None:
        real = self.resolve(path)
        return None if real is None or self.nodes[real].kind != "file" else self.nodes[real].data


@dataclass
class PtySession:
    name: str
    cols: int = 80
    rows: int = 24
    socket: ServerSocket | None = None  # the client attached, if one is


SIGNALS = {
    "SIGHUP",
    "SIGINT",
    "SIGQUIT",
    "SIGKILL",
    "SIGTERM",
    "SIGUSR1",
    "SIGUSR2",
    "SIGWINCH",
    "SIGCONT",
    "SIGSTOP",
}
PTY_HOST = re.compile(r"13-([^.]+)\.tunnel\.runloop\.ai")


@dataclass
class Devbox:
    seq: int
    id: str
    params: dict
    created: int
    steps_left: int
    status: str = "provisioning"
    ended: int | None = None
    transitions: list[str] = field(default_factory=lambda: ["provisioning"])
    failure_reason: str | None = None
    shutdown_reason: str | None = None
    tunnel: dict | None = None
    files: FileStore = field(default_factory=FileStore)
    executions: dict[str, Execution] = field(default_factory=dict)
    terminals: dict[str, PtySession] = field(default_factory=dict)

    def view(self) -> dict:
        p = self.params
        out: dict[str, Any] = {
            "id": self.id, "name": p.get("name"), "status": self.status, "create_time_ms": BASE_MS + self.created * 1000,
            "end_time_ms": None if self.ended is None else BASE_MS + self.ended * 1000,
            "initiator_type": "api", "blueprint_id": p.get("blueprint_id"), "snapshot_id": p.get("snapshot_id"),
            "metadata": p.get("metadata") or {}, "launch_parameters": p.get("launch_parameters") or {},
            "capabilities": [],
            # transition_time_ms left out: the spec types it as `Number`, an empty object schema.
            "state_transitions": [{"status": s} for s in self.transitions],
        }  # fmt: skip
        for name in ("failure_reason", "shutdown_reason", "tunnel"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        return out


class FakeRunloop(httpx.AsyncBaseTransport):
    ROUTES = [
        ("POST", r"/v1/devboxes", "create"),
        ("GET", r"/v1/devboxes", "list_devboxes"),
        ("GET", r"/v1/devboxes/([^/]+)", "get"),
        ("POST", r"/v1/devboxes/([^/]+)/wait_for_status", "wait_devbox"),
        ("POST", r"/v1/devboxes/([^/]+)/shutdown", "shutdown"),
        ("POST", r"/v1/devboxes/([^/]+)/suspend", "suspend"),
        ("POST", r"/v1/devboxes/([^/]+)/resume", "resume"),
        ("POST", r"/v1/devboxes/([^/]+)/keep_alive", "keep_alive"),
        ("POST", r"/v1/devboxes/([^/]+)/enable_tunnel", "enable_tunnel"),
        ("POST", r"/v1/devboxes/([^/]+)/create_pty_tunnel", "create_pty_tunnel"),
        ("POST", r"/v1/devboxes/([^/]+)/execute_async", "execute_async"),
        ("POST", r"/v1/devboxes/([^/]+)/execute", "execute"),
        ("GET", r"/v1/devboxes/([^/]+)/executions/([^/]+)", "get_execution"),
        ("POST", r"/v1/devboxes/([^/]+)/executions/([^/]+)/wait_for_status", "wait_execution"),
        ("POST", r"/v1/devboxes/([^/]+)/executions/([^/]+)/kill", "kill"),
        ("POST", r"/v1/devboxes/([^/]+)/executions/([^/]+)/send_std_in", "send_std_in"),
        ("GET", r"/v1/devboxes/([^/]+)/executions/([^/]+)/stream_(stdout|stderr)_updates", "stream"),
        ("POST", r"/v1/devboxes/([^/]+)/upload_file", "upload_file"),
        ("POST", r"/v1/devboxes/([^/]+)/download_file", "download_file"),
    ]

    def __init__(
        self,
        *,
        api_key: str = "runloop-replay-key",
        base: str = "https://api.runloop.ai",
        commands: dict[str, list[tuple] | Callable[[str], list[tuple]]] | None = None,
    ) -> None:
        self.api_key, self.base = api_key, httpx.URL(base.rstrip("/"))
        self.commands = dict(commands or {})
        self.start_steps = 2  # GETs a new devbox answers provisioning / initializing before running
        self.stream_idle = 2.0  # seconds an output stream may be idle before it times out (408)
        # How many streams timed out so far, each way (a 408 status, an in-band error event).
        self.stream_timeouts = {"status": 0, "event": 0}
        # Codes of in-band error events the next streams opened end with after what they hold (a
        # server failing mid-stream: py _streaming.py:82-90 reads any code so).
        self.stream_errors: list[str] = []
        # Answers a create gives with this status after making the devbox (a gateway that lost the answer).
        self.create_then_fail: list[int] = []
        self.fail_blueprints: set[str] = set()  # blueprint names whose devboxes end in "failure"
        self.page_size = 100  # the most one list page holds (a test lowers it to see paging)
        self.devboxes: dict[str, Devbox] = {}
        self.clock = 0  # logical seconds since BASE_MS
        self.executions = 0
        self.optimistic_cap: float | None = None  # seconds /execute waits at most (a test lowers it)
        self.by_command_id: dict[str, Execution] = {}
        self.injected: list[list] = []
        self.tasks: set[asyncio.Task] = set()
        self.pty_tunnels: dict[str, tuple[Devbox, str]] = {}  # tunnel key: (devbox, token)

    def inject(self, method: str, path_regex: str, status: int, body: dict | list | None = None,
               headers: dict[str, str] | None = None, times: int = 1) -> None:  # fmt: skip
        """The next `times` requests matching method and path get this answer instead."""
        self.injected.append([method.upper(), re.compile(path_regex), status, body, headers or {}, times])

    def spawn(self, coroutine) -> asyncio.Task:
        task = asyncio.create_task(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def aclose(self) -> None:  # the client closed: no scripted command or stream outlives the test
        for task in list(self.tasks):
            task.cancel()

    def close(self) -> None:
        """For sync callers (tests/_sync): the fake runs on tests.sync_bridge.Served's loop, whose
        close cancels what runs there (Served.close calls aclose); any task left is cancelled on
        its own loop."""
        for task in list(self.tasks):
            loop = task.get_loop()
            if not loop.is_closed():
                loop.call_soon_threadsafe(task.cancel)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        await asyncio.sleep(0)  # a network round trip lets other tasks (scripts, streams) run
        try:
            return await self._route(request, body)
        finally:
            self.clock += 1  # one logical second per request

    async def _route(self, request: httpx.Request, body: bytes) -> httpx.Response:
        url = request.url
        tunnel = PTY_HOST.fullmatch(url.host)
        if tunnel is not None and url.scheme == "https":
            try:
                return await self.terminal_service(tunnel.group(1), request, body)
            except HttpError as e:
                return json_response(e.status, {"error": e.message})
        if (url.scheme, url.host, url.port) != (self.base.scheme, self.base.host, self.base.port):
            raise AssertionError(f"FakeRunloop: {url} is not under {self.base}")
        path = url.path[len(self.base.path.rstrip("/")) :]
        for rule in self.injected:
            method, regex, status, answer, headers, times = rule
            if times > 0 and method == request.method and regex.fullmatch(path):
                rule[5] -= 1
                return (
                    response(status, b"", headers)
                    if answer is None
                    else json_response(status, answer, headers)
                )
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            return json_response(401, {"error": "Unauthorized"})
        for method, pattern, name in self.ROUTES:
            match = re.fullmatch(pattern, path)
            if match and method == request.method:
                try:
                    args = list(match.groups())
                    if not args:
                        return getattr(self, name)(request, body)
                    dbx = self.find(args.pop(0))
                    answer = getattr(self, name)(dbx, request, body, *args)
                    return await answer if asyncio.iscoroutine(answer) else answer
                except HttpError as e:
                    return json_response(e.status, {"error": e.message})
        raise AssertionError(f"FakeRunloop: no route {request.method} {path}")

    def find(self, devbox_id: str) -> Devbox:
        if devbox_id not in self.devboxes:
            raise HttpError(404, f"devbox {devbox_id} not found")
        return self.devboxes[devbox_id]

    def set_status(self, dbx: Devbox, status: str) -> None:
        dbx.status = status
        dbx.transitions.append(status)
        if status in ("failure", "shutdown"):
            dbx.ended = self.clock

    def advance(self, dbx: Devbox) -> None:
        """One step of a devbox in transit: provisioning ... initializing, then running (or
        failure); suspending to suspended (suspend snapshots the disk, "typically takes seconds":
        docs.runloop.ai/main-concepts/devbox/lifecycle), resuming to running."""
        if dbx.status in NEXT:
            self.set_status(dbx, NEXT[dbx.status])
            return
        if dbx.status not in ("provisioning", "initializing"):
            return
        if dbx.steps_left > 0:
            dbx.steps_left -= 1
            status = "initializing" if dbx.steps_left == 0 else "provisioning"
            if status != dbx.status:
                self.set_status(dbx, status)
        elif {dbx.params.get("blueprint_name"), dbx.params.get("blueprint_id")} & self.fail_blueprints:
            dbx.failure_reason = "execution_failed"
            self.set_status(dbx, "failure")
        else:
            self.set_status(dbx, "running")

    @staticmethod
    def running(dbx: Devbox) -> None:
        if dbx.status != "running":
            raise HttpError(400, f"devbox {dbx.id} is {dbx.status}, not running")

    # devboxes

    def create(self, _request: httpx.Request, body: bytes) -> httpx.Response:
        params = body_object(body)
        for name in ("environment_variables", "metadata"):
            value = params.get(name) or {}
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise HttpError(400, f"{name} must be an object of strings")
        if not isinstance(params.get("launch_parameters") or {}, dict):
            raise HttpError(400, "launch_parameters must be an object")
        self.check_launch(params.get("launch_parameters") or {})
        seq = len(self.devboxes) + 1
        dbx = Devbox(seq, f"dbx_fake{seq:04d}", params, self.clock, self.start_steps)
        self.devboxes[dbx.id] = dbx
        if self.create_then_fail:
            raise HttpError(self.create_then_fail.pop(0), "upstream connect error")
        return json_response(200, dbx.view())

    @staticmethod
    def check_launch(launch: dict) -> None:
        """A custom size: cores 1 or a multiple of 2 up to 16, memory 1 or a multiple of 2 up to 64
        GiB, "the cpu:memory ratio must be between 1:2 and 1:8 inclusive" (RL-spec ResourceSize,
        8819-8832; py types/shared/launch_parameters.py:100). The status of a refusal is undocumented:
        400, as for any invalid create. The idle policy: "if both this and the top-level after_idle
        are set, they must match" (RL-spec 8093-8094, 8144-8145)."""
        cores, gib = launch.get("custom_cpu_cores"), launch.get("custom_gb_memory")
        if launch.get("resource_size_request") == "CUSTOM_SIZE":
            if cores not in CORES or gib not in GIB:
                raise HttpError(
                    400,
                    "custom_cpu_cores must be 1 or a multiple of 2 up to 16, custom_gb_memory 1 or a multiple of 2 up to 64",
                )
            if not 2 * cores <= gib <= 8 * cores:
                raise HttpError(400, f"the cpu:memory ratio must be between 1:2 and 1:8 ({cores}:{gib})")
        elif cores is not None or gib is not None:
            raise HttpError(
                400, "custom_cpu_cores and custom_gb_memory need resource_size_request CUSTOM_SIZE"
            )
        top, nested = launch.get("after_idle"), (launch.get("lifecycle") or {}).get("after_idle")
        if top is not None and nested is not None and top != nested:
            raise HttpError(400, "after_idle and lifecycle.after_idle must have the same value")

    def list_devboxes(self, request: httpx.Request, _body: bytes) -> httpx.Response:
        """Newest first; `limit` is clamped to page_size; `starting_after` is the previous page's last id."""
        params = request.url.params
        limit = params.get("limit", "")
        limit = min(int(limit), self.page_size) if limit.isdigit() and int(limit) > 0 else self.page_size
        status, after = params.get("status") or None, params.get("starting_after") or None
        found = [
            d for d in sorted(self.devboxes.values(), key=lambda d: -d.seq) if status in (None, d.status)
        ]
        if after is not None:
            if after not in self.devboxes:
                raise HttpError(404, f"starting_after: devbox {after} not found")
            found = [d for d in found if d.seq < self.devboxes[after].seq]
        out: dict[str, Any] = {"devboxes": [d.view() for d in found[:limit]], "has_more": len(found) > limit}
        if params.get("include_total_count") in ("true", "1"):
            out["total_count"] = len(found)
        return json_response(200, out)

    def get(self, dbx: Devbox, _request: httpx.Request, _body: bytes) -> httpx.Response:
        self.advance(dbx)
        return json_response(200, dbx.view())

    def wait_devbox(self, dbx: Devbox, _request: httpx.Request, body: bytes) -> httpx.Response:
        """Steps a starting devbox until it reaches one of `statuses`; 408 once it can go no further."""
        wanted = statuses(body_object(body), DEVBOX_STATUSES)
        while dbx.status not in wanted:
            before = dbx.status
            self.advance(dbx)
            if dbx.status == before and dbx.status not in ("provisioning", "initializing", *NEXT):
                raise HttpError(
                    408, f"devbox {dbx.id} is {dbx.status}; timed out waiting for {sorted(wanted)}"
                )
        return json_response(200, dbx.view())

    def shutdown(self, dbx: Devbox, _request: httpx.Request, _body: bytes) -> httpx.Response:
        """Shut-down devboxes stay (GET and list answer them, status "shutdown"). Shutting one down
        again is undocumented (409 is documented only for in-progress snapshots, RL-spec 3266-3295):
        the worst case, a 200 with its record, as if it had been running, is answered."""
        if dbx.status == "shutdown":
            return json_response(200, dbx.view())
        for execution in dbx.executions.values():
            execution.kill()
        self.end_terminals(dbx)
        dbx.shutdown_reason = "api_shutdown"
        self.set_status(dbx, "shutdown")
        return json_response(200, dbx.view())

    def suspend(self, dbx: Devbox, _request: httpx.Request, _body: bytes) -> httpx.Response:
        """Answers "suspending": the disk snapshot takes a while (the next step makes it
        "suspended"); processes end (memory is not kept: py resources/devboxes/devboxes.py suspend)."""
        self.running(dbx)
        for execution in dbx.executions.values():
            execution.kill()
        self.end_terminals(dbx)  # "the underlying Devbox lifecycle replaces the PTY process (suspend)"
        self.set_status(dbx, "suspending")
        return json_response(200, dbx.view())

    def resume(self, dbx: Devbox, _request: httpx.Request, _body: bytes) -> httpx.Response:
        """400 "Devbox is not suspended." unless it is (RL-spec /resume, 3256), suspending too."""
        if dbx.status != "suspended":
            raise HttpError(400, f"Devbox is not suspended ({dbx.id} is {dbx.status})")
        self.set_status(dbx, "resuming")
        return json_response(200, dbx.view())

    def keep_alive(self, dbx: Devbox, _request: httpx.Request, _body: bytes) -> httpx.Response:
        return json_response(200, {})

    def enable_tunnel(self, dbx: Devbox, _request: httpx.Request, body: bytes) -> httpx.Response:
        config = body_object(body)
        self.running(dbx)
        mode = config.get("auth_mode") or "open"
        if dbx.tunnel:  # the live API: one tunnel per devbox
            raise HttpError(400, "devbox already has a tunnel configured")
        if mode not in ("open", "authenticated"):
            raise HttpError(400, "auth_mode must be open or authenticated")
        dbx.tunnel = {"tunnel_key": f"tnlfake{dbx.seq:04d}", "auth_mode": mode,
                      "auth_token": f"tkn_fake{dbx.seq:04d}" if mode == "authenticated" else None,
                      "create_time_ms": BASE_MS + self.clock * 1000,
                      "http_keep_alive": config.get("http_keep_alive") is not False,
                      "wake_on_http": bool(config.get("wake_on_http"))}  # fmt: skip
        return json_response(200, dbx.tunnel)

    # terminals

    def create_pty_tunnel(self, dbx: Devbox, _request: httpx.Request, _body: bytes) -> httpx.Response:
        """A fresh key and token each time; 400 "Devbox is not currently running" otherwise."""
        self.running(dbx)
        number = len(self.pty_tunnels) + 1
        key, token = f"ptyfake{number:04d}", f"ptytoken{number:04d}"
        self.pty_tunnels[key] = (dbx, token)
        return json_response(200, {"tunnel_key": key, "auth_token": token})

    @staticmethod
    def end_terminals(dbx: Devbox) -> None:
        for session in dbx.terminals.values():
            if session.socket is not None:
                session.socket.close(1001, "devbox going away")
        dbx.terminals.clear()

    async def terminal_service(self, key: str, request: httpx.Request, body: bytes) -> httpx.Response:
        if key not in self.pty_tunnels:
            raise HttpError(404, f"no tunnel {key}")
        dbx, token = self.pty_tunnels[key]
        bearers = {request.headers.get(h) for h in ("authorization", "x-runloop-tunnel-authorization")}
        upgrade = request.headers.get("upgrade", "").lower() == "websocket"
        protocols = {p.strip() for p in request.headers.get("sec-websocket-protocol", "").split(",")}
        if f"Bearer {token}" not in bearers and not (upgrade and token in protocols):
            raise HttpError(401, "Unauthorized")
        self.running(dbx)
        path = request.url.path
        if match := re.fullmatch(r"/pty/([^/]+)/attach", path):
            return self.attach_pty(dbx, match.group(1), request, token if token in protocols else None)
        if (match := re.fullmatch(r"/pty/([^/]+)", path)) and request.method == "GET":
            return self.connect_pty(dbx, match.group(1), request)
        if (match := re.fullmatch(r"/pty/([^/]+)/control", path)) and request.method == "POST":
            return self.control_pty(dbx, match.group(1), body_object(body))
        raise AssertionError(f"FakeRunloop: no terminal route {request.method} {path}")

    def connect_pty(self, dbx: Devbox, name: str, request: httpx.Request) -> httpx.Response:
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", name):
            raise HttpError(400, "session_name must be 1..256 ASCII letters, digits, '-' and '_'")
        created = name not in dbx.terminals
        session = dbx.terminals.setdefault(name, PtySession(name))
        params = request.url.params
        cols, rows = params.get("cols", ""), params.get("rows", "")
        if (
            created
            and cols.isdigit()
            and rows.isdigit()
            and 1 <= int(cols) <= 1000
            and 1 <= int(rows) <= 1000
        ):
            session.cols, session.rows = int(cols), int(rows)
        return json_response(200, {"session_name": name, "status": "running", "protocol_version": "1",
                                   "connect_url": f"/pty/{name}/attach", "created": created,
                                   "attached": session.socket is not None, "cols": session.cols,
                                   "rows": session.rows, "idle_ttl_seconds": 300})  # fmt: skip

    def attach_pty(
        self, dbx: Devbox, name: str, request: httpx.Request, protocol: str | None
    ) -> httpx.Response:
        session = dbx.terminals.get(name)
        if session is None:
            raise HttpError(404, f"no PTY session {name}")
        if session.socket is not None:
            raise HttpError(409, f"PTY session {name} already has a client")
        socket = session.socket = ServerSocket(self, request)

        async def echo() -> None:  # a terminal echoes what is typed (the shell is not run)
            async for message in socket.messages():
                socket.send(message)
            if session.socket is socket:
                session.socket = None  # detached: the session stays for its idle TTL

        self.spawn(echo())
        answer = socket.switching_protocols()
        if protocol is not None:
            answer.headers["Sec-WebSocket-Protocol"] = protocol
        return answer

    def control_pty(self, dbx: Devbox, name: str, params: dict) -> httpx.Response:
        session = dbx.terminals.get(name)
        if session is None:
            raise HttpError(404, f"no PTY session {name}")
        action = params.get("action")
        if action == "resize":
            cols, rows = params.get("cols"), params.get("rows")
            if not all(isinstance(v, int) and 1 <= v <= 1000 for v in (cols, rows)):
                raise HttpError(400, "cols and rows must each be in 1..1000")
            session.cols, session.rows = cols, rows
        elif action == "signal":
            if params.get("signal") not in SIGNALS:
                raise HttpError(400, f"unknown signal {params.get('signal')!r}")
        elif action == "close":
            del dbx.terminals[name]
            if session.socket is not None:
                session.socket.close(4000, "session closed")
        else:
            raise HttpError(400, "action must be resize, signal or close")
        return json_response(
            200, {"session_name": name, "status": "closed" if action == "close" else "running"}
        )

    # executions

    def execution(self, dbx: Devbox, execution_id: str) -> Execution:
        if execution_id not in dbx.executions:
            raise HttpError(404, f"execution {execution_id} not found on devbox {dbx.id}")
        return dbx.executions[execution_id]

    def execute_async(self, dbx: Devbox, _request: httpx.Request, body: bytes) -> httpx.Response:
        return json_response(200, self.start(dbx, body_object(body)).view())

    async def execute(self, dbx: Devbox, request: httpx.Request, body: bytes) -> httpx.Response:
        """executeCommand: starts the command, unless its command_id started one already (then it
        is that one), and waits up to optimistic_timeout (<= 25 s) for it to complete; answers it
        as it then is."""
        params = body_object(body)
        command_id, wait = params.get("command_id"), params.get("optimistic_timeout")
        if not isinstance(command_id, str) or not re.fullmatch(
            r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", command_id
        ):
            raise HttpError(400, "command_id must be a UUIDv7")
        if wait is not None and (not isinstance(wait, int) or not 0 <= wait <= 25):
            raise HttpError(400, "optimistic_timeout must be an integer of at most 25 seconds")
        if "attach_stdin" in params:
            raise HttpError(400, "attach_stdin is not supported by execute; use execute_async")
        execution = self.by_command_id.get(command_id)
        if execution is None:
            execution = self.by_command_id[command_id] = self.start(dbx, params)
        seconds = OPTIMISTIC_DEFAULT if wait is None else wait
        if self.optimistic_cap is not None:
            seconds = min(seconds, self.optimistic_cap)
        try:
            await asyncio.wait_for(execution.completed(), seconds)
        except TimeoutError:
            pass
        return json_response(200, execution.view(request.url.params.get("last_n")))

    def start(self, dbx: Devbox, request: dict) -> Execution:
        command = request.get("command")
        if not isinstance(command, str) or not command:
            raise HttpError(400, "command is required")
        self.running(dbx)
        if command not in self.commands:
            raise AssertionError(f"FakeRunloop: no script for command {command!r}; add it to commands=")
        steps = self.commands[command]
        steps = list(steps(command) if callable(steps) else steps)
        for step in steps:
            assert step and step[0] in STEPS, f"FakeRunloop: unknown script step {step!r}"
        self.executions += 1
        execution = Execution(dbx, f"exe_{self.executions}", request, steps)
        dbx.executions[execution.execution_id] = execution
        execution.task = self.spawn(execution.run())
        return execution

    def get_execution(self, dbx: Devbox, request: httpx.Request, _body: bytes, eid: str) -> httpx.Response:
        return json_response(200, self.execution(dbx, eid).view(request.url.params.get("last_n")))

    async def wait_execution(
        self, dbx: Devbox, request: httpx.Request, body: bytes, eid: str
    ) -> httpx.Response:
        """Really waits (asyncio) until the execution is in one of `statuses`; 408 after timeout_seconds."""
        execution, params = self.execution(dbx, eid), body_object(body)
        wanted = statuses(params, EXEC_STATUSES)
        timeout = params.get("timeout_seconds")

        async def reached() -> None:
            while execution.status not in wanted:
                if execution.status == "completed":
                    raise HttpError(408, f"execution {eid} completed; it will not reach {sorted(wanted)}")
                await execution.changed.wait()

        try:
            await asyncio.wait_for(reached(), WAIT_DEFAULT if timeout is None else timeout)
        except TimeoutError:
            raise HttpError(408, f"execution {eid} is still {execution.status}") from None
        return json_response(200, execution.view(request.url.params.get("last_n")))

    def kill(self, dbx: Devbox, _request: httpx.Request, body: bytes, eid: str) -> httpx.Response:
        """Ends a running execution "completed", exit_status null (the worst documented case: see
        the module's docstring); an ended one is left as it is. kill_process_group is optional
        (RL-spec 2518-2558, 7047-7055)."""
        group = body_object(body).get("kill_process_group")
        if group is not None and not isinstance(group, bool):
            raise HttpError(400, "kill_process_group must be a boolean")
        execution = self.execution(dbx, eid)
        execution.kill()
        return json_response(200, execution.view())

    def send_std_in(self, dbx: Devbox, _request: httpx.Request, body: bytes, eid: str) -> httpx.Response:
        """text goes to the script's stdin; signal EOF closes it, INTERRUPT ends the execution (as a kill).
        success is false once the execution completed or its stdin was closed."""
        execution, params = self.execution(dbx, eid), body_object(body)
        text, signal = params.get("text"), params.get("signal")
        if (text is not None and not isinstance(text, str)) or signal not in (None, "EOF", "INTERRUPT"):
            raise HttpError(400, "text must be a string, signal EOF or INTERRUPT")
        success = execution.status != "completed" and execution.stdin_open
        if success:
            if text:
                execution.stdin.put_nowait(text)
            if signal == "EOF":
                execution.stdin_open = False
                execution.stdin.put_nowait(None)
            elif signal == "INTERRUPT":
                execution.kill()
        return json_response(200, {"devbox_id": dbx.id, "execution_id": eid, "success": success})

    async def stream(
        self, dbx: Devbox, request: httpx.Request, _body: bytes, eid: str, kind: str
    ) -> httpx.Response:
        """Server-sent events of one stream's output after `offset` bytes, until the execution ends.

        Each chunk is `data: {"output": ..., "offset": N}`, N the byte offset the chunk ends at
        (ExecUpdateChunkView.offset, "the byte offset of this chunk"; resuming with ?offset=N sends
        what comes after it, as the vendor's own reconnection tests model it: ts
        tests/lib/streaming-reconnection.test.ts:17-26). A stream idle for `stream_idle` seconds
        times out with a 408 (the SDKs reconnect on it: py _streaming.py:380-453): as the answer's
        status while nothing was sent yet (ts tests/lib/streaming-reconnection.test.ts:94, "a 408
        before the first chunk"), else in-band, `event: error` with data {"code": "408", ...}
        (py _streaming.py:82-90; ts tests/lib/streaming-reconnection.test.ts:89). How long the live
        server waits is undocumented: a test sets it short to see it."""
        execution, raw = self.execution(dbx, eid), request.url.params.get("offset") or "0"
        if not raw.isdigit():
            raise HttpError(400, "offset must be a non-negative integer")
        start, feed = int(raw), Feed()

        def pending(sent: int) -> list[bytes]:
            """The events of the chunks after the first `sent`, from `start` on."""
            events, position = [], sum(len(c.encode()) for c in execution.chunks[kind][:sent])
            for chunk in execution.chunks[kind][sent:]:
                data = chunk.encode()
                end = position + len(data)
                if end > start:
                    output = data[max(0, start - position) :].decode(errors="replace")
                    event = json.dumps({"output": output, "offset": end}, separators=(",", ":"))
                    events.append(b"data: " + event.encode() + b"\n\n")
                position = end
            return events

        async def changed_or_idle(changed: asyncio.Event) -> bool:
            """Whether something changed before the stream's idle time ran out."""
            try:
                await asyncio.wait_for(changed.wait(), self.stream_idle)
            except TimeoutError:
                return False
            return True

        sent = 0
        if self.stream_errors:
            code = self.stream_errors.pop(0)
            failure = json.dumps({"code": code, "message": "stream failed"}).encode()
            body = b"".join(pending(0)) + b"event: error\ndata: " + failure + b"\n\n"
            return response(200, body, {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        while execution.status != "completed" and not pending(0):  # nothing to send yet
            if not await changed_or_idle(execution.changed):
                self.stream_timeouts["status"] += 1
                raise HttpError(408, f"no output from execution {eid} in {self.stream_idle:g}s")
        timeout_event = b'event: error\ndata: {"code":"408","message":"stream idle timeout"}\n\n'

        async def pump() -> None:
            nonlocal sent
            while not feed.closed:
                changed = execution.changed
                for event in pending(sent):
                    feed.put(event)
                sent = len(execution.chunks[kind])
                if execution.status == "completed":
                    return feed.end()
                if not await changed_or_idle(changed):
                    self.stream_timeouts["event"] += 1
                    feed.put(timeout_event)
                    return feed.end()

        self.spawn(pump())
        headers = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        return httpx.Response(200, headers=headers, stream=feed)

    # files

    @staticmethod
    def path(value: Any) -> str:
        """A file API path on the devbox: relative to the user's home, `~/` expanded."""
        if not isinstance(value, str) or not value:
            raise HttpError(400, "path is required")
        if value == "~" or value.startswith("~/"):
            value = HOME + value[1:]
        return FileStore.absolute(value, HOME)

    @staticmethod
    def unusable(dbx: Devbox) -> HttpError:
        """What the file API answers for a path it cannot use: undocumented, so the worst documented
        case, a 404 that reads as the devbox not being there (see the module's docstring)."""
        return HttpError(404, f"devbox {dbx.id} not found")

    def upload_file(self, dbx: Devbox, request: httpx.Request, body: bytes) -> httpx.Response:
        parts = parse_multipart(body, request.headers.get("content-type", ""))
        if "file" not in parts or "path" not in parts:
            raise HttpError(400, "the multipart body needs parts named file and path")
        self.running(dbx)
        if not dbx.files.write(self.path(parts["path"].decode()), parts["file"]):
            raise self.unusable(dbx)  # no parent directory (none is made), or not a regular file
        return json_response(200, {})

    def download_file(self, dbx: Devbox, _request: httpx.Request, body: bytes) -> httpx.Response:
        path = self.path(body_object(body).get("path"))
        self.running(dbx)
        data = dbx.files.read(path)
        if data is None:
            raise self.unusable(dbx)  # missing, under a regular file, a directory
        disposition = f'attachment; filename="{posixpath.basename(path)}"'
        return response(200, data, {"Content-Type": "application/octet-stream",
                                    "Content-Disposition": disposition})  # fmt: skip
