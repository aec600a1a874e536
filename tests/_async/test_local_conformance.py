"""The conformance suite on the local provider: live on Docker, and replayed from cassettes.

Written once, async; tests/_sync/ holds the generated sync twin (scripts/unasync.py).
"""

from __future__ import annotations

import hashlib
import os
import time
import tracemalloc

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CommandTimeoutError,
    CreatePTYRequest,
    CreateSandboxRequest,
    InvalidRequestError,
    ListSandboxesFilter,
    NotFoundError,
    NotSupportedError,
    RunCommandRequest,
    SandboxStatus,
    StartCommandRequest,
    WatchEventType,
)
from sandboxer._concurrency import asleep
from sandboxer.capabilities import ALL_CAPABILITIES
from sandboxer.provider import AsyncSandbox

HOSTILE_NAMES = [
    "plain.txt",
    "with space.txt",
    "$(touch pwned-dollar)",
    "`touch pwned-backtick`",
    "quote'single",
    'quote"double',
    "new\nline",
    "semi;colon&amp|pipe",
    "-dash-first",
    "ünïcödé ✓",
]


@pytest.fixture
async def client(local_config):
    sandboxer = AsyncSandboxer("local", local_config)
    yield sandboxer
    await sandboxer.close()


@pytest.fixture
async def sandbox(client):
    sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "conformance"}))
    yield sb
    try:
        await sb.kill()
    except NotFoundError:
        pass


async def test_local_supports_every_operation_but_set_timeout(client, sandbox):
    assert isinstance(sandbox, AsyncSandbox)
    assert client.capabilities == frozenset(ALL_CAPABILITIES) - {"set_timeout"}
    assert sandbox.capabilities <= client.capabilities
    with pytest.raises(NotSupportedError):
        await sandbox.set_timeout(60)


async def test_run_command_honours_env_cwd_and_user(sandbox):
    result = await sandbox.run_command(
        RunCommandRequest(
            'pwd; echo "$GREETING"; id -u', env={"GREETING": "héllo wörld"}, cwd="/tmp", user="nobody"
        )
    )
    assert result.stdout == "/tmp\nhéllo wörld\n65534\n"
    assert result.exit_code == 0


async def test_run_command_bytes_are_exact(sandbox):
    result = await sandbox.run_command(RunCommandRequest(r"printf 'a\tb\r\nc\000d'; printf 'e\nf' >&2"))
    assert result.stdout == "a\tb\r\nc\x00d"
    assert result.stderr == "e\nf"


async def test_run_command_timeout_ends_the_command_inside(sandbox):
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(
            RunCommandRequest("echo before; sleep 47 & sleep 46; echo never", timeout_seconds=1)
        )
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.result.stdout == "before\n"
    assert "never" not in caught.value.result.stdout
    commands = [p.command for p in await sandbox.list_processes()]
    assert not any("sleep 46" in c or "sleep 47" in c for c in commands), commands


async def test_run_command_within_timeout_is_not_an_error(sandbox):
    result = await sandbox.run_command(RunCommandRequest("echo quick; exit 124", timeout_seconds=20))
    assert result.stdout == "quick\n"
    assert result.exit_code == 124


async def test_list_and_kill_processes_by_real_pid(sandbox):
    pid, handle = await sandbox.start_command(StartCommandRequest("echo started; sleep 45; echo never"))
    processes = {p.pid: p for p in await sandbox.list_processes()}
    assert pid in processes
    assert "sleep 45" in processes[pid].command
    assert processes[pid].user == "root"
    await sandbox.kill_process(pid)
    result = await sandbox.wait_for_handle(handle)
    assert result.stdout == "started\n"
    assert result.exit_code == 137
    assert pid not in {p.pid for p in await sandbox.list_processes()}
    with pytest.raises(NotFoundError):
        await sandbox.kill_process(pid)


async def test_write_file_creates_parents_and_sets_owner(sandbox):
    await sandbox.write_file("/tmp/deep/er/file.txt", b"owned", user="nobody")
    result = await sandbox.run_command(RunCommandRequest("stat -c '%u %a' /tmp/deep/er/file.txt"))
    assert result.stdout == "65534 644\n"
    assert await sandbox.read_file("/tmp/deep/er/file.txt") == b"owned"


