"""E2B as its API and envd really answer (facts in ../shared/reviews/e2b.md, modelled by
tests/fake_e2b.py with their sources): attach resumes a paused sandbox, the concurrency limit is a
quota, errors keep E2B's error_code, calls run as the template's default user unless one is
configured, terminals get a UTF-8 locale, envd's filesystem 500s are answered at once, and an envd
too old to close stdin is refused before any request."""

from __future__ import annotations

import base64
import json
import shlex

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CreatePTYRequest,
    CreateSandboxRequest,
    NotFoundError,
    NotSupportedError,
    ProviderError,
    QuotaExceededError,
    RunCommandRequest,
    SandboxStatus,
    StartCommandRequest,
)
from tests.e2b_script import COMMANDS
from tests.fake_e2b import FakeE2B
from tests.recording import Recording


@pytest.fixture
def wire():
    wire = Recording(FakeE2B(commands=COMMANDS))
    wire.fake = wire.inner
    return wire


def client(wire: Recording, **extra) -> AsyncSandboxer:
    return AsyncSandboxer("e2b", {"api_key": wire.fake.api_key, "transport": wire, **extra})


async def test_attach_resumes_a_paused_sandbox(wire):
    async with client(wire) as sandboxer:
        sb, _ = await sandboxer.create_sandbox()
        await sb.pause()
        again = await sandboxer.attach_sandbox(sb.id)
        assert (await again.info()).status == SandboxStatus.RUNNING
        assert (await again.run_command(RunCommandRequest("echo done"))).stdout == "done\n"
        connects = wire.to(f"/sandboxes/{sb.id}/connect")
        assert [json.loads(r.content) for r in connects] == [{"timeout": 300}]
        await sandboxer.attach_sandbox(sb.id)  # running: attached as it is, its lifetime untouched
        assert len(wire.to(f"/sandboxes/{sb.id}/connect")) == 1


async def test_the_concurrency_limit_is_a_quota_and_is_not_resent(wire):
    message = (
        "you have reached the maximum number of concurrent E2B sandboxes (20). "
        "If you need more, please visit 'https://e2b.dev/docs/billing'"
    )
    wire.fake.inject("POST", "/sandboxes", 429, {"code": 429, "message": message})
    async with client(wire) as sandboxer:
        with pytest.raises(QuotaExceededError) as caught:
            await sandboxer.create_sandbox()
    assert caught.value.status_code == 429 and "maximum number of concurrent" in caught.value.message
    assert len(wire.to("/sandboxes")) == 1


async def test_errors_keep_e2bs_error_code(wire):
    body = {"code": 503, "message": "no capacity", "error_code": "sandbox_capacity_unavailable"}
    wire.fake.inject("POST", "/sandboxes", 503, body)
    async with client(wire) as sandboxer:
        with pytest.raises(ProviderError) as caught:
            await sandboxer.create_sandbox()
    assert caught.value.code == "sandbox_capacity_unavailable"


def _basic_users(requests: list[httpx.Request]) -> set[str | None]:
    found = set()
    for request in requests:
        auth = request.headers.get("authorization")
        found.add(base64.b64decode(auth[6:]).decode() if auth else None)
    return found


async def test_calls_run_as_the_templates_default_user_unless_one_is_configured(wire):
    async with client(wire) as sandboxer:
        sb, _ = await sandboxer.create_sandbox()
        await sb.write_file("/tmp/u.txt", b"x")
        await sb.read_file("/tmp/u.txt")
        await sb.stat("/tmp/u.txt")
        await sb.run_command(RunCommandRequest("echo done"))
    envd = [r for r in wire.requests if r.url.host.startswith("49983-")]
    assert _basic_users(envd) == {None}  # envd >= 0.4: the template's user (E2B SDK envd/utils.py)
    assert all("username" not in r.url.params for r in envd)

    wire.requests.clear()
    async with client(wire, user="root") as sandboxer:
        sb, _ = await sandboxer.create_sandbox()
        await sb.write_file("/tmp/u.txt", b"x")
        await sb.stat("/tmp/u.txt")
        result = await sb.run_command(RunCommandRequest('echo "$GREETING from $(pwd) as $(whoami)"'))
    assert result.stdout == " from /root as root\n"
    envd = [r for r in wire.requests if r.url.host.startswith("49983-")]
    assert _basic_users([r for r in envd if r.url.path != "/files"]) == {"root:"}
    assert {r.url.params["username"] for r in envd if r.url.path == "/files"} == {"root"}


