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
    ConflictError,
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


async def test_run_command_keeps_streams_and_exit_code_apart(sandbox):
    result = await sandbox.run_command(RunCommandRequest("echo out; echo err >&2; echo out2; exit 3"))
    assert result.stdout == "out\nout2\n"
    assert result.stderr == "err\n"
    assert result.exit_code == 3
    assert result.error is None


async def test_run_command_honours_env_cwd_and_user(sandbox):
    result = await sandbox.run_command(
        RunCommandRequest(
            'pwd; echo "$GREETING"; id -u', env={"GREETING": "héllo wörld"}, cwd="/tmp", user="nobody"
        )
    )
    assert result.stdout == "/tmp\nhéllo wörld\n65534\n"
    assert result.exit_code == 0


async def test_run_command_decodes_characters_split_across_frames(sandbox):
    # The euro sign's three bytes leave in two writes, so they arrive in two frames.
    result = await sandbox.run_command(RunCommandRequest(r"printf '\342'; sleep 0.2; printf '\202\254\n'"))
    assert result.stdout == "€\n"


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


async def test_start_command_reports_real_pid_and_waits(sandbox):
    pid, handle = await sandbox.start_command(StartCommandRequest("echo a; echo b >&2; sleep 0.3; exit 5"))
    assert pid > 1
    result = await sandbox.wait_for_handle(handle)
    assert (result.stdout, result.stderr, result.exit_code) == ("a\n", "b\n", 5)


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


async def test_unknown_handle_is_not_found(sandbox):
    with pytest.raises(NotFoundError):
        await sandbox.wait_for_handle("no-such-handle")


async def test_binary_file_round_trip_with_mode(sandbox):
    content = bytes(range(256)) * 64
    await sandbox.write_file("/tmp/blob.bin", content, mode=0o600)
    assert await sandbox.read_file("/tmp/blob.bin") == content
    [entry] = [e for e in await sandbox.list_directory("/tmp") if e.name == "blob.bin"]
    assert (entry.path, entry.size, entry.mode, entry.is_dir) == ("/tmp/blob.bin", len(content), 0o600, False)


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


async def test_list_directory_reports_dirs_sizes_and_errors(sandbox):
    await sandbox.make_dir("/tmp/listing/sub/deeper")
    await sandbox.write_file("/tmp/listing/five.txt", b"12345")
    listing = await sandbox.list_directory("/tmp/listing")
    assert [(e.name, e.is_dir) for e in listing] == [("five.txt", False), ("sub", True)]
    assert listing[0].size == 5
    assert await sandbox.list_directory("/tmp/listing/sub/deeper") == []
    with pytest.raises(NotFoundError):
        await sandbox.list_directory("/tmp/listing/missing")
    with pytest.raises(InvalidRequestError):
        await sandbox.list_directory("/tmp/listing/five.txt")


async def test_make_dir_exists_and_recursive_remove(sandbox):
    await sandbox.make_dir("/tmp/tree/a/b/c")
    await sandbox.make_dir("/tmp/tree/a/b/c")  # already there: fine, like mkdir -p
    await sandbox.write_file("/tmp/tree/a/b/c/leaf", b"x")
    assert await sandbox.exists("/tmp/tree/a/b/c/leaf")
    await sandbox.remove("/tmp/tree")
    assert not await sandbox.exists("/tmp/tree")
    with pytest.raises(NotFoundError):
        await sandbox.remove("/tmp/tree")
    with pytest.raises(NotFoundError):
        await sandbox.read_file("/tmp/tree/a/b/c/leaf")


async def test_read_file_follows_symlinks_and_refuses_directories(sandbox):
    await sandbox.write_file("/tmp/target.txt", b"through the link")
    await sandbox.run_command(RunCommandRequest("ln -s target.txt /tmp/link.txt"))
    assert await sandbox.read_file("/tmp/link.txt") == b"through the link"
    with pytest.raises(InvalidRequestError):
        await sandbox.read_file("/tmp")


async def test_terminal_lifecycle(sandbox):
    pty = await sandbox.create_pty(CreatePTYRequest(rows=30, cols=100, env={"PS1": "$ "}))
    assert (pty.rows, pty.cols) == (30, 100)
    assert [(p.pid, p.rows, p.cols) for p in await sandbox.list_pty()] == [(pty.pid, 30, 100)]
    await sandbox.resize_pty(pty.pid, 40, 120)
    assert [(p.rows, p.cols) for p in await sandbox.list_pty()] == [(40, 120)]
    assert pty.pid in {p.pid for p in await sandbox.list_processes()}
    await sandbox.kill_pty(pty.pid)
    assert await sandbox.list_pty() == []
    with pytest.raises(NotFoundError):
        await sandbox.resize_pty(pty.pid, 10, 10)


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


