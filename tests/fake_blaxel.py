"""An in-process fake of Blaxel (control plane and sandbox API) as an httpx transport, for composing cassettes.

The Blaxel adapter's tests run against it once in record mode; the recorded traffic is committed and
validated against specs/blaxel/. So answers follow those specs (statuses, field names, content types)
and are deterministic: names come from counters, and every time is 2026-10-01T12:00:00Z plus a logical
clock that advances one second per request.

Two kinds of error body, as the control plane declares them per operation: CreateSandbox's
`SandboxError` {"code": "SANDBOX_ALREADY_EXISTS", "message", "status_code"}, the others' `Error`
{"code": 404, "error": "SANDBOX_NOT_FOUND", "message"} (its `code` is an integer: the status). The
sandbox API answers `ErrorResponse` {"error": "..."}.

Filesystem paths: `{path}` is one URL segment (the spec's template), the absolute path without its
leading slash and with each "/" percent-encoded: /home/user/a.txt is `/filesystem/home%2Fuser%2Fa.txt`,
the root is `/filesystem/%2F`. Unencoded slashes and a kept leading slash are accepted too.

Processes are scripted, not run: `commands` maps the exact command string to a list of steps (or to a
callable `(command) -> steps`):
    ("stdout", str) ("stderr", str) ("sleep", seconds) ("exit", code)
    ("hang",)        run until killed (status "killed", exit code 137, as after SIGKILL)
A `timeout` (seconds) that runs out kills the process the same way.
The two streams (process logs, filesystem watch) are text/plain bodies fed line by line as things happen.
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
from typing import Any
from urllib.parse import unquote

import httpx

from tests.fake_daytona import HttpError, json_response, parse_multipart, response

BASE_TIME = datetime(2026, 10, 1, 12, 0, 0, tzinfo=UTC)
RFC3339 = "%Y-%m-%dT%H:%M:%SZ"
OWNER = "root"
WORKDIR = "/home/user"  # a process's workingDir when the request gives none
KILLED = 137  # 128 + SIGKILL
STEPS = {"stdout", "stderr", "sleep", "exit", "hang"}
CODES = {400: "BAD_REQUEST", 401: "UNAUTHORIZED", 404: "SANDBOX_NOT_FOUND", 409: "SANDBOX_ALREADY_EXISTS"}
TEXT = {"Content-Type": "text/plain; charset=utf-8"}


def stamp(seconds: int) -> str:
    return (BASE_TIME + timedelta(seconds=seconds)).strftime(RFC3339)


def body_object(body: bytes) -> dict:
    try:
        value = json.loads(body or b"{}")
    except ValueError:
        raise HttpError(400, "invalid JSON body") from None
    if not isinstance(value, dict):
        raise HttpError(400, "the body must be a JSON object")
    return value


class Feed(httpx.AsyncByteStream):
    """A streamed body: chunks as they are put, until `end` (the fake) or `aclose` (the client)."""

    def __init__(self, on_close: Callable[[], None] | None = None) -> None:
        self.queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.on_close, self.closed = on_close, False

    def put(self, chunk: bytes) -> None:
        if not self.closed:
            self.queue.put_nowait(chunk)

    def end(self) -> None:
        self.put(None)  # type: ignore[arg-type]

    async def __aiter__(self):
        while not self.closed and (chunk := await self.queue.get()) is not None:
            yield chunk

    async def aclose(self) -> None:
        if not self.closed:
            self.closed = True
            self.queue.put_nowait(None)
            if self.on_close:
                self.on_close()


# --- the sandbox filesystem -----------------------------------------------------------------------


@dataclass
class Entry:
    is_dir: bool
    mtime: int
    mode: int
    data: bytes = b""


def octal(mode: Any, default: int) -> int:
    if mode in (None, ""):
        return default
    if not isinstance(mode, str) or not re.fullmatch(r"0?[0-7]{3,4}", mode):
        raise HttpError(400, f"invalid permissions {mode!r}: want octal, like 0644")
    return int(mode, 8) & 0o7777


class FileSystem:
    def __init__(self, fake: FakeBlaxel) -> None:
        self.fake = fake
        self.entries = {p: Entry(True, 0, 0o777 if p == "/tmp" else 0o755)
                        for p in ("/", "/home", "/home/user", "/tmp", "/blaxel")}  # fmt: skip
        self.watchers: list[tuple[str, set[str], Feed]] = []

    def changed(self, path: str, op: str = "WRITE") -> None:
        """A watch event, as the sandbox API streams them: a JSON line {op, name, path} (the
        directory holding the entry); a watch on "dir/**" sees the whole tree, on "dir" its children."""
        for root, ignored, feed in self.watchers:
            tree = root.endswith("/**")
            base = root[:-3] if tree else root
            parent = posixpath.dirname(path)
            inside = parent == base or (tree and path.startswith(base.rstrip("/") + "/"))
            if inside and not ignored & set(path.split("/")):
                event = {"op": op, "name": posixpath.basename(path), "path": parent, "error": ""}
                feed.put(json.dumps(event, separators=(",", ":")).encode() + b"\n")

    def get(self, path: str) -> Entry:
        if path not in self.entries:
            raise HttpError(404, f"stat {path}: no such file or directory")
        return self.entries[path]

    def info(self, path: str) -> dict:
        """File: permissions as octal digits ("644"), as the live API sends them."""
        e = self.entries[path]
        return {"name": posixpath.basename(path), "path": path, "permissions": f"{e.mode & 0o777:o}",
                "size": 4096 if e.is_dir else len(e.data), "lastModified": stamp(e.mtime),
                "owner": OWNER, "group": OWNER}  # fmt: skip

    def directory(self, path: str) -> dict:
        children = sorted(p for p in self.entries if p != "/" and posixpath.dirname(p) == path)
        return {"name": posixpath.basename(path) or "/", "path": path,
                "files": [self.info(p) for p in children if not self.entries[p].is_dir],
                "subdirectories": [{"name": posixpath.basename(p), "path": p}
                                   for p in children if self.entries[p].is_dir]}  # fmt: skip

    def make_dirs(self, path: str, mode: int = 0o755) -> None:
        if path in self.entries:
            if not self.entries[path].is_dir:
                raise HttpError(422, f"mkdir {path}: not a directory")
            return
        self.make_dirs(posixpath.dirname(path))
        self.entries[path] = Entry(True, self.fake.clock, mode)
        self.changed(path, "CREATE")

    def write(self, path: str, data: bytes, mode: int | None = None) -> None:
        if path in self.entries and self.entries[path].is_dir:
            raise HttpError(422, f"open {path}: is a directory")
        self.make_dirs(posixpath.dirname(path))
        op = "WRITE" if path in self.entries else "CREATE"
        entry = self.entries.setdefault(path, Entry(False, self.fake.clock, 0o644))
        entry.data, entry.mtime, entry.mode = data, self.fake.clock, entry.mode if mode is None else mode
        self.changed(path, op)

    def remove(self, path: str, recursive: bool) -> None:
        self.get(path)
        subtree = sorted(p for p in self.entries if p == path or p.startswith(path.rstrip("/") + "/"))
        if path == "/" or (len(subtree) > 1 and not recursive):
            raise HttpError(422, f"remove {path}: directory not empty (or /); use recursive=true")
        for p in reversed(subtree):  # the deepest first, as a recursive remove goes
            del self.entries[p]
            self.changed(p, "REMOVE")


# --- processes and sandboxes ----------------------------------------------------------------------


class Process:
    def __init__(self, pid: str, name: str, request: dict, steps: list, started: int) -> None:
        self.pid, self.name, self.request, self.steps, self.started = pid, name, request, steps, started
        self.chunks: list[tuple[str, str]] = []  # (stdout | stderr, text) in the order written
        self.exit_code: int | None = None
        self.status, self.completed = "running", None
        self.changed, self.done = asyncio.Event(), asyncio.Event()
        self.task: asyncio.Task | None = None

    def _wake(self) -> None:
        self.changed.set()
        self.changed = asyncio.Event()  # a waiter keeps the one it saw

    def text(self, kind: str | None = None) -> str:
        return "".join(t for k, t in self.chunks if kind in (None, k))

    def as_json(self) -> dict:
        r = self.request
        return {"pid": self.pid, "name": self.name, "command": r["command"], "status": self.status,
                "exitCode": self.exit_code or 0, "stdout": self.text("stdout"), "stderr": self.text("stderr"),
                "logs": self.text(), "startedAt": stamp(self.started),
                "completedAt": "" if self.completed is None else stamp(self.completed),
                "workingDir": r.get("workingDir") or WORKDIR, "keepAlive": bool(r.get("keepAlive"))}  # fmt: skip

    async def run(self, clock: Callable[[], int]) -> None:
        code = 0
        for kind, *args in self.steps:
            if kind in ("stdout", "stderr"):
                if args[0]:
                    self.chunks.append((kind, args[0]))
                    self._wake()
            elif kind == "sleep":
                await asyncio.sleep(args[0])
            elif kind == "exit":
                code = args[0]
                break
            elif kind == "hang":
                await asyncio.Event().wait()
        self.finish("completed" if code == 0 else "failed", code, clock())

    def finish(self, status: str, code: int, now: int) -> None:
        if self.exit_code is None:
            self.status, self.exit_code, self.completed = status, code, now
            self.done.set()
            self._wake()

    def kill(self, now: int) -> None:
        if self.task is not None:
            self.task.cancel()
        self.finish("killed", KILLED, now)


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
    uploads: dict[str, dict] = field(default_factory=dict)  # uploadId -> path, mode, parts

    @property
    def name(self) -> str:
        return self.body["metadata"]["name"]

    def as_json(self, fake: FakeBlaxel) -> dict:
        meta = self.body["metadata"]
        out: dict[str, Any] = {
            "metadata": {"name": self.name, "labels": meta.get("labels") or {}, "workspace": fake.workspace,
                         "url": fake.url(self), "createdAt": stamp(self.created), "updatedAt": stamp(self.updated)},
            "spec": self.body["spec"], "status": self.status,
        }  # fmt: skip
        if self.status == "DEPLOYED":
            out["state"] = "RUNNING"
        if self.status == "FAILED":
            image = self.body["spec"].get("runtime", {}).get("image")
            out["errors"] = [{"code": "DEPLOYMENT_FAILED", "fatal": True, "time": stamp(self.updated),
                              "message": f"image {image} failed to start"}]  # fmt: skip
        return out

    def process(self, identifier: str) -> Process:
        for proc in reversed(self.processes):  # the newest of a reused name
            if identifier in (proc.pid, proc.name):
                return proc
        raise HttpError(404, f"process {identifier} not found")


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

    def get_preview(self, sb: Sandbox, name: str, _body: bytes) -> httpx.Response:
        if name not in sb.previews:
            raise HttpError(404, f"preview {name} not found")
        return json_response(200, sb.previews[name])


# --- the sandbox API (https://sbx-{name}-{workspace}.{region}.bl.run) ------------------------------


class SandboxApi:
    ROUTES = [
        ("GET", r"/filesystem/(.+)", "read"),
        ("PUT", r"/filesystem/(.+)", "put"),
        ("DELETE", r"/filesystem/(.+)", "remove"),
        ("POST", r"/filesystem-multipart/initiate/(.+)", "initiate"),
        ("PUT", r"/filesystem-multipart/([^/]+)/part", "part"),
        ("POST", r"/filesystem-multipart/([^/]+)/complete", "complete"),
        ("DELETE", r"/filesystem-multipart/([^/]+)/abort", "abort"),
        ("GET", r"/watch/filesystem/(.+)", "watch"),
        ("POST", r"/process", "start"),
        ("GET", r"/process", "list_processes"),
        ("GET", r"/process/([^/]+)", "get_process"),
        ("DELETE", r"/process/([^/]+)/kill", "kill"),
        ("GET", r"/process/([^/]+)/logs", "logs"),
        ("GET", r"/process/([^/]+)/logs/stream", "stream_logs"),
    ]

    def __init__(self, fake: FakeBlaxel) -> None:
        self.fake = fake

    async def handle(self, sb: Sandbox, request: httpx.Request, body: bytes) -> httpx.Response:
        raw = request.url.raw_path.decode().partition("?")[0]
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
    def path(segment: str) -> str:
        """The {path} segment: the absolute path, "/" included (so percent-encoded, it holds %2F);
        the live API resolves a path without one against its working directory."""
        decoded = unquote(segment)
        if not decoded.startswith("/"):
            raise HttpError(422, f"FakeBlaxel: relative path {decoded!r} (would resolve against the working directory)")
        return "/" + posixpath.normpath(decoded).lstrip("/")

    @staticmethod
    def flag(request: httpx.Request, name: str) -> bool:
        return request.url.params.get(name, "false") in ("true", "1")

    # files

    def read(self, sb: Sandbox, request: httpx.Request, _body: bytes, segment: str) -> httpx.Response:
        path = self.path(segment)
        if (entry := sb.fs.get(path)).is_dir:
            return json_response(200, sb.fs.directory(path))
        if self.flag(request, "download") or "application/octet-stream" in request.headers.get("accept", ""):
            # Download mode: the type from the extension, and an attachment disposition.
            kind = "application/json" if path.endswith(".json") else "application/octet-stream"
            disposition = f'attachment; filename="{posixpath.basename(path)}"'
            return response(200, entry.data, {"Content-Type": kind, "Content-Disposition": disposition})
        return json_response(200, {**sb.fs.info(path), "content": entry.data.decode(errors="replace")})

    def put(self, sb: Sandbox, _request: httpx.Request, body: bytes, segment: str) -> httpx.Response:
        path, request = self.path(segment), body_object(body)
        content = request.get("content")
        if content is not None and not isinstance(content, str):
            raise HttpError(400, "content must be a string")
        if request.get("isDirectory"):
            sb.fs.make_dirs(path, octal(request.get("permissions"), 0o755))
            return json_response(200, {"message": "Directory created", "path": path})
        sb.fs.write(path, (content or "").encode(), octal(request.get("permissions"), 0o644))
        return json_response(200, {"message": "File created", "path": path})

    def remove(self, sb: Sandbox, request: httpx.Request, _body: bytes, segment: str) -> httpx.Response:
        sb.fs.remove(path := self.path(segment), self.flag(request, "recursive"))
        return json_response(200, {"message": "Deleted", "path": path})

    def initiate(self, sb: Sandbox, _request: httpx.Request, body: bytes, segment: str) -> httpx.Response:
        path, request = self.path(segment), body_object(body)
        if path in sb.fs.entries and sb.fs.entries[path].is_dir:
            raise HttpError(400, f"{path} is a directory")
        upload_id = self.fake.next_id("upload")
        sb.uploads[upload_id] = {"path": path, "mode": octal(request.get("permissions"), 0o644), "parts": {}}
        return json_response(200, {"uploadId": upload_id, "path": path})

    def upload(self, sb: Sandbox, upload_id: str) -> dict:
        if upload_id not in sb.uploads:
            raise HttpError(404, f"upload {upload_id} not found")
        return sb.uploads[upload_id]

    def part(self, sb: Sandbox, request: httpx.Request, body: bytes, upload_id: str) -> httpx.Response:
        upload, number = self.upload(sb, upload_id), request.url.params.get("partNumber", "")
        if not re.fullmatch(r"\d+", number) or not 1 <= int(number) <= 10000:
            raise HttpError(400, "partNumber must be an integer from 1 to 10000")
        parts = parse_multipart(body, request.headers.get("content-type", ""))
        if "file" not in parts:
            raise HttpError(400, "the multipart body has no part named file")
        etag = hashlib.md5(parts["file"]).hexdigest()
        upload["parts"][int(number)] = (etag, parts["file"])
        return json_response(200, {"partNumber": int(number), "etag": etag, "size": len(parts["file"])})

    def complete(self, sb: Sandbox, _request: httpx.Request, body: bytes, upload_id: str) -> httpx.Response:
        """Writes the listed parts in partNumber order (each etag must match); no list: every part."""
        upload, request = self.upload(sb, upload_id), body_object(body)
        listed = request.get("parts")
        if listed is None:
            listed = [{"partNumber": n, "etag": e} for n, (e, _) in upload["parts"].items()]
        if not isinstance(listed, list) or not listed:
            raise HttpError(400, "parts must list the uploaded parts")
        data = []
        for item in sorted(listed, key=lambda p: p.get("partNumber", 0) if isinstance(p, dict) else 0):
            got = upload["parts"].get(item.get("partNumber") if isinstance(item, dict) else None)
            if got is None or item.get("etag") not in (None, got[0]):
                raise HttpError(400, f"part {item!r} was not uploaded (or its etag differs)")
            data.append(got[1])
        sb.fs.write(upload["path"], b"".join(data), upload["mode"])
        del sb.uploads[upload_id]
        return json_response(200, {"message": "File uploaded", "path": upload["path"]})

    def abort(self, sb: Sandbox, _request: httpx.Request, _body: bytes, upload_id: str) -> httpx.Response:
        upload = self.upload(sb, upload_id)
        del sb.uploads[upload_id]
        return json_response(200, {"message": "Upload aborted", "path": upload["path"]})

    def watch(self, sb: Sandbox, request: httpx.Request, _body: bytes, segment: str) -> httpx.Response:
        """One changed path per line, until the client closes the response; `ignore`: names, comma-separated."""
        path = self.path(segment)
        tree = path.endswith("/**")  # the live API watches a whole tree for "dir/**"
        directory = path[:-3] or "/" if tree else path
        if not sb.fs.get(directory).is_dir:
            raise HttpError(400, f"{directory} is not a directory")
        ignored = {n for n in request.url.params.get("ignore", "").split(",") if n}
        watcher: tuple[str, set[str], Feed] = (path, ignored, Feed(lambda: sb.fs.watchers.remove(watcher)))
        sb.fs.watchers.append(watcher)
        return httpx.Response(200, headers=TEXT, stream=watcher[2])

    # processes

    async def start(self, sb: Sandbox, _request: httpx.Request, body: bytes) -> httpx.Response:
        request = body_object(body)
        command = request.get("command")
        if not isinstance(command, str) or not command:
            raise HttpError(400, "command is required")
        env = request.get("env") or {}
        if not isinstance(env, dict) or not all(isinstance(v, str) for v in env.values()):
            raise HttpError(400, "env must be an object of strings")
        timeout = request.get("timeout") or 0
        if not isinstance(timeout, int) or timeout < 0:
            raise HttpError(400, "timeout must be a number of seconds")
        name = request.get("name") or f"proc-{self.fake.counters.get('proc', 0) + 1}"
        if any(p.name == name and p.exit_code is None for p in sb.processes):
            raise HttpError(400, f"a process named {name} is already running")
        if command not in self.fake.commands:
            raise AssertionError(f"FakeBlaxel: no script for command {command!r}; add it to commands=")
        steps = self.fake.commands[command]
        steps = list(steps(command) if callable(steps) else steps)
        for step in steps:
            assert step and step[0] in STEPS, f"FakeBlaxel: unknown script step {step!r}"
        self.fake.next_id("proc")
        proc = Process(str(999 + self.fake.counters["proc"]), name, request, steps, self.fake.clock)
        sb.processes.append(proc)
        proc.task = self.fake.spawn(proc.run(lambda: self.fake.clock))
        if timeout:
            self.fake.spawn(self.expire(proc, timeout))
        if request.get("waitForCompletion"):
            await proc.done.wait()
        return json_response(200, proc.as_json())

    async def expire(self, proc: Process, timeout: int) -> None:
        try:
            await asyncio.wait_for(asyncio.shield(proc.done.wait()), timeout)
        except TimeoutError:  # live: status killed, exit code -1
            if proc.task is not None:
                proc.task.cancel()
            proc.finish("killed", -1, self.fake.clock)

    def list_processes(self, sb: Sandbox, *_: Any) -> httpx.Response:
        return json_response(200, [p.as_json() for p in sb.processes])

    def get_process(
        self, sb: Sandbox, _request: httpx.Request, _body: bytes, identifier: str
    ) -> httpx.Response:
        return json_response(200, sb.process(unquote(identifier)).as_json())

    def kill(self, sb: Sandbox, _request: httpx.Request, _body: bytes, identifier: str) -> httpx.Response:
        """Kills a running process (status "killed", exit code 137); an ended one is left as it is."""
        proc = sb.process(unquote(identifier))
        proc.kill(self.fake.clock)
        return json_response(200, {"message": f"process {proc.pid} killed"})

    def logs(self, sb: Sandbox, _request: httpx.Request, _body: bytes, identifier: str) -> httpx.Response:
        proc = sb.process(unquote(identifier))
        return json_response(
            200, {"logs": proc.text(), "stdout": proc.text("stdout"), "stderr": proc.text("stderr")}
        )

    def stream_logs(
        self, sb: Sandbox, _request: httpx.Request, _body: bytes, identifier: str
    ) -> httpx.Response:
        """`stdout:<line>` / `stderr:<line>`, one chunk per line: what was written, then what comes; ends with it."""
        proc, feed = sb.process(unquote(identifier)), Feed()

        async def pump() -> None:
            sent = 0
            while not feed.closed:
                changed = proc.changed
                for kind, text in proc.chunks[sent:]:
                    for line in text.splitlines():
                        feed.put(f"{kind}:{line}\n".encode())
                sent = len(proc.chunks)
                if proc.exit_code is not None:
                    return feed.end()
                await changed.wait()

        self.fake.spawn(pump())
        return httpx.Response(200, headers=TEXT, stream=feed)


# --- the transport --------------------------------------------------------------------------------


class FakeBlaxel(httpx.AsyncBaseTransport):
    def __init__(
        self,
        *,
        api_key: str = "blaxel-replay-key",
        workspace: str = "fake-ws",
        region: str = "us-pdx-1",
        api_base: str = "https://api.blaxel.ai/v0",
        commands: dict[str, list[tuple] | Callable[[str], list[tuple]]] | None = None,
    ) -> None:
        self.api_key, self.workspace, self.region = api_key, workspace, region
        self.api_base = httpx.URL(api_base.rstrip("/"))
        self.commands = dict(commands or {})
        self.deploy_steps = 2  # GETs a new sandbox answers DEPLOYING before DEPLOYED
        self.fail_images: set[str] = set()  # images whose sandboxes end FAILED
        self.page_size = 50  # the most one list page holds (a test lowers it to see paging)
        self.sandboxes: dict[str, Sandbox] = {}
        self.created = 0
        self.clock = 0  # logical seconds since BASE_TIME
        self.injected: list[list] = []
        self.tasks: set[asyncio.Task] = set()
        self.counters: dict[str, int] = {}
        self.control_plane, self.sandbox_api = ControlPlane(self), SandboxApi(self)

    def url(self, sb: Sandbox) -> str:
        return f"https://sbx-{sb.name}-{self.workspace}.{sb.body['spec']['region']}.bl.run"

    def inject(self, method: str, path_regex: str, status: int, body: dict | list | None = None,
               headers: dict[str, str] | None = None, times: int = 1) -> None:  # fmt: skip
        """The next `times` requests matching method and (decoded) path get this answer instead."""
        self.injected.append([method.upper(), re.compile(path_regex), status, body, headers or {}, times])

    def next_id(self, kind: str) -> str:
        self.counters[kind] = self.counters.get(kind, 0) + 1
        return f"{kind}-{self.counters[kind]}"

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
        if not authorized:
            return json_response(401, {"error": "invalid API key"})
        if sb is None or sb.status != "DEPLOYED":
            return json_response(
                503, {"error": f"sandbox at {url.host} is " + (sb.status if sb else "not found")}
            )
        return await self.sandbox_api.handle(sb, request, body)
