"""Cold start (issue 21): a client is cheap to make. Constructing each provider's client loads few
generated modules (the models package imports each model on first use, adapters their endpoints on
first call) and none of httpx's I/O stack (the connection pool is made for the first request); the
timings themselves are bench/cold_start.py's, not a test's."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from sandboxer._transport._sync.http import PoolOnFirstRequest
from sandboxer._transport.endpoint import LazyEndpoint
from sandboxer.registry import _BUILTIN as BUILTIN

MAX_GENERATED_MODULES = 40
CONFIG = {"api_key": "k", "app": "a", "workspace": "w"}  # enough for every provider's constructor


def modules_after_construction(provider: str, sync: bool) -> list[str]:
    """The modules a fresh interpreter holds once it has made the provider's client (no request)."""
    client = "Sandboxer" if sync else "AsyncSandboxer"
    code = (
        "import json, sys\n"
        f"from sandboxer import {client}\n"
        f"client = {client}({provider!r}, {CONFIG!r})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="module", params=sorted(str(name) for name in BUILTIN))
def provider_name(request):
    return request.param


@pytest.fixture(scope="module", params=[True, False], ids=["sync", "async"])
def loaded(request, provider_name):
    return modules_after_construction(provider_name, request.param)


def test_constructing_a_client_loads_few_generated_modules(loaded):
    generated = [name for name in loaded if name.startswith("sandboxer._generated.")]
    assert len(generated) < MAX_GENERATED_MODULES, generated


def test_constructing_a_client_leaves_the_io_stack_to_the_first_request(loaded):
    # httpcore (under httpx's pool), h11 and wsproto cost tens of milliseconds: a process pays for
    # them when it first talks to the provider, not when it makes a client.
    assert not [name for name in loaded if name.split(".")[0] in ("httpcore", "h11", "wsproto")]


def test_the_models_package_imports_a_model_on_first_use():
    code = (
        "import sys\n"
        "import sandboxer._generated.docker_engine.models as models\n"
        "before = {m for m in sys.modules if '.models.' in m}\n"
        "models.ExecConfig\n"
        "after = {m for m in sys.modules if '.models.' in m}\n"
        "print(len(before), sorted(after - before))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0 ['sandboxer._generated.docker_engine.models.exec_config']"
    models = importlib.import_module("sandboxer._generated.docker_engine.models")
    assert "ExecConfig" in dir(models)
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018


def test_a_generated_package_imports_its_clients_on_first_use():
    code = (
        "import sys\n"
        "import sandboxer._generated.e2b_api.models\n"
        "before = 'sandboxer._generated.e2b_api.client' in sys.modules\n"
        "from sandboxer._generated.e2b_api import AuthenticatedClient\n"
        "print(before, AuthenticatedClient.__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "sandboxer._generated.e2b_api.client"]
    package = importlib.import_module("sandboxer._generated.e2b_api")
    assert {"AuthenticatedClient", "Client"} <= set(dir(package))
    with pytest.raises(AttributeError):
        package.NoSuchClient  # noqa: B018


def adapter_endpoints() -> list[tuple[str, str, LazyEndpoint]]:
    found = []
    for classes in BUILTIN.values():
        for target in classes:  # the sync and the async adapter
            module = importlib.import_module(target.split(":")[0])
            found += [
                (module.__name__, name, value)
                for name, value in vars(module).items()
                if isinstance(value, LazyEndpoint)
            ]
    return found


def test_every_lazy_endpoint_names_a_generated_operation():
    endpoints = adapter_endpoints()
    assert endpoints
    for module, name, endpoint in endpoints:
        assert callable(endpoint._get_kwargs), f"{module}.{name} -> {endpoint.module_name}"


def test_the_connection_pool_is_made_once_by_the_first_request(monkeypatch):
    made = []

    class Counted(httpx.MockTransport):  # stands in for httpx's pool: counts how often it is made
        def __init__(self, **options):
            made.append(options)
            super().__init__(lambda request: httpx.Response(204))

    monkeypatch.setattr(httpx, "HTTPTransport", Counted)
    transport = PoolOnFirstRequest(uds="/run/engine.sock")
    assert made == []
    with ThreadPoolExecutor(8) as threads:  # a sync client's first requests may come from threads
        answers = threads.map(
            lambda _: transport.handle_request(httpx.Request("GET", "http://engine/_ping")), range(8)
        )
        assert [answer.status_code for answer in answers] == [204] * 8
    assert made == [{"retries": 0, "uds": "/run/engine.sock"}]
