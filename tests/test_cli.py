"""The `sandboxer` command line (issue 22): every command live on local Docker, a real terminal for
`shell`, bounded memory for `cp`, exit codes; the cloud providers through their cassettes."""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import select
import struct
import subprocess
import sys
import termios
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

import sandboxer
from sandboxer.cli import main
from sandboxer.cli.parser import setting
from sandboxer.cli.shell import ExitMark
from tests.conftest import CASSETTES, CLOUD, TEST_IMAGE, cloud_fixture, need_docker
from tests.sync_bridge import KeptOpen

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "sandboxer.cli"]
ENV = {**os.environ, "SANDBOXER_PROVIDER": "local", "PYTHONPATH": str(ROOT)}


def cli(*args: str, input: bytes | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, "--set", f"image={TEST_IMAGE}", *args],
        input=input,
        capture_output=True,
        env=ENV,
        timeout=timeout,
        stdin=None if input is not None else subprocess.DEVNULL,
    )


@pytest.fixture
def sandbox_id():
    need_docker()
    made = cli("create", "--meta", "suite=cli")
    assert made.returncode == 0, made.stderr
    sandbox_id = made.stdout.decode().strip()
    yield sandbox_id
    cli("kill", sandbox_id)


# --- live, local -------------------------------------------------------------------------------


def test_create_ls_info_and_kill(sandbox_id):
    listed = cli("ls", "--meta", "suite=cli")
    assert sandbox_id in listed.stdout.decode() and listed.stdout.decode().startswith("ID")
    lines = [json.loads(line) for line in cli("--json", "ls", "--meta", "suite=cli").stdout.splitlines()]
    assert [x["id"] for x in lines] == [sandbox_id] and lines[0]["metadata"] == {"suite": "cli"}
    everything = [json.loads(line)["id"] for line in cli("--json", "ls", "--all").stdout.splitlines()]
    assert sandbox_id in everything
    described = json.loads(cli("--json", "info", sandbox_id).stdout)
    assert (described["id"], described["status"]) == (sandbox_id, "running")
    assert cli("pause", sandbox_id).returncode == 0
    assert json.loads(cli("--json", "info", sandbox_id).stdout)["status"] == "paused"
    assert cli("resume", sandbox_id).returncode == 0
    killed = cli("kill", sandbox_id)
    assert (killed.returncode, killed.stdout.decode().strip()) == (0, sandbox_id)
    gone = cli("info", sandbox_id)
    assert gone.returncode == 1
    assert (
        gone.stderr.decode().startswith(f"sandboxer: info {sandbox_id}: ") and gone.stderr.count(b"\n") == 1
    )


