"""Base classes of every built-in adapter: the protocol's operations, each refusing by default.

An adapter overrides what its vendor can do; `capabilities` is derived from those overrides, so an
operation is supported exactly when it is implemented. The rest raise `NotSupportedError` before
any network call.
"""

from __future__ import annotations

from typing import Any, ClassVar, NoReturn

from ..capabilities import CLIENT_OPERATIONS, SANDBOX_OPERATIONS
from ..errors import NotFoundError, NotSupportedError
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
    StartCommandRequest,
)


def _overridden(cls: type, base: type, names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(n for n in names if getattr(cls, n) is not getattr(base, n))


class AsyncSandboxBase:
    provider_name: ClassVar[str] = "unknown"
    capabilities: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.capabilities = _overridden(cls, AsyncSandboxBase, SANDBOX_OPERATIONS)

    def _refuse(self, operation: str) -> NoReturn:
        raise NotSupportedError(self.provider_name, operation)

    @property
    def id(self) -> str:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} provider={self.provider_name} id={self.id}>"

    async def __aenter__(self) -> AsyncSandboxBase:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        # Leaving the block ends the sandbox, also when the block raised.
        if "kill" in self.capabilities:
            try:
                await self.kill()
            except NotFoundError:
                pass

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
    async def run_command(self, req: RunCommandRequest) -> CommandResult:
        self._refuse("run_command")

    async def start_command(self, req: StartCommandRequest) -> tuple[int, str]:
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


class AsyncProviderBase:
    name: ClassVar[str] = "unknown"
    sandbox_class: ClassVar[type[AsyncSandboxBase]] = AsyncSandboxBase
    capabilities: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.capabilities = (
            _overridden(cls, AsyncProviderBase, CLIENT_OPERATIONS) | cls.sandbox_class.capabilities
        )

    def _refuse(self, operation: str) -> NoReturn:
        raise NotSupportedError(self.name, operation)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    async def __aenter__(self) -> AsyncProviderBase:
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
