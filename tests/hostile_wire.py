"""Offline plumbing for tests/test_hostile_requests.py: a capturing transport, minimal vendor answers,
and decoders for what the requests carry (URL segments and queries, JSON, multipart, shell lines).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shlex
import struct
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
from wsproto.connection import Connection, ConnectionType
from wsproto.events import BytesMessage, CloseConnection

from sandboxer.providers import detached
from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.base64_files import READ

SANDBOX_ID = "sbx-hostile"


class Sent:
    """One request as it left the client."""

    def __init__(self, request: httpx.Request, body: bytes) -> None:
        self.method = request.method
        self.url = request.url
        self.headers = request.headers
        self.body = body

    @property
    def path(self) -> str:
        return self.url.path

    @property
    def raw_segments(self) -> list[str]:
        raw = self.url.raw_path.decode("ascii").partition("?")[0]
        return raw.split("/")

    def segment_after(self, prefix: str) -> str:
        """The percent-decoded URL segment that follows the raw path `prefix` (a segment name)."""
        segments = self.raw_segments
        return unquote(segments[segments.index(prefix) + 1], errors="strict")

    @property
    def query(self) -> dict[str, str]:
        pairs = parse_qsl(
            self.url.query.decode("ascii"), keep_blank_values=True, strict_parsing=False, errors="strict"
        )
        found: dict[str, str] = {}
        for key, value in pairs:
            assert key not in found, f"query parameter {key!r} sent twice: {self.url}"
            found[key] = value
        return found

    def json(self) -> Any:
        return json.loads(self.body)

    def connect_message(self) -> Any:
        """The one message of a Connect server-stream request (an envelope)."""
        flags, length = struct.unpack(">BI", self.body[:5])
        assert flags == 0 and len(self.body) == 5 + length
        return json.loads(self.body[5:])

    def multipart(self) -> list[tuple[dict[str, str], bytes]]:
        return parse_multipart(self.headers["content-type"], self.body)


class Capture(httpx.AsyncBaseTransport):
    """Records every request (body read whole) and answers it with `route(request, body)`."""

    def __init__(self, route) -> None:
        self.route = route
        self.sent: list[Sent] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        self.sent.append(Sent(request, body))
        return self.route(request, body)

    def find(self, method: str, pattern: str) -> list[Sent]:
        return [s for s in self.sent if s.method == method and re.search(pattern, s.path)]

    def one(self, method: str, pattern: str) -> Sent:
        found = self.find(method, pattern)
        assert len(found) == 1, f"{method} {pattern}: {[(s.method, str(s.url)) for s in self.sent]}"
        return found[0]


# --- answers --------------------------------------------------------------------------------------


def answer(
    status: int = 200, data: bytes | Any = b"", headers: dict[str, str] | None = None, **ext
) -> httpx.Response:
    if not isinstance(data, bytes):
        data = json.dumps(data).encode()
        headers = {"Content-Type": "application/json", **(headers or {})}
    return httpx.Response(status, headers=headers or {}, stream=httpx.ByteStream(data), extensions=ext)


def connect_stream(*messages: dict[str, Any]) -> httpx.Response:
    body = b""
    for message in messages:
        payload = json.dumps(message).encode()
        body += struct.pack(">BI", 0, len(payload)) + payload
    body += struct.pack(">BI", 2, 2) + b"{}"
    return answer(200, body, {"Content-Type": "application/connect+json"})


class _Stream:
    """The client's end of a hijacked connection: the server's bytes are all there from the start."""

    def __init__(self, data: bytes) -> None:
        self.data = bytearray(data)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        out = bytes(self.data[:max_bytes])
        del self.data[:max_bytes]
        return out

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        pass

    async def aclose(self) -> None:
        pass

    def get_extra_info(self, name: str) -> Any:
        return None


def websocket(request: httpx.Request, *frames: bytes) -> httpx.Response:
    """101, then `frames` as binary messages and a normal close."""
    key = request.headers["sec-websocket-key"].encode()
    accept = base64.b64encode(hashlib.sha1(key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest()).decode()
    server = Connection(ConnectionType.SERVER)
    data = b"".join(server.send(BytesMessage(f)) for f in frames) + server.send(CloseConnection(1000))
    headers = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Accept": accept}
    return answer(101, b"", headers, network_stream=_Stream(data))


STARTED = "2026-01-01T00:00:00Z"


def e2b_route(request: httpx.Request, body: bytes) -> httpx.Response:
    path = request.url.path
    if request.url.host.startswith("api."):
        return answer(200, {"sandboxID": SANDBOX_ID, "envdAccessToken": "tok", "startedAt": STARTED})
    if path == "/files":
        return answer(200, b"content") if request.method == "GET" else answer(200, [])
    if path == "/process.Process/Start":
        return connect_stream(
            {"event": {"start": {"pid": 7}}},
            {"event": {"end": {"exited": True, "exitCode": 0, "status": "exit status 0"}}},
        )
    if path == "/filesystem.Filesystem/ListDir":
        return answer(200, {"entries": []})
    if path == "/filesystem.Filesystem/Stat":
        return answer(200, {"entry": {"name": "x", "path": "/x", "type": "FILE_TYPE_FILE"}})
    if path.startswith("/filesystem.Filesystem/"):
        return answer(200, {})
    return answer(404, {"code": 404, "message": f"no route {request.method} {path}"})


def daytona_route(request: httpx.Request, body: bytes) -> httpx.Response:
    path = request.url.path
    if request.url.host == "app.daytona.io":
        record = {"id": SANDBOX_ID, "toolboxProxyUrl": "https://proxy.test/toolbox", "state": "started"}
        return answer(200, record)
    path = path.removeprefix(f"/toolbox/{SANDBOX_ID}")
    if path == "/process/session":
        return answer(201)
    if path.endswith("/exec"):
        run_async = json.loads(body).get("runAsync")
        return answer(
            200, {"cmdId": "c1"} if run_async else {"cmdId": "c1", "exitCode": 0, "stdout": "", "stderr": ""}
        )
    if path.endswith("/logs"):
        return websocket(request, b"\x01\x01\x0142\n")
    if "/command/" in path:
        return answer(200, {"id": "c1", "command": "", "exitCode": 0})
    if path.startswith("/process/session/") and request.method == "DELETE":
        return answer(204)
    if path == "/files/info":
        return answer(200, {"name": "x", "path": "/x", "isDir": False, "size": 0, "permissions": "0644"})
    if path == "/files" and request.method == "GET":
        return answer(200, [])
    if path == "/files/download":
        return answer(200, b"content", {"Content-Type": "application/octet-stream"})
    if path.startswith("/files"):
        return answer(200)
    return answer(404, {"message": f"no route {request.method} {path}"})


def blaxel_route(request: httpx.Request, body: bytes) -> httpx.Response:
    path = request.url.path
    if request.url.host == "api.blaxel.ai":
        return answer(200, {"metadata": {"name": SANDBOX_ID, "url": "https://sb.test"}, "status": "DEPLOYED"})
    if path == "/process":
        record = json.loads(body)
        return answer(
            200,
            {
                "name": record.get("name"),
                "pid": "7",
                "status": "completed",
                "exitCode": 0,
                "stdout": "",
                "stderr": "",
            },
        )
    if path.startswith("/filesystem-multipart/initiate/"):
        return answer(200, {"uploadId": "u1"})
    if path.endswith("/part"):
        return answer(200, {"etag": "e1", "partNumber": 1})
    if path.startswith("/filesystem-multipart/"):
        return answer(200, {"message": "ok"})
    if path.startswith("/filesystem/") and request.method == "GET":
        if request.url.params.get("download") == "true":
            return answer(
                200,
                b"content",
                {
                    "Content-Disposition": 'attachment; filename="x"',
                    "Content-Type": "application/octet-stream",
                },
            )
        return answer(200, {"path": "/", "files": [], "subdirectories": []})
    if path.startswith("/filesystem/"):
        return answer(200, {"message": "ok", "path": "/"})
    return answer(404, {"error": f"no route {request.method} {path}"})


def runloop_route(request: httpx.Request, body: bytes) -> httpx.Response:
    path = request.url.path
    if path == f"/v1/devboxes/{SANDBOX_ID}":
        return answer(200, {"id": SANDBOX_ID, "status": "running", "create_time_ms": 1})
    done = {
        "execution_id": "exe_1",
        "devbox_id": SANDBOX_ID,
        "status": "completed",
        "exit_status": 0,
        "stdout": "",
        "stderr": "",
    }
    if path.endswith("/execute_async"):
        return answer(200, {"execution_id": "exe_1", "devbox_id": SANDBOX_ID, "status": "running"})
    if path.endswith(("/execute", "/wait_for_status")):
        return answer(200, done)
    if path.endswith("/stream_stdout_updates"):
        return answer(
            200, b'data: {"output": "42\\n", "offset": 3}\n\n', {"Content-Type": "text/event-stream"}
        )
    if path.endswith("/stream_stderr_updates"):
        return answer(200, b"", {"Content-Type": "text/event-stream"})
    if path.endswith("/kill"):
        return answer(200, {})
    if path.endswith("/upload_file"):
        return answer(200, {})
    if path.endswith("/download_file"):
        return answer(200, b"content", {"Content-Type": "application/octet-stream"})
    return answer(404, {"error": f"no route {request.method} {path}"})


def fly_route(request: httpx.Request, body: bytes) -> httpx.Response:
    path = request.url.path
    if request.method == "GET" and path == f"/v1/apps/a/machines/{SANDBOX_ID}":
        record = {"id": SANDBOX_ID, "state": "started", "config": {"metadata": {"sandboxer": "managed"}}}
        return answer(200, record)
    if path.endswith("/exec"):
        argv = json.loads(body)["command"]
        stdout = ""
        if argv[2] == detached.START:
            stdout = "pid 42\n"
        elif argv[2] in (detached.RUN, detached.WAIT):
            stdout = "pid 42\ndone 0 0 0\n#\n"
        elif argv[2] == READ:
            stdout = "0\n"
        return answer(200, {"exit_code": 0, "stdout": stdout, "stderr": ""})
    return answer(404, {"error": f"no route {request.method} {path}"})


ROUTES = {
    "e2b": (e2b_route, {"api_key": "k"}),
    "daytona": (daytona_route, {"api_key": "k"}),
    "blaxel": (blaxel_route, {"api_key": "k", "workspace": "ws"}),
    "runloop": (runloop_route, {"api_key": "k"}),
    "fly-machines": (fly_route, {"api_key": "k", "app": "a"}),
}


# --- decoders -------------------------------------------------------------------------------------


def _params(header: str) -> tuple[str, dict[str, str]]:
    """A header value `kind; a="x"; b=y` (quoted-strings with backslash escapes) -> kind, params."""
    kind, _, rest = header.partition(";")
    params: dict[str, str] = {}
    i = 0
    while i < len(rest):
        match = re.compile(r"\s*([^=;\s]+)=").match(rest, i)
        assert match, f"malformed parameters: {header!r}"
        key, i = match.group(1), match.end()
        if rest[i : i + 1] == '"':
            i += 1
            value = []
            while rest[i] != '"':
                if rest[i] == "\\":
                    i += 1
                value.append(rest[i])
                i += 1
            i += 1
            params[key] = "".join(value)
        else:
            end = rest.find(";", i)
            end = len(rest) if end < 0 else end
            params[key] = rest[i:end].strip()
            i = end
        i = rest.find(";", i) + 1 if ";" in rest[i:] else len(rest)
    return kind.strip(), params


def parse_multipart(content_type: str, body: bytes) -> list[tuple[dict[str, str], bytes]]:
    """(headers, content) of each part; fails on anything not framed exactly."""
    kind, params = _params(content_type)
    assert kind == "multipart/form-data"
    delimiter = b"\r\n--" + params["boundary"].encode()
    chunks = (b"\r\n" + body).split(delimiter)
    assert chunks[0] == b"" and chunks[-1] == b"--\r\n", body[:200]
    parts = []
    for chunk in chunks[1:-1]:
        assert chunk.startswith(b"\r\n")
        head, sep, content = chunk[2:].partition(b"\r\n\r\n")
        assert sep
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            name, colon, value = line.partition(":")
            assert colon and "\n" not in value and "\r" not in value, f"header line {line!r}"
            headers[name.strip().lower()] = value.strip()
        parts.append((headers, content))
    return parts


def disposition(headers: dict[str, str]) -> dict[str, str]:
    kind, params = _params(headers["content-disposition"])
    assert kind == "form-data"
    return params


def whatwg_filename(sent: str) -> str:
    """A multipart filename as browsers escape it (and our MultipartFile does): %22, %0D, %0A."""
    return sent.replace("%22", '"').replace("%0D", "\r").replace("%0A", "\n")


_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=", re.S)


def parse_command_line(line: str) -> dict[str, Any]:
    """shell_line.command_line's line, read back: {cwd, env, argv, user}."""
    tokens = shlex.split(line)
    assert tokens[0] == "(" and tokens[-1] == ")", tokens
    tokens = tokens[1:-1]
    found: dict[str, Any] = {"cwd": None, "user": None}
    if tokens[:2] == ["cd", "--"]:
        found["cwd"] = tokens[2]
        assert tokens[3] == "&&"
        tokens = tokens[4:]
    assert tokens[0] == "exec", tokens
    tokens = tokens[1:]
    if tokens[:1] == ["su"]:  # su -s /bin/sh USER -c LINE
        assert tokens[:3] == ["su", "-s", "/bin/sh"] and tokens[4] == "-c" and len(tokens) == 6
        found["user"] = tokens[3]
        assert tokens[5].startswith("exec ")
        tokens = shlex.split(tokens[5])[1:]
    if tokens[:1] == ["sudo"]:
        assert tokens[:3] == ["sudo", "-n", "-u"] and tokens[4] == "--"
        found["user"] = tokens[3]
        tokens = tokens[5:]
    if tokens[:1] == ["timeout"]:
        found["timeout"] = tokens[4]
        tokens = tokens[5:]
    assert tokens[:2] == ["env", "--"], tokens
    tokens = tokens[2:]
    env = {}
    while tokens and _ASSIGNMENT.match(tokens[0]):
        key, _, value = tokens.pop(0).partition("=")
        assert key not in env
        env[key] = value
    found["env"] = env
    found["argv"] = tokens
    return found


def command_of(argv: list[str]) -> str:
    """The user's command in the argv a wrapper ends with."""
    if argv[:3] == ["/bin/sh", "-c", scripts.REPORT_PID_THEN_RUN]:
        assert argv[3] == "sh" and len(argv) == 5
        return argv[4]
    assert argv[:2] == ["/bin/sh", "-c"] and len(argv) == 3, argv
    return argv[2]


def expected_cwd(cwd: str | None) -> str | None:
    """command_line's `cd` target: a directory named like an option is given as ./-x."""
    if cwd is None:
        return None
    return f"./{cwd}" if cwd.startswith("-") else cwd


def script_args(argv: list[str], script: str) -> list[str]:
    """The arguments of `scripts.sh(script, *args)`."""
    assert argv[:4] == ["/bin/sh", "-c", script, "sandboxer"], argv[:4]
    return argv[4:]
