"""Load, live on the local Docker engine: 50 concurrent run_command calls across 5 sandboxes.

Each command prints its own line (its sandbox's number and its own) and the container's hostname,
sleeps a different while, and writes a line of its own to stderr: every result must be exactly its
command's, from the right container. The sandboxes are killed at the end, also on failure.
"""

from __future__ import annotations

import asyncio
import time
import uuid

from sandboxer import AsyncSandboxer, CreateSandboxRequest, ListSandboxesFilter, RunCommandRequest
from tests.conftest import TEST_IMAGE

SANDBOXES = 5
COMMANDS_EACH = 10


async def test_50_concurrent_commands_across_5_sandboxes_get_their_own_output(docker_live):
    run = uuid.uuid4().hex[:12]  # our sandboxes' mark: other tests may run beside this one
    async with AsyncSandboxer("local", {"image": TEST_IMAGE}) as client:
        sandboxes = []
        try:
            made = await asyncio.gather(
                *(
                    client.create_sandbox(CreateSandboxRequest(metadata={"load": run}, timeout_seconds=600))
                    for _ in range(SANDBOXES)
                ),
                return_exceptions=True,
            )
            sandboxes = [m[0] for m in made if not isinstance(m, BaseException)]
            for failure in made:
                if isinstance(failure, BaseException):
                    raise failure

            jobs = [(k, n) for n in range(COMMANDS_EACH) for k in range(SANDBOXES)]
            started = time.monotonic()
            async with asyncio.timeout(120):
                results = await asyncio.gather(
                    *(
                        sandboxes[k].run_command(
                            RunCommandRequest(
                                f"echo sb{k}-{n} $(cat /etc/hostname); sleep 0.{n}; echo err{k}-{n} >&2; exit {n}"
                            )
                        )
                        for k, n in jobs
                    )
                )
            elapsed = time.monotonic() - started

            for (k, n), result in zip(jobs, results, strict=True):
                hostname = sandboxes[k].id[:12]  # Docker names a container's host by its id
                assert (result.stdout, result.stderr, result.exit_code) == (
                    f"sb{k}-{n} {hostname}\n",
                    f"err{k}-{n}\n",
                    n,
                ), (k, n)
            # The commands overlapped: one after another they would take 50 execs plus 22.5 s of sleep.
            assert elapsed < 20, f"50 commands took {elapsed:.1f}s"
        finally:
            outcomes = await asyncio.gather(*(sb.kill() for sb in sandboxes), return_exceptions=True)
            left = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"load": run}))
        assert not [o for o in outcomes if isinstance(o, BaseException)], outcomes
        assert left == [], [info.id for info in left]
