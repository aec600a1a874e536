"""Blaxel's shapes without I/O: followed-log framing, Go file modes, process exit statuses."""

from __future__ import annotations

from sandboxer.providers import blaxel_shapes as shapes


def _lines(*lines: str) -> list[tuple[int, str]]:
    parser = shapes.LogLines()
    out = [item for line in lines for item in parser.feed(line)]
    return out + parser.end()


def test_a_line_without_its_prefix_goes_on_the_stream_before_it():
    # "stdout:one\ntwo\n\nthree\n" (one read), then a stderr read of two lines
    assert _lines("stdout:one", "two", "", "three", "stderr:four", "five") == [
        (1, "one\n"), (1, "two\n"), (1, "\n"), (1, "three\n"), (2, "four\n"), (2, "five\n")
    ]  # fmt: skip
    assert _lines("lone") == [(1, "lone\n")]  # as the API replays an unprefixed line: stdout


def test_the_apis_own_notices_are_not_output():
    # "[keepalive]\n" every 30 s; "\n[Process is being forcefully killed]\n" before a kill
    assert _lines("stdout:a", "[keepalive]", "stdout:b", "", "[Process is being forcefully killed]") == [
        (1, "a\n"), (1, "b\n")
    ]  # fmt: skip
    assert _lines("stderr:x", "") == [(2, "x\n"), (2, "\n")]  # a blank line of output stays


def test_go_file_modes_read_as_unix_bits():
    info = shapes.file_info({"name": "s", "path": "/s", "permissions": "40000755", "size": 1}, False)
    assert info.mode == 0o4755  # Go's ModeSetuid is 1<<23
    assert shapes.file_info({"name": "f", "path": "/f", "permissions": "4755"}, False).mode == 0o4755
    assert shapes.is_symlink({"permissions": "1000000777"})
    assert not shapes.is_symlink({"permissions": "777"}) and not shapes.is_symlink({"permissions": "-rwx"})


def test_exit_statuses_of_killed_stopped_and_signalled_processes():
    assert shapes.exit_status({"status": "killed", "exitCode": -1}) == (137, None)
    assert shapes.exit_status({"status": "killed", "exitCode": 0}) == (137, None)  # before the reap
    assert shapes.exit_status({"status": "stopped", "exitCode": -1}) == (143, None)
    assert shapes.exit_status({"status": "stopped", "exitCode": 3}) == (3, None)
    assert shapes.exit_status({"status": "failed", "exitCode": 2}) == (2, None)
    assert shapes.exit_status({"status": "failed", "exitCode": -1})[1].startswith("ended by a signal")
    assert shapes.exit_status({"status": "running", "exitCode": 0}) == (0, "running")
