"""A vendor SDK's side of bench/cost.py: runs inside that SDK's own venv.

    /opt/bench-runloop/bin/python bench/_vendor_worker.py runloop WORKLOAD.json  -> JSON results on stdout
    (BENCH_VENDOR_DEBUG=1: each operation's first result on stderr, to check the mapping)

Each seed operation is mapped to the SDK's natural call for it (one small adapter per vendor below;
an operation the SDK has no call for is said so, not timed). Every request the SDK makes is answered
in process from the exchanges bench/cost.py took from our cassettes, by method and path, like
bench/_seed_worker.py does: first those of the same operation (in their order, around and around),
then any of the same provider. A request that neither has fails the operation ("diverged"): its
answer is not in the cassettes, so it is reported, never invented. Where the answer is handed over:

- runloop: `Runloop(http_client=httpx.Client(transport=...))`, the SDK's own option;
- blaxel: every `httpx.Client` the SDK opens gets the transport (as the seed's do);
- e2b: its control plane (httpx over pyqwest) and envd (connectrpc over pyqwest) both take their
  transport from `get_pyqwest_transport`, which here returns a Python `pyqwest.SyncTransport`;
- daytona: its generated clients send through urllib3, answered at `PoolManager.urlopen`; its file
  transfers go through httpx, answered by the transport.

Each operation is timed like ours (`time.process_time()`, sync client, `time.sleep` a no-op so a
poll does not wait), against bare `httpx.Client.request`s of what the SDK itself sent, through an
httpx transport answering from the same exchanges.
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import os
import re
import sys
import time
from urllib.parse import unquote, urlsplit

import httpx
from _timing import measure

_DROP = {"content-length", "transfer-encoding", "connection"}


# A listing stops at the filter's limit, as ours does, or at this many: a recorded page that says
# more follow is answered again and again here, so an SDK following pages would never stop.
_MOST_LISTED = 1000


def _limit(flt: dict | None) -> int:
    return (flt or {}).get("limit") or _MOST_LISTED


def _at_most(items, flt: dict | None) -> list:
    return list(itertools.islice(items, _limit(flt)))


class Unsupported(Exception):
    """The SDK has no call for this operation."""


def _path(url: str) -> str:
    """The path of `url`, percent-decoded: `/filesystem/%2Ftmp` and `/filesystem//tmp` name the same."""
    return unquote(urlsplit(url).path)


class Answer:
    def __init__(self, e: dict) -> None:
        self.method, self.path = e["method"], _path(e["url"])
        self.status = e["status"]
        self.content = base64.b64decode(e["content"])
        headers = [(k, v) for k, v in e["response_headers"] if k.lower() not in _DROP]
        self.headers = [*headers, ("content-length", str(len(self.content)))]


class Router:
    """Answers by method and path: the operation's own exchanges first, in a loop, then the provider's."""

    def __init__(self) -> None:
        self.own: list[Answer] = []
        self.provider: list[Answer] = []
        self.sent: list[tuple[str, str, list, bytes]] | None = None
        self.at = 0
        self.steady: list[tuple[str, str]] = []  # what one call of ours sent in its loop

    def answer(self, method: str, url: str, headers: list, body: bytes) -> Answer:
        path = _path(url)
        if self.sent is not None:
            self.sent.append((method, url, headers, body))
        n = len(self.own)
        for step in range(n):
            answer = self.own[(self.at + step) % n]
            if answer.method == method and answer.path == path:
                self.at = (self.at + step + 1) % n
                return answer
        for answer in self.provider:
            if answer.method == method and answer.path == path:
                return answer
        raise LookupError(f"diverged: the SDK sent {method} {path}, which the cassettes lack")


ROUTER = Router()


class HttpxTransport(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        url = str(request.url)
        answer = ROUTER.answer(request.method, url, list(request.headers.multi_items()), body)
        return httpx.Response(answer.status, headers=answer.headers, stream=httpx.ByteStream(answer.content))


TRANSPORT = HttpxTransport()


def route_httpx_clients() -> None:
    """Every httpx.Client made from now on sends through TRANSPORT (whatever transport it was given)."""
    init = httpx.Client.__init__

    def client_init(self, *args, **kwargs):
        kwargs.pop("transport", None)
        kwargs["transport"] = TRANSPORT
        init(self, *args, **kwargs)

    httpx.Client.__init__ = client_init


def _no_sleep(seconds: float) -> None:
    return None


# --- the vendors ----------------------------------------------------------------------------------


def _shell_quote(text: str) -> str:
    return "'" + text.replace("'", "'\"'\"'") + "'"


def _command(req: dict) -> str:
    """A RunCommandRequest as one shell line (what a user of the SDK would write)."""
    cmd = req["cmd"]
    if req.get("env"):
        cmd = " ".join(f"{k}={_shell_quote(v)}" for k, v in req["env"].items()) + " " + cmd
    if req.get("cwd"):
        cmd = f"cd {_shell_quote(req['cwd'])} && {cmd}"
    return cmd


class Runloop:
    """runloop_api_client: `Runloop(http_client=httpx.Client(transport=...))`. It has no process or
    directory API: those operations are a command, as ours are."""

    def client(self):
        from runloop_api_client import Runloop as Client

        return Client(bearer_token="bench-key", http_client=httpx.Client(transport=TRANSPORT))

    def attach(self, client, sandbox_id):
        return sandbox_id

    def _run(self, client, devbox, command):
        # The SDK's call for the endpoint our recording used: `execute_and_await_completion` (POST
        # .../execute, answered at once when done) or `execute_async` + `executions.await_completed`.
        if any(a.path.endswith("/execute_async") for a in ROUTER.own):
            execution = client.devboxes.execute_async(devbox, command=command)
            return client.devboxes.executions.await_completed(execution.execution_id, devbox_id=devbox)
        return client.devboxes.execute_and_await_completion(devbox, command=command)

    def create_sandbox(self, client, req):
        params = {}
        if req.get("cpus") or req.get("memory_mb"):
            params["resource_size_request"] = "CUSTOM_SIZE"
            if req.get("cpus"):
                params["custom_cpu_cores"] = max(1, round(req["cpus"]))
            if req.get("memory_mb"):
                params["custom_gb_memory"] = max(1, round(req["memory_mb"] / 1024))
        if req.get("timeout_seconds"):
            params["keep_alive_time_seconds"] = int(req["timeout_seconds"])
        devbox = client.devboxes.create(
            metadata=req.get("metadata") or None,
            environment_variables=req.get("envs") or None,
            launch_parameters=params or None,
        )
        return client.devboxes.await_running(devbox.id)

    def list_sandboxes(self, client, flt=None):
        wanted = (flt or {}).get("metadata_filter") or {}
        found = (
            d
            for d in client.devboxes.list(limit=100)
            if all((d.metadata or {}).get(k) == v for k, v in wanted.items())
        )
        return _at_most(found, flt)

    def kill_sandbox(self, client, sandbox_id):
        return client.devboxes.shutdown(sandbox_id)

    def info(self, client, devbox):
        return client.devboxes.retrieve(devbox)

    def is_running(self, client, devbox):
        return client.devboxes.retrieve(devbox).status == "running"

    def pause(self, client, devbox):
        return client.devboxes.suspend(devbox)

    def resume(self, client, devbox):
        client.devboxes.resume(devbox)
        return client.devboxes.await_running(devbox)

    def kill(self, client, devbox):
        return client.devboxes.shutdown(devbox)

    def run_command(self, client, devbox, req):
        done = self._run(client, devbox, _command(req))
        return done.stdout, done.stderr, done.exit_status

    def kill_process(self, client, devbox, pid):
        return self._run(client, devbox, f"kill -KILL {int(pid)}")

    def list_processes(self, client, devbox):
        return self._run(client, devbox, "ps -eo pid,ppid,user,args").stdout

    def read_file(self, client, devbox, path):
        return client.devboxes.download_file(devbox, path=path).read()

    def write_file(self, client, devbox, path, data, mode=None):
        client.devboxes.upload_file(devbox, path=path, file=(os.path.basename(path), data))
        if mode is not None:
            self._run(client, devbox, f"chmod {mode:o} {_shell_quote(path)}")

    def list_directory(self, client, devbox, path):
        return self._run(client, devbox, f"ls -la {_shell_quote(path)}").stdout

    def make_dir(self, client, devbox, path):
        return self._run(client, devbox, f"mkdir -p {_shell_quote(path)}")

    def remove(self, client, devbox, path):
        return self._run(client, devbox, f"rm -rf {_shell_quote(path)}")

    def exists(self, client, devbox, path):
        return self._run(client, devbox, f"test -e {_shell_quote(path)}").exit_status == 0


class PyqwestTransport:
    """A `pyqwest.SyncTransport` answering from ROUTER (e2b's control plane and envd both run on one)."""

    def execute_sync(self, request):
        from pyqwest import Headers, SyncResponse

        content = request.content
        body = content if isinstance(content, bytes) else b"".join(bytes(c) for c in content or ())
        headers = [(k, v) for k in request.headers for v in request.headers.getall(k)]
        answer = ROUTER.answer(request.method, request.url, headers, body)
        return SyncResponse(status=answer.status, headers=Headers(answer.headers), content=answer.content)


class E2B:
    """e2b: the SDK takes every transport, httpx (control plane, envd files) and connectrpc (envd
    processes and filesystem) alike, from `get_pyqwest_transport`; here that returns PyqwestTransport."""

    def __init__(self) -> None:
        import e2b.api.client_sync as api
        import e2b.envd.client_sync as envd

        transport = PyqwestTransport()

        def get_pyqwest_transport(*args, **kwargs):
            return transport

        api.get_pyqwest_transport = get_pyqwest_transport
        envd.get_pyqwest_transport = get_pyqwest_transport
        api._httpx_transports.clear()

    def client(self):
        from e2b import Sandbox

        return Sandbox

    def attach(self, client, sandbox_id):
        # `Sandbox.connect` sends POST /v2/sandboxes/{id}/connect, which our cassettes (v1) lack: the
        # handle is built from a recorded create or connect answer instead, as connect would build it.
        from e2b.connection_config import ConnectionConfig
        from packaging.version import Version

        for answer in ROUTER.provider:
            if answer.method != "POST" or answer.path not in (
                "/sandboxes",
                f"/sandboxes/{sandbox_id}/connect",
            ):
                continue
            data = json.loads(answer.content)
            if data.get("sandboxID") != sandbox_id:
                continue
            token = data.get("envdAccessToken")
            headers = {"E2b-Sandbox-Id": sandbox_id, "E2b-Sandbox-Port": str(ConnectionConfig.envd_port)}
            if token:
                headers["X-Access-Token"] = token
            return client(
                sandbox_id=sandbox_id,
                sandbox_domain=data.get("domain"),
                envd_version=Version(data["envdVersion"]),
                envd_access_token=token,
                traffic_access_token=data.get("trafficAccessToken"),
                connection_config=ConnectionConfig(api_key="bench-key", extra_sandbox_headers=headers),
            )
        raise LookupError(f"diverged: no recorded create or connect answer for {sandbox_id} to attach with")

    def create_sandbox(self, client, req):
        return client.create(
            template=req.get("template") or None,
            timeout=int(req["timeout_seconds"]) if req.get("timeout_seconds") else None,
            metadata=req.get("metadata") or None,
            envs=req.get("envs") or None,
            api_key="bench-key",
        )

    def list_sandboxes(self, client, flt=None):
        from e2b import SandboxQuery

        wanted = (flt or {}).get("metadata_filter") or None
        pages = client.list(query=SandboxQuery(metadata=wanted), limit=100, api_key="bench-key")
        found: list = []
        while pages.has_next and len(found) < _limit(flt):
            found.extend(pages.next_items())
        return found[: _limit(flt)]

    def kill_sandbox(self, client, sandbox_id):
        return client.kill(sandbox_id, api_key="bench-key")

    def info(self, client, sandbox):
        return sandbox.get_info()

    def is_running(self, client, sandbox):
        return sandbox.is_running()

    def pause(self, client, sandbox):
        return sandbox.pause()

    def resume(self, client, sandbox):
        return client.connect(sandbox.sandbox_id, api_key="bench-key")

    def kill(self, client, sandbox):
        return sandbox.kill()

    def run_command(self, client, sandbox, req):
        from e2b import CommandExitException

        try:
            done = sandbox.commands.run(
                req["cmd"],
                envs=req.get("env") or None,
                cwd=req.get("cwd"),
                user=req.get("user"),
                timeout=req.get("timeout_seconds") or 60,
            )
        except CommandExitException as exit:  # a non-zero exit is data here, as in ours
            done = exit
        return done.stdout, done.stderr, done.exit_code

    def kill_process(self, client, sandbox, pid):
        return sandbox.commands.kill(pid)

    def list_processes(self, client, sandbox):
        return sandbox.commands.list()

    def read_file(self, client, sandbox, path):
        return sandbox.files.read(path, format="bytes")

    def write_file(self, client, sandbox, path, data, mode=None):
        sandbox.files.write(path, data)
        if mode is not None:
            sandbox.commands.run(f"chmod {mode:o} {_shell_quote(path)}")

    def list_directory(self, client, sandbox, path):
        return sandbox.files.list(path, depth=1)

    def make_dir(self, client, sandbox, path):
        return sandbox.files.make_dir(path)

    def remove(self, client, sandbox, path):
        return sandbox.files.remove(path)

    def exists(self, client, sandbox, path):
        return sandbox.files.exists(path)


class Blaxel:
    """blaxel: its control plane and sandbox calls each open `httpx.Client()`s of their own inside the
    SDK; every one is given the transport (route_httpx_clients)."""

    def __init__(self) -> None:
        os.environ.setdefault("BL_API_KEY", "bench-key")
        os.environ.setdefault("BL_WORKSPACE", "fake-ws")
        os.environ.setdefault("BL_REGION", "us-pdx-1")
        os.environ.setdefault("DO_NOT_TRACK", "1")
        route_httpx_clients()

    def client(self):
        from blaxel.core import SyncSandboxInstance

        return SyncSandboxInstance

    def attach(self, client, sandbox_id):
        return client.get(sandbox_id)

    def create_sandbox(self, client, req):
        spec = {"image": req.get("template") or "blaxel/base-image:latest"}
        if req.get("memory_mb"):
            spec["memory"] = int(req["memory_mb"])
        if req.get("envs"):
            spec["envs"] = [{"name": k, "value": v} for k, v in req["envs"].items()]
        if req.get("metadata"):
            spec["labels"] = dict(req["metadata"])
        if req.get("timeout_seconds"):
            spec["ttl"] = f"{max(300, int(req['timeout_seconds']))}s"
        return client.create(spec)

    def list_sandboxes(self, client, flt=None):
        wanted = (flt or {}).get("metadata_filter") or {}
        found = (
            s
            for s in client.list(limit=50).auto_paging_iter()
            if all((s.metadata.labels or {}).get(k) == v for k, v in wanted.items())
        )
        return _at_most(found, flt)

    def kill_sandbox(self, client, sandbox_id):
        return client.delete(sandbox_id)

    def info(self, client, sandbox):
        return client.get(sandbox.metadata.name)

    def is_running(self, client, sandbox):
        return client.get(sandbox.metadata.name).status == "DEPLOYED"

    def kill(self, client, sandbox):
        return sandbox.delete()

    def run_command(self, client, sandbox, req):
        process = {"command": req["cmd"], "wait_for_completion": True}
        if req.get("env"):
            process["env"] = dict(req["env"])
        if req.get("cwd"):
            process["working_dir"] = req["cwd"]
        if req.get("timeout_seconds"):
            process["timeout"] = int(req["timeout_seconds"])
        done = sandbox.process.exec(process)
        return done.stdout, done.stderr, done.exit_code

    def kill_process(self, client, sandbox, pid):
        return sandbox.process.kill(str(pid))

    def list_processes(self, client, sandbox):
        return sandbox.process.list()

    def read_file(self, client, sandbox, path):
        return sandbox.fs.read_binary(path)

    def write_file(self, client, sandbox, path, data, mode=None):
        sandbox.fs.write_binary(path, data)
        if mode is not None:
            sandbox.process.exec(
                {"command": f"chmod {mode:o} {_shell_quote(path)}", "wait_for_completion": True}
            )

    def list_directory(self, client, sandbox, path):
        return sandbox.fs.ls(path)

    def make_dir(self, client, sandbox, path):
        return sandbox.fs.mkdir(path)

    def remove(self, client, sandbox, path):
        return sandbox.fs.rm(path, recursive=True)

    def exists(self, client, sandbox, path):
        # No exists call: the parent's listing, as ours does.
        parent, _, name = path.rstrip("/").rpartition("/")
        listing = sandbox.fs.ls(parent or "/")
        return any(entry.name == name for entry in [*(listing.files or []), *(listing.subdirectories or [])])


def route_urllib3() -> None:
    """Every urllib3 `PoolManager.urlopen` is answered from ROUTER (daytona's generated clients)."""
    import urllib3

    def urlopen(self, method, url, redirect=True, **kw):
        body = kw.get("body") or b""
        if isinstance(body, str):
            body = body.encode()
        elif not isinstance(body, bytes | bytearray):
            body = b"".join(body)
        headers = list((kw.get("headers") or {}).items())
        answer = ROUTER.answer(method, url, headers, bytes(body))
        return urllib3.HTTPResponse(
            body=io.BytesIO(answer.content),
            headers=answer.headers,
            status=answer.status,
            preload_content=kw.get("preload_content", True),
            decode_content=kw.get("decode_content", True),
            request_method=method,
            request_url=url,
        )

    urllib3.PoolManager.urlopen = urlopen


class Daytona:
    """daytona: its generated API clients send through urllib3 (answered at `PoolManager.urlopen`,
    in process), its file transfers through httpx (given the transport). Readiness waits poll
    (`use_deprecated_polling=True`: the event stream is a socket.io WebSocket the cassettes lack)."""

    def __init__(self) -> None:
        self._opened: set[int] = set()
        os.environ.setdefault("DAYTONA_API_KEY", "bench-key")
        route_httpx_clients()
        route_urllib3()

    def client(self):
        from daytona import Daytona as Client
        from daytona import DaytonaConfig

        return Client(DaytonaConfig(api_key="bench-key", use_deprecated_polling=True))

    def attach(self, client, sandbox_id):
        # `daytona.get`, but from the recorded answer with `kvm` filled in when it lacks it (the
        # SDK's model requires it; our recordings do not have it). Only this handle gets it: a timed
        # call that reads a sandbox record reads it as recorded (and fails on it, reported).
        from daytona import Sandbox
        from daytona_api_client.models.sandbox import Sandbox as Record

        for answer in ROUTER.provider:
            if answer.method == "GET" and answer.path == f"/api/sandbox/{sandbox_id}":
                data = json.loads(answer.content)
                break
        else:
            raise LookupError(f"diverged: no recorded GET /api/sandbox/{sandbox_id} to attach with")
        record = Record.from_dict({"kvm": False, **data})
        return Sandbox(
            record,
            client._toolbox_api_client,
            client._sandbox_api,
            "python",
            subscription_manager=client._subscription_manager,
            http_client=client._http_client,
            analytics_api_url_provider=client._get_analytics_api_url,
        )

    def _session(self, sandbox, create: bool) -> str:
        # The session a user of the SDK names; the one the recording used, so the paths are its.
        for answer in ROUTER.own:
            found = re.search(r"/process/session/([^/]+)", answer.path)
            if found:
                name = found.group(1)
                break
        else:
            name = "bench-session"
        if create:
            sandbox.process.create_session(name)
        return name

    def _exec(self, sandbox, command):
        # A command in a named session (the SDK's session is server-side), opened and closed around
        # it as one call of ours does in its loop; one ours opened only on its first call is opened
        # on the SDK's first (untimed) call.
        from daytona import SessionExecuteRequest

        steady = ROUTER.steady
        opens = any(m == "POST" and p.endswith("/process/session") for m, p in steady)
        if not opens and id(sandbox) not in self._opened and self._opened_once():
            self._opened.add(id(sandbox))
            opens = True
        session = self._session(sandbox, create=opens)
        try:
            return sandbox.process.execute_session_command(
                session, SessionExecuteRequest(command=command, run_async=False)
            )
        finally:
            if any(m == "DELETE" and "/process/session/" in p for m, p in steady):
                sandbox.process.delete_session(session)

    def _opened_once(self) -> bool:
        return any(a.method == "POST" and a.path.endswith("/process/session") for a in ROUTER.own)

    def create_sandbox(self, client, req):
        from daytona import CreateSandboxFromSnapshotParams

        params = CreateSandboxFromSnapshotParams(
            labels=req.get("metadata") or None,
            env_vars=req.get("envs") or None,
            snapshot=req.get("template") or None,
        )
        return client.create(params)

    def list_sandboxes(self, client, flt=None):
        from daytona import ListSandboxesQuery

        return _at_most(
            client.list(ListSandboxesQuery(labels=(flt or {}).get("metadata_filter") or None, limit=100)), flt
        )

    def kill_sandbox(self, client, sandbox_id):
        return client.delete(client.get(sandbox_id))

    def info(self, client, sandbox):
        return sandbox.refresh_data()

    def is_running(self, client, sandbox):
        sandbox.refresh_data()
        return sandbox.state == "started"

    def pause(self, client, sandbox):
        return sandbox.pause()

    def resume(self, client, sandbox):
        return sandbox.start()

    def kill(self, client, sandbox):
        return sandbox.delete()

    def run_command(self, client, sandbox, req):
        # stdout and stderr apart, as ours: a session command (`process.exec` merges them).
        done = self._exec(sandbox, _command(req))
        return done.stdout, done.stderr, done.exit_code

    def kill_process(self, client, sandbox, pid):
        return self._exec(sandbox, f"kill -KILL {int(pid)}")

    def list_processes(self, client, sandbox):
        return self._exec(sandbox, "ps -eo pid,ppid,user,args")

    def read_file(self, client, sandbox, path):
        return sandbox.fs.download_file(path)

    def write_file(self, client, sandbox, path, data, mode=None):
        sandbox.fs.upload_file(data, path)
        if mode is not None:
            sandbox.fs.set_file_permissions(path, mode=f"{mode:o}")

    def list_directory(self, client, sandbox, path):
        return sandbox.fs.list_files(path)

    def make_dir(self, client, sandbox, path):
        return sandbox.fs.create_folder(path, "755")

    def remove(self, client, sandbox, path):
        return sandbox.fs.delete_file(path, recursive=True)

    def exists(self, client, sandbox, path):
        return sandbox.fs.get_file_info(path) is not None


VENDORS = {"runloop": Runloop, "e2b": E2B, "blaxel": Blaxel, "daytona": Daytona}


def _reason(failure: BaseException) -> str:
    """A request the cassettes lack, wherever the SDK wrapped it; else the failure as it came."""
    seen, todo = set(), [failure]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, LookupError) and "diverged" in str(current):
            return str(current)
        todo += [current.__cause__, current.__context__]
    text = str(failure)
    model = re.search(r"validation errors? for (\w+)\s+(\S+)\s+(.+?) \[type=[^,]+, input_value=([^,]+)", text)
    if model:  # a recorded answer the SDK's model refuses
        name, field, why, value = model.groups()
        return f"the recorded answer fails the SDK's model: {name}.{field}: {why} (got {value})"
    return text if "diverged" in text else f"{type(failure).__name__}: {text}"


