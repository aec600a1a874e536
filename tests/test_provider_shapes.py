"""Provider shapes without I/O: Daytona command lines run through a real shell, log demultiplexing, Blaxel paths and watch lines."""

from __future__ import annotations

import subprocess

import pytest

from sandboxer.providers.daytona_shapes import STDERR_MARK, STDOUT_MARK, LogDemuxer, command_line, without_end

HOSTILE = [
    "$(touch pwned)",
    "`touch pwned`",
    "a'b\"c",
    "semi;colon && touch pwned",
    "new\nline",
    "-dash",
    "-",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_command_line_keeps_cwd_env_and_command_as_data(tmp_path, value):
    folder = tmp_path / value.replace("/", "_")
    folder.mkdir()
    line = command_line(
        'printf "%s|%s" "$V" "$(pwd)"', {"V": value}, str(folder) if value != "-" else "-", None
    )
    # The session shell runs the line as given; here bash, from tmp_path (so "-" is a folder there).
    done = subprocess.run(["bash", "-c", line], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert without_end(done.stdout) == f"{value}|{folder}"
    assert not (tmp_path / "pwned").exists() and not (folder / "pwned").exists()


def test_command_line_runs_the_command_as_shell_text(tmp_path):
    line = command_line("echo one; echo two >&2; exit 3", {}, None, None)
    done = subprocess.run(["bash", "-c", line], cwd=tmp_path, capture_output=True, text=True)
    assert (without_end(done.stdout), without_end(done.stderr), done.returncode) == ("one\n", "two\n", 3)


def test_command_line_reports_the_pid_first(tmp_path):
    line = command_line("echo $$", {}, None, None, report_pid=True)
    done = subprocess.run(["bash", "-c", line], cwd=tmp_path, capture_output=True, text=True, check=True)
    first, second = without_end(done.stdout).splitlines()
    assert first == second  # the reported pid is the command's own


def test_log_demuxer_splits_streams_and_markers_across_frames():
    log = STDOUT_MARK + b"out\n" + STDERR_MARK + b"err" + STDOUT_MARK + b"more\x02"
    demux, got = LogDemuxer(), []
    for i in range(len(log)):  # one byte a frame: every marker is split
        got += demux.feed(log[i : i + 1])
    got += demux.finish()
    joined = {1: b"", 2: b""}
    for stream, data in got:
        joined[stream] += data
    assert joined == {1: b"out\nmore\x02", 2: b"err"}


def test_blaxel_watch_lines_and_root_paths():
    from sandboxer import WatchEventType
    from sandboxer.providers.blaxel_shapes import check_absolute, fs_path, watch_event

    event = watch_event('{"op":"REMOVE","name":"a b.txt","path":"/tmp/w","error":""}\n')
    assert (event.path, event.event_type) == ("/tmp/w/a b.txt", WatchEventType.DELETE)
    assert watch_event("[keepalive]") is None and watch_event("") is None
    assert [check_absolute(p) for p in ("//", "//tmp/..", "/tmp/../x")] == ["/", "/", "/x"]
    assert fs_path("/tmp") == "/tmp" and fs_path("/") == "/"


def test_runloop_says_when_it_truncated_output():
    from sandboxer.providers._sync.runloop import RunloopSandbox

    cut = RunloopSandbox._result(
        None,
        {"stdout": "tail\n", "stderr": "", "exit_status": 0, "stdout_truncated": True},
        0.0,
        strip_pid=True,
    )
    assert cut.stdout == "tail\n" and "truncated the stdout" in cut.error  # kept whole, and said
    whole = RunloopSandbox._result(
        None, {"stdout": "77\nout\n", "stderr": "", "exit_status": 0}, 0.0, strip_pid=True
    )
    assert (whole.stdout, whole.error) == ("out\n", None)
