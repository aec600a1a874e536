"""What Runloop leaves undocumented, met at its worst (tests/fake_runloop.py models it so), against
the fake directly: a killed execution's exit status, what the file API answers for a path it cannot
use, whether an upload makes parent directories, a shut-down devbox that is still answered, and a
timeout kept by our watchdog inside the devbox. Written once, async; tests/_sync/ holds the generated
sync twin (the same fake served to a sync client by tests.sync_bridge.Served).
"""

from __future__ import annotations

import io

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CommandTimeoutError,
    CreateSandboxRequest,
    InvalidRequestError,
    NotFoundError,
    RunCommandRequest,
    StartCommandRequest,
)
from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.shell_line import script_line
from tests._async.test_runloop_execute import Seen
from tests.fake_runloop import FakeRunloop
from tests.runloop_script import kill_tree, make_dir, run, started, started_as, stat
from tests.sync_bridge import AsyncServed

PID = 5401
COMMANDS = {
    started("sleep 300"): started_as(PID, "sleep 300", ("hang",)),
    started("sleep 301"): started_as(PID + 1, "sleep 301", ("hang",)),
    script_line(scripts.KILL_TREE, str(PID)): kill_tree(PID),
    run("echo partial; sleep 30; echo never", timeout=1): [
        ("stdout", "partial\n"), ("stderr", "warned\n"), ("stderr", scripts.TIMEOUT_MARKER.decode()), ("exit", 143),
    ],
    run("echo warned >&2", timeout=5): [("stderr", "warned\n"), ("exit", 0)],
}  # fmt: skip
for _path in ("/tmp/a/b", "/tmp/a", "/tmp/x", "/tmp"):
    COMMANDS[script_line(scripts.MAKE_DIR, _path)] = make_dir(_path)
for _path in ("/tmp/none", "/tmp/a", "/tmp/a/b/f.txt", "/tmp"):
    COMMANDS[script_line(scripts.STAT, _path)] = stat(_path)


@pytest.fixture
async def devbox():
    fake = FakeRunloop(commands=COMMANDS)
    seen = Seen(fake)
    async with AsyncSandboxer("runloop", {"api_key": "runloop-replay-key", "transport": seen}) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        seen.requests.clear()
        yield client, sb, fake, seen
    await fake.aclose()


def calls(seen: Seen) -> list[str]:
    return [path.rsplit("/", 1)[-1] for _, path, _ in seen.requests]


async def test_a_command_this_client_killed_reports_137(devbox):
    """The API leaves a killed execution's exit status unset at worst: the one kill_process ended
    is 137 (killed by SIGKILL); one ended by someone else says it has no exit status."""
    _, sb, fake, seen = devbox
    pid, handle = await sb.start_command(StartCommandRequest("sleep 300"))
    assert pid == PID
    await sb.kill_process(pid)
    execution = fake.devboxes[sb.id].executions[handle]
    assert (execution.status, execution.exit_status) == ("completed", None)
    result = await sb.wait_for_handle(handle)
    assert (result.exit_code, result.error) == (137, "killed by SIGKILL")
    _, other = await sb.start_command(StartCommandRequest("sleep 301"))
    elsewhere = httpx.Request(  # another client of the API (the console, the CLI) kills it
        "POST",
        f"https://api.runloop.ai/v1/devboxes/{sb.id}/executions/{other}/kill",
        headers={"Authorization": "Bearer runloop-replay-key"},
        json={},
    )
    await (await seen.inner.handle_async_request(elsewhere)).aread()
    result = await sb.wait_for_handle(other)
    assert (result.exit_code, result.error) == (-1, "the execution gave no exit status")


async def test_a_path_the_file_api_refuses_is_looked_at(devbox):
    """download_file's 404 reads like a missing devbox: a script says what is at the path."""
    _, sb, fake, seen = devbox
    with pytest.raises(NotFoundError, match="no such file"):
        await sb.read_file("/tmp/none")
    assert calls(seen) == ["download_file", "execute"]
    await sb.make_dir("/tmp/a")
    with pytest.raises(InvalidRequestError, match="is a directory"):
        await sb.read_file("/tmp/a")
    await sb.write_file("/tmp/a/b/f.txt", b"there")
    fake.inject("POST", r".*/download_file", 404, {"error": "nope"})  # a file, refused all the same
    with pytest.raises(NotFoundError, match="nope"):
        await sb.read_file("/tmp/a/b/f.txt")


