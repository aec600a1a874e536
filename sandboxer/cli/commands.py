"""What each `sandboxer` command does, through the public sync API only."""

from __future__ import annotations

import argparse
import enum
import io
import json
import os
import posixpath
import shlex
import stat as stat_module
import sys
import threading
from datetime import datetime
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs

from ..capabilities import ALL_CAPABILITIES
from ..errors import CommandTimeoutError, InvalidRequestError, NotSupportedError
from ..providers._sync.uploads import download_to
from ..providers.exit_status import timed_out as timed_out_error
from ..registry import provider_capabilities, provider_capability_conditions, provider_names
from ..types import (
    CommandResult,
    CreateSandboxRequest,
    ListSandboxesFilter,
    RunCommandRequest,
    SandboxInfo,
    StartCommandRequest,
)
from .parser import UsageError, remote
from .progress import ProgressReader, ProgressWriter

if TYPE_CHECKING:
    from .._sync.client import Sandboxer
    from .._sync.protocol import Sandbox


def plain(value: Any) -> Any:
    """A value as JSON takes it: datetimes in ISO 8601, enums by value, attrs classes as dicts."""
    if attrs.has(type(value)):
        return {k: plain(v) for k, v in attrs.asdict(value, recurse=False).items()}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def emit_json(value: Any) -> None:
    print(json.dumps(plain(value), ensure_ascii=False), flush=True)


def table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _metadata_text(metadata: dict[str, str]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(metadata.items()))


