"""Terminals mean the same on every provider that has them."""

from __future__ import annotations

import pytest

from sandboxer import CreatePTYRequest, NotFoundError
from tests.contract._async.support import offered


async def test_a_terminal_is_made_resized_listed_and_ended(sandbox):
    if not await offered(sandbox, "create_pty", lambda: sandbox.create_pty(CreatePTYRequest())):
        return
    pty = await sandbox.create_pty(CreatePTYRequest(rows=30, cols=100))
    assert (pty.rows, pty.cols) == (30, 100)
    assert [(p.pid, p.rows, p.cols) for p in await sandbox.list_pty()] == [(pty.pid, 30, 100)]
    await sandbox.resize_pty(pty.pid, 40, 120)
    assert [(p.rows, p.cols) for p in await sandbox.list_pty()] == [(40, 120)]
    await sandbox.kill_pty(pty.pid)
    assert await sandbox.list_pty() == []
    with pytest.raises(NotFoundError):
        await sandbox.resize_pty(pty.pid, 10, 10)