async def test_an_old_envd_is_given_its_user(wire, monkeypatch):
    monkeypatch.setattr("tests.fake_e2b.ENVD_VERSION", "0.3.9")  # before templates had a default user
    async with client(wire) as sandboxer:
        sb, _ = await sandboxer.create_sandbox()
        await sb.stat("/tmp")
        with pytest.raises(NotSupportedError, match="0.5.2"):
            await sb.close_stdin(1000)  # CloseStdin came in envd 0.5.2: refused before any request
    envd = [r for r in wire.requests if r.url.host.startswith("49983-")]
    assert [r.url.path for r in envd] == ["/filesystem.Filesystem/Stat"]
    assert _basic_users(envd) == {"user:"}


async def test_terminals_get_a_utf8_locale(wire):
    async with client(wire) as sandboxer:
        sb, _ = await sandboxer.create_sandbox()
        pty = await sb.create_pty(CreatePTYRequest(env={"LC_ALL": "POSIX"}))
        await sb.kill_pty(pty.pid)
    [start] = wire.to("/process.Process/Start")
    envs = json.loads(start.content[5:])["process"]["envs"]
    assert envs == {"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "POSIX"}  # the caller's win


async def test_a_path_under_a_file_is_answered_at_once(wire):
    async with client(wire) as sandboxer:
        sb, _ = await sandboxer.create_sandbox()
        await sb.write_file("/tmp/plain.txt", b"plain")
        with pytest.raises(NotFoundError):
            await sb.stat("/tmp/plain.txt/inside")
        assert not await sb.exists("/tmp/plain.txt/inside")
        with pytest.raises(NotFoundError):
            await sb.read_file("/tmp/plain.txt/inside")
    # envd's 500 (ENOTDIR) is its answer every time: asked once each, not resent
    assert len(wire.to("/filesystem.Filesystem/Stat")) == 2
    assert len([r for r in wire.to("/files") if r.method == "GET"]) == 1


async def test_a_started_command_after_a_kill_reports_the_signal(wire):
    async with client(wire) as sandboxer:
        sb, _ = await sandboxer.create_sandbox(CreateSandboxRequest())
        pid, handle = await sb.start_command(StartCommandRequest("sleep 300"))
        await sb.kill_process(pid)
        result = await sb.wait_for_handle(handle)
    assert (result.exit_code, result.error) == (137, "killed by SIGKILL")


async def test_stat_of_a_link_to_nothing_is_not_found(wire):
    async with client(wire) as sandboxer:
        sb, _ = await sandboxer.create_sandbox()
        wire.fake.sandboxes[sb.id].fs.symlink("/tmp/dangling", "nowhere")  # as `ln -s` would leave it
        with pytest.raises(NotFoundError):
            await sb.stat("/tmp/dangling")


async def test_relative_paths_follow_the_templates_working_directory(wire):
    # envd would take a relative path from the home, a command starts in the template's WORKDIR:
    # the adapter takes relative paths from where commands start, so both name the same file.
    wire.fake.template_workdirs["app"] = "/app"
    async with client(wire) as sandboxer:
        sb, _ = await sandboxer.create_sandbox(CreateSandboxRequest(template="app"))
        await sb.write_file("notes.txt", b"in the workdir")
        assert (await sb.run_command(RunCommandRequest("cat notes.txt"))).stdout == "in the workdir"
        assert (await sb.stat("notes.txt")).path == "/app/notes.txt"
    pwd = [r for r in wire.to("/process.Process/Start") if b'"pwd"' in r.content]
    assert len(pwd) == 1  # asked once per sandbox object


async def test_kills_and_timeouts_reach_the_whole_tree(wire):
    # envd signals only the process it started (process/handler.go:463-481; its deadline likewise):
    # a shell's children would run on. Kills go through our KILL_TREE as root, timeouts through our
    # watchdog inside the sandbox (both scripts run live on local Docker in the contract suite).
    from sandboxer import CommandTimeoutError
    from sandboxer.providers import shell_scripts as scripts

    async with client(wire) as sandboxer:
        sb, _ = await sandboxer.create_sandbox()
        pid, handle = await sb.start_command(StartCommandRequest("echo started; sleep 300"))
        await sb.kill_process(pid)
        assert (await sb.wait_for_handle(handle)).exit_code == 137
        with pytest.raises(CommandTimeoutError):
            await sb.run_command(RunCommandRequest("echo partial; sleep 30; echo never", timeout_seconds=1))
    starts = wire.to("/process.Process/Start")
    kill = json.loads(starts[1].content[5:])["process"]
    assert kill["args"][-1] == shlex.join(scripts.sh(scripts.KILL_TREE, str(pid)))
    assert starts[1].headers["authorization"] == "Basic " + base64.b64encode(b"root:").decode()
    watched = json.loads(starts[2].content[5:])["process"]["args"][-1]
    assert shlex.split(watched)[:5] == [*scripts.sh(scripts.RUN_WITH_TIMEOUT, "1.000")]
    assert starts[2].headers["connect-timeout-ms"] == "16000"  # envd's own deadline: the backstop
