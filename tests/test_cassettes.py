"""Every cassette: each interaction is one the vendor's spec allows, and no credential is stored."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from tests.cassette import REDACTED, SECRET_HEADERS, is_user_only
from tests.spec_check import Spec

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = sorted((ROOT / "cassettes").rglob("*.yaml"))
# cassettes/<provider>/ -> the specs its traffic must follow: (host pattern, path pattern, spec,
# path prefix to strip). The first whose host and path match an interaction's URL is used.
SPECS = {
    "local": [(r".*", r".*", "specs/docker/engine.openapi.yaml", r"^/v\d+\.\d+(?=/)")],
    "blaxel": [
        (r"^api\.blaxel\.ai$", r"^/v0/", "specs/blaxel/controlplane.openapi.yaml", r"^/v0(?=/)"),
        (r"\.bl\.run$", r".*", "specs/blaxel/sandbox.openapi.yaml", None),
    ],
    "runloop": [
        (r"^api\.runloop\.ai$", r".*", "specs/runloop/api.openapi.yaml", None),
        # The terminal service on a devbox's PTY tunnel (port 13), in the same spec.
        (r"^13-[^.]+\.tunnel\.runloop\.ai$", r"^/pty/", "specs/runloop/api.openapi.yaml", None),
    ],
    "fly": [(r"^api\.machines\.dev$", r"^/v1/", "specs/fly/machines.openapi.yaml", None)],
    "daytona": [
        (r"^app\.daytona\.io$", r"^/api/", "specs/daytona/api.openapi.yaml", r"^/api(?=/)"),
        (r"toolbox|proxy", r".*", "specs/daytona/toolbox.openapi.yaml", r"^/toolbox/[^/]+(?=/)"),
    ],
    "e2b": [
        (r"^api\.", r".*", "specs/e2b/api.openapi.yaml", None),
        (r"^49983-", r"^/(process|filesystem)\.", "specs/e2b/envd_rpc.openapi.yaml", None),
        (r"^49983-", r".*", "specs/e2b/envd.openapi.yaml", None),
    ],
}
# Routes a vendor's server has that its published spec leaves out, which an adapter uses: (method,
# path pattern, where the server defines it). Checked by method and path only: no schema to hold
# their bodies to.
UNPUBLISHED = {
    "blaxel": [
        (
            "GET",
            r"^/terminal/ws$",
            'blaxel-ai/sandbox sandbox-api/src/api/router.go:185 (r.GET("/terminal/ws", '
            "terminalHandler.HandleTerminalWS); handler sandbox-api/src/handler/terminal.go:149-316",
        )
    ],
}
CREDENTIALS = re.compile(
    r"(e2b_[0-9a-f]{20,}|dtn_[0-9a-f]{20,}|bl_[a-z0-9]{24,}|ak_[A-Za-z0-9]{20,}|fo1_[A-Za-z0-9_-]{20,}"
    r"|FlyV1 [A-Za-z0-9]|Bearer [A-Za-z0-9._-]{12,}|\"envdAccessToken\": *\"[^\"<]{8,})"
)


def secret_headers(interactions: list) -> list[str]:
    """Credential headers of recorded requests and answers that were not scrubbed."""
    leaks = []
    for number, interaction in enumerate(interactions):
        for side in ("request", "response"):
            for name, values in (interaction[side].get("headers") or {}).items():
                for value in values if isinstance(values, list) else [values]:
                    if name.lower() in SECRET_HEADERS and value != REDACTED and not is_user_only(value):
                        leaks.append(f"#{number} {side} {name}: {str(value)[:12]}...")
    return leaks


_specs: dict[str, Spec] = {}


def _spec(provider: str, url: str) -> Spec:
    parts = urlsplit(url)
    for host, path_pattern, spec_path, prefix in SPECS[provider]:
        if re.search(host, parts.hostname or "") and re.search(path_pattern, parts.path):
            if spec_path not in _specs:
                _specs[spec_path] = Spec(ROOT / spec_path, prefix)
            return _specs[spec_path]
    raise AssertionError(f"no spec of {provider} covers {url}")


def _header(headers: dict, name: str) -> str | None:
    for key, values in headers.items():
        if key.lower() == name:
            return values[0] if isinstance(values, list) else values
    return None


def provider_of(path: Path) -> str:
    """Whose traffic a cassette holds: cassettes/<provider>/, or cassettes/<suite>/<provider>/ for
    the suites run against every provider (contract, cli)."""
    parts = path.relative_to(ROOT / "cassettes").parts
    return parts[1] if parts[0] in ("contract", "cli") else parts[0]


def test_every_provider_with_cassettes_has_specs():
    providers = {provider_of(p) for p in CASSETTES}
    assert "local" in providers
    assert providers <= set(SPECS)


def test_connect_streams_are_checked_frame_by_frame():
    from sandboxer._transport.connect import envelope

    url = "https://49983-sbx.e2b.app/process.Process/Start"
    spec = _spec("e2b", url)
    stream = "application/connect+json"
    start = envelope({"process": {"cmd": "/bin/bash", "args": ["-l", "-c", "echo hi"]}, "stdin": False})
    good = envelope({"event": {"start": {"pid": 7}}}) + envelope({"event": {"data": {"stdout": "aGkK"}}})
    assert spec.check("POST", url, start, stream, 200, good + envelope({}, flags=2), stream) == []
    assert spec.check("POST", url, start, stream, 200, good, stream)  # no end-of-stream envelope
    assert spec.check("POST", url, start, stream, 200, good, stream, client_closed=True) == []
    invented_field = envelope({"event": {"start": {"pid": 7, "invented": 1}}}) + envelope({}, flags=2)
    assert spec.check("POST", url, start, stream, 200, invented_field, stream)
    invented_request = envelope({"process": {"cmd": "sh"}, "unknownField": 1})
    assert spec.check("POST", url, invented_request, stream, 200, good + envelope({}, flags=2), stream)


def _answer(response: dict) -> bytes:
    answer = response["body"]["string"]
    return answer.encode() if isinstance(answer, str) else answer


def handed_out(uri: str, answers: list[bytes]) -> bool:
    """Whether an earlier answer gave the client this URL's path as a link to follow (Runloop's
    terminal `connect_url`): such a URL is the server's own choice, described by no spec."""
    path = urlsplit(uri).path
    return any(b'"' + path.encode() + b'"' in answer for answer in answers)


