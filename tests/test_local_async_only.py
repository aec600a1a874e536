"""What only the async client can show: many commands at once on one sandbox."""

from __future__ import annotations

import asyncio

from sandboxer import AsyncSandboxer, RunCommandRequest


async def test_twenty_concurrent_commands_get_their_own_results(local_config):
    async with AsyncSandboxer("local", local_config) as client:
        sandbox, _ = await client.create_sandbox()
        async with sandbox:
            results = await asyncio.gather(
                *(sandbox.run_command(RunCommandRequest(f"sleep 0.2; echo out-{i}; echo err-{i} >&2; exit {i}"))
                  for i in range(20))
            )
    for i, result in enumerate(results):
        assert (result.stdout, result.stderr, result.exit_code) == (f"out-{i}\n", f"err-{i}\n", i)