def _when(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else "-"


# --- sandboxes ---------------------------------------------------------------------------------


def create(client: Sandboxer, args: argparse.Namespace) -> int:
    request = CreateSandboxRequest(
        template=args.template,
        timeout_seconds=args.timeout,
        metadata=dict(args.meta),
        envs=dict(args.env),
        cpus=args.cpus,
        memory_mb=args.memory_mb,
        ports=args.port,
    )
    sandbox, info = client.create_sandbox(request)
    emit_json(info) if args.json else print(sandbox.id, flush=True)
    return 0


def ls(client: Sandboxer, args: argparse.Namespace) -> int:
    found = client.list_sandboxes(ListSandboxesFilter(metadata_filter=dict(args.meta)) if args.meta else None)
    found = [i for i in found if args.all or i.managed]
    if args.json:
        for info in found:
            emit_json(info)
        return 0
    rows = [
        [i.id, i.status.value, i.template or "-", _when(i.started_at), _metadata_text(i.metadata)]
        for i in found
    ]
    table(rows, ["ID", "STATUS", "TEMPLATE", "STARTED", "METADATA"])
    return 0


def info(client: Sandboxer, args: argparse.Namespace) -> int:
    described: SandboxInfo = client.attach_sandbox(args.id).info()
    if args.json:
        emit_json(described)
        return 0
    for key, value in plain(described).items():
        print(f"{key}: {_metadata_text(value) if isinstance(value, dict) else value}")
    return 0


def kill(client: Sandboxer, args: argparse.Namespace) -> int:
    for sandbox_id in args.ids:
        client.kill_sandbox(sandbox_id)
        print(sandbox_id, flush=True)
    return 0


def pause(client: Sandboxer, args: argparse.Namespace) -> int:
    client.attach_sandbox(args.id).pause()
    return 0


def resume(client: Sandboxer, args: argparse.Namespace) -> int:
    client.attach_sandbox(args.id).resume()
    return 0


def cleanup(client: Sandboxer, args: argparse.Namespace) -> int:
    chosen = client.cleanup(dict(args.meta) or None, args.older_than, dry_run=not args.yes)
    for i in chosen:
        emit_json(i) if args.json else print(f"{i.id}  {_when(i.started_at)}  {_metadata_text(i.metadata)}")
    if not args.json:
        verb = "killed" if args.yes else "would kill (run again with --yes to kill them)"
        print(f"{verb}: {len(chosen)} sandbox(es)", file=sys.stderr)
    return 0


def providers(client: Sandboxer, args: argparse.Namespace) -> int:
    names = provider_names()
    declared = {name: provider_capabilities(name) for name in names}
    conditions = {name: provider_capability_conditions(name) for name in names}
    if args.json:
        for name in names:
            capabilities = sorted(declared[name] or [])
            emit_json({"provider": name, "capabilities": capabilities, "conditions": dict(conditions[name])})
        return 0
    notes: list[str] = []  # "yes, under a condition", said under the table

    def cell(name: str, op: str) -> str:
        if op not in (declared[name] or ()):
            return "-"
        if op not in conditions[name]:
            return "yes"
        notes.append(f"({len(notes) + 1}) {name} {op}: {conditions[name][op]}")
        return f"yes ({len(notes)})"

    table([[op, *[cell(n, op) for n in names]] for op in ALL_CAPABILITIES], ["OPERATION", *names])
    if notes:
        print()
        print("\n".join(notes))
    return 0


# --- commands ----------------------------------------------------------------------------------


def command_line(words: list[str]) -> str:
    """`run ID -- CMD...`: one word is a shell line as written; several are quoted as argv."""
    if not words:
        raise UsageError("run: no command given (sandboxer run ID -- CMD...)")
    return words[0] if len(words) == 1 else shlex.join(words)


class _Stream:
    """A callback writing a command's output to one of our own streams as it comes."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.lock = threading.Lock()

    def __call__(self, text: str) -> None:
        with self.lock:
            self.stream.write(text)
            self.stream.flush()


def stdin_is_piped() -> bool:
    """Data piped or redirected in (a pipe or a file); not a terminal, not /dev/null."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat_module.S_ISFIFO(mode) or stat_module.S_ISREG(mode)


def run(client: Sandboxer, args: argparse.Namespace) -> int:
    line = command_line(args.cmd)
    sandbox = client.attach_sandbox(args.id)
    out, err = _Stream(sys.stdout), _Stream(sys.stderr)
    if stdin_is_piped():
        if "send_stdin" in client.capabilities:
            return _run_with_stdin(client.provider_name, sandbox, line, args, out, err)
        print(
            f"sandboxer: {client.provider_name} takes no stdin; the piped input is not sent", file=sys.stderr
        )
    request = RunCommandRequest(
        line, cwd=args.cwd, env=dict(args.env), timeout_seconds=args.timeout, user=args.user
    )
    if "stream_output" not in client.capabilities:  # the output comes at the end, all of it
        try:
            result: CommandResult = sandbox.run_command(request)
        except CommandTimeoutError as exc:  # what it printed before it was ended, then 124
            out(exc.result.stdout)
            err(exc.result.stderr)
            raise
        out(result.stdout)
        err(result.stderr)
        return result.exit_code
    result = sandbox.run_command(request, on_stdout=out, on_stderr=err)
    return result.exit_code


def _read_some(stream: BinaryIO, size: int) -> bytes:
    """What the stream has now (up to `size`), as a pipe is copied: read1 where it has one."""
    if isinstance(stream, io.BufferedIOBase):
        return stream.read1(size)
    return stream.read(size)


def _run_with_stdin(
    provider: str, sandbox: Sandbox, line: str, args: argparse.Namespace, out: _Stream, err: _Stream
) -> int:
    """Start the command with stdin open, copy ours into it, wait; a timeout kills it (124)."""
    request = StartCommandRequest(line, cwd=args.cwd, env=dict(args.env), user=args.user, stdin=True)
    pid, handle = sandbox.start_command(request, on_stdout=out, on_stderr=err)
    failure: list[BaseException] = []

    def copy_stdin() -> None:
        try:
            while chunk := _read_some(sys.stdin.buffer, 64 * 1024):
                sandbox.send_stdin(pid, chunk)
            sandbox.close_stdin(pid)
        except Exception as exc:  # the command may have ended first: its result says more
            failure.append(exc)

    threading.Thread(target=copy_stdin, name="sandboxer-cli-stdin", daemon=True).start()
    timer = None
    timed_out = threading.Event()
    if args.timeout is not None:

        def expire() -> None:
            timed_out.set()
            sandbox.kill_process(pid)

        timer = threading.Timer(args.timeout, expire)
        timer.daemon = True
        timer.start()
    try:
        result: CommandResult = sandbox.wait_for_handle(handle)
    finally:
        if timer is not None:
            timer.cancel()
    if timed_out.is_set():
        raise timed_out_error(provider, args.timeout, result)
    return result.exit_code


# --- files -------------------------------------------------------------------------------------

BIG = 8 * 1024 * 1024  # progress is shown for transfers at least this big, on a terminal


def cp(client: Sandboxer, args: argparse.Namespace) -> int:
    source, destination = remote(args.src), remote(args.dst)
    show = sys.stderr.isatty()
    if destination is not None and source is None:
        sandbox_id, path = destination
        _upload(client.attach_sandbox(sandbox_id), args.src, path, show)
    elif source is not None and destination is None:
        sandbox_id, path = source
        _download(client.attach_sandbox(sandbox_id), path, args.dst, show)
    else:
        raise UsageError("cp: exactly one side must be ID:/path (the other a local path or -)")
    return 0


def _upload(sandbox: Sandbox, local: str, path: str, show: bool) -> None:
    if local == "-":
        sandbox.upload(path, sys.stdin.buffer)
        return
    if os.path.isdir(local):
        raise InvalidRequestError(f"cp: {local!r} is a directory (one file at a time)")
    if path.endswith("/"):
        path += os.path.basename(local)
    size = os.path.getsize(local)
    with open(local, "rb") as stream:
        reader: ProgressReader | BinaryIO = (
            ProgressReader(stream, size, f"{local} -> {path}") if show and size >= BIG else stream
        )
        # The progress wrapper is a duck-typed binary file (read, seek, tell), not a typing.BinaryIO.
        sandbox.upload(path, reader)  # type: ignore[arg-type]
        if isinstance(reader, ProgressReader):
            reader.done()


def _download(sandbox: Sandbox, path: str, local: str, show: bool) -> None:
    if local == "-":
        sandbox.download(path, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    if os.path.isdir(local):
        local = os.path.join(local, posixpath.basename(path.rstrip("/")))
    size = 0
    if show:
        try:
            size = sandbox.stat(path).size
        except (NotSupportedError, InvalidRequestError):
            size = 0

    def receive(sink: BinaryIO) -> None:
        writer: ProgressWriter | BinaryIO = (
            ProgressWriter(sink, size, f"{path} -> {local}") if show and size >= BIG else sink
        )
        sandbox.download(path, writer)  # type: ignore[arg-type]  # (a duck-typed sink, as above)
        if isinstance(writer, ProgressWriter):
            writer.done()

    # A temporary file beside the target, renamed over it at the end (the library's own way).
    download_to(local, receive)


def _target(text: str) -> tuple[str, str]:
    found = remote(text)
    if found is None:
        raise UsageError(f"fs: expected ID:/path, got {text!r}")
    return found


def fs(client: Sandboxer, args: argparse.Namespace) -> int:
    sandbox_id, path = _target(args.target)
    sandbox = client.attach_sandbox(sandbox_id)
    if args.fs_command == "ls":
        entries = sorted(sandbox.list_directory(path), key=lambda e: e.name)
        if args.json:
            for entry in entries:
                emit_json(entry)
        else:
            rows = [
                [
                    ("d" if e.is_dir else "-") + (f"{e.mode:o}" if e.mode is not None else "?"),
                    str(e.size),
                    e.name,
                ]
                for e in entries
            ]
            table(rows, ["MODE", "SIZE", "NAME"])
    elif args.fs_command == "stat":
        found = sandbox.stat(path)
        if args.json:
            emit_json(found)
        else:
            for key, value in plain(found).items():
                print(f"{key}: {oct(value) if key == 'mode' and value is not None else value}")
    elif args.fs_command == "rm":
        sandbox.remove(path)
    else:
        sandbox.make_dir(path)
    return 0
