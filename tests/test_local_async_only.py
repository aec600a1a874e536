"""What only the async client can show: many commands at once on one sandbox."""

from __future__ import annotations

import asyncio

from sandboxer import AsyncSandboxer, CreatePTYRequest, RunCommandRequest


async def test_twenty_concurrent_commands_get_their_own_results(local_config):
    async with AsyncSandboxer("local", local_config) as client:
        sandbox, _ = await client.create_sandbox()
        async with sandbox:
            results = await asyncio.gather(
                *(
                    sandbox.run_command(
                        RunCommandRequest(f"sleep 0.2; echo out-{i}; echo err-{i} >&2; exit {i}")
                    )
                    for i in range(20)
                )
            )
    for i, result in enumerate(results):
        assert (result.stdout, result.stderr, result.exit_code) == (f"out-{i}\n", f"err-{i}\n", i)


async def test_coroutine_callbacks_are_awaited(local_config):
    seen = []

    async def on_stdout(text):
        await asyncio.sleep(0)
        seen.append(text)

    data = bytearray()

    async def on_data(chunk):
        data.extend(chunk)

    async with AsyncSandboxer("local", local_config) as client:
        sandbox, _ = await client.create_sandbox()
        async with sandbox:
            result = await sandbox.run_command(RunCommandRequest("echo awaited"), on_stdout=on_stdout)
            pty = await sandbox.create_pty(
                CreatePTYRequest(command="echo from-the-terminal; sleep 5", on_data=on_data)
            )
            for _ in range(500):
                if b"from-the-terminal" in data:
                    break
                await asyncio.sleep(0.01)
            await sandbox.kill_pty(pty.pid)
    assert "".join(seen) == result.stdout == "awaited\n"
    assert b"from-the-terminal" in data
