"""Daytona's pure mappings (sandboxer/providers/daytona_shapes.py): which answers mean what."""

from __future__ import annotations

import pytest

from sandboxer import InvalidRequestError, ProviderError
from sandboxer.providers import daytona_shapes as shapes

SETTINGS = shapes.DaytonaSettings(api_key="k", api_url="u", organization_id=None, request_timeout=60, start_timeout=120)


def error(status: int | None, message: str, code: str | None = None) -> ProviderError:
    return ProviderError("daytona", message, status_code=status, code=code)


def test_a_sandbox_that_is_not_running_is_told_by_the_proxys_words():
    # daytonaio/daytona#4142 (stopping) and #4632 (archived), as those issues quote them.
    stopping = "bad request: failed to resolve container IP after 3 attempts: no IP address found. Is the Sandbox started?"
    archived = ("not found: sandbox container not found: not found: failed to inspect sandbox container x: "
                "Error response from daemon: No such container: x")  # fmt: skip
    assert shapes.not_running(error(400, stopping)) and shapes.not_running(error(404, archived))
    assert not shapes.not_running(error(404, "error (HTTP 404 on GET /files/info)"))  # the daemon's own
    assert not shapes.not_running(error(400, "error (HTTP 400 on GET /files/info)"))


def test_a_lost_session_and_a_create_that_may_have_made_a_sandbox():
    assert shapes.session_lost(error(500, "failed to execute command: not found: session not found"))
    assert shapes.session_lost(error(404, "session not found"))
    assert not shapes.session_lost(error(500, "failed to execute command: broken pipe"))
    assert not shapes.session_lost(error(None, "sandbox is not running", code="not_running"))
    assert shapes.may_have_made(error(400, "Sandbox failed to start: boom"))
    assert shapes.may_have_made(error(None, "timed out")) and shapes.may_have_made(error(503, "unavailable"))
    assert not shapes.may_have_made(error(400, "Cannot specify Sandbox resources when using a snapshot"))
    assert not shapes.may_have_made(error(401, "Invalid API key"))


def test_retry_after_named_for_a_throttler_is_read_as_retry_after():
    assert shapes.retry_after_hint({"Retry-After-authenticated": "2", "Retry-After-sandbox-create": "5"}) == "5"
    assert shapes.retry_after_hint({"Retry-After": "1", "Retry-After-authenticated": "9"}) is None
    assert shapes.retry_after_hint({"Retry-After-ms": "100"}) is None


def test_create_sizes_an_image_never_a_snapshot():
    mark = "m"
    common = {"metadata": {}, "envs": {}, "timeout_seconds": None, "auto_destroy": None}
    plain = shapes.create_body(SETTINGS, mark, template="snap", cpus=None, memory_mb=None, **common)
    assert plain["snapshot"] == "snap" and "cpu" not in plain and plain["labels"][shapes.CREATE_MARK] == mark
    sized = shapes.create_body(SETTINGS, mark, template="python:3.12", cpus=1.5, memory_mb=1500, **common)
    assert "snapshot" not in sized and sized["buildInfo"] == {"dockerfileContent": "FROM python:3.12\n"}
    assert (sized["cpu"], sized["memory"]) == (2, 2)
    with pytest.raises(InvalidRequestError):
        shapes.create_body(SETTINGS, mark, template=None, cpus=None, memory_mb=512, **common)
    timed = shapes.create_body(SETTINGS, mark, template=None, cpus=None, memory_mb=None,
                               **{**common, "timeout_seconds": 61})  # fmt: skip
    assert timed["ttlMinutes"] == 2 and "autoStopInterval" not in timed


def test_target_and_idle_stop_come_from_extra_or_the_environment(monkeypatch):
    from sandboxer import BadConfigError
    from sandboxer.config import ProviderConfig

    monkeypatch.setenv("DAYTONA_TARGET", "eu")
    assert shapes.settings(ProviderConfig(api_key="k")).target == "eu"
    assert shapes.settings(ProviderConfig(api_key="k", extra={"target": "us"})).target == "us"
    monkeypatch.delenv("DAYTONA_TARGET")
    assert shapes.settings(ProviderConfig(api_key="k")).target is None
    chosen = shapes.settings(ProviderConfig(api_key="k", extra={"target": "eu", "auto_stop_minutes": 0}))
    body = shapes.create_body(chosen, "m", template=None, metadata={}, envs={}, cpus=None, memory_mb=None,
                              timeout_seconds=None, auto_destroy=None)  # fmt: skip
    assert (body["target"], body["autoStopInterval"]) == ("eu", 0) and "ttlMinutes" not in body
    with pytest.raises(BadConfigError):
        shapes.settings(ProviderConfig(api_key="k", extra={"auto_stop_minutes": -1}))
