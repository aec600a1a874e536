"""Blaxel's shapes without I/O: exec events, sizes and states, Go file modes, process exit statuses."""

from __future__ import annotations

from sandboxer.providers import blaxel_shapes as shapes


def test_exec_events_are_typed_and_the_apis_notices_are_not_output():
    assert shapes.exec_event(b'{"type":"stdout","data":"a\\rb"}') == ("stdout", "a\rb")
    assert shapes.exec_event(b'{"type":"keepalive"}') == ("keepalive", "")
    assert shapes.exec_event(b"  ") is None
    assert shapes.is_notice("[keepalive]\n") and shapes.is_notice("\n[Process is being forcefully killed]\n")
    assert not shapes.is_notice("[keepalive]")
    assert shapes.truncated(shapes.TRUNCATION + "tail") and not shapes.truncated("whole")


def test_sizes_states_urls_and_unknown_outcomes():
    from sandboxer import ConnectionFailedError, ProviderError, SandboxerTimeoutError, SandboxStatus

    assert shapes.memory_for(None, None) == 4096 and shapes.memory_for(3, 1024) == 6144
    record = {"metadata": {"name": "sbx", "url": ""}, "status": "TERMINATING"}
    assert shapes.sandbox_info(record).status == SandboxStatus.STOPPED  # was ERROR
    assert "TERMINATING" in shapes.NEVER_DEPLOYED
    assert shapes.sandbox_url(record, "ws") == "https://run.blaxel.ai/ws/sandboxes/sbx"
    assert shapes.outcome_unknown(ProviderError("blaxel", "edge", 504))
    assert shapes.outcome_unknown(SandboxerTimeoutError("blaxel", "read"))
    assert shapes.outcome_unknown(ConnectionFailedError("blaxel", "reset"))
    assert not shapes.outcome_unknown(ProviderError("blaxel", "taken", 409))


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
