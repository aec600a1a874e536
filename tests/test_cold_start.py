"""Cold start (issue 21): a client is cheap to make. Constructing each provider's client loads few
generated modules (the models package imports each model on first use, adapters their endpoints on
first call); the timings themselves are bench/run.py's, not a test's."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

from sandboxer._transport.endpoint import LazyEndpoint
from sandboxer.registry import _BUILTIN as BUILTIN

MAX_GENERATED_MODULES = 40
CONFIG = {"api_key": "k", "app": "a", "workspace": "w"}  # enough for every provider's constructor


def generated_modules_after_construction(provider: str, sync: bool) -> list[str]:
    client = "Sandboxer" if sync else "AsyncSandboxer"
    code = (
        "import json, sys\n"
        f"from sandboxer import {client}\n"
        f"client = {client}({provider!r}, {CONFIG!r})\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('sandboxer._generated.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("provider", sorted(str(name) for name in BUILTIN))
def test_constructing_a_client_loads_few_generated_modules(provider, sync):
    loaded = generated_modules_after_construction(provider, sync)
    assert len(loaded) < MAX_GENERATED_MODULES, loaded


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