async def test_an_upload_that_fails_makes_the_parent_and_is_sent_again(devbox):
    _, sb, fake, seen = devbox
    await sb.write_file("/tmp/a/b/f.txt", b"first")
    assert calls(seen) == ["upload_file", "execute", "upload_file"]  # no parents are made by the API
    seen.requests.clear()
    await sb.upload("/tmp/a/b/f.txt", io.BytesIO(b"second"))  # the parent is there: one request
    assert calls(seen) == ["upload_file"]
    assert fake.devboxes[sb.id].files.read("/tmp/a/b/f.txt") == b"second"

    class Pipe(io.RawIOBase):  # read once only: the parent is made first
        def __init__(self) -> None:
            self.left = b"piped"

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            size = min(len(buffer), len(self.left))
            buffer[:size], self.left = self.left[:size], self.left[size:]
            return size

    seen.requests.clear()
    await sb.upload("/tmp/x/piped.txt", Pipe())
    assert calls(seen) == ["execute", "upload_file"]
    assert fake.devboxes[sb.id].files.read("/tmp/x/piped.txt") == b"piped"
    with pytest.raises(InvalidRequestError, match="is a directory"):
        await sb.write_file("/tmp/a", b"onto a directory")


async def test_a_shut_down_devbox_is_gone(devbox):
    """GET answers a shut-down devbox (status "shutdown"), and shutting it down again may well
    answer 200: attach and kill look first."""
    client, sb, _, seen = devbox
    await client.kill_sandbox(sb.id)
    with pytest.raises(NotFoundError):
        await client.attach_sandbox(sb.id)
    with pytest.raises(NotFoundError):
        await client.kill_sandbox(sb.id)
    assert calls(seen).count("shutdown") == 1
    assert not await sb.is_running()


async def test_the_watchdogs_marker_is_no_output(devbox):
    """A timed command runs under our watchdog, whose marker ends stderr when it fired: the result
    and the callbacks never show it; without it, a timed command is an ordinary result."""
    _, sb, _, _ = devbox
    errors: list[str] = []
    request = RunCommandRequest("echo partial; sleep 30; echo never", timeout_seconds=1)
    with pytest.raises(CommandTimeoutError) as caught:
        await sb.run_command(request, on_stderr=errors.append)
    assert (caught.value.result.stdout, caught.value.result.stderr) == ("partial\n", "warned\n")
    assert "".join(errors) == "warned\n" and caught.value.result.error == "timed out after 1s"
    with pytest.raises(CommandTimeoutError):
        await sb.run_command(request)
    done = await sb.run_command(RunCommandRequest("echo warned >&2", timeout_seconds=5))
    assert (done.stderr, done.exit_code, done.error) == ("warned\n", 0, None)


class _Streamed(httpx.AsyncBaseTransport):
    """The fake, reached as over a socket: a streamed body is read as it goes (never kept), so
    the transport cannot send it again by itself (httpx's aread would make it resendable)."""

    def __init__(self, fake: FakeRunloop) -> None:
        self.inner, self.paths = AsyncServed(fake), []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = b"".join([chunk async for chunk in request.stream])
        self.paths.append(request.url.path.rsplit("/", 1)[-1])
        copy = httpx.Request(request.method, request.url, headers=request.headers, content=body)
        return await self.inner.handle_async_request(copy)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_rate_limited_upload_is_sent_again_from_its_start():
    """The SDK resends a 429 (py: _base_client.py:1036-1069); our upload streams its body, which
    the transport cannot resend: the adapter sends it again from the source's start."""
    fake = FakeRunloop(commands=COMMANDS)
    wire = _Streamed(fake)
    async with AsyncSandboxer("runloop", {"api_key": "runloop-replay-key", "transport": wire}) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        fake.inject("POST", r".*/upload_file", 429, {"error": "slow down"}, headers={"Retry-After": "0"})
        await sb.upload("/tmp/limited.bin", io.BytesIO(b"whole"))
        assert wire.paths[-2:] == ["upload_file", "upload_file"]
        assert fake.devboxes[sb.id].files.read("/tmp/limited.bin") == b"whole"
    await fake.aclose()
