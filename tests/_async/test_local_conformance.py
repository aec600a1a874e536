"""The conformance suite on the local provider: live on Docker, and replayed from cassettes.

Written once, async; tests/_sync/ holds the generated sync twin (scripts/unasync.py).
"""

from __future__ import annotations

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
    RunCommandRequest,
    SandboxStatus,
    StartCommandRequest,
)
from sandboxer._concurrency import asleep
from sandboxer.capabilities import ALL_OPERATIONS
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


async def test_local_supports_every_operation(client, sandbox):
    assert isinstance(sandbox, AsyncSandbox)
    assert client.capabilities == frozenset(ALL_OPERATIONS)
    assert sandbox.capabilities <= client.capabilities


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
