"""Every cassette: each interaction is one the vendor's spec allows, and no credential is stored."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.spec_check import Spec

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = sorted((ROOT / "cassettes").rglob("*.yaml"))
# cassettes/<provider>/ -> the spec its traffic must follow (and the path prefix to strip)
SPECS = {"local": ("specs/docker/engine.openapi.yaml", r"^/v\d+\.\d+(?=/)")}
CREDENTIALS = re.compile(
    r"(e2b_[0-9a-f]{20,}|dtn_[0-9a-f]{20,}|bl_[a-z0-9]{24,}|ak_[A-Za-z0-9]{20,}|fo1_[A-Za-z0-9_-]{20,}"
    r"|FlyV1 [A-Za-z0-9]|Bearer [A-Za-z0-9._-]{12,}|\"envdAccessToken\": *\"[^\"<]{8,}"
    r"|(?i:x-api-key|x-access-token|authorization)['\"]?:\s*\[?\s*['\"]?(?!<REDACTED>)[A-Za-z0-9])"
)
_specs: dict[str, Spec] = {}


def _spec(provider: str) -> Spec:
    if provider not in _specs:
        path, prefix = SPECS[provider]
        _specs[provider] = Spec(ROOT / path, prefix)
    return _specs[provider]


def _header(headers: dict, name: str) -> str | None:
    for key, values in headers.items():
        if key.lower() == name:
            return values[0] if isinstance(values, list) else values
    return None


def test_cassettes_exist_for_every_provider_with_a_spec():
    providers = {p.relative_to(ROOT / "cassettes").parts[0] for p in CASSETTES}
    assert set(SPECS) <= providers


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(ROOT / "cassettes")))
def test_cassette_follows_the_spec(path):
    provider = path.relative_to(ROOT / "cassettes").parts[0]
    spec = _spec(provider)
    data = yaml.safe_load(path.read_text())
    assert data["interactions"], "empty cassette"
    problems = []
    for number, interaction in enumerate(data["interactions"]):
        request, response = interaction["request"], interaction["response"]
        body = request.get("body")
        if isinstance(body, str):
            body = body.encode()
        answer = response["body"]["string"]
        if isinstance(answer, str):
            answer = answer.encode()
        found = spec.check(
            request["method"],
            request["uri"],
            body,
            _header(request.get("headers", {}), "content-type"),
            response["status"]["code"],
            answer,
            _header(response.get("headers", {}), "content-type"),
        )
        problems += [f"#{number}: {p}" for p in found]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(ROOT / "cassettes")))
def test_cassette_holds_no_credentials(path):
    hits = [m.group(0)[:40] for m in CREDENTIALS.finditer(path.read_text())]
    assert not hits, f"credential-looking strings in {path.name}: {hits}"


def test_credential_scan_catches_a_leak(tmp_path):
    leaked = "headers:\n  Authorization: ['Bearer abcdefghijklmnopqrstuvwxyz123']\n"
    assert CREDENTIALS.search(leaked)
    assert not CREDENTIALS.search("headers:\n  Authorization: ['<REDACTED>']\n")
