"""What only Fly Machines does, replayed from cassettes in cassettes/fly/ (what every provider does
is the contract suite's, tests/contract/, run on Fly too).

Here: guest sizes, public ports, suspend, the lifetime as the machine's main process, machines of the
app that are not ours, cleanup, Fly's errors, commands that outlive one exec and are collected by any
client, hostile names through our scripts in a real shell, files in base64 chunks, watching by listing.
The cassettes were composed against tests/fake_fly.py (the Machines API from specs/fly/ and Fly's
docs, SDKs and issues; its exec really runs each command in a container of the local Docker engine),
and are validated against specs/ by tests/test_cassettes.py. Written once, async; tests/_sync/ holds
the generated sync twin, which replays the same cassettes.
"""

from __future__ import annotations

import hashlib
import io

import pytest

from sandboxer import (
    AsyncSandboxer,
    CommandTimeoutError,
    ConflictError,
    CreateSandboxRequest,
    InvalidRequestError,
    ListSandboxesFilter,
    NotFoundError,
    NotSupportedError,
    ProviderError,
    RateLimitError,
    RunCommandRequest,
    SandboxerTimeoutError,
    SandboxStatus,
    StartCommandRequest,
    UnauthorizedError,
    WatchEventType,
)
from sandboxer._concurrency import asleep
from sandboxer.capabilities import ALL_CAPABILITIES
from sandboxer.providers import fly_shapes
from tests.recording import Recording

NOT_OFFERED = {
    "create_pty", "resize_pty", "kill_pty", "list_pty", "send_pty_input", "pty_output",
    "send_stdin", "close_stdin", "stream_output",
}  # fmt: skip
# A name that is shell syntax, quotes, a newline and an option, all as data.
HOSTILE = '-it\'s $(id>pwned) `id>pwned` "q"\nline;&|*.txt'


def _config(cassette) -> dict:
    """The cassette's config; a replay (or the fake, whose clock moves a second a request) is not
    paced: pacing changes when requests go, never what goes (tests/_async/test_fly_service.py
    tests it against the fake's rate limit); live, Fly's limits are kept."""
    return {**cassette.config, "pace_requests": cassette.config["api_key"] != "fly-replay-key"}


@pytest.fixture
async def client(fly_cassette):
    sandboxer = AsyncSandboxer("fly-machines", _config(fly_cassette))
    yield sandboxer
    await sandboxer.close()


@pytest.fixture
async def sandbox(client):
    sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "conformance"}))
    yield sb
    try:
        await sb.kill()
    except (NotFoundError, ProviderError):
        pass


