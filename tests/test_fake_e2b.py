"""The E2B fake (tests/fake_e2b.py) itself: shapes, status codes, streams, determinism."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from sandboxer._transport.connect import StreamDecoder, envelope
from sandboxer.errors import ConnectionFailedError, SandboxerTimeoutError
from tests.fake_e2b import FakeE2B

API = "https://api.e2b.app"
KEY = {"X-API-Key": "e2b_fake_key_0123456789"}
STREAM = {"Content-Type": "application/connect+json", "Connect-Protocol-Version": "1"}
COMMANDS = {
    "echo hi; exit 3": [("stdout", "hi\n"), ("stderr", "oops\n"), ("exit", 3)],
    "ok": [("stdout", "done\n")],
    "sleep forever": [("hang",)],
    "cat": [("echo_stdin",)],
    "pwd": lambda env, cwd, user: [("stdout", f"{user} {cwd} {env.get('A')}\n")],
}


@pytest.fixture
def fake() -> FakeE2B:
    return FakeE2B(commands=COMMANDS)


@pytest.fixture
async def http(fake):
    async with httpx.AsyncClient(transport=fake) as client:
        yield client


async def create(http, **body) -> tuple[str, dict]:
    answer = await http.post(f"{API}/sandboxes", json={"templateID": "base", **body}, headers=KEY)
    assert answer.status_code == 201
    sandbox = answer.json()
    envd = httpx.URL(f"https://49983-{sandbox['sandboxID']}.e2b.app")
    return envd, {"X-Access-Token": sandbox["envdAccessToken"], "Connect-Protocol-Version": "1"}


async def frames(http, url, message, headers, after_start=None) -> list[dict]:
    """The messages of a stream, decoded frame by frame; `after_start` runs once the first came."""
    decoder, seen = StreamDecoder("e2b", url), []
    async with http.stream("POST", url, content=envelope(message), headers={**headers, **STREAM}) as answer:
        assert answer.headers["content-type"] == "application/connect+json"
        async for chunk in answer.aiter_raw():
            seen += decoder.feed(chunk)
            if after_start and len(seen) == 1:
                await after_start(seen[0])
    decoder.finish()
    return seen


def start(cmd: str, **extra) -> dict:
    return {"process": {"cmd": "/bin/bash", "args": ["-l", "-c", cmd], **extra}, "stdin": False}


async def test_control_plane_shapes_paging_and_errors(http):
    envd, _ = await create(http, metadata={"team": "a", "n": "1"}, timeout=60)
    await create(http, metadata={"team": "b"})
    await create(http, metadata={"team": "a"})
    detail = (await http.get(f"{API}/sandboxes/ifake000000000000001", headers=KEY)).json()
    assert detail == {
        "templateID": "base", "alias": "base", "sandboxID": "ifake000000000000001", "clientID": "fake",
        "startedAt": "2026-10-01T12:00:00Z", "endAt": "2026-10-01T12:01:00Z", "cpuCount": 2,
        "memoryMB": 512, "diskSizeMB": 10240, "metadata": {"team": "a", "n": "1"}, "state": "running",
        "envdVersion": "0.6.10", "envdAccessToken": "fake_envd_token_000001",
    }  # fmt: skip
    first = await http.get(f"{API}/v2/sandboxes", params={"metadata": "team=a", "limit": 1}, headers=KEY)
    assert [s["sandboxID"][-1] for s in first.json()] == ["3"]  # newest first (spec: order desc)
    assert "envdAccessToken" not in first.json()[0]
    token = first.headers["X-Next-Token"]
    params = {"metadata": "team=a", "limit": 1, "nextToken": token}
    second = await http.get(f"{API}/v2/sandboxes", params=params, headers=KEY)
    assert [s["sandboxID"][-1] for s in second.json()] == ["1"] and "X-Next-Token" not in second.headers
    assert (await http.post(f"{API}/sandboxes/ifake000000000000002/pause", headers=KEY)).status_code == 204
    again = await http.post(f"{API}/sandboxes/ifake000000000000002/pause", headers=KEY)
    assert again.status_code == 409 and again.json()["code"] == 409
    paused = await http.get(f"{API}/v2/sandboxes", params={"state": "paused"}, headers=KEY)
    assert [s["state"] for s in paused.json()] == ["paused"]
    resumed = await http.post(f"{API}/sandboxes/ifake000000000000002/connect", json={"timeout": 30}, headers=KEY)
    assert resumed.status_code == 201 and "envdAccessToken" in resumed.json()
    assert (await http.delete(f"{API}/sandboxes/ifake000000000000002", headers=KEY)).status_code == 204
    gone = await http.get(f"{API}/sandboxes/ifake000000000000002", headers=KEY)
    assert gone.status_code == 404 and gone.json()["message"].startswith('sandbox "ifake000000000000002"')
    assert (await http.get(f"{API}/v2/sandboxes", headers={"X-API-Key": "bad"})).status_code == 401
    missing = await http.post(f"{API}/sandboxes", json={"templateID": "missing-x"}, headers=KEY)
    assert missing.status_code == 400
    assert (await http.get(envd.join("/health"))).status_code == 204
    unauthorized = await http.post(envd.join("/process.Process/List"), json={}, headers={"X-Access-Token": "x"})
    assert unauthorized.status_code == 401 and unauthorized.json()["code"] == "unauthenticated"


async def test_scripted_start_stream_and_process_calls(http):
    envd, auth = await create(http, envVars={"A": "from-sandbox"})
    url = envd.join("/process.Process/Start")
    seen = await frames(http, url, start("echo hi; exit 3"), auth)
    assert seen == [
        {"event": {"start": {"pid": 1000}}},
        {"event": {"data": {"stdout": base64.b64encode(b"hi\n").decode()}}},
        {"event": {"data": {"stderr": base64.b64encode(b"oops\n").decode()}}},
        {"event": {"end": {"exitCode": 3, "exited": True, "status": "exit status 3", "error": "exit status 3"}}},
    ]
    assert (await frames(http, url, start("ok"), auth))[-1] == {
        "event": {"end": {"exited": True, "status": "exit status 0"}}
    }
    root = {**auth, "Authorization": "Basic " + base64.b64encode(b"root:").decode()}
    out = await frames(http, url, start("pwd", cwd="/tmp"), root)
    assert base64.b64decode(out[1]["event"]["data"]["stdout"]) == b"root /tmp from-sandbox\n"

    async def kill(first):
        pid = first["event"]["start"]["pid"]
        listed = (await http.post(envd.join("/process.Process/List"), json={}, headers=auth)).json()
        assert listed["processes"][0]["pid"] == pid
        body = {"process": {"pid": pid}, "signal": "SIGNAL_SIGKILL"}
        assert (await http.post(envd.join("/process.Process/SendSignal"), json=body, headers=auth)).json() == {}

    killed = await frames(http, url, start("sleep forever"), auth, after_start=kill)
    assert killed[-1] == {"event": {"end": {"exitCode": -1, "status": "signal: killed", "error": "signal: killed"}}}
    assert (await http.post(envd.join("/process.Process/List"), json={}, headers=auth)).json() == {}
    body = {"process": {"pid": 1}, "signal": "SIGNAL_SIGKILL"}
    unknown = await http.post(envd.join("/process.Process/SendSignal"), json=body, headers=auth)
    assert unknown.status_code == 404 and unknown.json() == {"code": "not_found", "message": "process with pid 1 not found"}

    async def type_and_close(first):
        pid = {"pid": first["event"]["start"]["pid"]}
        data = {"process": pid, "input": {"stdin": base64.b64encode(b"abc").decode()}}
        await http.post(envd.join("/process.Process/SendInput"), json=data, headers=auth)
        await http.post(envd.join("/process.Process/CloseStdin"), json={"process": pid}, headers=auth)

    echoed = await frames(http, url, {**start("cat"), "stdin": True}, auth, after_start=type_and_close)
    assert echoed[1] == {"event": {"data": {"stdout": base64.b64encode(b"abc").decode()}}}


async def test_deadline_keepalive_and_pause_end_streams(http):
    envd, auth = await create(http)
    url = envd.join("/process.Process/Start")
    headers = {**auth, "Connect-Timeout-Ms": "300", "Keepalive-Ping-Interval": "0.1"}
    with pytest.raises(SandboxerTimeoutError):
        await frames(http, url, start("sleep forever"), headers)
    listed = (await http.post(envd.join("/process.Process/List"), json={}, headers=auth)).json()
    assert listed == {}  # envd killed it at the deadline (process/start.go:39-44)

    async def pause(_first):
        await http.post(f"{API}/sandboxes/ifake000000000000001/pause", headers=KEY)

    with pytest.raises(ConnectionFailedError, match="unavailable"):
        await frames(http, url, start("sleep forever"), auth, pause)
    assert (await http.get(envd.join("/files"), params={"path": "x"}, headers=auth)).status_code == 502


async def test_files_listing_and_watching(http):
    envd, auth = await create(http)
    watch_url = envd.join("/filesystem.Filesystem/WatchDir")
    decoder = StreamDecoder("e2b", "watch")
    async with http.stream("POST", watch_url, content=envelope({"path": "/home/user"}), headers={**auth, **STREAM}) as watch:
        chunks = watch.aiter_raw()
        assert decoder.feed(await anext(chunks)) == [{"start": {}}]
        files = {"file": ("ignored.txt", b"hello\r\n--x\n", "text/plain")}
        up = await http.post(envd.join("/files"), params={"path": "docs/a.txt"}, files=files, headers=auth)
        assert up.json() == [{"name": "a.txt", "path": "/home/user/docs/a.txt", "type": "file"}]
        await http.post(envd.join("/filesystem.Filesystem/Remove"), json={"path": "docs"}, headers=auth)
        events = [decoder.feed(await anext(chunks))[0]["filesystem"] for _ in range(2)]
        assert events == [{"name": "docs", "type": "EVENT_TYPE_CREATE"}, {"name": "docs", "type": "EVENT_TYPE_REMOVE"}]
    assert not (await http.post(f"{API}/sandboxes", json={"templateID": "base"}, headers=KEY)).is_error
    up = await http.post(envd.join("/files"), params={"path": "/tmp/b.bin"}, files={"file": b"\x00\xff"}, headers=auth)
    down = await http.get(envd.join("/files"), params={"path": "/tmp/b.bin"}, headers=auth)
    assert down.content == b"\x00\xff" and down.headers["content-type"] == "application/octet-stream"
    missing = await http.get(envd.join("/files"), params={"path": "nope"}, headers=auth)
    assert missing.status_code == 404 and missing.json() == {"code": 404, "message": "path '/home/user/nope' does not exist"}
    stat = await http.post(envd.join("/filesystem.Filesystem/Stat"), json={"path": "/tmp/b.bin"}, headers=auth)
    assert stat.json() == {"entry": {
        "name": "b.bin", "type": "FILE_TYPE_FILE", "path": "/tmp/b.bin", "size": "2", "mode": 0o644,
        "permissions": "-rw-r--r--", "owner": "user", "group": "user", "modifiedTime": "2026-10-01T12:00:05Z",
    }}  # fmt: skip
    listing = await http.post(envd.join("/filesystem.Filesystem/ListDir"), json={"path": "/", "depth": 1}, headers=auth)
    assert [(e["name"], e["type"]) for e in listing.json()["entries"]] == [
        ("home", "FILE_TYPE_DIRECTORY"), ("root", "FILE_TYPE_DIRECTORY"), ("tmp", "FILE_TYPE_DIRECTORY")
    ]  # fmt: skip
    again = await http.post(envd.join("/filesystem.Filesystem/MakeDir"), json={"path": "/tmp"}, headers=auth)
    assert again.status_code == 409 and again.json()["code"] == "already_exists"


async def test_deterministic_and_injected():
    async def run() -> list[bytes]:
        async with httpx.AsyncClient(transport=FakeE2B(commands=COMMANDS)) as http:
            envd, auth = await create(http)
            await http.post(envd.join("/files"), params={"path": "f"}, files={"file": b"1"}, headers=auth)
            answers = [await http.get(f"{API}/sandboxes/ifake000000000000001", headers=KEY)]
            answers.append(await http.post(envd.join("/filesystem.Filesystem/ListDir"), json={"path": "~"}, headers=auth))
            return [a.content for a in answers]

    assert await run() == await run()
    fake = FakeE2B()
    fake.inject("GET", r"/v2/sandboxes", 429, {"code": 429, "message": "slow down"}, {"Retry-After": "1"})
    async with httpx.AsyncClient(transport=fake) as http:
        limited = await http.get(f"{API}/v2/sandboxes", headers=KEY)
        assert limited.status_code == 429 and limited.headers["Retry-After"] == "1"
        assert json.loads((await http.get(f"{API}/v2/sandboxes", headers=KEY)).content) == []
