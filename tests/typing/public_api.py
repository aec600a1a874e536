"""The public API as a user's type checker sees it: checked by mypy (tests/test_typing.py, CI),
never run. Every name comes from `sandboxer` itself, through the lazy facade; `assert_type`
fails the check when a value is `Any` or of another type."""

from __future__ import annotations

from datetime import datetime
from typing import assert_type

from sandboxer import (
    AsyncProvider,
    AsyncSandbox,
    AsyncSandboxer,
    CommandResult,
    CommandTimeoutError,
    CreatePTYRequest,
    CreateSandboxRequest,
    FileInfo,
    ListSandboxesFilter,
    NotFoundError,
    ProcessInfo,
    Provider,
    ProviderConfig,
    ProviderError,
    PTYInfo,
    RateLimitError,
    RunCommandRequest,
    Sandbox,
    Sandboxer,
    SandboxerError,
    SandboxInfo,
    SandboxStatus,
    StartCommandRequest,
    WatchEvent,
    resolve_async_provider,
    resolve_provider,
)
from sandboxer._async.base import AsyncProviderBase, AsyncSandboxBase
from sandboxer._sync.base import ProviderBase, SandboxBase


def sync_usage() -> None:
    client = Sandboxer("e2b", {"api_key": "..."})
    assert_type(client.capabilities, frozenset[str])
    sb, info = client.create_sandbox(CreateSandboxRequest(template="base", metadata={"team": "a"}))
    assert_type(sb, Sandbox)
    assert_type(info, SandboxInfo)
    assert_type(info.status, SandboxStatus)
    assert_type(info.started_at, datetime)
    assert_type(client.attach_sandbox(info.id), Sandbox)
    assert_type(client.list_sandboxes(ListSandboxesFilter(metadata_filter={"team": "a"})), list[SandboxInfo])
    assert_type(client.cleanup(dry_run=True), list[SandboxInfo])

    with sb:
        result = sb.run_command(RunCommandRequest(cmd="echo hello"), on_stdout=print)
        assert_type(result, CommandResult)
        assert_type(result.stdout, str)
        assert_type(result.exit_code, int)
        pid, handle = sb.start_command(StartCommandRequest(cmd="sleep 1", stdin=True))
        assert_type(pid, int)
        sb.send_stdin(pid, b"input")
        assert_type(sb.wait_for_handle(handle), CommandResult)
        assert_type(sb.list_processes(), list[ProcessInfo])
        assert_type(sb.read_file("/tmp/a"), bytes)
        sb.write_file("/tmp/a", b"data", mode=0o644)
        assert_type(sb.list_directory("/tmp"), list[FileInfo])
        assert_type(sb.stat("/tmp/a"), FileInfo)
        assert_type(sb.exists("/tmp/a"), bool)
        sb.upload("/tmp/b", "local-file")
        sb.download("/tmp/b", "local-copy")
        assert_type(sb.create_pty(CreatePTYRequest(rows=24, cols=80)), PTYInfo)
        assert_type(sb.list_pty(), list[PTYInfo])
        assert_type(sb.port_url(8080), str)
        assert_type(sb.is_running(), bool)
        assert_type(sb.info(), SandboxInfo)

        def seen(event: WatchEvent) -> None:
            print(event.path, event.event_type)

        watcher = sb.watch_directory("/tmp", seen, recursive=True)
        watcher.stop()
    client.close()


def sync_errors(sb: Sandbox) -> None:
    try:
        sb.run_command(RunCommandRequest(cmd="sleep 9", timeout_seconds=1))
    except CommandTimeoutError as exc:
        assert_type(exc.result, CommandResult)
        assert_type(exc.status_code, int | None)
    except RateLimitError as exc:
        assert_type(exc.retry_after, float | None)
    except NotFoundError as exc:
        assert_type(exc.provider, str | None)
        assert_type(exc.message, str)
    except ProviderError as exc:
        assert_type(exc.request_id, str | None)
    except SandboxerError as exc:
        assert_type(exc, SandboxerError)


def registry_usage() -> None:
    assert_type(resolve_provider("local", ProviderConfig()), Provider)
    assert_type(resolve_async_provider("local", {"base_url": "unix:///var/run/docker.sock"}), AsyncProvider)


async def async_usage() -> None:
    async with AsyncSandboxer("local") as client:
        assert_type(client, AsyncSandboxer)
        sb, info = await client.create_sandbox()
        assert_type(sb, AsyncSandbox)
        assert_type(info, SandboxInfo)
        async with sb:
            result = await sb.run_command(RunCommandRequest(cmd="ls"), on_stderr=print)
            assert_type(result, CommandResult)
            assert_type(await sb.list_directory("/"), list[FileInfo])
            assert_type(await sb.read_file("/etc/hostname"), bytes)
            pid, handle = await sb.start_command(StartCommandRequest(cmd="cat", stdin=True))
            await sb.close_stdin(pid)
            assert_type(await sb.wait_for_handle(handle), CommandResult)
            terminal = await sb.create_pty(CreatePTYRequest(on_data=print))
            await sb.resize_pty(terminal.pid, 40, 120)
            await sb.kill_pty(terminal.pid)
        assert_type(await client.attach_sandbox(info.id), AsyncSandbox)
        assert_type(await client.list_sandboxes(), list[SandboxInfo])
        await client.kill_sandbox(info.id)


def built_in_adapters_meet_the_protocols(
    sandbox: SandboxBase, async_sandbox: AsyncSandboxBase, provider: ProviderBase, async_provider: AsyncProviderBase
) -> None:
    """Every built-in adapter derives from these bases (its overrides checked against them), so the
    protocols a client's methods are typed with describe what it really hands out."""
    as_sandbox: Sandbox = sandbox
    as_async_sandbox: AsyncSandbox = async_sandbox
    as_provider: Provider = provider
    as_async_provider: AsyncProvider = async_provider
    print(as_sandbox, as_async_sandbox, as_provider, as_async_provider)
