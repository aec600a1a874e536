"""An in-process fake of the Fly.io Machines API as an httpx transport, for composing cassettes.

The Fly adapter's tests run against it once in record mode; the recorded traffic is committed and
validated against specs/fly/machines.openapi.yaml. So answers follow that spec (statuses, field names,
content types) and are deterministic: machine ids come from a counter as 14 hex digits
("0000000000f001"), and every time is 2026-10-01T12:00:00Z plus a logical clock that advances one second
per request. Error answers are `{"error": "..."}` (ErrorResponse); some of their statuses (401, 404,
408, 409, 412, 429) are not declared by the spec.

Unlike the other fakes, commands really run: each machine is a container of the local Docker engine
(always the fake's `image`, whatever `config.image` says; it is only recorded), driven with the docker
CLI. exec is one `docker exec -i` per request (they run concurrently), with the body's stdin fed and
closed; a command outliving its timeout (never more than EXEC_DEADLINE) is answered
EXEC_TIMEOUT_STATUS and killed with its process group inside the container (whether Fly ends it is not
documented; what our adapter leaves running past a request is detached into its own session, so it
survives either way). Machine lifecycle: create answers "created" (or "stopped" with skip_launch);
the next request addressing the machine (or a wait) finds it "started". suspend pauses the container,
start unpauses / starts it, stop stops it, destroy removes it (the machine stays visible as
"destroying" to the next request addressing it, then "destroyed"). `wait` never sleeps: a state the
machine cannot reach answers 408 at once.

Where Fly's behaviour is not documented, the fake answers the worst documented case (each is cited
where it is played): exec answers leave out every zero-valued field (exit_code 0, exit_signal 0,
empty stdout/stderr), and a command ended by a signal answers exit_signal with no exit_code; the
metadata filter is read by Go's net/url query parser (a malformed pair is dropped, so its filter
vanishes) and matched exactly; invalid guest sizes are refused.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import datetime
import math
import re
import shlex
import string
import subprocess
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.fake_blaxel import body_object
from tests.fake_daytona import HttpError, json_response, response

BASE_TIME = datetime.datetime(2026, 10, 1, 12, 0, 0, tzinfo=datetime.UTC)
LABEL = "sandboxer-fake-fly"
# An exec answers 408 deadline_exceeded past about 30 s, whatever its `timeout` says: OpenRouterLabs/spawn
# PRs #1616/#1623 ("The HTTP API randomly returns 408 deadline_exceeded on commands >30s"), flyctl issue
# #4194 (`deadline_exceeded: Post "http://unix/v1/exec" ... Client.Timeout exceeded`).
EXEC_DEADLINE = 30
EXEC_TIMEOUT_STATUS = 408
EXEC_TIMEOUT_ERROR = "deadline_exceeded: command timed out"
SIGNALLED = 128  # Docker reports a process ended by signal N as 128 + N
NOT_STARTED_STATUS = 409
NOT_STARTED_ERROR = "machine is not started"
DESTROY_RUNNING_STATUS = 412
WAIT_TIMEOUT_STATUS = 408
WAIT_MAX_TIMEOUT = 60
WAIT_STATES = {"started", "stopped", "suspended", "destroyed", "failed", "settled"}
SIGNALS = {"SIGABRT", "SIGALRM", "SIGFPE", "SIGHUP", "SIGILL", "SIGINT", "SIGKILL", "SIGPIPE", "SIGQUIT",
           "SIGSEGV", "SIGTERM", "SIGTRAP", "SIGUSR1", "SIGUSR2"}  # fmt: skip
STOP_SIGNALS = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGUSR1", "SIGUSR2", "SIGTERM"}
DEFAULT_GUEST = {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256}
# Guest sizes Fly accepts (docs machines/guides-examples/machine-sizing.html.markerb:18,57: memory from
# 256 to 2048 MB per shared CPU, 2048 to 8192 per performance CPU, "a multiple of 256 for shared sizes,
# and 2048 for performance sizes" (flyctl checks 1024 for performance: the stricter is played); the
# CPU counts are flyctl's (internal/machine/update.go:16-19; fly-go machine_types.go:549-555 presets:
# a server that took 16 shared CPUs in 2023, flyctl issue #1648, may no longer: refused, the worst
# case). The server's words for memory out of bounds are in flyctl issues #1648 ("invalid
# config.guest.memory_mb, minimum required 2048 MiB") and #1636 ("max config.guest.memory_mb: 2048");
# its status: 422, the docs' "Validation failed" (machines/api/working-with-machines-api.html.markerb:76).
GUEST_KINDS = {  # cpu_kind: (CPU counts, MB per CPU at least, at most, memory step)
    "shared": ((1, 2, 4, 6, 8), 256, 2048, 256),
    "performance": ((1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64, 128), 2048, 8192, 2048),
}
INVALID_STATUS = 422
# Rate limits (docs machines/api/working-with-machines-api.html.markerb:79-85): "1 request, per second,
# per action ... per-machine ... scoped per identifier ... Machine ID or App ID ... burst limit up to
# 3 req/s ... except Get Machine which is 5 req/s, with a short-term burst limit up to 10 req/s". A
# refused request answers 429; its body and headers are documented nowhere (fly-go reads no
# Retry-After): the fake sends Retry-After, the seconds to its next token, as the model asks
# (the adapter copes without one too). Counted on `now()`, the logical clock unless a test gives another.
RATE, GET_MACHINE_RATE = (1.0, 3), (5.0, 10)
RATE_LIMITED_ERROR = "rate limit exceeded"
# The machine list is read from a replica that lags the create (flyctl waits 500 ms before it looks a
# machine up by a metadata tag: internal/command/deploy/strategy_bluegreen.go:1473-1545, "Corrosion");
# how long is not documented: a new machine is missing from lists for LIST_LAG logical seconds.
LIST_LAG = 2
PAGE_SIZE = 4096  # bytes per page of /proc/PID/statm
USERS = {"/etc/passwd": ("root:x:0:0:root:/root:/bin/sh", "nobody:x:65534:65534:nobody:/:/bin/sh"),
         "/etc/group": ("root:x:0:", "nobody:x:65534:")}  # fmt: skip

# exec: the command runs as a session (and process group) leader; it reports its pid first on stderr
# so that a timeout can kill the whole group inside the container.
EXEC_WRAPPER = 'echo "$$" >&2; exec "$@"'
# ps: one line per process, "pid rss_pages base64(cwd) base64(cmdline) base64(comm)", itself skipped.
PS_SCRIPT = r"""
for d in /proc/[0-9]*; do
  p=${d#/proc/}
  [ "$p" = "$$" ] && continue
  [ -r "$d/cmdline" ] || continue
  set -- $(cat "$d/statm" 2>/dev/null)
  echo "$p ${2:-0} $(readlink "$d/cwd" 2>/dev/null | base64 -w0) $(base64 -w0 < "$d/cmdline" 2>/dev/null) \
$(base64 -w0 < "$d/comm" 2>/dev/null)"
done
"""


class FlyError(HttpError):
    """An ErrorResponse with its `status` code (FLY-spec main.statusCode: unknown,
    insufficient_capacity, volume_placement_capacity, name_taken)."""

    def __init__(self, status: int, message: str, code: str) -> None:
        super().__init__(status, message)
        self.code = code


def rfc3339(clock: int) -> str:
    return (BASE_TIME + datetime.timedelta(seconds=clock)).strftime("%Y-%m-%dT%H:%M:%SZ")


def image_ref(image: str) -> dict:
    """registry / repository / tag (and digest) of a Docker image reference, Docker Hub's by default."""
    rest, _, digest = image.partition("@")
    first, slash, remainder = rest.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost"):
        registry, rest = first, remainder
    else:
        registry = "docker.io"
    name, colon, tag = rest.rpartition(":")
    if not colon or "/" in tag:
        name, tag = rest, "latest"
    if registry == "docker.io" and "/" not in name:
        name = f"library/{name}"
    out = {"registry": registry, "repository": name, "tag": tag}
    if digest:
        out["digest"] = digest
    return out


def strings(value: Any, name: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise HttpError(400, f"{name} must be an object of strings")
    return value


def decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")  # NUL characters stay as they are


def go_unescape(text: bytes) -> str | None:
    """Go's url.QueryUnescape: %XX and '+' (a space); None for a bad escape ('%' not followed by two
    hex digits). Go 1.19 src/net/url/url.go:200-250 (unescape, mode encodeQueryComponent)."""
    out = bytearray()
    i = 0
    while i < len(text):
        if text[i] == ord("%"):
            if i + 2 >= len(text) or not all(chr(c) in string.hexdigits for c in text[i + 1 : i + 3]):
                return None
            out.append(int(text[i + 1 : i + 3], 16))
            i += 3
        else:
            out.append(0x20 if text[i] == ord("+") else text[i])
            i += 1
    return out.decode("utf-8", "surrogateescape")  # Go keeps the bytes: invalid UTF-8 matches nothing


def go_query(query: bytes) -> dict[str, list[str]]:
    """A query as Fly's server (Go: FLY-spec schema names are Go packages, `main.statusCode`) reads it
    with net/url's ParseQuery, Go 1.19 src/net/url/url.go:932-961: pairs split at '&' only; a pair
    holding ';' or a bad escape is dropped silently (`URL.Query()` discards the error), so its filter
    vanishes. The cases in tests/test_fake_fly.py were checked with go1.19.8's url.ParseQuery."""
    values: dict[str, list[str]] = {}
    for pair in query.split(b"&"):
        if not pair or b";" in pair:
            continue
        raw_key, _, raw_value = pair.partition(b"=")
        key, value = go_unescape(raw_key), go_unescape(raw_value)
        if key is not None and value is not None:
            values.setdefault(key, []).append(value)
    return values


def exec_response(returncode: int, out: bytes, err: bytes) -> dict:
    """An ExecResponse (FLY-spec `flydv1.ExecResponse{exit_code, exit_signal, stdout, stderr}`, no field
    required). Whether the server leaves out zero values is not documented; fly-go reads the answer as
    `ExitCode int32 json:"exit_code,omitempty"` (fly-go machine_types.go:1198-1202) and flyctl treats a
    missing code as 0 (internal/command/machine/exec.go:109-110), so the worst case is played: 0 and ""
    are left out (a silent command that succeeds answers {}). A command ended by signal N: undocumented
    (flyd is Go, whose os.ProcessState.ExitCode() is -1 for a signal: `go doc os.ProcessState.ExitCode`;
    fly-go's MachineExecResponse has no exit_signal field at all); the worst case is played,
    exit_signal N with no exit_code. Docker reports such an end as 128 + N, as it reports a shell's
    `exit 128+N`: the fake cannot tell them apart, and answers both as the signal (a client must read
    both as 128 + N anyway)."""
    answer: dict[str, Any] = {}
    if SIGNALLED < returncode <= SIGNALLED + 64:
        answer["exit_signal"] = returncode - SIGNALLED
    elif returncode:
        answer["exit_code"] = returncode
    if out:
        answer["stdout"] = decode(out)
    if err:
        answer["stderr"] = decode(err)
    return answer


def check_guest(guest: dict) -> None:
    kind = guest.get("cpu_kind")
    if kind not in GUEST_KINDS:
        raise HttpError(INVALID_STATUS, f"invalid config.guest.cpu_kind {kind!r}")
    counts, least, most, step = GUEST_KINDS[kind]
    cpus, memory = guest["cpus"], guest["memory_mb"]
    if cpus not in counts:
        raise HttpError(
            INVALID_STATUS, f"invalid config.guest.cpus {cpus} for {kind} CPUs, must be one of {list(counts)}"
        )
    if memory % step:
        raise HttpError(
            INVALID_STATUS, f"invalid config.guest.memory_mb {memory}, must be a multiple of {step} MiB"
        )
    if memory < least * cpus:
        raise HttpError(
            INVALID_STATUS, f"invalid config.guest.memory_mb, minimum required {least * cpus} MiB"
        )
    if memory > most * cpus:
        raise HttpError(INVALID_STATUS, f"max config.guest.memory_mb: {most * cpus}")


async def docker(*args: str, stdin: bytes | None = None, check: bool = True) -> tuple[int, bytes, bytes]:
    proc = await asyncio.create_subprocess_exec(
        "docker", *args, stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await proc.communicate(stdin)
    if check and proc.returncode != 0:
        raise RuntimeError(f"FakeFly: docker {' '.join(args[:2])} failed: {decode(err).strip()}")
    return proc.returncode or 0, out, err


@dataclass
class Machine:
    seq: int
    id: str
    app: str
    name: str
    region: str
    config: dict
    container: str
    created: int
    updated: int
    state: str = "created"
    looks: int = 0  # requests that found it "created" (it starts after `start_after` of them)
    events: list = field(default_factory=list)
    env: dict = field(default_factory=dict)  # the environment its processes got (the app's secrets too)

    @property
    def instance_id(self) -> str:
        return f"01FAKEF1YMACH1NE{self.seq:010d}"

    def view(self) -> dict:
        return {
            "id": self.id, "name": self.name, "state": self.state, "region": self.region,
            "instance_id": self.instance_id, "version": self.instance_id,
            "private_ip": f"fdaa:0:1::{self.seq:x}", "config": copy.deepcopy(self.config),
            "image_ref": image_ref(self.config["image"]), "host_status": "ok",
            "created_at": rfc3339(self.created), "updated_at": rfc3339(self.updated), "events": list(self.events),
        }  # fmt: skip


class FakeFly(httpx.AsyncBaseTransport):
    MACHINE = r"/v1/apps/([^/]+)/machines/([^/]+)"
    ROUTES = [
        ("POST", r"/v1/apps", "create_app"),
        ("GET", r"/v1/apps", "list_apps"),
        ("DELETE", r"/v1/apps/([^/]+)", "delete_app"),
        ("POST", r"/v1/apps/([^/]+)/ip_assignments", "assign_ip"),
        ("POST", r"/v1/apps/([^/]+)/machines", "create"),
        ("GET", r"/v1/apps/([^/]+)/machines", "list_machines"),
        ("GET", MACHINE, "show"),
        ("DELETE", MACHINE, "destroy"),
        ("POST", MACHINE + "/start", "start"),
        ("POST", MACHINE + "/stop", "stop"),
        ("POST", MACHINE + "/suspend", "suspend"),
        ("GET", MACHINE + "/wait", "wait"),
        ("POST", MACHINE + "/exec", "exec_command"),
        ("GET", MACHINE + "/ps", "ps"),
        ("POST", MACHINE + "/signal", "signal"),
        ("PATCH", MACHINE + "/metadata", "update_metadata"),
    ]

    def __init__(
        self,
        *,
        api_key: str = "fly-replay-key",
        base: str = "https://api.machines.dev",
        commands: Any = None,  # accepted for the conftest's sake: commands really run here
        image: str = "sandboxer-test:busybox",
    ) -> None:
        self.api_key, self.base, self.image = api_key, httpx.URL(base.rstrip("/")), image
        self.machines: dict[str, Machine] = {}
        self.clock = 0  # logical seconds since BASE_TIME
        self.injected: list[list] = []
        self.containers: set[str] = set()  # created and not yet removed
        self.start_after = 3  # requests a launching machine answers "created" to, if nobody waits
        self.ignore_metadata_filters = False  # a server that ignores metadata.{key} (a test sets it)
        # Apps made through the Apps API (name -> its record), and apps deleted; any other app name
        # is one made beforehand (`fly apps create`), as the shared app is.
        self.apps: dict[str, dict] = {}
        self.deleted_apps: set[str] = set()
        self.app_keys: dict[str, str] = {}  # Apps_create idempotency_key -> app name
        self.ips: dict[str, list[dict]] = {}  # app -> its IP assignments
        # An app's secrets, set in every machine's environment unless the create says skip_secrets
        # (FLY-spec CreateMachineRequest.skip_secrets; docs blueprints/per-user-dev-environments.html.md:64
        # "Machines in a single app also share app-level secrets").
        self.secrets: dict[str, dict[str, str]] = {}
        self.now = lambda: float(self.clock)  # the rate limits' clock (a test may give its own)
        self.buckets: dict[tuple[str, str], list[float]] = {}  # (identifier, action) -> [tokens, stamp]
        self.refused = 0  # requests answered 429

    def inject(self, method: str, path_regex: str, status: int, body: dict | list | None = None,
               headers: dict[str, str] | None = None, times: int = 1) -> None:  # fmt: skip
        """The next `times` requests matching method and path get this answer instead."""
        self.injected.append([method.upper(), re.compile(path_regex), status, body, headers or {}, times])

    async def aclose(self) -> None:
        """Remove every container this fake created."""
        if self.containers:
            ids = sorted(self.containers)
            self.containers.clear()
            await docker("rm", "-f", *ids, check=False)

    def close(self) -> None:  # best effort, for sync callers
        if self.containers:
            ids = sorted(self.containers)
            self.containers.clear()
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run(["docker", "rm", "-f", *ids], capture_output=True, timeout=60, check=False)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        try:
            return await self._route(request, body)
        finally:
            self.clock += 1  # one logical second per request

    async def _route(self, request: httpx.Request, body: bytes) -> httpx.Response:
        url = request.url
        if (url.scheme, url.host, url.port) != (self.base.scheme, self.base.host, self.base.port):
            raise AssertionError(f"FakeFly: {url} is not under {self.base}")
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
            return json_response(401, {"error": "unauthorized"})
        wait = self.rate_limited(request.method, path)
        if wait is not None:
            self.refused += 1
            return json_response(429, {"error": RATE_LIMITED_ERROR}, {"Retry-After": str(math.ceil(wait))})
        for method, pattern, name in self.ROUTES:
            match = re.fullmatch(pattern, path)
            if match and method == request.method:
                try:
                    groups = match.groups()
                    if not groups:
                        return await getattr(self, name)(request, body)
                    app, *args = groups
                    if app in self.deleted_apps:
                        raise HttpError(404, f"app {app} not found")
                    if not args:
                        return await getattr(self, name)(app, request, body)
                    machine = self.find(app, args[0])
                    return await getattr(self, name)(machine, request, body)
                except HttpError as e:
                    code = {"status": e.code} if isinstance(e, FlyError) else {}
                    return json_response(e.status, {"error": e.message, **code})
        raise AssertionError(f"FakeFly: no route {request.method} {path}")

    def rate_limited(self, method: str, path: str) -> float | None:
        """Seconds until the request's (identifier, action) has a token, or None: it is taken."""
        machine = re.fullmatch(r"/v1/apps/[^/]+/machines/([^/]+)(/.*)?", path)
        app = re.fullmatch(r"/v1/apps/([^/]+)(/.*)?", path)
        found = machine or app
        key = (found.group(1), f"{method} {found.group(2) or ''}") if found else ("", f"{method} {path}")
        rate, burst = GET_MACHINE_RATE if machine and key[1] == "GET " else RATE
        tokens, stamp = self.buckets.get(key, [float(burst), self.now()])
        now = self.now()
        tokens = min(burst, tokens + (now - stamp) * rate)
        if tokens < 1:
            self.buckets[key] = [tokens, now]
            return (1 - tokens) / rate
        self.buckets[key] = [tokens - 1, now]
        return None

    def find(self, app: str, machine_id: str) -> Machine:
        machine = self.machines.get(machine_id)
        if machine is None or machine.app != app:
            raise HttpError(404, "machine not found")
        if machine.state == "created":  # launching: started after a few looks (or a wait)
            machine.looks += 1
            if machine.looks > self.start_after:
                self.set_state(machine, "started")
        elif machine.state == "destroying":  # transient (docs machines/machine-states.html.markerb:
            machine.looks += 1  # "destroying: User asked for the Machine to be completely removed"):
            if machine.looks > 1:  # seen once, then "destroyed"
                self.set_state(machine, "destroyed")
        return machine

    def set_state(self, machine: Machine, state: str) -> None:
        machine.state, machine.updated = state, self.clock

    @staticmethod
    def started(machine: Machine) -> None:
        if machine.state != "started":
            raise HttpError(NOT_STARTED_STATUS, NOT_STARTED_ERROR)

    @staticmethod
    def not_destroyed(machine: Machine) -> None:
        if machine.state in ("destroying", "destroyed"):
            raise HttpError(409, "machine is destroyed")

    # machines

    async def create(self, app: str, _request: httpx.Request, body: bytes) -> httpx.Response:
        params = body_object(body)
        config = params.get("config")
        if not isinstance(config, dict) or not isinstance(config.get("image"), str) or not config["image"]:
            raise HttpError(400, "config.image must be a non-empty string")
        for name in ("env", "metadata"):
            if name in config:
                strings(config[name], f"config.{name}")
        guest = config.get("guest", {})
        if not isinstance(guest, dict) or not all(
            isinstance(guest.get(k, 1), int) and not isinstance(guest.get(k), bool)
            for k in ("cpus", "memory_mb")
        ):
            raise HttpError(400, "config.guest must be an object with integer cpus and memory_mb")
        if not isinstance(config.get("services", []), list):
            raise HttpError(400, "config.services must be a list")
        for name in ("name", "region"):
            if not isinstance(params.get(name, ""), str):
                raise HttpError(400, f"{name} must be a string")
        if not isinstance(params.get("skip_launch", False), bool):
            raise HttpError(400, "skip_launch must be a boolean")
        seq = len(self.machines) + 1
        machine_id = f"{0xF000 + seq:014x}"
        region = params.get("region") or "iad"
        config = copy.deepcopy(config)
        config["guest"] = {**DEFAULT_GUEST, **guest}
        check_guest(config["guest"])
        if not isinstance(params.get("skip_secrets", False), bool):
            raise HttpError(400, "skip_secrets must be a boolean")
        secrets = {} if params.get("skip_secrets") else self.secrets.get(app, {})
        env = {
            "FLY_APP_NAME": app,
            "FLY_MACHINE_ID": machine_id,
            "FLY_REGION": region,
            **secrets,
            **config.get("env", {}),
        }
        args = ["run", "-d", "--label", f"{LABEL}=1", "--label", f"{LABEL}.machine={machine_id}"]
        args += ["--hostname", machine_id]
        for key, value in env.items():
            args += ["-e", f"{key}={value}"]
        # The main process: config.init.exec when given (as Fly runs it), else one that idles.
        main = (config.get("init") or {}).get("exec") or ["sleep", "2147483647"]
        if not isinstance(main, list) or not all(isinstance(a, str) for a in main):
            raise HttpError(400, "config.init.exec must be a list of strings")
        _, out, _ = await docker(*args, self.image, *main)
        container = decode(out).strip()
        self.containers.add(container)
        await self.ensure_users(container)
        machine = Machine(seq, machine_id, app, params.get("name") or f"sbx-{machine_id}", region, config,
                          container, self.clock, self.clock, env=env)  # fmt: skip
        self.machines[machine_id] = machine
        if params.get("skip_launch"):
            await docker("kill", container, check=False)
            machine.state = "stopped"
        return json_response(200, machine.view())

    # apps (FLY-spec Apps_create, Apps_list, Apps_delete, App_IPAssignments_create)

    async def create_app(self, _request: httpx.Request, body: bytes) -> httpx.Response:
        params = body_object(body)
        # `name` in fly-go (flaps/flaps_apps.go:13-18) and the spec; `app_name` in the docs' examples
        # (machines/api/apps-resource.html.markerb:58-75): both taken.
        name, org = params.get("name") or params.get("app_name"), params.get("org_slug")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,62}", name):
            raise HttpError(400, "name must be lowercase letters, digits and dashes")
        if not isinstance(org, str) or not org:
            raise HttpError(400, "org_slug is required")
        key = params.get("idempotency_key")
        if isinstance(key, str) and key in self.app_keys:  # "a retry of this exact request" (FLY-spec)
            if self.app_keys[key] != name:
                raise HttpError(400, "idempotency_key was used for another app")
            return json_response(201, {"id": self.apps[name]["id"], "created_at": 0})
        if name in self.apps or name in self.machines_apps():
            raise FlyError(INVALID_STATUS, f"app name {name} is already taken", "name_taken")
        self.apps[name] = {
            "id": f"app-{len(self.apps) + 1}", "name": name, "network": params.get("network") or "default",
            "organization": {"slug": org, "name": org}, "status": "pending", "machine_count": 0,
        }  # fmt: skip
        if isinstance(key, str):
            self.app_keys[key] = name
        return json_response(201, {"id": self.apps[name]["id"], "created_at": 0})

    def machines_apps(self) -> set[str]:
        return {m.app for m in self.machines.values()}

    async def list_apps(self, request: httpx.Request, _body: bytes) -> httpx.Response:
        org = request.url.params.get("org_slug")
        if not org:
            raise HttpError(400, "org_slug is required")
        apps = [a for a in self.apps.values() if a["organization"]["slug"] == org]
        return json_response(200, {"apps": apps, "total_apps": len(apps)})

    async def delete_app(self, app: str, request: httpx.Request, _body: bytes) -> httpx.Response:
        """The app goes with its machines. "Machines should be stopped before attempting deletion.
        Append ?force=true to the URI to stop and delete immediately." (docs
        machines/api/apps-resource.html.markerb:166-170): without force, an app with a machine not
        stopped is refused (the status is undocumented: 412, as for a machine)."""
        machines = [m for m in self.machines.values() if m.app == app]
        force = request.url.params.get("force", "false").lower() in ("true", "1")
        if not force and any(
            m.state not in ("stopped", "destroying", "destroyed", "failed") for m in machines
        ):
            raise HttpError(DESTROY_RUNNING_STATUS, f"app {app} has machines that are not stopped, use force")
        for machine in machines:
            if machine.container:
                await docker("rm", "-f", machine.container, check=False)
                self.containers.discard(machine.container)
            self.set_state(machine, "destroyed")
        self.apps.pop(app, None)
        self.deleted_apps.add(app)
        return response(202)

    async def assign_ip(self, app: str, _request: httpx.Request, body: bytes) -> httpx.Response:
        kind = body_object(body).get("type")
        if kind not in ("v4", "v6", "shared_v4", "private_v6"):
            raise HttpError(400, "type must be an IP assignment type")
        ip = {"ip": f"66.241.124.{len(self.ips) + 1}", "shared": kind == "shared_v4", "region": "global"}
        self.ips.setdefault(app, []).append(ip)
        return json_response(200, ip)

    def proxy_targets(self, url: str) -> list[str]:
        """The machines Fly's proxy may send a request for `url` to: every started machine of the
        host's app serving that public port ("The Fly proxy balances across all app machines that
        serve the port": docs networking/services.html.markerb; reviews/fly.md D7). `<app>.fly.dev`
        resolves only when the app has a public IP."""
        parsed = httpx.URL(url)
        app = parsed.host.removesuffix(".fly.dev")
        if not self.ips.get(app) and app not in self.machines_apps():
            return []
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        return sorted(
            m.id for m in self.machines.values()
            if m.app == app and m.state == "started"
            and any(p.get("port") == port for svc in m.config.get("services", []) for p in svc.get("ports", []))
        )  # fmt: skip

    async def add_foreign_machine(
        self, machine_id: str, metadata: dict[str, str], app: str = "sandboxer-test"
    ) -> None:
        """A started machine someone else made in the app (no container: only listed and shown)."""
        config = {"image": "nginx:latest", "metadata": dict(metadata), "guest": dict(DEFAULT_GUEST)}
        seq = len(self.machines) + 1
        self.machines[machine_id] = Machine(seq, machine_id, app, f"web-{machine_id}", "iad", config, "",
                                            self.clock - LIST_LAG, self.clock, state="started")  # fmt: skip

    @staticmethod
    async def ensure_users(container: str) -> None:
        """root (0) and nobody (65534) in /etc/passwd and /etc/group, whatever the image has."""
        lines = []
        for path, entries in USERS.items():
            for entry in entries:
                name = entry.split(":")[0]
                lines.append(f"grep -q '^{name}:' {path} 2>/dev/null || echo {shlex.quote(entry)} >> {path}")
        await docker("exec", container, "/bin/sh", "-c", "\n".join(lines))

    async def list_machines(self, app: str, request: httpx.Request, _body: bytes) -> httpx.Response:
        # Read as Go reads it (go_query); a repeated name counts once, its first value (Values.Get).
        query = {k: v[0] for k, v in go_query(request.url.query).items()}
        wanted_states = {s for s in query.get("state", "").split(",") if s}
        include_deleted = query.get("include_deleted", "false").lower() in ("true", "1")
        # "Filter by a machine metadata key and exact value ... Specify multiple metadata filters to
        # require all matches" (FLY-spec, Machines_list `metadata.{key}`). A key the machine lacks
        # reads as "" (a Go map's zero value: inference), so an empty value matches machines without it.
        filters = {k[len("metadata.") :]: v for k, v in query.items() if k.startswith("metadata.")}
        answer = []
        for machine in self.machines.values():
            metadata = machine.config.get("metadata") or {}
            if (
                machine.app != app
                or self.clock < machine.created + LIST_LAG
                or (machine.state == "destroyed" and not include_deleted)
                or ("region" in query and machine.region != query["region"])
                or (wanted_states and machine.state not in wanted_states)
                or (
                    not self.ignore_metadata_filters
                    and any(metadata.get(k, "") != v for k, v in filters.items())
                )
            ):
                continue
            answer.append(machine.view())
        return json_response(200, answer)

    async def show(self, machine: Machine, _request: httpx.Request, _body: bytes) -> httpx.Response:
        return json_response(200, machine.view())

    async def destroy(self, machine: Machine, request: httpx.Request, _body: bytes) -> httpx.Response:
        force = request.url.params.get("force", "false").lower() in ("true", "1")
        if machine.state in ("destroying", "destroyed"):
            return json_response(200, {"ok": True})
        if machine.state not in ("stopped", "failed") and not force:
            raise HttpError(
                DESTROY_RUNNING_STATUS, f"failed to destroy machine: machine is {machine.state}, use force"
            )
        await docker("rm", "-f", machine.container, check=False)
        self.containers.discard(machine.container)
        self.set_state(machine, "destroying")
        machine.looks = 0
        return json_response(200, {"ok": True})

    async def start(self, machine: Machine, _request: httpx.Request, _body: bytes) -> httpx.Response:
        self.not_destroyed(machine)
        previous = machine.state
        if previous == "stopped":
            await docker("start", machine.container)
        elif previous == "suspended":
            await docker("unpause", machine.container)
        self.set_state(machine, "started")
        return json_response(200, {"previous_state": previous, "migrated": False, "new_host": ""})

    async def stop(self, machine: Machine, _request: httpx.Request, body: bytes) -> httpx.Response:
        params = body_object(body)
        if "signal" in params and params["signal"] not in STOP_SIGNALS:
            raise HttpError(400, f"signal must be one of {sorted(STOP_SIGNALS)}")
        if "timeout" in params and not isinstance(params["timeout"], str):
            raise HttpError(400, "timeout must be a duration string")
        self.not_destroyed(machine)
        if machine.state != "stopped":
            await docker("stop", "-t", "1", machine.container)
            self.set_state(machine, "stopped")
        return json_response(200, {"ok": True})

    async def suspend(self, machine: Machine, _request: httpx.Request, _body: bytes) -> httpx.Response:
        self.started(machine)
        await docker("pause", machine.container)
        self.set_state(machine, "suspended")
        return json_response(200, {"ok": True})

    async def wait(self, machine: Machine, request: httpx.Request, _body: bytes) -> httpx.Response:
        query = request.url.params
        state = query.get("state", "started")
        if state not in WAIT_STATES:
            raise HttpError(400, f"state must be one of {sorted(WAIT_STATES)}")
        timeout = query.get("timeout", str(WAIT_MAX_TIMEOUT))
        if not re.fullmatch(r"\d+", timeout) or int(timeout) > WAIT_MAX_TIMEOUT:
            raise HttpError(400, f"timeout must be an integer from 0 to {WAIT_MAX_TIMEOUT}")
        if (state, machine.state) in (("started", "created"), ("destroyed", "destroying")):
            self.set_state(machine, state)  # what the wait was for
        if state == "settled" or machine.state == state:  # every state the fake keeps is settled
            return json_response(200, {"ok": True, "state": machine.state if state == "settled" else state})
        raise HttpError(WAIT_TIMEOUT_STATUS, f"deadline_exceeded: machine did not reach state {state}")

    async def exec_command(self, machine: Machine, _request: httpx.Request, body: bytes) -> httpx.Response:
        params = body_object(body)
        command = params.get("command")
        if command is not None:
            if not isinstance(command, list) or not command or not all(isinstance(a, str) for a in command):
                raise HttpError(400, "command must be a non-empty list of strings")
        elif isinstance(params.get("cmd"), str):
            try:
                command = shlex.split(params["cmd"])
            except ValueError as e:
                raise HttpError(400, f"cmd: {e}") from None
            if not command:
                raise HttpError(400, "cmd is empty")
        else:
            raise HttpError(400, "command or cmd is required")
        stdin = params.get("stdin")
        if stdin is not None and not isinstance(stdin, str):
            raise HttpError(400, "stdin must be a string")
        timeout = params.get("timeout")
        if timeout is not None and (not isinstance(timeout, int) or isinstance(timeout, bool) or timeout < 0):
            raise HttpError(400, "timeout must be a non-negative integer")
        self.started(machine)
        answer = await self.run(
            machine.container, command, (stdin or "").encode(), min(timeout or EXEC_DEADLINE, EXEC_DEADLINE)
        )
        if answer is None:
            raise HttpError(EXEC_TIMEOUT_STATUS, EXEC_TIMEOUT_ERROR)
        return json_response(200, answer)

    @staticmethod
    async def run(container: str, argv: list[str], stdin: bytes, timeout: float) -> dict | None:
        """Run argv in the container; its answer, or None when it outlived `timeout` (then killed)."""
        proc = await asyncio.create_subprocess_exec(
            "docker", "exec", "-i", container, "/bin/sh", "-c", EXEC_WRAPPER, "sh", *argv,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        assert proc.stdin and proc.stdout and proc.stderr
        pid: list[int] = []

        async def feed() -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                if stdin:
                    proc.stdin.write(stdin)
                    await proc.stdin.drain()
                proc.stdin.close()
                await proc.stdin.wait_closed()

        async def errors() -> bytes:
            first = await proc.stderr.readline()
            if re.fullmatch(rb"\d+\n", first):
                pid.append(int(first))
                first = b""
            return first + await proc.stderr.read()

        async def collect() -> tuple[bytes, bytes]:
            _, out, err = await asyncio.gather(feed(), proc.stdout.read(), errors())
            await proc.wait()
            return out, err

        try:
            out, err = await asyncio.wait_for(collect(), timeout)
        except TimeoutError:
            return None
        finally:
            if proc.returncode is None:  # timed out or cancelled: kill the command's process group
                if pid:
                    await docker("exec", container, "kill", "-s", "KILL", f"-{pid[0]}", check=False)
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await proc.wait()
        return exec_response(proc.returncode, out, err)

    async def ps(self, machine: Machine, request: httpx.Request, _body: bytes) -> httpx.Response:
        self.started(machine)
        _, out, _ = await docker("exec", machine.container, "/bin/sh", "-c", PS_SCRIPT)
        processes = []
        for line in decode(out).splitlines():
            fields = line.split(" ")
            if len(fields) != 5 or not fields[0].isdigit():
                continue  # gone while it was looked at
            pid, rss, cwd, cmdline, comm = fields
            try:
                argv = [a for a in base64.b64decode(cmdline).decode("utf-8", "replace").split("\0") if a]
                name = base64.b64decode(comm).decode("utf-8", "replace").strip()
                directory = base64.b64decode(cwd).decode("utf-8", "replace").strip()
            except ValueError:
                continue
            processes.append({
                "pid": int(pid), "command": " ".join(argv) or f"[{name}]", "directory": directory, "cpu": 0,
                "rss": int(rss) * PAGE_SIZE if rss.isdigit() else 0, "rtime": 0, "stime": 0, "listen_sockets": [],
            })  # fmt: skip
        sort_by = request.url.params.get("sort_by") or "pid"
        if sort_by not in ("pid", "command", "directory", "cpu", "rss", "rtime", "stime"):
            raise HttpError(400, "sort_by must be a ProcessStat field")
        order = request.url.params.get("order") or "asc"
        if order not in ("asc", "desc"):
            raise HttpError(400, "order must be asc or desc")
        processes.sort(key=lambda p: (p[sort_by], p["pid"]), reverse=order == "desc")
        return json_response(200, processes)

    async def signal(self, machine: Machine, _request: httpx.Request, body: bytes) -> httpx.Response:
        params = body_object(body)
        if params.get("signal") not in SIGNALS:
            raise HttpError(400, f"signal must be one of {sorted(SIGNALS)}")
        self.started(machine)
        await docker("kill", "-s", params["signal"], machine.container)
        for _ in range(5):  # a main process the signal ended stops the machine
            await asyncio.sleep(0.05)
            _, out, _ = await docker("inspect", "-f", "{{.State.Running}}", machine.container, check=False)
            if out.strip() == b"false":
                self.set_state(machine, "stopped")
                break
        return json_response(200, {"ok": True})

    async def update_metadata(self, machine: Machine, _request: httpx.Request, body: bytes) -> httpx.Response:
        params = body_object(body)
        metadata = strings(params.get("metadata"), "metadata")
        version = params.get("machine_version")
        if version is not None and version != machine.instance_id:
            raise HttpError(412, "machine_version does not match the machine's version")
        self.not_destroyed(machine)
        # "Keys that are not in the request are left untouched. Null values and empty strings remove
        # keys." (FLY-spec Machines_update_metadata)
        merged = {**machine.config.get("metadata", {}), **metadata}
        machine.config["metadata"] = {k: v for k, v in merged.items() if v}
        machine.updated = self.clock
        return response(204)