async def _until(predicate, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if predicate():
            return
        await asleep(0.05)


async def _executed(sandbox) -> str:
    """Where a hostile name, run as code, would have left its mark."""
    return (await sandbox.run_command(RunCommandRequest("find / -xdev -name pwned"))).stdout


async def test_create_waits_for_started_and_lifecycle(client):
    assert client.capabilities == frozenset(ALL_CAPABILITIES) - NOT_OFFERED
    sb, info = await client.create_sandbox(
        # tests/test_faults.py replays this create (its request as it is here).
        CreateSandboxRequest(
            metadata={"owner": "tests"}, envs={"A": "from create"}, cpus=1.5, memory_mb=300, ports=[8080, 443]
        )
    )
    assert info.status == SandboxStatus.RUNNING and info.metadata == {"owner": "tests"}
    assert (info.cpus, info.memory_mb) == (2, 512)  # a shared size: 2 CPUs take 512 MB at least
    assert info.template == fly_shapes.DEFAULT_IMAGE
    with pytest.raises(NotSupportedError):
        await sb.start_command(StartCommandRequest("cat", stdin=True))  # exec takes stdin up front
    assert (await sb.run_command(RunCommandRequest('echo "$A"'))).stdout == "from create\n"  # config.env
    # In a shared app the proxy balances the port over every machine serving it: no URL of its own.
    with pytest.raises(NotSupportedError, match="app_per_sandbox"):
        await sb.port_url(8080)
    await sb.pause()
    assert (await sb.info()).status == SandboxStatus.PAUSED
    with pytest.raises(ConflictError):
        await sb.run_command(RunCommandRequest("true"))  # a suspended machine runs nothing
    await sb.resume()
    assert await sb.is_running()
    await sb.kill()
    assert not await sb.is_running()


async def test_timeout_seconds_is_the_machines_lifetime(client):
    sb, info = await client.create_sandbox(CreateSandboxRequest(timeout_seconds=600))
    try:
        assert info.expires_at is not None
        assert (await sb.info()).expires_at == info.expires_at
        # The machine's main process is the watchdog: it ends at the deadline (then auto_destroy).
        ps = await sb.list_processes()
        assert any(fly_shapes.WATCHDOG_FILE in p.command for p in ps), ps
        assert (await sb.read_file(fly_shapes.WATCHDOG_FILE)).decode().strip().isdigit()  # its deadline
    finally:
        await sb.kill()


async def test_only_our_machines_are_listed_attached_and_killed(client, fly_cassette):
    foreign = "0000000000fa01"
    if fly_cassette.fake is not None:
        await fly_cassette.fake.add_foreign_machine(foreign, metadata={"suite": "listing"})
        # A server that ignored the metadata query would hand out the whole app: checked here too.
        fly_cassette.fake.ignore_metadata_filters = True
    made = []
    for n in range(2):
        sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "listing", "n": str(n)}))
        made.append(sb.id)
    try:
        listed = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "listing"}))
        assert sorted(i.id for i in listed) == sorted(made)
        assert foreign not in {i.id for i in await client.list_sandboxes()}
        assert len(await client.list_sandboxes(ListSandboxesFilter(limit=1))) == 1
        with pytest.raises(NotFoundError):
            await client.attach_sandbox(foreign)
        with pytest.raises(NotFoundError):
            await client.kill_sandbox(foreign)
        attached = await client.attach_sandbox(made[0])
        assert (await attached.info()).metadata == {"suite": "listing", "n": "0"}
    finally:
        for machine_id in made:
            await client.kill_sandbox(machine_id)
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "listing"})) == []
    with pytest.raises(NotFoundError):
        await client.attach_sandbox(made[0])  # destroyed


async def test_cleanup_kills_only_the_machines_we_made(client, fly_cassette):
    foreign = "0000000000fa02"
    if fly_cassette.fake is not None:
        await fly_cassette.fake.add_foreign_machine(foreign, metadata={"suite": "cleanup"})
    ours, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"suite": "cleanup"}))
    assert [i.id for i in await client.cleanup(metadata_filter={"suite": "cleanup"})] == [ours.id]
    killed = await client.cleanup(metadata_filter={"suite": "cleanup"}, older_than=0, dry_run=False)
    assert [i.id for i in killed] == [ours.id]
    assert not await ours.is_running()
    if fly_cassette.fake is not None:
        assert fly_cassette.fake.machines[foreign].state == "started"


async def test_error_paths(client, sandbox, fly_cassette):
    fake = fly_cassette.fake
    with pytest.raises(NotFoundError):
        await client.attach_sandbox("0000000000dead")
    if fake is not None:
        fake.inject("GET", r".*/machines", 429, {"error": "rate limited"}, headers={"Retry-After": "0"})
    assert await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "none"})) == []
    if fake is not None:  # a limit for longer than the client waits: said, not waited for
        fake.inject("GET", r".*/machines", 429, {"error": "rate limited"}, headers={"Retry-After": "120"})
    with pytest.raises(RateLimitError):
        await client.list_sandboxes()
    if fake is not None:  # Fly's own code, in ErrorResponse.status (FLY-spec main.statusCode)
        fake.inject("POST", r".*/machines", 409, {"error": "no capacity", "status": "insufficient_capacity"})
    with pytest.raises(ProviderError) as refused:
        await client.create_sandbox(CreateSandboxRequest())
    assert refused.value.code == "insufficient_capacity"
    if fake is not None:  # an exec that runs past the API's deadline
        fake.inject("POST", r".*/exec", 408, {"error": "deadline_exceeded: command timed out"})
    with pytest.raises(SandboxerTimeoutError):
        await sandbox.make_dir("/tmp/late")
    if fake is not None:
        fake.inject("POST", r".*/start", 409, {"error": "machine has a lease"})
    with pytest.raises(ConflictError):
        await sandbox.resume()


