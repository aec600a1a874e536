"""Keys and sandbox access tokens never show: not in repr/str of configs, clients, sandboxes or
errors, not in log records at any level, not in a recorded cassette."""

from __future__ import annotations

import logging

import httpx
import pytest
import yaml

from sandboxer import AsyncSandboxer, CreateSandboxRequest, ProviderConfig, SandboxerError, UnauthorizedError
from tests.cassette import CassetteTransport
from tests.fake_blaxel import FakeBlaxel
from tests.fake_daytona import FakeDaytona
from tests.fake_e2b import FakeE2B
from tests.fake_fly import FakeFly
from tests.fake_runloop import FakeRunloop
from tests.recording import Recording
from tests.test_cassettes import CREDENTIALS

KEY = "sk-live-0123456789abcdefSECRET"
WRONG = "sk-wrong-9876543210fedcbaSECRET"

# provider -> (fake transport class, extra config)
FAKES = {
    "e2b": (FakeE2B, {}),
    "daytona": (FakeDaytona, {}),
    "blaxel": (FakeBlaxel, {"workspace": "fake-ws"}),
    "runloop": (FakeRunloop, {}),
    "fly-machines": (FakeFly, {"app": "sandboxer-test"}),  # its exec runs in local Docker
}


def _tokens(fake) -> list[str]:
    """The sandbox access tokens a fake handed out (E2B's envdAccessToken)."""
    boxes = getattr(fake, "sandboxes", None) or {}
    return [b.token for b in boxes.values() if isinstance(getattr(b, "token", None), str)]


def _leaks(text: str, secrets: list[str]) -> list[str]:
    return [s[:10] for s in secrets if s in text]


@pytest.mark.parametrize("provider", sorted(FAKES))
async def test_keys_and_tokens_stay_out_of_reprs_errors_and_logs(provider, caplog, request):
    if provider == "fly-machines":
        request.getfixturevalue("docker_live")
    fake_class, extra = FAKES[provider]
    fake = fake_class(api_key=KEY, commands={})
    caplog.set_level(logging.DEBUG)  # every logger, every level
    transport = Recording(fake)
    config = {"api_key": KEY, "transport": transport, **extra}
    shown: list[str] = [repr(ProviderConfig(api_key=KEY, extra=extra)), str(ProviderConfig(api_key=KEY))]
    async with AsyncSandboxer(provider, config) as client:
        shown += [repr(client), str(client)]
        sb, info = await client.create_sandbox(CreateSandboxRequest(metadata={"k": "v"}))
        tokens = _tokens(fake)
        try:
            shown += [repr(sb), str(sb), repr(info), str(info)]
            await sb.write_file("/tmp/secret-test.txt", b"data")
            assert await sb.read_file("/tmp/secret-test.txt") == b"data"
            shown.append(repr(await sb.info()))
        finally:
            await sb.kill()
            if hasattr(fake, "containers"):
                await fake.aclose()
    # A refused key: the error says so without repeating it, even when the answer echoes it.
    fake.api_key = "the-right-key"
    fake.inject(
        "GET", r".*", 401, {"error": f"invalid key {WRONG}", "message": f"bad token {WRONG}"}, times=99
    )
    async with AsyncSandboxer(provider, {**config, "api_key": WRONG}) as client:
        with pytest.raises(SandboxerError) as caught:
            await client.list_sandboxes()
    assert isinstance(caught.value, UnauthorizedError)
    shown += [str(caught.value), repr(caught.value), repr(caught.value.args), caught.value.message]
    secrets = [KEY, WRONG, *tokens]
    if provider == "e2b":
        used = sum("x-access-token" in r.headers for r in transport.requests)
        assert tokens and used, "no access token was used: the check proves nothing"
    assert not _leaks("\n".join(shown), secrets)
    records = "\n".join(
        r.getMessage() + (caplog.handler.formatter or logging.Formatter()).formatException(r.exc_info)
        if r.exc_info
        else r.getMessage()
        for r in caplog.records
    )
    assert caplog.records, "nothing was logged: the check would prove nothing"
    assert not _leaks(records, secrets)


class _Stub(httpx.BaseTransport):
    """Answers like a vendor that echoes secrets back: in headers, JSON fields and raw bytes."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = (
            b'{"envdAccessToken": "tok-abcdefghijklmnop", "echo": "' + KEY.encode() + b'", "raw": "x"}'
            if request.url.path == "/json"
            else b"\xff\xfe binary " + KEY.encode() + b" \x00"
        )
        return httpx.Response(
            200,
            headers={"Set-Cookie": f"session={KEY}", "X-Echo": KEY, "Content-Type": "application/json"},
            stream=httpx.ByteStream(body),  # unread, like a network answer
        )


def test_recording_scrubs_headers_fields_queries_and_the_live_key(tmp_path):
    path = tmp_path / "recorded.yaml"
    transport = CassetteTransport(path, "all", _Stub(), secrets=(KEY,))
    with httpx.Client(transport=transport, base_url="https://vendor.example") as http:
        http.post(
            f"/json?token={KEY}&signature=abc123&page=2",
            headers={"Authorization": f"Bearer {KEY}", "X-Custom": f"k={KEY}"},
            json={"api_key": KEY, "note": f"my key is {KEY}"},
        ).read()
        http.post("/binary", content=b"\x80\x81 " + KEY.encode()).read()
    transport.save()
    text = path.read_text()
    assert KEY not in text and "tok-abcdefghijklmnop" not in text
    assert not CREDENTIALS.search(text)
    assert "page=2" in text  # what is not a secret stays
    recorded = yaml.safe_load(text)["interactions"]
    assert len(recorded) == 2


def test_a_known_key_is_scrubbed_from_hijacked_traffic():
    from tests.cassette import scrub_response

    answer = {
        "headers": {},
        "body": {"string": b""},
        "hijacked_writes": b"export KEY=" + KEY.encode(),
        "hijacked_transcript": [{"write": b"export KEY=" + KEY.encode()}, {"read": KEY.encode()}],
    }
    scrubbed = scrub_response(answer, (KEY,))
    assert KEY.encode() not in scrubbed["hijacked_writes"]
    assert all(KEY.encode() not in data for step in scrubbed["hijacked_transcript"] for data in step.values())
