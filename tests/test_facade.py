"""The facade without a network: config, registry, validation, capabilities, lazy import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

import sandboxer
from sandboxer import (
    AsyncSandboxer,
    BadConfigError,
    ConnectionFailedError,
    CreatePTYRequest,
    CreateSandboxRequest,
    InvalidRequestError,
    ListSandboxesFilter,
    NotSupportedError,
    ProviderConfig,
    ProviderName,
    RunCommandRequest,
    Sandboxer,
    SandboxerError,
    StartCommandRequest,
)
from sandboxer._sync.base import ProviderBase, SandboxBase
from sandboxer.capabilities import ALL_OPERATIONS, SANDBOX_OPERATIONS
from sandboxer.registry import provider_capability_conditions, register_provider


def test_import_loads_no_httpx_and_no_generated_code():
    code = "import sys, sandboxer; print(sorted(m for m in sys.modules if m.startswith(('httpx', 'sandboxer._generated', 'sandboxer.providers', 'dateutil'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_resolving_local_imports_only_its_own_modules():
    code = (
        "import sys, sandboxer; sandboxer.Sandboxer('local', {'base_url': 'unix:///nonexistent.sock'}); "
        "print(sorted({m.split('.')[2] for m in sys.modules if m.startswith('sandboxer._generated.')}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['docker_engine']"


def test_unknown_provider_lists_valid_names():
    with pytest.raises(BadConfigError) as caught:
        Sandboxer("nope")
    assert "local" in str(caught.value) and "'nope'" in str(caught.value)


def test_fly_needs_a_token_and_an_app_before_any_request(monkeypatch):
    for name in ("FLY_API_TOKEN", "FLY_APP_NAME", "SANDBOXER_FLY_APP", "FLY_REGION"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(BadConfigError, match="FLY_API_TOKEN"):
        Sandboxer("fly-machines", {"app": "a"})
    with pytest.raises(BadConfigError, match="FLY_APP_NAME"):
        Sandboxer("fly-machines", {"api_key": "k"})
    monkeypatch.setenv("FLY_API_TOKEN", "fly-token-from-the-environment")
    monkeypatch.setenv("SANDBOXER_FLY_APP", "my-app")
    client = Sandboxer("fly-machines")
    assert "fly-token-from-the-environment" not in repr(client)
    assert client.capabilities >= {"run_command", "read_file", "write_file", "port_url", "pause"}
    client.close()


def test_every_provider_name_resolves():
    from sandboxer.registry import provider_names

    assert set(provider_names()) >= {p.value for p in ProviderName}


def test_e2b_needs_a_key_before_any_request(monkeypatch):
    monkeypatch.delenv("E2B_API_KEY", raising=False)
    with pytest.raises(BadConfigError, match="E2B_API_KEY"):
        Sandboxer("e2b")
    monkeypatch.setenv("E2B_API_KEY", "from-the-environment")
    client = Sandboxer("e2b", {"extra": {"domain": "e2b.example"}})
    assert "from-the-environment" not in repr(client)
    client.close()


def test_config_dict_aliases_and_extras():
    config = ProviderConfig.coerce(
        {"apiKey": "secret-key", "baseUrl": "http://x", "defaultTimeoutMs": 5, "image": "i"}
    )
    assert (config.api_key, config.base_url, config.default_timeout_ms) == ("secret-key", "http://x", 5)
    assert config.extra == {"image": "i"}
    assert "secret-key" not in repr(config) and "secret-key" not in str(config)
    with pytest.raises(BadConfigError):
        ProviderConfig.coerce({"default_timeout_ms": -1})
    with pytest.raises(BadConfigError):
        ProviderConfig.coerce(["not", "a", "dict"])


@pytest.mark.parametrize(
    "build",
    [
        lambda: RunCommandRequest(""),
        lambda: RunCommandRequest(None),
        lambda: RunCommandRequest("x", timeout_seconds=0),
        lambda: RunCommandRequest("x", timeout_seconds=float("nan")),
        lambda: RunCommandRequest("x", env={"": "v"}),
        lambda: RunCommandRequest("x", env={"K": 1}),
        lambda: RunCommandRequest("x\x00y"),
        lambda: StartCommandRequest("x", cwd=""),
        lambda: CreateSandboxRequest(memory_mb=-5),
        lambda: CreateSandboxRequest(cpus=True),
        lambda: CreateSandboxRequest(ports=[70000]),
        lambda: CreateSandboxRequest(ports=[80, 80]),
        lambda: CreateSandboxRequest(metadata={"k": None}),
        lambda: CreatePTYRequest(rows=0),
        lambda: CreatePTYRequest(cols=70000),
        lambda: ListSandboxesFilter(limit=1.5),
    ],
)
def test_invalid_request_values_raise_before_anything_is_sent(build):
    with pytest.raises(InvalidRequestError):
        build()


def test_invalid_values_are_value_errors_and_sandboxer_errors():
    with pytest.raises(ValueError):
        RunCommandRequest("")
    assert issubclass(InvalidRequestError, SandboxerError)


class _Sandbox(SandboxBase):
    provider_name = "fake"

    @property
    def id(self) -> str:
        return "sb-1"

    def run_command(self, req):
        raise AssertionError("reached the network")

    def kill(self) -> None:
        pass


class _Provider(ProviderBase):
    name = "fake"
    sandbox_class = _Sandbox

    def __init__(self, config):
        self.config = config

    def create_sandbox(self, req):
        return _Sandbox(), None


def test_capabilities_come_from_what_the_adapter_implements():
    register_provider("fake-caps", _Provider, replace=True)
    client = Sandboxer("fake-caps")
    assert client.capabilities == {"create_sandbox", "run_command", "kill"}
    sb, _ = client.create_sandbox()
    assert sb.capabilities == {"run_command", "kill"}
    for operation in set(SANDBOX_OPERATIONS) - sb.capabilities:
        with pytest.raises(NotSupportedError) as caught:
            method = getattr(sb, operation)
            method(*[None] * (method.__code__.co_argcount - 1))
        assert (caught.value.provider, caught.value.operation) == ("fake", operation)
    with pytest.raises(NotSupportedError):
        client.list_sandboxes()
    with pytest.raises(NotSupportedError):
        client.attach_sandbox("x")


def test_conditions_are_said_for_what_is_offered_only_and_reach_the_table():
    assert "pause" in provider_capability_conditions("daytona")  # VM classes only
    with pytest.raises(TypeError):

        class _Claims(_Sandbox):
            conditions = {"pause": "never offered, so no condition"}

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    try:
        import capability_table
    finally:
        sys.path.pop(0)
    table = capability_table.table()
    [pause] = [line for line in table.splitlines() if line.startswith("| `pause` |")]
    assert "| yes (1) |" in pause  # daytona's cell, with its note under the table
    assert "\n1. daytona `pause`: only `linux-vm` and `windows` sandboxes" in table


def test_register_provider_refuses_silent_override():
    register_provider("fake-once", _Provider, replace=True)
    with pytest.raises(BadConfigError):
        register_provider("fake-once", _Provider)
    with pytest.raises(BadConfigError):
        register_provider("local", _Provider)
    with pytest.raises(NotSupportedError):
        AsyncSandboxer("fake-once")  # registered without an async factory


def test_request_for_another_provider_is_refused():
    register_provider("fake-req", _Provider, replace=True)
    with pytest.raises(InvalidRequestError):
        Sandboxer("fake-req").create_sandbox(CreateSandboxRequest(provider="local"))
    with pytest.raises(InvalidRequestError):
        Sandboxer("fake-req").attach_sandbox("../etc")


def test_provider_names_match_the_seed():
    assert [p.value for p in ProviderName] == ["e2b", "daytona", "blaxel", "runloop", "fly-machines", "local"]
    assert set(sandboxer.__all__) >= {"Sandboxer", "AsyncSandboxer", "register_provider", "ProviderError"}
    assert len(ALL_OPERATIONS) == 34


def test_unreachable_engine_names_the_socket():
    with Sandboxer("local", {"base_url": "unix:///nonexistent/docker.sock"}) as client:
        with pytest.raises(ConnectionFailedError) as caught:
            client.list_sandboxes()
    assert "/nonexistent/docker.sock" in str(caught.value)


async def test_unreachable_engine_async():
    async with AsyncSandboxer("local", {"base_url": "unix:///nonexistent/docker.sock"}) as client:
        with pytest.raises(ConnectionFailedError):
            await client.create_sandbox()


def test_bad_docker_host_and_transport_are_config_errors():
    with pytest.raises(BadConfigError):
        Sandboxer("local", {"base_url": "ftp://x"})
    with pytest.raises(BadConfigError):
        Sandboxer("local", {"transport": httpx.AsyncHTTPTransport()})  # async transport on a sync client


def test_engine_api_version_is_negotiated():
    from sandboxer.providers.docker_host import negotiate

    assert negotiate("1.41") == "1.41"
    assert negotiate("1.99") == "1.56"
    assert negotiate(None) == "1.56"