def test_create_takes_every_option():
    need_docker()
    made = cli(
        "--json", "create", "--template", TEST_IMAGE, "--cpus", "0.5", "--memory-mb", "64",
        "--timeout", "1h", "--env", "GREETING=hi", "--meta", "suite=cli-create", "--port", "8080",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    described = json.loads(made.stdout)
    sandbox_id = described["id"]
    try:
        assert (described["template"], described["cpus"], described["memory_mb"]) == (TEST_IMAGE, 0.5, 64)
        assert described["metadata"] == {"suite": "cli-create"}
        lifetime = datetime.fromisoformat(described["expires_at"]) - datetime.now(UTC)
        assert 3500 < lifetime.total_seconds() <= 3600
        assert cli("run", sandbox_id, "echo $GREETING").stdout == b"hi\n"
        with sandboxer.Sandboxer("local", {}) as client:  # published: port_url refuses a port that is not
            assert client.attach_sandbox(sandbox_id).port_url(8080).startswith("http://")
    finally:
        cli("kill", sandbox_id)


def test_run_streams_output_as_it_comes(sandbox_id):
    running = subprocess.Popen(
        [*CLI, "run", sandbox_id, "--", "sh", "-c", "echo first; echo oops >&2; sleep 3; echo second"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    try:
        assert running.stdout.readline() == b"first\n"
        assert running.stderr.readline() == b"oops\n"
        first_seen = time.monotonic()
        rest, _ = running.communicate(timeout=60)
        ended = time.monotonic()
    finally:
        if running.poll() is None:
            running.kill()
    assert (rest, running.returncode) == (b"second\n", 0)
    assert ended - first_seen > 2  # the first lines came while the command still slept


def test_run_streams_apart_and_exits_with_the_code(sandbox_id):
    ran = cli(
        "run",
        sandbox_id,
        "--env",
        "WHO=cli",
        "--cwd",
        "/tmp",
        "--",
        "sh",
        "-c",
        'echo "$WHO in $(pwd)"; echo err >&2; exit 3',
    )
    assert (ran.returncode, ran.stdout, ran.stderr) == (3, b"cli in /tmp\n", b"err\n")
    line = cli("run", sandbox_id, "echo a | tr a b; id -un", "--user", "nobody")
    assert (line.returncode, line.stdout) == (0, b"b\nnobody\n")
    # Arguments after -- are the command's own, options included.
    assert cli("run", sandbox_id, "--", "echo", "--timeout", "1").stdout == b"--timeout 1\n"


def test_run_sends_piped_stdin(sandbox_id):
    ran = cli("run", sandbox_id, "--", "wc", "-c", input=b"x" * 100_000)
    assert (ran.returncode, ran.stdout.strip()) == (0, b"100000")


def test_run_timeout_is_124(sandbox_id):
    started = time.monotonic()
    ran = cli("run", sandbox_id, "--timeout", "1", "--", "sh", "-c", "echo before; sleep 30")
    assert ran.returncode == 124 and ran.stdout == b"before\n"
    assert "timed out" in ran.stderr.decode() and time.monotonic() - started < 20
    piped = cli("run", sandbox_id, "--timeout", "1", "--", "sh", "-c", "cat; sleep 30", input=b"in\n")
    assert piped.returncode == 124 and piped.stdout == b"in\n"


def _max_rss_kb(*args: str) -> int:
    code = (
        "import resource, sys; from sandboxer.cli import main; rc = main(sys.argv[1:]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--set", f"image={TEST_IMAGE}", *args],
        capture_output=True,
        env=ENV,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stderr.decode().strip().splitlines()[-1])


def test_cp_both_ways_in_bounded_memory(sandbox_id, tmp_path):
    small, big = tmp_path / "small", tmp_path / "big"
    small.write_bytes(b"s")
    big.write_bytes(os.urandom(1024 * 1024) * 50)  # 50 MB
    baseline = _max_rss_kb("cp", str(small), f"{sandbox_id}:/root/small")
    up = _max_rss_kb("cp", str(big), f"{sandbox_id}:/root/big")
    down = _max_rss_kb("cp", f"{sandbox_id}:/root/big", str(tmp_path / "back"))
    assert (tmp_path / "back").read_bytes() == big.read_bytes()
    assert max(up, down) - baseline < 25 * 1024, (baseline, up, down)  # far below the file's 50 MB
    # Into a directory, and through stdio.
    assert cli("cp", f"{sandbox_id}:/root/small", str(tmp_path)).returncode == 0
    assert (tmp_path / "small").read_bytes() == b"s"
    assert cli("cp", "-", f"{sandbox_id}:/root/piped", input=b"piped").returncode == 0
    assert cli("cp", f"{sandbox_id}:/root/piped", "-").stdout == b"piped"
    both_local = cli("cp", str(small), str(tmp_path / "x"))
    assert both_local.returncode == 2 and b"exactly one side" in both_local.stderr


def _read_all(fd: int) -> bytes:
    read = b""
    while select.select([fd], [], [], 0.5)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal's other side is closed
            break
        if not chunk:
            break
        read += chunk
    return read


def test_cp_shows_progress_on_a_terminal_only(sandbox_id, tmp_path):
    big = tmp_path / "big"
    big.write_bytes(os.urandom(1024 * 1024) * 9)  # past the 8 MiB from which progress is shown
    for args in (
        ["cp", str(big), f"{sandbox_id}:/root/big"],
        ["cp", f"{sandbox_id}:/root/big", str(tmp_path / "back")],
    ):
        controller, terminal = os.openpty()
        try:
            done = subprocess.run(
                [*CLI, *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=terminal,
                env=ENV, timeout=120,
            )  # fmt: skip
            os.close(terminal)
            shown = _read_all(controller)
        finally:
            os.close(controller)
        assert done.returncode == 0, shown
        assert b"9.4 MB 100.0%" in shown and b"MB/s" in shown, shown
    assert (tmp_path / "back").read_bytes() == big.read_bytes()
    quiet = cli("cp", str(big), f"{sandbox_id}:/root/big")  # stderr a pipe: no progress
    assert (quiet.returncode, quiet.stderr) == (0, b"")


def test_fs_commands(sandbox_id):
    assert cli("fs", "mkdir", f"{sandbox_id}:/srv/made").returncode == 0
    listing = [json.loads(x) for x in cli("--json", "fs", "ls", f"{sandbox_id}:/srv").stdout.splitlines()]
    assert [(e["name"], e["is_dir"]) for e in listing] == [("made", True)]
    stat = json.loads(cli("--json", "fs", "stat", f"{sandbox_id}:/srv/made").stdout)
    assert stat["is_dir"] and stat["path"] == "/srv/made"
    assert cli("fs", "rm", f"{sandbox_id}:/srv/made").returncode == 0
    missing = cli("fs", "stat", f"{sandbox_id}:/srv/made")
    assert missing.returncode == 1 and b"no such file" in missing.stderr


def test_cleanup_is_a_dry_run_unless_yes(sandbox_id):
    dry = cli("cleanup", "--meta", "suite=cli")
    assert dry.returncode == 0 and sandbox_id in dry.stdout.decode() and b"would kill" in dry.stderr
    assert cli("info", sandbox_id).returncode == 0
    assert cli("cleanup", "--meta", "suite=cli", "--older-than", "1d").stdout == b""  # too young
    killed = cli("cleanup", "--meta", "suite=cli", "--yes")
    assert sandbox_id in killed.stdout.decode() and cli("info", sandbox_id).returncode == 1


def test_providers_table():
    shown = cli("providers").stdout.decode().splitlines()
    assert shown[0].split() == ["OPERATION", "blaxel", "daytona", "e2b", "fly-machines", "local", "runloop"]
    assert any(line.split()[:1] == ["create_pty"] for line in shown)
    [pause] = [line.split() for line in shown if line.split()[:1] == ["pause"]]
    assert pause[1:6] == ["yes", "(1)", "yes", "(2)", "yes"]  # blaxel's and daytona's, conditions below
    assert "(2) daytona pause: only `linux-vm` and `windows` sandboxes" in "\n".join(shown)
    # --json after the command as before it (`sandboxer ls --json`, as the README shows it)
    as_json = [json.loads(line) for line in cli("providers", "--json").stdout.decode().splitlines()]
    assert as_json == [json.loads(line) for line in cli("--json", "providers").stdout.decode().splitlines()]
    # not after run: there a word like --debug may be the remote command's own flag
    assert cli("run", "some-id", "python3", "app.py", "--debug").returncode == 2
    assert {p["provider"]: p["conditions"] for p in as_json}["fly-machines"].keys() == {"port_url"}


def test_usage_errors_are_2_and_secrets_stay_off_the_command_line():
    usage = cli("run")
    assert usage.returncode == 2
    assert usage.stderr.decode().startswith("sandboxer: run: the following arguments are required: id")
    assert usage.stderr.count(b"\n") == 1  # one line, not argparse's usage text
    unknown = cli("fs", "chmod", "x:/y")
    assert unknown.returncode == 2 and unknown.stderr.startswith(
        b"sandboxer: fs: argument OP: invalid choice"
    )
    refused = cli("--set", "api_key=abc", "ls")
    assert refused.returncode == 2 and b"environment" in refused.stderr and b"abc" not in refused.stderr
    assert (
        refused.stderr.startswith(b"sandboxer: usage: argument --set: ") and refused.stderr.count(b"\n") == 1
    )
    assert cli("--help").returncode == 0
    assert cli("-p", "no-such-provider", "ls").returncode == 2
    with pytest.raises(argparse.ArgumentTypeError):
        setting("token=x")


def test_messages_never_carry_an_environment_secret(monkeypatch, capsys):
    monkeypatch.setenv("E2B_API_KEY", "e2b_verysecretvalue")
    monkeypatch.setattr(sandboxer, "Sandboxer", _failing_with("key e2b_verysecretvalue was refused"))
    assert main(["-p", "e2b", "ls"]) == 1
    err = capsys.readouterr().err
    assert "verysecret" not in err and "<redacted>" in err


def test_debug_shows_the_traceback_without_the_secret(monkeypatch, capsys):
    monkeypatch.setenv("E2B_API_KEY", "e2b_verysecretvalue")
    monkeypatch.setattr(sandboxer, "Sandboxer", _failing_with("key e2b_verysecretvalue was refused"))
    assert main(["-p", "e2b", "ls"]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert main(["--debug", "-p", "e2b", "ls"]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "UnauthorizedError" in err
    assert "verysecret" not in err and err.rstrip().endswith(
        "sandboxer: ls: provider e2b: key <redacted> was refused"
    )


@pytest.mark.parametrize(
    "error, code, said",
    [
        (
            sandboxer.errors.SandboxerTimeoutError("e2b", "the request timed out"),
            124,
            "provider e2b: the request timed out",
        ),
        (sandboxer.errors.ConnectionFailedError("e2b", "no route"), 1, "provider e2b: no route"),
        (sandboxer.errors.BadConfigError("extra['x'] is wrong"), 2, "extra['x'] is wrong"),
        (RuntimeError("a defect"), 1, "unexpected RuntimeError: a defect"),
    ],
)
def test_each_error_is_one_line_with_its_exit_status(monkeypatch, capsys, error, code, said):
    monkeypatch.setattr(sandboxer, "Sandboxer", _failing_with(error))
    assert main(["-p", "e2b", "info", "sb-1"]) == code
    assert capsys.readouterr().err == f"sandboxer: info sb-1: {said}\n"


def _failing_with(error: str | BaseException):
    def make(*args, **kwargs):
        if isinstance(error, str):
            raise sandboxer.errors.UnauthorizedError("e2b", error)
        raise error

    return make


class _BufferedSandbox:
    """What the command line sees of a provider whose output comes at the end (no stream_output):
    a timeout carries what the command printed before it was ended."""

    id = "sb-1"

    def run_command(self, request, on_stdout=None, on_stderr=None):
        assert on_stdout is None
        if request.timeout_seconds is None:
            return sandboxer.CommandResult(stdout="all\n", stderr="", exit_code=5)
        partial = sandboxer.CommandResult(stdout="before\n", stderr="warn\n", exit_code=124)
        raise sandboxer.errors.CommandTimeoutError("fly-machines", "timed out after 2s", partial)


class _BufferedClient:
    provider_name = "fly-machines"
    capabilities = frozenset({"run_command"})

    def __init__(self, *args):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def attach_sandbox(self, sandbox_id):
        return _BufferedSandbox()


def test_a_timeout_without_streaming_still_shows_the_output_so_far(monkeypatch, capsys):
    monkeypatch.setattr(sandboxer, "Sandboxer", _BufferedClient)
    monkeypatch.setattr("sandboxer.cli.commands.stdin_is_piped", lambda: False)
    assert main(["-p", "fly-machines", "run", "sb-1", "--timeout", "2", "--", "sleep 9"]) == 124
    out, err = capsys.readouterr()
    assert out == "before\n" and err.startswith("warn\nsandboxer: run sb-1: ") and "timed out" in err


def test_shell_on_a_provider_without_terminals_says_so(monkeypatch, capsys):
    monkeypatch.setenv("FLY_API_TOKEN", "fo1_cli-test-token")
    monkeypatch.setenv("SANDBOXER_FLY_APP", "sandboxer-test")
    assert main(["-p", "fly-machines", "shell", "some-machine"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("sandboxer: shell some-machine: ") and "offers no terminals" in err
    assert err.count("\n") == 1 and "fo1_cli-test-token" not in err


# --- the interactive terminal ------------------------------------------------------------------


class _Terminal:
    """The controller side of a pty, read as a terminal would: busybox's line editor asks where the
    cursor is (ESC [6n) and waits for the answer. What was read past a match is kept for the next
    wait (two awaited texts often arrive in one read)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.pending = b""

    def read_until(self, wanted: bytes, seconds: float = 20) -> bytes:
        deadline = time.monotonic() + seconds
        while wanted not in self.pending and time.monotonic() < deadline:
            if select.select([self.fd], [], [], 0.2)[0]:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    break
                self.pending += chunk
                for _ in range(chunk.count(b"\x1b[6n")):
                    os.write(self.fd, b"\x1b[1;1R")
        assert wanted in self.pending, self.pending[-500:]
        seen, _, self.pending = self.pending.partition(wanted)
        return seen + wanted


def _set_size(fd: int, rows: int, cols: int) -> None:
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


@contextlib.contextmanager
def _shell_in_a_terminal(sandbox_id: str, size: tuple[int, int] | None):
    """`sandboxer shell` on a pty of its own (its controlling terminal, so it gets SIGWINCH):
    (controller, terminal, process, screen, the terminal's settings before it started); the process
    killed and the pty closed after."""
    controller, terminal = os.openpty()
    if size is not None:
        _set_size(terminal, *size)
    before = termios.tcgetattr(terminal)
    shell = subprocess.Popen(
        [*CLI, "shell", sandbox_id, "--cmd", "sh"],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=ENV,
        start_new_session=True,  # its own session, this terminal its controlling one (SIGWINCH)
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
    )
    try:
        yield controller, terminal, shell, _Terminal(controller), before
    finally:
        if shell.poll() is None:
            shell.kill()
        os.close(controller)
        os.close(terminal)


def test_shell_through_a_real_terminal(sandbox_id):
    with _shell_in_a_terminal(sandbox_id, (24, 80)) as (controller, terminal, shell, screen, before):
        screen.read_until(b"# ")  # the prompt: the shell reads what is typed from now on
        os.write(controller, b"stty size; echo mark-$((6*7))\r")
        screen.read_until(b"24 80")
        screen.read_until(b"mark-42")
        _set_size(terminal, 30, 100)  # the kernel signals SIGWINCH to the terminal's foreground
        time.sleep(0.5)
        os.write(controller, b"stty size\r")
        screen.read_until(b"30 100")
        os.write(controller, b"exit 3\r")
        assert shell.wait(timeout=30) == 3
        assert termios.tcgetattr(terminal) == before  # our terminal restored


def test_shell_restores_the_terminal_when_the_sandbox_dies_under_it(sandbox_id):
    with _shell_in_a_terminal(sandbox_id, None) as (controller, terminal, shell, screen, before):
        screen.read_until(b"# ")
        assert termios.tcgetattr(terminal) != before  # raw while the shell runs
        os.write(controller, b"stty size\r")
        screen.read_until(b"24 80")  # a terminal that reports no size (0x0) gets the usual 24x80
        assert cli("kill", sandbox_id).returncode == 0  # killed from elsewhere
        assert shell.wait(timeout=30) != 0
        assert termios.tcgetattr(terminal) == before  # restored all the same


def test_the_exit_mark_is_taken_out_even_when_cut():
    mark = ExitMark()
    text = b"hello\x1b]777;sandboxer-exit;42\x07bye"
    out = b"".join(mark.feed(text[i : i + 3]) for i in range(0, len(text), 3))
    assert (out, mark.code) == (b"hellobye", 42)
    other = ExitMark()
    assert other.feed(b"\x1b[1mbold") == b"\x1b[1mbold" and other.code is None


def test_shell_needs_a_terminal(sandbox_id):
    refused = cli("shell", sandbox_id)
    assert refused.returncode == 2 and b"terminal" in refused.stderr


# --- cloud providers, through their cassettes ---------------------------------------------------

CLOUD_CLI = ["e2b", "daytona", "blaxel", "runloop", "fly-machines"]


@pytest.fixture(params=CLOUD_CLI)
def cloud(request, monkeypatch):
    provider = request.param
    for cassette in cloud_fixture(request, monkeypatch, provider, CASSETTES / "cli" / CLOUD[provider][0]):
        served = None
        if cassette.fake is not None:  # composing: the async fake, served to the sync clients
            served = cassette.transport.real = KeptOpen(cassette.fake)
        monkeypatch.setattr(sandboxer, "Sandboxer", _with_config(sandboxer.Sandboxer, cassette.config))
        yield provider
        if served is not None:
            served.shutdown()


def _with_config(real, config: dict):
    """The command line's client, given the cassette's transport and key."""
    return lambda name, given: real(name, {**given, **config})


def test_cloud_ls_info_run_kill(cloud, capsys):
    def run(*args: str) -> tuple[int, str]:
        code = main(["-p", cloud, "--json", *args])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        return code, captured.out

    code, out = run("create", "--meta", "suite=cli-cloud")
    assert code == 0
    sandbox_id = json.loads(out)["id"]
    code, out = run("ls", "--meta", "suite=cli-cloud")
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == [sandbox_id]
    code, out = run("info", sandbox_id)
    assert code == 0 and json.loads(out)["status"] == "running"
    code, out = run("run", sandbox_id, "echo attached")
    assert (code, out) == (0, "attached\n")
    code, out = run("kill", sandbox_id)
    assert (code, out.strip()) == (0, sandbox_id)


def test_piped_stdin_to_a_provider_that_takes_none_is_said(monkeypatch, capsys):
    monkeypatch.setattr(sandboxer, "Sandboxer", _BufferedClient)
    monkeypatch.setattr("sandboxer.cli.commands.stdin_is_piped", lambda: True)
    assert main(["-p", "fly-machines", "run", "sb-1", "--", "cat"]) == 5
    out, err = capsys.readouterr()
    assert out == "all\n" and err == "sandboxer: fly-machines takes no stdin; the piped input is not sent\n"
