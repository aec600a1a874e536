"""AsyncSandboxer: the entry point. Picks a provider by name and hands out its sandboxes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from ..capabilities import ALL_OPERATIONS
from ..config import ProviderConfig
from ..errors import InvalidRequestError, NotFoundError, NotSupportedError, SandboxerError
from ..registry import resolve_async_provider
from ..types import CreateSandboxRequest, ListSandboxesFilter, ProviderName, SandboxInfo
from .protocol import AsyncSandbox


class AsyncSandboxer:
    """`AsyncSandboxer("local")`, then `create_sandbox()`; also `async with AsyncSandboxer(...)`."""

    def __init__(
        self, provider: str | ProviderName, config: ProviderConfig | Mapping[str, Any] | None = None
    ) -> None:
        self._name = str(provider)
        self._provider = resolve_async_provider(provider, ProviderConfig.coerce(config))

    @property
    def provider_name(self) -> str:
        return self._name

    @property
    def capabilities(self) -> frozenset[str]:
        """Operation names this provider supports, for the client and its sandboxes."""
        return getattr(self._provider, "capabilities", frozenset(ALL_OPERATIONS))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} provider={self._name}>"

    def _require(self, operation: str) -> None:
        if operation not in self.capabilities:
            raise NotSupportedError(self._name, operation)

    async def create_sandbox(
        self, req: CreateSandboxRequest | Mapping[str, Any] | None = None
    ) -> tuple[AsyncSandbox, SandboxInfo]:
        """Create a sandbox and return it with its info; use the sandbox as a context manager."""
        if req is None:
            req = CreateSandboxRequest()
        elif isinstance(req, Mapping):
            req = CreateSandboxRequest(**req)
        if req.provider is not None and req.provider != self._name:
            raise InvalidRequestError(
                f"request names provider {req.provider!r} but this client is {self._name!r}"
            )
        self._require("create_sandbox")
        return await self._provider.create_sandbox(req)

    async def attach_sandbox(self, sandbox_id: str) -> AsyncSandbox:
        _check_id(sandbox_id)
        self._require("attach_sandbox")
        return await self._provider.attach_sandbox(sandbox_id)

    async def list_sandboxes(self, filter: ListSandboxesFilter | None = None) -> list[SandboxInfo]:
        if filter is not None and filter.provider is not None and filter.provider != self._name:
            raise InvalidRequestError(
                f"filter names provider {filter.provider!r} but this client is {self._name!r}"
            )
        self._require("list_sandboxes")
        return await self._provider.list_sandboxes(filter)

    async def kill_sandbox(self, sandbox_id: str) -> None:
        _check_id(sandbox_id)
        self._require("kill_sandbox")
        await self._provider.kill_sandbox(sandbox_id)

    async def cleanup(
        self,
        metadata_filter: Mapping[str, str] | str | None = None,
        older_than: float | timedelta | None = None,
        *,
        dry_run: bool = True,
    ) -> list[SandboxInfo]:
        """Sandboxes this library made (`info.managed`: they carry its mark; the account's others are
        never touched) that match `metadata_filter` and started more than `older_than` (seconds or a
        timedelta) ago. A dry run (the default) only returns them; `dry_run=False` kills them and
        returns those it killed (one already gone counts as killed). When some cannot be killed,
        the others still are, and the first failure is raised after."""
        if older_than is not None:
            if isinstance(older_than, timedelta):
                older_than = older_than.total_seconds()
            if isinstance(older_than, bool) or not isinstance(older_than, int | float) or older_than < 0:
                raise InvalidRequestError(f"cleanup: older_than must be seconds >= 0, got {older_than!r}")
        self._require("list_sandboxes")
        if not dry_run:
            self._require("kill_sandbox")
        found = await self.list_sandboxes(
            ListSandboxesFilter(metadata_filter=metadata_filter) if metadata_filter else None
        )
        cutoff = None if older_than is None else datetime.now(UTC) - timedelta(seconds=older_than)
        chosen = [i for i in found if i.managed and (cutoff is None or i.started_at <= cutoff)]
        if dry_run:
            return chosen
        killed, failures = [], []
        for info in chosen:
            try:
                await self._provider.kill_sandbox(info.id)
            except NotFoundError:
                pass  # gone already: what cleanup wants
            except SandboxerError as exc:
                failures.append(exc)
                continue
            killed.append(info)
        if failures:
            failures[0].add_note(f"cleanup killed {len(killed)} of {len(chosen)} sandboxes")
            raise failures[0]
        return killed

    async def close(self) -> None:
        await self._provider.close()

    async def __aenter__(self) -> AsyncSandboxer:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _check_id(sandbox_id: object) -> None:
    if not isinstance(sandbox_id, str) or not sandbox_id or "/" in sandbox_id or "\x00" in sandbox_id:
        raise InvalidRequestError(f"invalid sandbox id {sandbox_id!r}")