async def test_refused_token_is_unauthorized(fly_cassette):
    fly_cassette.config["api_key"] = "wrong-token"
    if fly_cassette.fake is not None:
        fly_cassette.fake.api_key = "the-right-token"
    async with AsyncSandboxer("fly-machines", fly_cassette.config) as client:
        with pytest.raises(UnauthorizedError):
            await client.list_sandboxes()


async def test_run_command_env_cwd_user_timeout(sandbox, monkeypatch):
    # tests/test_faults.py replays this test's create and first command (so they stay as they are).
    result = await sandbox.run_command(RunCommandRequest("echo out; echo err >&2; echo out2; exit 3"))
    assert (result.stdout, result.stderr, result.exit_code) == ("out\nout2\n", "err\n", 3)
    # Hostile env, cwd and user stay data: through su's one command string, quoted.
    await sandbox.make_dir(f"/tmp/{HOSTILE}")
    greeting = await sandbox.run_command(
        RunCommandRequest(
            'printf "%s|%s|%s" "$GREETING" "$(pwd)" "$(id -un)"',
            env={"GREETING": HOSTILE},
            cwd=f"/tmp/{HOSTILE}",
            user="nobody",
        )
    )
    assert greeting.stdout == f"{HOSTILE}|/tmp/{HOSTILE}|nobody"
    assert not await _executed(sandbox)
    # A timeout shortens the first exec's wait to it; a command longer than one exec's wait is asked
    # about again until it ends.
    with pytest.raises(CommandTimeoutError) as caught:
        await sandbox.run_command(RunCommandRequest("echo partial; sleep 30", timeout_seconds=1))
    assert caught.value.result.stdout == "partial\n"
    monkeypatch.setattr(fly_shapes, "WAIT_SLICE", 1)
    slow = await sandbox.run_command(RunCommandRequest("sleep 2.5; echo late"))
    assert (slow.stdout, slow.exit_code) == ("late\n", 0)


async def test_commands_kept_in_the_machine_are_collected_by_any_client(sandbox, client, fly_cassette):
    with pytest.raises(NotFoundError):
        await sandbox.kill_process(99999)
    pid, handle = await sandbox.start_command(
        StartCommandRequest("sleep 1; echo done; echo oops >&2; exit 4", env={"X": "1"})
    )
    # Any client can collect it: its output and status are kept in the machine.
    other = await client.attach_sandbox(sandbox.id)
    result = await other.wait_for_handle(handle)
    assert (result.stdout, result.stderr, result.exit_code) == ("done\n", "oops\n", 4)
    again = await sandbox.wait_for_handle(handle)  # kept a while: a resent wait finds it too
    assert (again.stdout, again.exit_code) == ("done\n", 4)
    with pytest.raises(NotFoundError):
        await sandbox.wait_for_handle("../../etc")
    with pytest.raises(NotFoundError):
        await sandbox.wait_for_handle("sbx-00000000deadbeef")
    # A command that ends before start_command returns keeps its result for the wait.
    _, quick = await sandbox.start_command(StartCommandRequest("echo quick"))
    if fly_cassette.fake is not None:  # the exec of one wait runs out of time: asked again
        fly_cassette.fake.inject("POST", r".*/exec", 408, {"error": "deadline_exceeded: request timed out"})
    assert (await sandbox.wait_for_handle(quick)).stdout == "quick\n"
    # A command run as another user is killed with everything it started.
    pid, handle = await sandbox.start_command(StartCommandRequest("sleep 301 & sleep 302", user="nobody"))
    await sandbox.kill_process(pid)
    assert (await sandbox.wait_for_handle(handle)).exit_code == 137
    assert not {"sleep 301", "sleep 302"} & {p.command for p in await sandbox.list_processes()}