async def test_hostile_names_are_data(sandbox):
    await sandbox.make_dir("/tmp/hostile dir")
    for index, name in enumerate(HOSTILE_NAMES):
        path = f"/tmp/hostile dir/{name}"
        await sandbox.write_file(path, f"content {index}".encode())
        assert await sandbox.exists(path)
        assert await sandbox.read_file(path) == f"content {index}".encode()
    listing = await sandbox.list_directory("/tmp/hostile dir")
    assert sorted(e.name for e in listing) == sorted(HOSTILE_NAMES)
    assert {e.name: e.size for e in listing} == {n: len(f"content {i}") for i, n in enumerate(HOSTILE_NAMES)}
    await sandbox.make_dir("/tmp/hostile dir/$(touch pwned-mkdir)/sub")
    await sandbox.remove("/tmp/hostile dir/`touch pwned-backtick`")
    assert not await sandbox.exists("/tmp/hostile dir/`touch pwned-backtick`")
    found = await sandbox.run_command(RunCommandRequest("find / -name 'pwned*' 2>/dev/null"))
    assert found.stdout == ""


async def test_terminal_runs_given_command(sandbox):
    pty = await sandbox.create_pty(CreatePTYRequest(command="sleep 44", cwd="/tmp", user="nobody"))
    processes = {p.pid: p for p in await sandbox.list_processes()}
    assert processes[pty.pid].command.startswith("sleep 44")
    assert processes[pty.pid].user == "nobody"
    await sandbox.kill_pty(pty.pid)


async def test_lifecycle_info_pause_resume_list_attach_kill(client):
    sb, info = await client.create_sandbox(
        CreateSandboxRequest(
            metadata={"suite": "lifecycle", "owner": "tests"},
            envs={"FROM_CREATE": "yes"},
            cpus=0.5,
            memory_mb=128,
        )
    )
    try:
        assert info.id == sb.id
        assert info.provider == "local"
        assert info.status == SandboxStatus.RUNNING
        assert info.metadata == {"suite": "lifecycle", "owner": "tests"}
        assert (info.cpus, info.memory_mb) == (0.5, 128)
        assert (await sb.run_command(RunCommandRequest("echo $FROM_CREATE"))).stdout == "yes\n"
        assert await sb.is_running()
        await sb.pause()
        assert not await sb.is_running()
        assert (await sb.info()).status == SandboxStatus.PAUSED
        await sb.resume()
        assert await sb.is_running()
        listed = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "lifecycle"}))
        assert [i.id for i in listed] == [sb.id]
        assert listed[0].metadata["owner"] == "tests"
        assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "none-such"})) == []
        again = await client.attach_sandbox(sb.id)
        assert (await again.run_command(RunCommandRequest("echo attached"))).stdout == "attached\n"
    finally:
        await client.kill_sandbox(sb.id)
    with pytest.raises(NotFoundError):
        await client.attach_sandbox(sb.id)
    with pytest.raises(NotFoundError):
        await sb.info()


async def test_published_port_is_reachable(client, local_mode):
    sb, _ = await client.create_sandbox(CreateSandboxRequest(ports=[8080]))
    async with sb:
        await sb.write_file("/www/index.html", b"hello from the sandbox")
        await sb.run_command(RunCommandRequest("httpd -p 8080 -h /www"))
        url = await sb.port_url(8080)
        assert url.startswith("http://127.0.0.1:")
        with pytest.raises(InvalidRequestError):
            await sb.port_url(9090)
        if local_mode != "replay":
            async with httpx.AsyncClient() as http:
                for _ in range(50):
                    try:
                        answer = await http.get(url + "/index.html")
                        break
                    except httpx.TransportError:
                        await asleep(0.1)
            assert answer.text == "hello from the sandbox"


async def test_missing_image_is_a_clear_error(local_config):
    async with AsyncSandboxer("local", local_config) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.create_sandbox(CreateSandboxRequest(template="sandboxer-test/does-not-exist:never"))
    assert "sandboxer-test/does-not-exist:never" in str(caught.value)
    assert "could not be pulled" in str(caught.value)


async def test_commands_that_cannot_start_are_typed_errors(sandbox):
    with pytest.raises(InvalidRequestError) as caught:
        await sandbox.run_command(RunCommandRequest("pwd", cwd="/no/such/dir"))
    assert "/no/such/dir" in str(caught.value)
    with pytest.raises(InvalidRequestError) as caught:
        await sandbox.run_command(RunCommandRequest("id", user="ghost"))
    assert "ghost" in str(caught.value)
    with pytest.raises(InvalidRequestError):
        await sandbox.start_command(StartCommandRequest("pwd", cwd="/no/such/dir"))
    missing = await sandbox.run_command(RunCommandRequest("no-such-binary --flag"))
    assert missing.exit_code == 127
    assert "not found" in missing.stderr


# --- the extended protocol (issue 3) ---------------------------------------------------------


