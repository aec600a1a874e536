"""Fly Machines' shapes (sandboxer/providers/fly_shapes.py), no I/O: guest sizes, exec answers, the app."""

from __future__ import annotations

import logging

import pytest

from sandboxer import BadConfigError, InvalidRequestError, ProviderError
from sandboxer.config import ProviderConfig
from sandboxer.providers import fly_shapes
from tests.fake_fly import HttpError, check_guest


@pytest.mark.parametrize(
    ("cpus", "memory_mb", "guest"),
    [
        (None, None, None),
        (1, None, (1, 256)),
        (1.5, 300, (2, 512)),  # 2 CPUs take 512 MB at least
        (None, 4096, (2, 4096)),  # 2048 MB per shared CPU at most: more memory takes more CPUs
        (4, 512, (4, 1024)),
        (5, None, (6, 1536)),  # 1, 2, 4, 6 or 8: no 5
        (None, 100, (1, 256)),
        (8, 16384, (8, 16384)),
        (0.25, 257, (1, 512)),  # 256 MB steps, rounded up
    ],
)
def test_guest_sizes_are_ones_fly_accepts(cpus, memory_mb, guest):
    made = fly_shapes.guest(cpus, memory_mb)
    if guest is None:
        assert made is None
        return
    assert (made["cpu_kind"], made["cpus"], made["memory_mb"]) == ("shared", *guest)
    check_guest(made)  # the fake's model of what Fly refuses (tests/fake_fly.py GUEST_KINDS)


@pytest.mark.parametrize(("cpus", "memory_mb"), [(9, None), (16, None), (None, 16385), (8, 20000)])
def test_guest_sizes_beyond_shared_machines_are_refused_before_any_request(cpus, memory_mb):
    with pytest.raises(InvalidRequestError, match="at most 8 CPUs and 16384 MB"):
        fly_shapes.guest(cpus, memory_mb)


def test_the_fakes_refusals_are_what_the_old_rounding_sent():
    for guest in (
        {"cpus": 1, "memory_mb": 4096},
        {"cpus": 2, "memory_mb": 256},
        {"cpus": 16, "memory_mb": 4096},
    ):
        with pytest.raises(HttpError):
            check_guest({"cpu_kind": "shared", **guest})


@pytest.mark.parametrize(
    ("answer", "seen"),
    [
        ({}, ("", "", 0)),  # zero values left out (fly-go: exit_code,omitempty)
        ({"stdout": "x\n"}, ("x\n", "", 0)),
        ({"exit_code": 3, "stderr": "e"}, ("", "e", 3)),
        ({"exit_code": 0, "exit_signal": 0}, ("", "", 0)),
        ({"exit_code": 0, "exit_signal": -1}, ("", "", 0)),  # -1: no signal (as exit_event has it)
        ({"exit_signal": 9}, ("", "", 137)),  # a signal's end, however it is said
        ({"exit_code": -1, "exit_signal": 9}, ("", "", 137)),
        ({"exit_code": 0, "exit_signal": 15}, ("", "", 143)),
        ({"exit_code": 137}, ("", "", 137)),
        ({"exit_code": None, "stdout": "y"}, ("y", "", 0)),
    ],
)
def test_exec_answers(answer, seen):
    got = fly_shapes.exec_answer(answer)
    assert (got.stdout, got.stderr, got.exit_code) == seen


@pytest.mark.parametrize(
    "answer", [[], "done", {"exit_code": "0"}, {"exit_code": True}, {"exit_signal": "9"}]
)
def test_malformed_exec_answers_are_provider_errors(answer):
    with pytest.raises(ProviderError, match="malformed exec answer"):
        fly_shapes.exec_answer(answer)


def test_our_app_variable_wins_over_the_one_fly_sets_in_every_machine(monkeypatch):
    monkeypatch.setenv("FLY_APP_NAME", "the-orchestrators-own-app")
    monkeypatch.setenv("SANDBOXER_FLY_APP", "sandboxes")
    assert fly_shapes.settings(ProviderConfig(api_key="k")).app == "sandboxes"
    assert fly_shapes.settings(ProviderConfig(api_key="k", extra={"app": "given"})).app == "given"
    monkeypatch.delenv("SANDBOXER_FLY_APP")
    assert fly_shapes.settings(ProviderConfig(api_key="k")).app == "the-orchestrators-own-app"
    monkeypatch.delenv("FLY_APP_NAME")
    with pytest.raises(BadConfigError, match="SANDBOXER_FLY_APP"):
        fly_shapes.settings(ProviderConfig(api_key="k"))


def test_every_size_asked_for_is_the_smallest_fly_offers_or_refused():
    for kind, (counts, _least, most, _step) in fly_shapes.GUEST_SIZES.items():
        for cpus in (None, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9, 12, 16, 17):
            for memory in (None, 100, 256, 257, 1024, 2048, 3000, 4096, 8192, 16384, 20000, 131072, 131073):
                if cpus is None and memory is None:
                    continue
                try:
                    made = fly_shapes.guest(cpus, memory, kind)
                except InvalidRequestError:
                    assert all(n < (cpus or 1) or n * most < (memory or 0) for n in counts)
                    continue
                check_guest(made)  # what Fly accepts (the fake's model, tests/fake_fly.py GUEST_KINDS)
                assert made["cpus"] >= (cpus or 1) and made["memory_mb"] >= (memory or 0)
                smaller = [n for n in counts if n < made["cpus"]]
                assert not smaller or smaller[-1] < (cpus or 1) or smaller[-1] * most < (memory or 0)


def test_the_app_fly_sets_in_every_machine_comes_last_and_is_warned_of(monkeypatch, caplog):
    monkeypatch.setenv("FLY_APP_NAME", "orchestrator")
    monkeypatch.delenv("SANDBOXER_FLY_APP", raising=False)
    with caplog.at_level(logging.WARNING, logger="sandboxer.fly"):
        assert fly_shapes.settings(ProviderConfig(api_key=" k\n")).app == "orchestrator"
    assert "FLY_APP_NAME" in caplog.text
    caplog.clear()
    assert fly_shapes.settings(ProviderConfig(api_key="k", extra={"app": "given"})).app == "given"
    assert not caplog.text
    assert fly_shapes.settings(ProviderConfig(api_key=" tok\n")).authorization == "Bearer tok"


@pytest.mark.parametrize("key", ["pace_requests", "app_per_sandbox", "keep_image_command"])
def test_flags_are_true_or_false_never_a_string_read_as_true(key):
    config = {"api_key": "k", "app": "a"}
    assert getattr(fly_shapes.settings(ProviderConfig.coerce({**config, key: False})), key) is False
    with pytest.raises(BadConfigError, match=key):
        fly_shapes.settings(ProviderConfig.coerce({**config, key: "false"}))
