"""The contract suite's client and sandbox on every target (tests/contract/conftest.py).

Written once, async; tests/contract/_sync/ holds the generated sync twin (scripts/unasync.py).
"""

from __future__ import annotations

import pytest

from sandboxer import AsyncSandboxer, CreateSandboxRequest, NotFoundError


@pytest.fixture
async def client(target):
    sandboxer = AsyncSandboxer(target.provider, target.config)
    yield sandboxer
    await sandboxer.close()


@pytest.fixture
async def sandbox(client):
    sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "contract"}))
    yield sb
    try:
        await sb.kill()
    except NotFoundError:
        pass