async def _until(predicate, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        await asleep(0.02)


async def test_output_streams_as_it_is_produced(sandbox, local_mode):
    lines, errors, arrivals = [], [], []
    started = time.monotonic()

    def on_stdout(text):
        arrivals.append(time.monotonic() - started)
        lines.append(text)

    result = await sandbox.run_command(
        RunCommandRequest("for i in 1 2 3 4 5; do echo line $i; echo err $i >&2; sleep 1; done"),
        on_stdout=on_stdout,
        on_stderr=errors.append,
    )
    assert "".join(lines) == result.stdout == "".join(f"line {i}\n" for i in range(1, 6))
    assert "".join(errors) == result.stderr == "".join(f"err {i}\n" for i in range(1, 6))
    if local_mode != "replay":
        assert arrivals[0] < 1.5, arrivals
        assert arrivals[-1] > 3.5, arrivals  # the last line came seconds later: streamed, not buffered


async def test_streamed_multibyte_characters_arrive_whole(sandbox):
    pieces = []
    await sandbox.run_command(RunCommandRequest(r"printf '\342'; sleep 0.3; printf '\202\254!'"), on_stdout=pieces.append)
    assert "".join(pieces) == "€!"
    assert all("\ufffd" not in p for p in pieces)


async def test_started_command_streams_while_caller_works(sandbox):
    seen = []
    pid, handle = await sandbox.start_command(
        StartCommandRequest("echo first; sleep 0.5; echo second; echo oops >&2"), on_stdout=seen.append
    )
    await _until(lambda: "first\n" in "".join(seen))
    result = await sandbox.wait_for_handle(handle)
    assert "".join(seen) == result.stdout == "first\nsecond\n"
    assert result.stderr == "oops\n"


async def test_terminal_input_output_and_size(sandbox):
    output = bytearray()
    pty = await sandbox.create_pty(CreatePTYRequest(command="/bin/sh", rows=24, cols=80, on_data=output.extend))
    await sandbox.send_pty_input(pty.pid, "echo hi\n")
    await _until(lambda: b"hi\r\n" in output)
    await sandbox.resize_pty(pty.pid, 40, 120)
    await sandbox.send_pty_input(pty.pid, b"stty size\n")
    await _until(lambda: b"40 120" in output)
    assert [(p.pid, p.rows, p.cols) for p in await sandbox.list_pty()] == [(pty.pid, 40, 120)]
    await sandbox.kill_pty(pty.pid)
    assert await sandbox.list_pty() == []


async def test_big_file_upload_and_download_in_bounded_memory(sandbox, local_mode, tmp_path):
    # Files move the same way in both live modes: the big run once.
    size = {"live": 200 * 1024 * 1024, "live-exec": 16 * 1024 * 1024}.get(local_mode, 1024 * 1024 + 77)
    source, target = tmp_path / "up.bin", tmp_path / "down.bin"
    digest = hashlib.sha256()
    block = hashlib.sha256(b"seed").digest() * 32768  # 1 MiB, the same in every run (cassettes)
    with open(source, "wb") as out:
        left = size
        while left:
            piece = block[: min(left, len(block))]
            out.write(piece)
            digest.update(piece)
            left -= len(piece)
    tracemalloc.start()
    try:
        await sandbox.upload("/data/big.bin", str(source))
        await sandbox.download("/data/big.bin", str(target))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB"
    assert os.path.getsize(target) == size
    with open(target, "rb") as got:
        assert hashlib.file_digest(got, "sha256").hexdigest() == digest.hexdigest()
    inside = await sandbox.run_command(RunCommandRequest("sha256sum /data/big.bin"))
    assert inside.stdout.split()[0] == digest.hexdigest()


async def test_watch_sees_create_modify_delete(sandbox):
    await sandbox.make_dir("/tmp/watched")
    events = []
    watcher = await sandbox.watch_directory("/tmp/watched", events.append)
    try:
        await sandbox.run_command(RunCommandRequest("echo one > /tmp/watched/f.txt"))
        await _until(lambda: (("/tmp/watched/f.txt", WatchEventType.CREATE) in [(e.path, e.event_type) for e in events]))
        await sandbox.run_command(RunCommandRequest("echo two >> /tmp/watched/f.txt"))
        await _until(lambda: (("/tmp/watched/f.txt", WatchEventType.MODIFY) in [(e.path, e.event_type) for e in events]))
        await sandbox.run_command(RunCommandRequest("rm /tmp/watched/f.txt"))
        await _until(lambda: (("/tmp/watched/f.txt", WatchEventType.DELETE) in [(e.path, e.event_type) for e in events]))
    finally:
        await watcher.stop()
    kinds = [e.event_type for e in events if e.path == "/tmp/watched/f.txt"]
    assert kinds == [WatchEventType.CREATE, WatchEventType.MODIFY, WatchEventType.DELETE]
    with pytest.raises(NotFoundError):
        await sandbox.watch_directory("/tmp/not-there", events.append)
