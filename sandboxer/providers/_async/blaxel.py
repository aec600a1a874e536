"""The Blaxel provider: the control plane (api.blaxel.ai/v0) and the sandbox API at each sandbox's URL.

Requests are built by the generated clients (`sandboxer._generated.blaxel_api`, `..._sandbox`)
and sent through one pooled httpx transport; answers are read as JSON. Sandboxes are named: the
name is our id. Blaxel has no pause/resume (sandboxes go to standby by themselves), no terminal
and no stdin: those operations are not offered.
"""

from __future__ import annotations

import io
import os
import posixpath
import shlex
import time
from collections.abc import Callable
from typing import Any, BinaryIO

import httpx

from ..._async.base import AsyncProviderBase, AsyncRunningFromInfo, AsyncWatcher
from ..._concurrency import AsyncBackground, ainvoke, unwrapped
from ..._generated.blaxel_api.api.compute import (
    create_sandbox,
    create_sandbox_preview,
    delete_sandbox,
    get_sandbox,
    get_sandbox_preview,
    list_sandboxes,
    update_sandbox,
)
from ..._generated.blaxel_api.models import Preview, Sandbox
from ..._generated.blaxel_sandbox.api.filesystem import (
    delete_filesystem_multipart_upload_id_abort,
    delete_filesystem_path,
    get_filesystem_path,
    get_watch_filesystem_path,
    post_filesystem_multipart_initiate_path,
    post_filesystem_multipart_upload_id_complete,
    put_filesystem_multipart_upload_id_part,
    put_filesystem_path,
)
from ..._generated.blaxel_sandbox.api.process import (
    delete_process_identifier_kill,
    get_process,
    get_process_identifier,
    get_process_identifier_logs_stream,
    post_process,
)
from ..._generated.blaxel_sandbox.models import (
    FileRequest,
    MultipartCompleteRequest,
    MultipartInitiateRequest,
    ProcessRequest,
)
from ..._transport._async.http import AsyncProviderTransport, call_endpoint, client_timeout, send_endpoint
from ..._transport.endpoint import STREAMED_BODY
from ...config import ProviderConfig
from ...errors import (
    CommandTimeoutError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    NotSupportedError,
    ProviderError,
    SandboxerError,
    SandboxerTimeoutError,
)
from ...types import (
    CommandResult,
    CreateSandboxRequest,
    FileInfo,
    ListSandboxesFilter,
    ProcessInfo,
    RunCommandRequest,
    SandboxInfo,
    StartCommandRequest,
    WatchEvent,
)
from .. import blaxel_shapes as shapes
from .. import managed
from ..arguments import check_mode, check_port, check_sandbox_id, check_seconds
from ..blaxel_shapes import NAME
from ..multipart import MultipartFile
from .uploads import download_to, upload_from
from .waiting import wait_until

_PAGE = 50


class _Started:
    """A process started through this sandbox object: its streamed logs, read in the background."""

    def __init__(self, name: str, pid: int, callbacks: dict[int, Any]) -> None:
        self.name = name
        self.pid = pid
        self.callbacks = callbacks
        self.pump: AsyncBackground | None = None
        self.started = time.monotonic()


class AsyncBlaxelWatcher(AsyncWatcher):
    """Events from /watch/filesystem: JSON lines {op, name, path}, and keepalive lines between."""

    def __init__(self, response: httpx.Response, on_event: Callable[[WatchEvent], Any]) -> None:
        self._response = response
        self._on_event = on_event
        self._stopped = False
        self.error: BaseException | None = None
        self._loop = AsyncBackground(self._run, name="sandboxer-blaxel-watch")

    async def _run(self) -> None:
        try:
            async for line in self._response.aiter_lines():
                if self._stopped:
                    return
                event = shapes.watch_event(line)
                if event is not None:
                    await ainvoke(self._on_event, event)
        except SandboxerError as exc:
            if not self._stopped:
                self.error = unwrapped(exc)
        except Exception as exc:  # the callback's own failure ends watching; kept for the caller
            self.error = unwrapped(exc)
        finally:
            await self._response.aclose()

    async def stop(self) -> None:
        self._stopped = True
        await self._loop.stop(self._response.aclose)


