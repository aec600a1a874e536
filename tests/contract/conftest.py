"""The contract suite's targets: every provider, each test run against all of them.

local runs live on the Docker engine (with runc: commands on resident shells, and as one exec each;
with gVisor's runsc) and replayed from cassettes/contract/local/ (execs); each cloud
provider replays cassettes/contract/<provider>/, composed by its fake (tests/fake_<provider>.py)
when recorded without a key, recorded against the live service with one (`--record-mode=all`).
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from tests.conftest import (
    CASSETTES,
    CLOUD,
    GVISOR_RUNTIME,
    TEST_IMAGE,
    cloud_fixture,
    local_replay_config,
    need_docker,
    need_gvisor,
)

TARGETS = ("local-live", "local-live-exec", "local-runsc", "local-replay", *CLOUD)
FOLDER = CASSETTES / "contract"


@attrs.define
class Target:
    provider: str  # the name Sandboxer takes
    config: dict[str, Any]
    live: bool = False  # a real engine answers: what takes time really does
    fake: Any = None  # the cloud provider's in-process fake, while it composes the cassette


@pytest.fixture(params=TARGETS)
def target(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    name = request.param
    if name == "local-live":
        need_docker()
        yield Target("local", {"image": TEST_IMAGE}, live=True)
    elif name == "local-live-exec":
        # The same engine with resident shells off: every command and script its own exec.
        need_docker()
        yield Target("local", {"image": TEST_IMAGE, "resident_shell": False}, live=True)
    elif name == "local-runsc":
        # gVisor, registered with --network=none on machines like CI's (its own networking fails
        # there): the sandbox has no network, which the config says so ports are refused up front.
        need_gvisor()
        yield Target("local", {"image": TEST_IMAGE, "runtime": GVISOR_RUNTIME, "network": "none"}, live=True)
    elif name == "local-replay":
        for config in local_replay_config(request, FOLDER / "local"):
            yield Target("local", config)
    else:
        for cassette in cloud_fixture(request, monkeypatch, name, FOLDER / CLOUD[name][0]):
            yield Target(name, cassette.config, fake=cassette.fake)
