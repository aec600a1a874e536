"""A sandbox's life means the same on every provider: made, described, found, attached, ended."""

from __future__ import annotations

import pytest

from sandboxer import (
    CreateSandboxRequest,
    ListSandboxesFilter,
    NotFoundError,
    RunCommandRequest,
    SandboxStatus,
)


async def test_create_describe_find_attach_and_kill(client, target):
    sb, info = await client.create_sandbox(
        CreateSandboxRequest(metadata={"suite": "contract-life", "owner": "tests"}, envs={"FROM_CREATE": "yes"})
    )
    try:
        assert (info.id, info.provider, info.status) == (sb.id, target.provider, SandboxStatus.RUNNING)
        assert info.metadata == {"suite": "contract-life", "owner": "tests"} and info.managed
        assert (await sb.info()).metadata == info.metadata
        assert await sb.is_running()
        assert (await sb.run_command(RunCommandRequest("echo $FROM_CREATE"))).stdout == "yes\n"
        listed = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "contract-life"}))
        assert [i.id for i in listed] == [sb.id]
        again = await client.attach_sandbox(sb.id)
        assert again.id == sb.id
        assert (await again.run_command(RunCommandRequest("echo attached"))).stdout == "attached\n"
    finally:
        await client.kill_sandbox(sb.id)
    assert not await sb.is_running()
    with pytest.raises(NotFoundError):
        await client.attach_sandbox(sb.id)
    with pytest.raises(NotFoundError):
        await client.kill_sandbox(sb.id)


async def test_leaving_the_block_kills_the_sandbox_even_on_error(client):
    with pytest.raises(RuntimeError):
        async with (await client.create_sandbox())[0] as sb:
            sandbox_id = sb.id
            raise RuntimeError("boom")
    with pytest.raises(NotFoundError):
        await client.attach_sandbox(sandbox_id)