class AsyncBlaxelSandbox(AsyncRunningFromInfo):
    provider_name = NAME
    features = frozenset({"stream_output"})

    def __init__(self, provider: AsyncBlaxelProvider, record: dict[str, Any]) -> None:
        self._provider = provider
        self._record = record
        self._id = record["metadata"]["name"]
        self._url = str(record["metadata"].get("url") or "").rstrip("/")
        if not self._url:
            raise ProviderError(NAME, f"sandbox {self._id} has no URL yet")
        self._started: dict[str, _Started] = {}
        self._process_number = 0

    @property
    def id(self) -> str:
        return self._id

    # --- plumbing -----------------------------------------------------------------------------

    async def _send(self, endpoint: Any, **options: Any) -> httpx.Response:
        return await send_endpoint(self._provider.sandbox_http, endpoint, base=self._url, **options)

    async def _call(self, endpoint: Any, **options: Any) -> Any:
        return await call_endpoint(self._provider.sandbox_http, NAME, endpoint, base=self._url, **options)

    # --- lifecycle ----------------------------------------------------------------------------

    async def info(self) -> SandboxInfo:
        return shapes.sandbox_info(await self._provider.record(self._id))

    async def kill(self) -> None:
        await self._provider.kill_sandbox(self._id)
        for started in list(self._started.values()):
            if started.pump is not None:
                await started.pump.cancel()
            self._provider.pumps.discard(started)
        self._started.clear()

    async def set_timeout(self, seconds: float) -> None:
        check_seconds(seconds, "set_timeout")
        record = await self._provider.record(self._id)
        spec = dict(record.get("spec") or {})
        spec["lifecycle"] = shapes.expiry(seconds)
        body = {
            "metadata": {"name": self._id, "labels": (record.get("metadata") or {}).get("labels") or {}},
            "spec": spec,
        }
        # As the server sent it (plain JSON, not the generated model: a value it does not know is no crash).
        await self._provider.call(update_sandbox, sandbox_name=self._id, json=body)

    async def port_url(self, port: int) -> str:
        check_port(port)
        name = f"port-{port}"
        try:
            preview = await self._provider.call(
                create_sandbox_preview,
                sandbox_name=self._id,
                body=Preview.from_dict({"metadata": {"name": name}, "spec": {"port": port, "public": True}}),
            )
        except ConflictError:  # made before: the same preview
            preview = await self._provider.call(get_sandbox_preview, sandbox_name=self._id, preview_name=name)
        url = ((preview or {}).get("spec") or {}).get("url") if isinstance(preview, dict) else None
        if not isinstance(url, str) or not url:
            raise ProviderError(NAME, f"the preview of port {port} has no URL: {preview!r:.200}")
        return url

    # --- commands -----------------------------------------------------------------------------

    def _process_request(
        self, cmd: str, env: dict[str, str], cwd: str | None, user: str | None, **extra: Any
    ) -> Any:
        body: dict[str, Any] = {"command": shapes.as_user(cmd, user), **extra}
        if env:
            body["env"] = dict(env)
        if cwd is not None:
            body["workingDir"] = cwd
        return ProcessRequest.from_dict(body)

    async def run_command(
        self, req: RunCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> CommandResult:
        if not isinstance(req, RunCommandRequest):
            raise InvalidRequestError("run_command takes a RunCommandRequest")
        started = time.monotonic()
        name = shapes.new_process_name()  # named, so its output can be read back after a timeout
        extra: dict[str, Any] = {"name": name}
        if req.timeout_seconds is not None:
            extra["timeout"] = max(int(-(-req.timeout_seconds // 1)), 1)
        streaming = on_stdout is not None or on_stderr is not None
        try:
            if not streaming:
                extra["waitForCompletion"] = True
                read = None if req.timeout_seconds is None else req.timeout_seconds + 30.0
                body = self._process_request(req.cmd, req.env, req.cwd, req.user, **extra)
                record = await self._call(post_process, body=body, read_timeout=read)
            else:
                body = self._process_request(req.cmd, req.env, req.cwd, req.user, **extra)
                record = await self._call(post_process, body=body)
                await self._follow(name, {1: on_stdout, 2: on_stderr})
                record = await self._call(get_process_identifier, identifier=name)
        except ProviderError as exc:
            # The API may also answer a timed-out wait with 422 "process timed out after N seconds".
            if req.timeout_seconds is None or exc.status_code != 422 or "timed out" not in exc.message:
                raise
            record = await self._call(get_process_identifier, identifier=name)
            record = {**record, "status": "killed"} if isinstance(record, dict) else record
        result = self._result(record, started)
        if req.timeout_seconds is not None and record.get("status") == "killed":
            result.error = f"timed out after {req.timeout_seconds:g}s"
            raise CommandTimeoutError(
                NAME, f"command timed out after {req.timeout_seconds:g}s and was ended", result
            )
        return result

    def _result(self, record: Any, started: float) -> CommandResult:
        if not isinstance(record, dict):
            raise ProviderError(NAME, f"malformed process answer: {record!r:.200}")
        code = record.get("exitCode")
        return CommandResult(
            stdout=str(record.get("stdout") or ""),
            stderr=str(record.get("stderr") or ""),
            exit_code=int(code) if isinstance(code, int) else -1,
            duration_ms=int((time.monotonic() - started) * 1000),
            error=None if record.get("status") in ("completed", "failed") else record.get("status"),
        )

    async def _follow(self, name: str, callbacks: dict[int, Any]) -> None:
        """Read a process's streamed log to its end (the API closes it when the process ends),
        handing each line to its stream's callback."""
        response = await self._send(
            get_process_identifier_logs_stream, identifier=name, stream=True, read_timeout=None
        )
        try:
            async for line in response.aiter_lines():
                parsed = shapes.log_line(line.rstrip("\r\n"))
                if parsed is not None and callbacks.get(parsed[0]) is not None:
                    await ainvoke(callbacks[parsed[0]], parsed[1])
        finally:
            await response.aclose()

    async def start_command(
        self, req: StartCommandRequest, on_stdout: Any = None, on_stderr: Any = None
    ) -> tuple[int, str]:
        if not isinstance(req, StartCommandRequest):
            raise InvalidRequestError("start_command takes a StartCommandRequest")
        if req.stdin:
            raise NotSupportedError(NAME, "start_command(stdin=True)", "Blaxel processes take no stdin")
        name = shapes.new_process_name()
        body = self._process_request(req.cmd, req.env, req.cwd, req.user, name=name)
        record = await self._call(post_process, body=body)
        if not isinstance(record, dict):
            raise ProviderError(NAME, f"malformed process answer: {record!r:.200}")
        name = str(record.get("name") or name)
        started = _Started(name, shapes.pid_of(record), {1: on_stdout, 2: on_stderr})
        if on_stdout is not None or on_stderr is not None:
            # Only with callbacks: a followed log holds a connection for the process's life.
            started.pump = AsyncBackground(
                self._follow, name, started.callbacks, name=f"sandboxer-blaxel-{name}"
            )
            self._provider.pumps.add(started)
        self._started[name] = started
        return started.pid, name

    async def wait_for_handle(self, handle_id: str) -> CommandResult:
        if not isinstance(handle_id, str) or not handle_id:
            raise NotFoundError(NAME, f"no command handle {handle_id!r}")
        started = self._started.pop(handle_id, None)
        began = started.started if started else time.monotonic()
        try:
            if started is not None and started.pump is not None:
                await started.pump.join()
            else:
                await self._follow(handle_id, {})  # its log ends when the process does
        finally:
            if started is not None:
                self._provider.pumps.discard(started)
        return self._result(await self._call(get_process_identifier, identifier=handle_id), began)

    async def kill_process(self, pid: int) -> None:
        if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
            raise InvalidRequestError(f"invalid pid {pid!r}")
        await self._call(delete_process_identifier_kill, identifier=str(pid))

    async def list_processes(self) -> list[ProcessInfo]:
        found = await self._call(get_process)
        return [
            ProcessInfo(pid=shapes.pid_of(p), command=str(p.get("command") or ""))
            for p in found or []
            if isinstance(p, dict) and p.get("status") == "running"
        ]

    # --- files --------------------------------------------------------------------------------

    async def _directory(self, path: str) -> Any:
        return await self._call(
            get_filesystem_path, path=shapes.fs_path(path), headers={"Accept": "application/json"}
        )

    async def list_directory(self, path: str) -> list[FileInfo]:
        found = await self._directory(shapes.check_absolute(path))
        if not isinstance(found, dict) or "files" not in found:
            raise InvalidRequestError(f"list_directory: not a directory: {path!r}")
        return shapes.listing(found)

    async def stat(self, path: str) -> FileInfo:
        # The parent's listing: asking for the path itself would send a file's whole content.
        path = shapes.check_absolute(path)
        if path == "/":
            return FileInfo(name="/", path="/", is_dir=True)
        for entry in await self.list_directory(posixpath.dirname(path)):
            if entry.name == posixpath.basename(path):
                return entry
        raise NotFoundError(NAME, f"stat: no such file or directory: {path!r}")

    async def exists(self, path: str) -> bool:
        try:
            await self.stat(path)
        except (NotFoundError, InvalidRequestError):
            return False
        return True

    async def make_dir(self, path: str) -> None:
        path = shapes.check_absolute(path)
        await self._call(
            put_filesystem_path, path=shapes.fs_path(path), body=FileRequest.from_dict({"isDirectory": True})
        )

    async def remove(self, path: str) -> None:
        path = shapes.check_absolute(path)
        if path == "/":
            raise InvalidRequestError("remove: refusing to remove the root directory")
        await self._call(delete_filesystem_path, path=shapes.fs_path(path), recursive=True)

    async def rename(self, src: str, dst: str) -> None:
        src, dst = shapes.check_absolute(src), shapes.check_absolute(dst)
        # The sandbox API has no move: a command does it, with both paths as quoted data.
        result = await self.run_command(RunCommandRequest(f"mv -f -- {shlex.quote(src)} {shlex.quote(dst)}"))
        if result.exit_code != 0:
            if "No such file" in result.stderr or "can't rename" in result.stderr:
                raise NotFoundError(NAME, f"rename: {result.stderr.strip()}")
            raise ProviderError(NAME, f"rename failed (exit {result.exit_code}): {result.stderr.strip()}")

    async def _download_into(self, path: str, sink: BinaryIO) -> None:
        response = await self._send(
            get_filesystem_path,
            path=shapes.fs_path(shapes.check_absolute(path)),
            download=True,
            stream=True,
            headers={"Accept": "application/octet-stream"},
        )
        try:
            # A file comes as an attachment (its type from its name: a .json file is JSON too);
            # a directory comes as its JSON listing.
            attachment = "attachment" in response.headers.get("content-disposition", "")
            if not attachment and response.headers.get("content-type", "").startswith("application/json"):
                raise InvalidRequestError(f"read: {path!r} is a directory")
            async for chunk in response.aiter_bytes():
                sink.write(chunk)
        finally:
            await response.aclose()

    async def read_file(self, path: str) -> bytes:
        sink = io.BytesIO()
        await self._download_into(path, sink)
        return sink.getvalue()

    async def download(self, remote_path: str, destination: str | os.PathLike[str] | BinaryIO) -> None:
        await download_to(destination, lambda sink: self._download_into(remote_path, sink))

    async def _upload_from(self, path: str, source: BinaryIO, mode: int | None = None) -> None:
        """Multipart upload (bytes, never a text field): initiate, 5 MiB parts, complete."""
        path = shapes.check_absolute(path)
        initiate = {} if mode is None else {"permissions": f"{mode:o}"}
        answer = await self._call(
            post_filesystem_multipart_initiate_path,
            path=shapes.fs_path(path),
            body=MultipartInitiateRequest.from_dict(initiate),
        )
        upload_id = answer.get("uploadId") if isinstance(answer, dict) else None
        if not isinstance(upload_id, str):
            raise ProviderError(NAME, f"malformed multipart initiate answer: {answer!r:.200}")
        parts = []
        try:
            number = 0
            while True:
                chunk = source.read(shapes.PART_SIZE)
                if not isinstance(chunk, bytes | bytearray | memoryview):
                    raise InvalidRequestError("upload: the source must be opened in binary mode")
                if not chunk and number:
                    break
                number += 1
                form = MultipartFile(posixpath.basename(path))
                part = await self._call(
                    put_filesystem_multipart_upload_id_part,
                    upload_id=upload_id,
                    part_number=number,
                    body=STREAMED_BODY,
                    headers={"Content-Type": form.content_type},
                    content=form.head + bytes(chunk) + form.tail,
                )
                parts.append({"partNumber": number, "etag": (part or {}).get("etag", "")})
                if not chunk:
                    break
            await self._call(
                post_filesystem_multipart_upload_id_complete,
                upload_id=upload_id,
                body=MultipartCompleteRequest.from_dict({"parts": parts}),
            )
        except BaseException:
            try:
                await self._call(delete_filesystem_multipart_upload_id_abort, upload_id=upload_id)
            except SandboxerError:
                pass
            raise

    async def upload(self, remote_path: str, source: str | os.PathLike[str] | BinaryIO) -> None:
        await upload_from(source, lambda stream: self._upload_from(remote_path, stream))

    async def write_file(
        self, path: str, content: bytes, mode: int | None = None, user: str | None = None
    ) -> None:
        check_mode(mode)
        data = content.encode("utf-8") if isinstance(content, str) else content
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidRequestError(
                f"write_file: content must be bytes or str, not {type(content).__name__}"
            )
        await self._upload_from(path, io.BytesIO(bytes(data)), mode)
        if user is not None:
            path = shapes.check_absolute(path)
            result = await self.run_command(
                RunCommandRequest(f"chown -- {shlex.quote(user)} {shlex.quote(path)}")
            )
            if result.exit_code != 0:
                raise ProviderError(NAME, f"write_file: chown failed: {result.stderr.strip()}")

    async def watch_directory(
        self, path: str, on_event: Callable[[WatchEvent], Any], recursive: bool = False
    ) -> AsyncBlaxelWatcher:
        if not callable(on_event):
            raise InvalidRequestError("watch_directory: on_event must be callable")
        path = shapes.check_absolute(path)
        await self.list_directory(path)  # a missing path or a file: an error now, not later
        # "dir/**" watches the whole tree, "dir" its entries.
        target = shapes.fs_path(path).rstrip("/") + "/**" if recursive else shapes.fs_path(path)
        response = await self._send(get_watch_filesystem_path, path=target, stream=True, read_timeout=None)
        return AsyncBlaxelWatcher(response, on_event)


class AsyncBlaxelProvider(AsyncProviderBase):
    """Sandboxes on Blaxel (https://blaxel.ai): key from api_key or BL_API_KEY, workspace from
    extra['workspace'] or BL_WORKSPACE."""

    name = NAME
    sandbox_class = AsyncBlaxelSandbox

    def __init__(self, config: ProviderConfig) -> None:
        self.settings = shapes.settings(config)
        transport = AsyncProviderTransport.from_config(config, provider=NAME, target=self.settings.api_url)
        timeout = client_timeout(self.settings.request_timeout)
        auth = {"Authorization": f"Bearer {self.settings.api_key}"}
        self.api_http = httpx.AsyncClient(
            base_url=self.settings.api_url,
            # API version 2026-04-28: the paginated {data, meta} listing.
            headers={
                **auth,
                "X-Blaxel-Workspace": self.settings.workspace,
                "Blaxel-Version": shapes.API_VERSION,
            },
            transport=transport,
            timeout=timeout,
        )
        self.sandbox_http = httpx.AsyncClient(headers=auth, transport=transport, timeout=timeout)
        self.pumps: set[_Started] = set()  # started commands whose logs are followed

    async def call(self, endpoint: Any, **options: Any) -> Any:
        return await call_endpoint(self.api_http, NAME, endpoint, **options)

    async def record(self, name: str) -> dict[str, Any]:
        found = await self.call(get_sandbox, sandbox_name=name)
        if not isinstance(found, dict) or not isinstance((found.get("metadata") or {}).get("name"), str):
            raise ProviderError(NAME, f"malformed sandbox record: {found!r:.200}")
        return found

    async def _delete_quietly(self, name: str) -> None:
        try:
            await self.call(delete_sandbox, sandbox_name=name)
        except SandboxerError:
            pass

    async def _wait_deployed(self, name: str) -> dict[str, Any]:
        last: dict[str, str] = {}

        async def deployed(_left: float) -> dict[str, Any] | None:
            record = await self.record(name)
            last["status"] = status = str(record.get("status"))
            if status in ("FAILED", "TERMINATED", "DELETING"):
                raise ProviderError(NAME, f"sandbox {name} ended in status {status!r}", code=status)
            return record if status == "DEPLOYED" else None

        async def expired() -> SandboxerTimeoutError:
            return SandboxerTimeoutError(
                NAME,
                f"sandbox {name} was not deployed after {self.settings.deploy_timeout:g}s (status {last['status']!r})",
            )

        return await wait_until(deployed, self.settings.deploy_timeout, expired)

    async def create_sandbox(self, req: CreateSandboxRequest) -> tuple[AsyncBlaxelSandbox, SandboxInfo]:
        if not isinstance(req, CreateSandboxRequest):
            raise InvalidRequestError("create_sandbox takes a CreateSandboxRequest")
        if req.timeout_seconds is not None and req.auto_destroy is False:
            raise NotSupportedError(
                NAME,
                "create_sandbox(timeout_seconds, auto_destroy=False)",
                "a Blaxel sandbox's lifetime ends in its deletion",
            )
        runtime: dict[str, Any] = {"image": req.template or shapes.DEFAULT_IMAGE}
        memory = shapes.memory_for(req.cpus, req.memory_mb)
        if memory is not None:
            runtime["memory"] = memory
        if req.envs:
            runtime["envs"] = [{"name": k, "value": v} for k, v in req.envs.items()]
        if req.ports:
            runtime["ports"] = [{"target": p, "protocol": "HTTP"} for p in req.ports]
        spec: dict[str, Any] = {"runtime": runtime}
        if self.settings.region:
            spec["region"] = self.settings.region
        if req.timeout_seconds is not None:
            spec["lifecycle"] = shapes.expiry(req.timeout_seconds)
        name = shapes.new_name()
        body = {"metadata": {"name": name, "labels": managed.marked(req.metadata)}, "spec": spec}
        await self.call(create_sandbox, body=Sandbox.from_dict(body))
        try:
            record = await self._wait_deployed(name)
        except BaseException:
            await self._delete_quietly(name)  # failed, timed out or interrupted: nothing left running
            raise
        return AsyncBlaxelSandbox(self, record), shapes.sandbox_info(record)

    async def attach_sandbox(self, sandbox_id: str) -> AsyncBlaxelSandbox:
        check_sandbox_id(sandbox_id)
        return AsyncBlaxelSandbox(self, await self.record(sandbox_id))

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        wanted = (filter.metadata_filter if filter else None) or {}
        limit = filter.limit if filter is not None else None
        found: list[SandboxInfo] = []
        cursor = None
        while limit is None or len(found) < limit:
            kwargs: dict[str, Any] = {"limit": _PAGE, "show_terminated": False}
            if cursor is not None:
                kwargs["cursor"] = cursor
            page = await self.call(list_sandboxes, **kwargs)
            # Older API versions answer a bare array of every sandbox; newer ones {data, meta}.
            items = page.get("data") if isinstance(page, dict) else page
            if not isinstance(items, list):
                raise ProviderError(NAME, f"malformed sandbox list: {page!r:.200}")
            for item in items:
                info = shapes.sandbox_info(item)
                # Labels are filtered here: the list call has no label filter.
                if all(info.metadata.get(k) == v for k, v in wanted.items()):
                    found.append(info)
            meta = page.get("meta") if isinstance(page, dict) else None
            cursor = (meta or {}).get("nextCursor") if (meta or {}).get("hasMore") else None
            if not cursor or not items:
                break
        return found if limit is None else found[:limit]

    async def kill_sandbox(self, sandbox_id: str) -> None:
        check_sandbox_id(sandbox_id)
        await self.call(delete_sandbox, sandbox_name=sandbox_id)

    async def close(self) -> None:
        for started in list(self.pumps):  # the processes go on; we stop reading their logs
            await started.pump.cancel()
        self.pumps.clear()
        await self.sandbox_http.aclose()
        await self.api_http.aclose()