async def test_files_with_hostile_names_through_our_scripts(sandbox):
    blob = bytes(range(256)) * 64
    directory = f"/tmp/{HOSTILE}"
    path = f"{directory}/{HOSTILE}"
    await sandbox.write_file(path, blob, mode=0o600, user="nobody")
    assert await sandbox.read_file(path) == blob
    entries = await sandbox.list_directory(directory)
    assert [(e.name, e.is_dir, e.size, e.mode) for e in entries] == [(HOSTILE, False, len(blob), 0o600)]
    owner = await sandbox.run_command(RunCommandRequest('stat -c %U -- "$P"', env={"P": path}))
    assert owner.stdout == "nobody\n"
    assert (await sandbox.stat(path)).size == len(blob)
    assert await sandbox.exists(path) and not await sandbox.exists(f"{directory}/none")
    await sandbox.make_dir(f"{directory}/sub dir")
    await sandbox.rename(path, f"{directory}/sub dir/moved")
    assert [e.name for e in await sandbox.list_directory(f"{directory}/sub dir")] == ["moved"]
    assert not await sandbox.exists(path)
    await sandbox.remove(directory)
    assert not await sandbox.exists(directory)
    assert not await _executed(sandbox)


async def test_file_edge_cases(sandbox):
    await sandbox.write_file("/tmp/suid", b"#!/bin/sh\n", mode=0o4755, user="nobody")
    owner = await sandbox.run_command(RunCommandRequest("stat -c '%U %a' /tmp/suid"))
    assert owner.stdout == "nobody 4755\n"  # the owner set first: chown cannot clear setuid
    await sandbox.write_file("/tmp/plain", b"x")
    assert (await sandbox.stat("/tmp/plain")).mode == 0o644  # what the umask gives a new file
    long = "/tmp/" + "n" * 250
    await sandbox.write_file(long, b"long name")
    assert await sandbox.read_file(long) == b"long name"
    await sandbox.run_command(RunCommandRequest("mkfifo /tmp/fifo"))
    with pytest.raises(InvalidRequestError):
        await sandbox.read_file("/tmp/fifo")  # would never end
    for there in ("/", "/tmp/.", "/tmp/..", "tmp"):
        assert await sandbox.exists(there), there
    assert (await sandbox.stat("/")).is_dir
    assert not await sandbox.exists("/tmp/plain/")  # a file is no directory
    await sandbox.make_dir("-x")  # relative (to /), named like an option
    await sandbox.write_file("-x/f", b"1")
    assert [(e.name, e.path) for e in await sandbox.list_directory("-x")] == [("f", "-x/f")]
    assert (await sandbox.stat("-x/f")).size == 1


async def test_files_move_in_chunks(fly_cassette, tmp_path):
    counting = Recording(fly_cassette.config["transport"])
    config = {**_config(fly_cassette), "transport": counting, "file_chunk_bytes": 64 * 1024}
    async with AsyncSandboxer("fly-machines", config) as client:
        sb, _ = await client.create_sandbox(CreateSandboxRequest())
        try:
            big = hashlib.sha256(b"seed").digest() * 10_000  # 320,000 bytes: 5 chunks of 64 KiB
            before = len(counting.ending("/exec"))
            await sb.write_file("/tmp/big.bin", big)
            assert len(counting.ending("/exec")) - before == 5
            before = len(counting.ending("/exec"))
            assert await sb.read_file("/tmp/big.bin") == big
            assert len(counting.ending("/exec")) - before == 5
            (tmp_path / "up.bin").write_bytes(big[:100_000])
            await sb.upload("/tmp/up.bin", tmp_path / "up.bin")
            sink = io.BytesIO()
            await sb.download("/tmp/up.bin", sink)
            assert sink.getvalue() == big[:100_000]
            await sb.write_file("/tmp/empty", b"")
            assert await sb.read_file("/tmp/empty") == b""
        finally:
            await sb.kill()


async def test_watch_by_listing(sandbox):
    await sandbox.make_dir("/tmp/watched")
    events = []
    watcher = await sandbox.watch_directory("/tmp/watched", events.append)
    await sandbox.write_file("/tmp/watched/a.txt", b"a")
    await _until(lambda: events)
    await watcher.stop()
    assert [(e.path, e.event_type) for e in events] == [("/tmp/watched/a.txt", WatchEventType.CREATE)]