def unpublished(provider: str, method: str, uri: str) -> bool:
    path = urlsplit(uri).path
    return any(m == method and re.search(p, path) for m, p, _ in UNPUBLISHED.get(provider, ()))


def test_only_links_the_server_gave_skip_the_spec():
    given = [b'{"connect_url":"/pty/s-1/attach"}']
    assert handed_out("https://13-k.tunnel.runloop.ai/pty/s-1/attach", given)
    assert not handed_out("https://13-k.tunnel.runloop.ai/pty/s-2/attach", given)
    assert not handed_out("https://13-k.tunnel.runloop.ai/pty/s-1", given)


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(ROOT / "cassettes")))
def test_cassette_follows_the_spec(path):
    provider = provider_of(path)
    data = yaml.safe_load(path.read_text())
    assert data["interactions"], "empty cassette"
    problems = []
    answers: list[bytes] = []  # the bodies answered so far
    for number, interaction in enumerate(data["interactions"]):
        request, response = interaction["request"], interaction["response"]
        if handed_out(request["uri"], answers) or unpublished(provider, request["method"], request["uri"]):
            answers.append(_answer(response))
            continue
        answers.append(_answer(response))
        body = request.get("body")
        if isinstance(body, str):
            body = body.encode()
        answer = response["body"]["string"]
        if isinstance(answer, str):
            answer = answer.encode()
        found = _spec(provider, request["uri"]).check(
            request["method"],
            request["uri"],
            body,
            _header(request.get("headers", {}), "content-type"),
            response["status"]["code"],
            answer,
            _header(response.get("headers", {}), "content-type"),
            client_closed=bool(response.get("client_closed")),
            attachment="attachment" in (_header(response.get("headers", {}), "content-disposition") or ""),
        )
        problems += [f"#{number}: {p}" for p in found]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(ROOT / "cassettes")))
def test_cassette_holds_no_credentials(path):
    text = path.read_text()
    hits = [m.group(0)[:40] for m in CREDENTIALS.finditer(text)]
    hits += secret_headers(yaml.safe_load(text)["interactions"])
    assert not hits, f"credential-looking strings in {path.name}: {hits}"


def test_credential_scan_catches_a_leak(tmp_path):
    leaked = "headers:\n  Authorization: ['Bearer abcdefghijklmnopqrstuvwxyz123']\n"
    assert CREDENTIALS.search(leaked)
    assert not CREDENTIALS.search("headers:\n  Authorization: ['<REDACTED>']\n")
    user_only = "Basic " + base64.b64encode(b"user:").decode()
    with_password = "Basic " + base64.b64encode(b"user:hunter2").decode()
    recorded = [
        {
            "request": {"headers": {"X-Access-Token": ["tok-123"], "authorization": [user_only]}},
            "response": {},
        },
        {"request": {"headers": {"Authorization": [with_password]}}, "response": {"headers": {}}},
    ]
    assert secret_headers(recorded) == [
        "#0 request X-Access-Token: tok-123...",
        "#1 request Authorization: Basic dXNlcj...",
    ]
