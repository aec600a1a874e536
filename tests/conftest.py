"""Test setup: live Docker gating, cassette record modes, and the provider-config fixture.

The conformance suite runs each test twice: "live" against the Docker engine, and "replay" from
its cassette in cassettes/local/. `--record-mode` (or SANDBOXER_RECORD_MODE) = once / all /
new_episodes records the replay variant against the engine instead.
"""

from __future__ import annotations

import datetime
import importlib
import json
import os
import socket
from pathlib import Path

import httpx
import pytest

from tests.cassette import CassetteTransport
from tests.numbering import number_random_ids

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
TEST_IMAGE = os.environ.get("SANDBOXER_TEST_IMAGE", "sandboxer-test:busybox")
DOCKER_SOCKET = "/var/run/docker.sock"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--record-mode",
        default=os.environ.get("SANDBOXER_RECORD_MODE", "none"),
        choices=["none", "once", "new_episodes", "all"],
        help="how cassette-driven tests treat their cassettes (vcrpy record modes); default: replay only",
    )


def _docker_answers() -> bool:
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(2)
            sock.connect(DOCKER_SOCKET)
            sock.sendall(b"GET /_ping HTTP/1.0\r\n\r\n")
            return b"200 OK" in sock.recv(64)
    except OSError:
        return False


def live_docker_required() -> bool:
    # CI must run the live tests: there, a missing engine is a failure, not a skip.
    return os.environ.get("SANDBOXER_LIVE_DOCKER") == "1" or bool(os.environ.get("CI"))


def need_docker() -> None:
    if os.environ.get("SANDBOXER_LIVE_DOCKER") == "0":
        pytest.skip("live Docker tests disabled by SANDBOXER_LIVE_DOCKER=0")
    if not _docker_answers():
        if live_docker_required():
            pytest.fail(f"no Docker engine answers at {DOCKER_SOCKET}, and live tests are required here")
        pytest.skip(f"no Docker engine at {DOCKER_SOCKET}")


GVISOR_RUNTIME = "runsc"


def _engine_runtimes() -> set[str]:
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(5)
            sock.connect(DOCKER_SOCKET)
            sock.sendall(b"GET /info HTTP/1.0\r\n\r\n")
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        return set(json.loads(answer.split(b"\r\n\r\n", 1)[1]).get("Runtimes") or {})
    except (OSError, ValueError, IndexError):
        return set()


def need_gvisor() -> None:
    """A live engine with gVisor registered (scripts/setup.sh does it); CI requires it."""
    need_docker()
    if GVISOR_RUNTIME not in _engine_runtimes():
        if live_docker_required():
            pytest.fail(f"the engine has no {GVISOR_RUNTIME!r} runtime (run scripts/setup.sh), and CI requires it")
        pytest.skip(f"the engine has no {GVISOR_RUNTIME!r} runtime (scripts/setup.sh registers it)")


@pytest.fixture
def docker_live() -> None:
    need_docker()


class _RealTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The engine's socket, for sync and async clients alike (used while recording)."""

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport(uds=DOCKER_SOCKET)
        self._async = httpx.AsyncHTTPTransport(uds=DOCKER_SOCKET)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


@pytest.fixture(params=["live", "live-exec", "replay"])
def local_mode(request: pytest.FixtureRequest) -> str:
    """live: the real engine (commands on resident shells); live-exec: the same with every command
    an exec of its own; replay: the recorded exec-path traffic."""
    return request.param


def local_replay_config(request: pytest.FixtureRequest, folder: Path):
    """Config for Sandboxer("local", ...) replaying (or recording) the test's cassette in `folder`."""
    record_mode = request.config.getoption("--record-mode")
    real = None
    if record_mode != "none":
        need_docker()
        real = _RealTransport()
    path = folder / f"{request.node.originalname}.yaml"
    if record_mode == "all" and path.exists():
        path.unlink()  # vcrpy would keep the old interactions beside the new ones
    transport = CassetteTransport(path, record_mode, real)
    # Resident shells talk on a hijacked connection, which a cassette cannot hold: the recorded
    # traffic is the exec path's (the resident path runs live: tests/test_local_resident_live.py).
    yield {"image": TEST_IMAGE, "transport": transport, "resident_shell": False}
    if record_mode != "none":
        transport.save()


@pytest.fixture
def local_config(request: pytest.FixtureRequest, local_mode: str):
    """Config for Sandboxer("local", ...): the real engine, or the test's cassette."""
    if local_mode in ("live", "live-exec"):
        need_docker()
        yield {"image": TEST_IMAGE, "resident_shell": local_mode == "live"}
        return
    yield from local_replay_config(request, CASSETTES / "local")


# --- cloud providers: composed cassettes, or recordings against the live service ---------------

COMPOSED_NOTE = (
    "# Composed, not recorded: {provider} cannot be reached from where this was written. The traffic\n"
    "# is what tests/fake_{provider}.py answers, built from specs/{provider}/ and the facts of the\n"
    "# {provider} issue; tests/test_cassettes.py validates every interaction against specs/.\n"
    "# Re-record against the live service: {key}=... pytest tests/_async -k {provider} --record-mode=all\n"
)
RECORDED_NOTE = "# Recorded against the live {provider} service on {date}; secrets scrubbed.\n"