async def test_leaving_the_block_kills_the_sandbox_even_on_error(client):
    with pytest.raises(RuntimeError):
        async with (await client.create_sandbox())[0] as sb:
            sandbox_id = sb.id
            raise RuntimeError("boom")
    with pytest.raises(NotFoundError):
        await client.attach_sandbox(sandbox_id)


async def test_published_port_is_reachable(client, local_mode):
    sb, _ = await client.create_sandbox(CreateSandboxRequest(ports=[8080]))
    async with sb:
        await sb.write_file("/www/index.html", b"hello from the sandbox")
        await sb.run_command(RunCommandRequest("httpd -p 8080 -h /www"))
        url = await sb.port_url(8080)
        assert url.startswith("http://127.0.0.1:")
        with pytest.raises(InvalidRequestError):
            await sb.port_url(9090)
        if local_mode == "live":
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
    if local_mode == "live":
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


async def test_stdin_reaches_the_command_and_close_ends_it(sandbox):
    echoed = []
    pid, handle = await sandbox.start_command(StartCommandRequest("cat", stdin=True), on_stdout=echoed.append)
    for word in ("one\n", b"two\n", "thrée\n"):
        await sandbox.send_stdin(pid, word)
    await _until(lambda: "".join(echoed).count("\n") == 3)
    await sandbox.close_stdin(pid)
    result = await sandbox.wait_for_handle(handle)
    assert result.exit_code == 0
    assert result.stdout == "one\ntwo\nthrée\n"


async def test_stdin_needs_a_command_started_with_it(sandbox):
    pid, handle = await sandbox.start_command(StartCommandRequest("sleep 0.2"))
    with pytest.raises(InvalidRequestError):
        await sandbox.send_stdin(pid, "x")
    with pytest.raises(NotFoundError):
        await sandbox.send_stdin(99999, "x")
    await sandbox.wait_for_handle(handle)


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


async def test_stat_and_rename(sandbox):
    await sandbox.write_file("/tmp/st/a.txt", b"12345", mode=0o640)
    info = await sandbox.stat("/tmp/st/a.txt")
    assert (info.name, info.path, info.is_dir, info.size, info.mode) == ("a.txt", "/tmp/st/a.txt", False, 5, 0o640)
    assert (await sandbox.stat("/tmp/st")).is_dir
    with pytest.raises(NotFoundError):
        await sandbox.stat("/tmp/st/missing")
    await sandbox.rename("/tmp/st/a.txt", "/tmp/st/b $(x).txt")
    assert not await sandbox.exists("/tmp/st/a.txt")
    assert await sandbox.read_file("/tmp/st/b $(x).txt") == b"12345"
    await sandbox.make_dir("/tmp/st/dir")
    with pytest.raises(ConflictError):
        await sandbox.rename("/tmp/st/b $(x).txt", "/tmp/st/dir")
    with pytest.raises(NotFoundError):
        await sandbox.rename("/tmp/st/missing", "/tmp/st/other")


async def test_big_file_upload_and_download_in_bounded_memory(sandbox, local_mode, tmp_path):
    size = 200 * 1024 * 1024 if local_mode == "live" else 1024 * 1024 + 77
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


async def test_upload_from_file_objects_and_download_into_one(sandbox):
    import io

    class Unseekable(io.RawIOBase):
        def __init__(self, data):
            self._data = io.BytesIO(data)

        def readable(self):
            return True

        def readinto(self, buffer):
            chunk = self._data.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    await sandbox.upload("/tmp/obj/seekable.bin", io.BytesIO(b"\x00seekable\xff"))
    await sandbox.upload("/tmp/obj/pipe.bin", Unseekable(b"from a pipe"))
    sink = io.BytesIO()
    await sandbox.download("/tmp/obj/seekable.bin", sink)
    assert sink.getvalue() == b"\x00seekable\xff"
    assert await sandbox.read_file("/tmp/obj/pipe.bin") == b"from a pipe"
    with pytest.raises(NotFoundError):
        await sandbox.download("/tmp/obj/missing", io.BytesIO())


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