def build_arg(value):
    if isinstance(value, dict) and "__type__" in value:
        return value["fields"]
    if isinstance(value, dict) and "__bytes__" in value:
        return base64.b64decode(value["__bytes__"])
    return value


def main() -> int:
    vendor, path = sys.argv[1], sys.argv[2]
    work = json.load(open(path))
    rounds = work["rounds"]
    adapter = VENDORS[vendor]()
    time.sleep = _no_sleep
    results = []
    for item in work["items"]:
        provider, op = item["provider"], item["op"]
        out = {"provider": provider, "op": op}
        results.append(out)
        fn = getattr(adapter, op, None)
        if fn is None:
            out["error"] = "the SDK has no call for it"
            continue
        ROUTER.provider = [Answer(e) for e in work["provider_exchanges"][provider]]
        ROUTER.own, ROUTER.at, ROUTER.sent = [], 0, None
        try:
            client = adapter.client()
            target = None if item["on"] == "client" else adapter.attach(client, item["sandbox_id"])
            ROUTER.own = [Answer(e) for e in item["exchanges"]]
            ROUTER.steady = [(m, unquote(path)) for m, path in item.get("steady", [])]
            args = [build_arg(a) for a in item["args"]]
            kwargs = {k: build_arg(v) for k, v in item["kwargs"].items()}
            lead = (client,) if target is None else (client, target)

            def call(fn=fn, lead=lead, args=args, kwargs=kwargs):
                return fn(*lead, *args, **kwargs)

            result = call()  # settle (first-call work: imports, caches)
            if os.environ.get("BENCH_VENDOR_DEBUG"):
                print(f"{provider} {op}: {result!r}"[:400], file=sys.stderr)
            ROUTER.at, ROUTER.sent = 0, []
            call()
            sent, ROUTER.sent = ROUTER.sent, None
            out["requests"] = len(sent)
            out["sent"] = [f"{m} {urlsplit(u).path}" for m, u, _, _ in sent]
            bare_client = httpx.Client(transport=TRANSPORT)

            def bare(sent=sent, bare_client=bare_client):
                for m, url, headers, body in sent:
                    bare_client.request(m, url, headers=headers, content=body or None)

            ROUTER.at = 0
            cpu = measure(call, rounds)
            base = measure(bare, rounds) if sent else 0.0
            out.update(cpu=cpu, bare=base)
        except Unsupported as failure:
            out["error"] = f"the SDK has no call for it ({failure})"
        except Exception as failure:  # reported as what it is
            ROUTER.sent = None
            out["error"] = re.sub(r"\s+", " ", _reason(failure))[:300]
    json.dump(results, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