class CloudCassette:
    """What a cloud provider's test gets: a config whose transport replays (or records) its cassette.

    `fake` is the in-process fake vendor while composing (record mode without a key), else None:
    tests arrange faults on it (`fake.inject(...)`) only when it is there.
    """

    def __init__(
        self, config: dict, transport: CassetteTransport, fake, path: Path, note: str | None
    ) -> None:
        self.config = config
        self.transport = transport
        self.fake = fake
        self.path = path
        self.note = note

    def save(self) -> None:
        self.transport.save()
        if self.note and self.path.exists():
            text = self.path.read_text()
            if not text.startswith("#"):
                self.path.write_text(self.note + text)


def cloud_cassette(
    request: pytest.FixtureRequest, provider: str, key_env: str, make_fake, folder: Path | None = None
) -> CloudCassette:
    record_mode = request.config.getoption("--record-mode")
    path = (folder or CASSETTES / provider) / f"{request.node.originalname}.yaml"
    real = fake = note = None
    live_key = os.environ.get(key_env)
    if record_mode != "none":
        if "_sync" in request.node.nodeid.split("::")[0]:
            pytest.skip("cassettes are recorded by the async suite; the sync twin replays them")
        if live_key:
            real = httpx.AsyncHTTPTransport(retries=0)
            note = RECORDED_NOTE.format(provider=provider, date=datetime.date.today())
        else:
            real = fake = make_fake()
            note = COMPOSED_NOTE.format(provider=provider, key=key_env)
    if record_mode == "all" and path.exists():
        path.unlink()  # vcrpy would keep the old interactions beside the new ones
    transport = CassetteTransport(path, record_mode, real, secrets=(live_key,) if live_key else ())
    config = {"api_key": live_key or f"{provider}-replay-key", "transport": transport}
    return CloudCassette(config, transport, fake, path, note)


# Each cloud provider's test setup: its cassettes' folder name, the key its live recordings take,
# its fake, whether its random ids need numbering for replay (names, command ids, handles), and
# the config keys it needs beside the key (environment variable, value while composing).
CLOUD = {
    "e2b": ("e2b", "E2B_API_KEY", "tests.fake_e2b:FakeE2B", False, {}),
    "daytona": ("daytona", "DAYTONA_API_KEY", "tests.fake_daytona:FakeDaytona", False, {}),
    "blaxel": ("blaxel", "BL_API_KEY", "tests.fake_blaxel:FakeBlaxel", True, {"workspace": ("BL_WORKSPACE", "fake-ws")}),
    "runloop": ("runloop", "RUNLOOP_API_KEY", "tests.fake_runloop:FakeRunloop", True, {}),
    "fly-machines": ("fly", "FLY_API_TOKEN", "tests.fake_fly:FakeFly", True, {"app": ("FLY_APP_NAME", "sandboxer-test")}),
}  # fmt: skip


def cloud_fixture(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, provider: str, folder: Path | None = None
):
    """A cloud provider's cassette (in `folder`, else its own folder); its fake composes it when
    recording without a key."""
    short, key_env, fake, numbered, extra = CLOUD[provider]
    if numbered:
        number_random_ids(monkeypatch)

    def make_fake():
        module, _, cls = fake.partition(":")
        try:
            commands = importlib.import_module(f"tests.{short}_script").COMMANDS
        except ModuleNotFoundError:
            commands = None  # a fake that really runs commands needs no script
        return getattr(importlib.import_module(module), cls)(api_key=f"{short}-replay-key", commands=commands)

    cassette = cloud_cassette(request, short, key_env, make_fake, folder)
    for key, (env, composing) in extra.items():
        cassette.config[key] = os.environ.get(env, composing)
    if provider == "fly-machines" and not os.environ.get(key_env):
        # Fly's client keeps the documented rate limit from the first request (real waits): a replay,
        # or the fake (a second a request on its clock), is not paced; pacing changes when requests
        # go, never what goes (tests/_async/test_fly_service.py tests it against the fake's limit).
        cassette.config["pace_requests"] = False
    yield cassette
    if request.config.getoption("--record-mode") != "none":
        cassette.save()


@pytest.fixture
def e2b_cassette(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    yield from cloud_fixture(request, monkeypatch, "e2b")


@pytest.fixture
def daytona_cassette(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    yield from cloud_fixture(request, monkeypatch, "daytona")


@pytest.fixture
def blaxel_cassette(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    yield from cloud_fixture(request, monkeypatch, "blaxel")  # sandbox names are random: numbered


@pytest.fixture
def runloop_cassette(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    yield from cloud_fixture(request, monkeypatch, "runloop")  # command ids are random: numbered


@pytest.fixture
def fly_cassette(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    yield from cloud_fixture(request, monkeypatch, "fly-machines")  # handles are random: numbered
