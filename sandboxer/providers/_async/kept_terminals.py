"""Terminals a sandbox object opened, for vendors whose API lists none and whose terminals are
WebSockets this client holds (Runloop, Blaxel): found by our own pid, listed while open, and
closed with their reader, one way for both.

A terminal here has `pid`, `rows`, `cols`, `socket` (an AsyncWebSocket) and `reader` (the
AsyncBackground that hands its output to on_data, or None). The provider keeps every open
terminal in a set `terminals`, so closing the client closes them.
"""

from __future__ import annotations

from typing import Any

from ..._async.base import AsyncSandboxBase
from ...errors import NotFoundError
from ...types import PTYInfo


async def stop_reading(terminals: set[Any], terminal: Any) -> None:
    """Close a terminal's connection and stop its reader (from inside the reader too)."""
    terminals.discard(terminal)
    if terminal.reader is not None:
        await terminal.reader.stop(terminal.socket.aclose)
    else:
        await terminal.socket.aclose()


class AsyncKeptTerminals(AsyncSandboxBase):
    _terminals: dict[int, Any]
    _provider: Any

    def _terminal(self, pid: int) -> Any:
        terminal = self._terminals.get(pid) if isinstance(pid, int) else None
        if terminal is None or terminal.socket.closed:
            raise NotFoundError(
                self.provider_name, f"no open terminal with pid {pid!r} was made through this sandbox object"
            )
        return terminal

    async def _drop_terminal(self, terminal: Any) -> None:
        self._terminals.pop(terminal.pid, None)
        await stop_reading(self._provider.terminals, terminal)

    async def list_pty(self) -> list[PTYInfo]:
        """The terminals this sandbox object made that are still open (the vendor lists none)."""
        return [
            PTYInfo(pid=t.pid, rows=t.rows, cols=t.cols)
            for t in self._terminals.values()
            if not t.socket.closed
        ]
