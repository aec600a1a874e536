"""Base classes of every built-in adapter: the protocol's operations, each refusing by default.

An adapter overrides what its vendor can do; `capabilities` is derived from those overrides, so an
operation is supported exactly when it is implemented. The rest raise `NotSupportedError` before
any network call.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from typing import Any, BinaryIO, ClassVar, NoReturn, Self

import httpx

from .._concurrency import CallbackError
from ..capabilities import CLIENT_OPERATIONS, FEATURES, SANDBOX_OPERATIONS
from ..errors import (
    ConnectionFailedError,
    InvalidRequestError,
    NotFoundError,
    NotSupportedError,
    ProviderError,
    SandboxerError,
)
from ..providers.exit_status import explained
from ..types import (
    CommandResult,
    CreatePTYRequest,
    CreateSandboxRequest,
    FileInfo,
    ListSandboxesFilter,
    ProcessInfo,
    PTYInfo,
    RunCommandRequest,
    SandboxInfo,
    SandboxStatus,
    StartCommandRequest,
    WatchEvent,
)

# Receives decoded text as a command produces it (a coroutine function is awaited on async).
OutputCallback = Callable[[str], Any]


def _overridden(cls: type, base: type, names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(n for n in names if getattr(cls, n) is not getattr(base, n))


# What a vendor's odd answer raises in code that reads it (a field missing, null, of another type):
# never to reach the caller as such.
_MALFORMED = (TypeError, AttributeError, KeyError, IndexError, ValueError)


def _typed(fn: Callable[..., Any], provider_of: Callable[[Any], str]) -> Callable[..., Any]:
    """An operation whose every failure is a SandboxerError (a user callback's own exception
    excepted: it goes out as it was raised)."""

    @functools.wraps(fn)
    async def operation(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return await fn(self, *args, **kwargs)
        except SandboxerError:
            raise
        except CallbackError as exc:
            raise exc.original from None
        except httpx.HTTPError as exc:
            raise ConnectionFailedError(provider_of(self), f"{type(exc).__name__}: {exc}") from exc
        except httpx.StreamError as exc:  # an answer's body read twice, or after it was closed
            raise ProviderError(provider_of(self), f"{fn.__name__}: {type(exc).__name__}: {exc}") from exc
        except RuntimeError as exc:
            if "has been closed" not in str(exc):  # httpx: "... the client has been closed."
                raise
            raise InvalidRequestError(f"{fn.__name__}: the client was closed") from exc
        except _MALFORMED as exc:
            raise ProviderError(
                provider_of(self), f"malformed answer ({fn.__name__}): {type(exc).__name__}: {exc}"
            ) from exc

    operation.__sandboxer_typed__ = True  # type: ignore[attr-defined]
    return operation


def _explaining(fn: Callable[..., Any]) -> Callable[..., Any]:
    """An operation that returns a command's result, with how the command ended in its `error`
    (one rule for every provider: providers.exit_status)."""

    @functools.wraps(fn)
    async def operation(self: Any, *args: Any, **kwargs: Any) -> Any:
        return explained(await fn(self, *args, **kwargs))

    return operation


def _substring_filter(fn: Callable[..., Any]) -> Callable[..., Any]:
    """list_sandboxes with the seed's string filter too: sandboxes with a metadata value containing
    it. No vendor searches inside values: every sandbox is listed, then matched here."""

    @functools.wraps(fn)
    async def operation(self: Any, filter: ListSandboxesFilter | None = None) -> Any:
        if filter is None or not isinstance(filter.metadata_filter, str):
            return await fn(self, filter)
        text, limit = filter.metadata_filter, filter.limit
        found = await fn(self, None)
        if text:
            found = [info for info in found if any(text in value for value in info.metadata.values())]
        return found if limit is None else found[:limit]

    return operation


# Operations every adapter's own code is wrapped in (one rule for all of them).
_WRAPPERS = {"run_command": _explaining, "wait_for_handle": _explaining, "list_sandboxes": _substring_filter}


def _type_operations(cls: type, names: tuple[str, ...], provider_of: Callable[[Any], str]) -> None:
    for name in names:
        fn = cls.__dict__.get(name)
        if callable(fn) and not getattr(fn, "__sandboxer_typed__", False):
            wrapper = _WRAPPERS.get(name)
            setattr(cls, name, _typed(wrapper(fn) if wrapper else fn, provider_of))


class AsyncSandboxBase:
    provider_name: ClassVar[str] = "unknown"
    # Options an adapter supports, named in capabilities.FEATURES (declared: they are not methods).
    features: ClassVar[frozenset[str]] = frozenset()
    capabilities: ClassVar[frozenset[str]] = frozenset()
    # Operations offered only under a condition (operation -> the condition, said in the capability
    # table): outside it they raise before any request.
    conditions: ClassVar[Mapping[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        unknown = cls.features - set(FEATURES)
        if unknown:
            raise TypeError(f"{cls.__name__} declares unknown features {sorted(unknown)}")
        _type_operations(cls, SANDBOX_OPERATIONS, lambda sandbox: sandbox.provider_name)
        cls.capabilities = _overridden(cls, AsyncSandboxBase, SANDBOX_OPERATIONS) | cls.features
        if not set(cls.conditions) <= cls.capabilities:
            raise TypeError(f"{cls.__name__} has conditions for what it does not offer")

    def _refuse(self, operation: str) -> NoReturn:
        raise NotSupportedError(self.provider_name, operation)

    def _require(self, feature: str, wanted: object) -> None:
        """Refuse, before any traffic, an option (a callback) this provider cannot honour."""
        if wanted is not None and feature not in self.capabilities:
            raise NotSupportedError(self.provider_name, feature)

    @property
    def id(self) -> str:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} provider={self.provider_name} id={self.id}>"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        # Leaving the block ends the sandbox, also when the block raised.
        if "kill" not in self.capabilities:
            return
        try:
            await self.kill()
        except NotFoundError:
            pass
        except SandboxerError as failure:
            if exc is None:
                raise
            # The block's own exception goes on (it is the one that matters); it says the sandbox
            # may still be running.
            exc.add_note(f"and sandbox {self.id} could not be killed: {failure}")

    # lifecycle
    async def info(self) -> SandboxInfo:
        self._refuse("info")

    async def is_running(self) -> bool:
        self._refuse("is_running")

    async def pause(self) -> None:
        self._refuse("pause")

    async def resume(self) -> None:
        self._refuse("resume")

    async def kill(self) -> None:
        self._refuse("kill")

    async def port_url(self, port: int) -> str:
        self._refuse("port_url")

    # commands
    async def run_command(
        self,
        req: RunCommandRequest,
        on_stdout: OutputCallback | None = None,
        on_stderr: OutputCallback | None = None,
    ) -> CommandResult:
        self._refuse("run_command")

    async def start_command(
        self,
        req: StartCommandRequest,
        on_stdout: OutputCallback | None = None,
        on_stderr: OutputCallback | None = None,
    ) -> tuple[int, str]:
        self._refuse("start_command")

    async def wait_for_handle(self, handle_id: str) -> CommandResult:
        self._refuse("wait_for_handle")

    async def kill_process(self, pid: int) -> None:
        self._refuse("kill_process")

    async def list_processes(self) -> list[ProcessInfo]:
        self._refuse("list_processes")

    # files
    async def read_file(self, path: str) -> bytes:
        self._refuse("read_file")

    async def write_file(
        self, path: str, content: bytes, mode: int | None = None, user: str | None = None
    ) -> None:
        self._refuse("write_file")

    async def list_directory(self, path: str) -> list[FileInfo]:
        self._refuse("list_directory")

    async def make_dir(self, path: str) -> None:
        self._refuse("make_dir")

    async def remove(self, path: str) -> None:
        self._refuse("remove")

    async def exists(self, path: str) -> bool:
        self._refuse("exists")

    # terminals
    async def create_pty(self, req: CreatePTYRequest) -> PTYInfo:
        self._refuse("create_pty")

    async def resize_pty(self, pid: int, rows: int, cols: int) -> None:
        self._refuse("resize_pty")

    async def kill_pty(self, pid: int) -> None:
        self._refuse("kill_pty")

    async def list_pty(self) -> list[PTYInfo]:
        self._refuse("list_pty")

    # the extended protocol
    async def send_stdin(self, pid: int, data: bytes | str) -> None:
        self._refuse("send_stdin")

    async def close_stdin(self, pid: int) -> None:
        self._refuse("close_stdin")

    async def send_pty_input(self, pid: int, data: bytes | str) -> None:
        self._refuse("send_pty_input")

    async def stat(self, path: str) -> FileInfo:
        self._refuse("stat")

    async def rename(self, src: str, dst: str) -> None:
        self._refuse("rename")

    async def upload(self, remote_path: str, source: str | os.PathLike[str] | BinaryIO) -> None:
        self._refuse("upload")

    async def download(self, remote_path: str, destination: str | os.PathLike[str] | BinaryIO) -> None:
        self._refuse("download")

    async def watch_directory(
        self, path: str, on_event: Callable[[WatchEvent], Any], recursive: bool = False
    ) -> AsyncWatcher:
        self._refuse("watch_directory")

    async def set_timeout(self, seconds: float) -> None:
        self._refuse("set_timeout")


class AsyncRunningFromInfo(AsyncSandboxBase):
    """For adapters whose info() reports the status: running means info says so; a sandbox the
    provider no longer knows (killed, expired) is not running rather than an error."""

    async def is_running(self) -> bool:
        try:
            return (await self.info()).status == SandboxStatus.RUNNING
        except NotFoundError:
            return False


class AsyncWatcher:
    """What watch_directory returns: events flow to the callback until `stop()`."""

    async def stop(self) -> None:
        raise NotImplementedError


class AsyncProviderBase:
    name: ClassVar[str] = "unknown"
    sandbox_class: ClassVar[type[AsyncSandboxBase]] = AsyncSandboxBase
    capabilities: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _type_operations(cls, CLIENT_OPERATIONS, lambda provider: provider.name)
        cls.capabilities = (
            _overridden(cls, AsyncProviderBase, CLIENT_OPERATIONS) | cls.sandbox_class.capabilities
        )

    def _refuse(self, operation: str) -> NoReturn:
        raise NotSupportedError(self.name, operation)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def create_sandbox(self, req: CreateSandboxRequest) -> tuple[AsyncSandboxBase, SandboxInfo]:
        self._refuse("create_sandbox")

    async def attach_sandbox(self, sandbox_id: str) -> AsyncSandboxBase:
        self._refuse("attach_sandbox")

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        self._refuse("list_sandboxes")

    async def kill_sandbox(self, sandbox_id: str) -> None:
        self._refuse("kill_sandbox")

    async def close(self) -> None:
        return None
