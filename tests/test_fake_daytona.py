"""The Daytona fake (tests/fake_daytona.py) itself: shapes, status codes, sessions, websockets."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import httpx
import pytest
from wsproto.connection import Connection, ConnectionType
from wsproto.events import BytesMessage, CloseConnection, TextMessage

from tests.fake_daytona import FakeDaytona
from tests.spec_check import Spec

API = "https://app.daytona.io/api"
TOOLBOX = "https://proxy.app.daytona.io/toolbox"
AUTH = {"Authorization": "Bearer dtn-replay-key"}
JSON_LOGS = {**AUTH, "X-Daytona-SDK-Version": "0.167.0"}
SPECS = Path(__file__).resolve().parent.parent / "specs" / "daytona"
COMMANDS = {
    "echo hi; echo oops >&2; exit 3": [("stdout", "hi\n"), ("stderr", "oops\n"), ("exit", 3)],
    "slow": [("stdout", "a"), ("sleep", 0.05), ("stderr", "b"), ("sleep", 0.05), ("stdout", "c")],
    "cat": [("echo_stdin",)],
}


@pytest.fixture
def fake() -> FakeDaytona:
    return FakeDaytona(commands=COMMANDS)


@pytest.fixture
async def http(fake):
    checked = {"api": Spec(SPECS / "api.openapi.yaml", r"^/api"),
               "toolbox": Spec(SPECS / "toolbox.openapi.yaml", r"^/toolbox/[^/]+")}  # fmt: skip

    async def check(answer: httpx.Response) -> None:  # every plain answer must fit the spec
        request, toolbox = answer.request, answer.request.url.host.startswith("proxy.")
        if answer.status_code == 101 or (toolbox and answer.status_code in (401, 502)):
            return  # a websocket, or the proxy's errors (the toolbox spec declares the daemon's only)
        await answer.aread()
        spec = checked["toolbox" if toolbox else "api"]
        problems = spec.check(
            request.method, str(request.url), request.content, request.headers.get("content-type"),
            answer.status_code, answer.content, answer.headers.get("content-type"),
        )  # fmt: skip
        assert not problems, problems

    async with httpx.AsyncClient(transport=fake, headers=AUTH, event_hooks={"response": [check]}) as client:
        yield client


async def started(http, **body) -> tuple[dict, str]:
    sandbox = (await http.post(f"{API}/sandbox", json=body)).json()
    states = [(await http.get(f"{API}/sandbox/{sandbox['id']}")).json()["state"] for _ in range(3)]
    assert states[-1] == "started"
    return sandbox, f"{TOOLBOX}/{sandbox['id']}"


async def test_create_start_list_and_errors(http, fake):
    fake.fail_start.add("broken")
    created = await http.post(f"{API}/sandbox", json={"snapshot": "base", "labels": {"team": "a"}, "memory": 2})
    assert created.status_code == 200
    sandbox = created.json()
    assert (sandbox["id"], sandbox["state"], sandbox["cpu"], sandbox["memory"], sandbox["disk"]) == ("dfake0001", "creating", 1, 2, 3)
    assert sandbox["toolboxProxyUrl"] == TOOLBOX and sandbox["createdAt"] == "2026-10-01T12:00:00.000Z"
    states = [(await http.get(f"{API}/sandbox/dfake0001")).json()["state"] for _ in range(3)]
    assert states == ["starting", "starting", "started"]
    await http.post(f"{API}/sandbox", json={"labels": {"team": "b"}})
    await http.post(f"{API}/sandbox", json={"snapshot": "broken", "labels": {"team": "a"}})
    failed = [(await http.get(f"{API}/sandbox/dfake0003")).json() for _ in range(3)][-1]
    assert failed["state"] == "error" and "broken" in failed["errorReason"]
    params = {"labels": json.dumps({"team": "a"}), "limit": 1}
    first = (await http.get(f"{API}/sandbox", params=params)).json()
    assert [s["id"] for s in first["items"]] == ["dfake0003"] and first["nextCursor"]
    second = (await http.get(f"{API}/sandbox", params={**params, "cursor": first["nextCursor"]})).json()
    assert [s["id"] for s in second["items"]] == ["dfake0001"] and second["nextCursor"] is None
    assert "env" not in second["items"][0]
    missing = await http.get(f"{API}/sandbox/nope")
    assert missing.status_code == 404 and missing.json() == {
        "statusCode": 404, "message": "Sandbox with ID or name nope not found", "error": "Not Found",
        "timestamp": missing.json()["timestamp"], "path": "/api/sandbox/nope",
    }  # fmt: skip
    assert (await http.get(f"{API}/sandbox", headers={"Authorization": "Bearer x"})).status_code == 401
    assert (await http.post(f"{API}/sandbox/dfake0001/pause")).json()["state"] == "paused"
    again = await http.post(f"{API}/sandbox/dfake0001/pause")
    assert again.status_code == 409 and again.json()["message"] == "Sandbox is not started"
    assert (await http.get(f"{TOOLBOX}/dfake0001/files")).status_code == 502
    assert (await http.post(f"{API}/sandbox/dfake0001/start")).json()["state"] == "started"
    assert (await http.post(f"{API}/sandbox/dfake0001/autostop/30")).json()["autoStopInterval"] == 30
    preview = (await http.get(f"{API}/sandbox/dfake0001/ports/3000/preview-url")).json()
    assert preview["url"] == "https://3000-dfake0001.proxy.daytona.works"
    assert (await http.delete(f"{API}/sandbox/dfake0001")).json()["desiredState"] == "destroyed"
    assert [s["id"] for s in (await http.get(f"{API}/sandbox")).json()["items"]] == ["dfake0003", "dfake0002"]


async def test_files(http):
    _, box = await started(http)
    data = b"\x00\xff\r\n--not-a-boundary\r\n" + os.urandom(64)
    up = await http.post(f"{box}/files/upload-v2", params={"path": "docs/a.bin"}, files={"file": ("a.bin", data)})
    assert up.json() == {"name": "a.bin", "path": "/home/daytona/docs/a.bin", "type": "file"}
    down = await http.get(f"{box}/files/download", params={"path": "/home/daytona/docs/a.bin"})
    assert down.content == data and down.headers["content-type"] == "application/octet-stream"
    listing = (await http.get(f"{box}/files", params={"path": "docs"})).json()
    assert listing == [{
        "name": "a.bin", "path": "/home/daytona/docs/a.bin", "isDir": False, "size": len(data),
        "mode": "-rw-r--r--", "permissions": "0644", "owner": "daytona", "group": "daytona",
        "modTime": "2026-10-01 12:00:04 +0000 UTC", "modifiedAt": "2026-10-01T12:00:04Z",
    }]  # fmt: skip
    assert (await http.post(f"{box}/files/folder", params={"path": "/tmp/x/y", "mode": "0700"})).status_code == 201
    info = (await http.get(f"{box}/files/info", params={"path": "/tmp/x/y"})).json()
    assert (info["isDir"], info["mode"], info["permissions"]) == (True, "drwx------", "0700")
    moved = await http.post(f"{box}/files/move", params={"source": "docs", "destination": "/tmp/x/docs"})
    assert moved.status_code == 200
    assert (await http.delete(f"{box}/files", params={"path": "/tmp/x"})).status_code == 400
    assert (await http.delete(f"{box}/files", params={"path": "/tmp/x", "recursive": "true"})).status_code == 204
    missing = await http.get(f"{box}/files/info", params={"path": "/tmp/x"})
    assert missing.status_code == 404 and missing.json()["source"] == "DAYTONA_DAEMON"


async def test_session_exec_and_logs(http):
    _, box = await started(http)
    assert (await http.post(f"{box}/process/session", json={"sessionId": "s"})).status_code == 201
    assert (await http.post(f"{box}/process/session", json={"sessionId": "s"})).status_code == 409
    done = await http.post(f"{box}/process/session/s/exec", json={"command": "echo hi; echo oops >&2; exit 3"})
    assert done.status_code == 200 and done.json() == {
        "cmdId": "cmd-1", "exitCode": 3, "output": "hi\noops\n", "stdout": "hi\n", "stderr": "oops\n"
    }  # fmt: skip
    raw = await http.get(f"{box}/process/session/s/command/cmd-1/logs")
    assert raw.content == b"\x01\x01\x01hi\n\x02\x02\x02oops\n" and raw.headers["content-type"].startswith("text/plain")
    started_cat = await http.post(f"{box}/process/session/s/exec", json={"command": "cat", "runAsync": True})
    assert started_cat.status_code == 202 and started_cat.json() == {"cmdId": "cmd-2"}
    assert (await http.get(f"{box}/process/session/s/command/cmd-2")).json() == {"id": "cmd-2", "command": "cat"}
    typed = await http.post(f"{box}/process/session/s/command/cmd-2/input", json={"data": "x"})
    assert typed.status_code == 204
    logs = (await http.get(f"{box}/process/session/s/command/cmd-2/logs", headers=JSON_LOGS)).json()
    assert logs == {"output": "x\nx\n", "stdout": "x\nx\n", "stderr": ""}  # the daemon's echo, then cat's
    assert (await http.delete(f"{box}/process/session/s")).status_code == 204
    gone = await http.get(f"{box}/process/session/s/command/cmd-2")
    assert gone.status_code == 404


async def websocket(http, url: str) -> tuple[Connection, object]:
    key = base64.b64encode(os.urandom(16)).decode()
    headers = {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": key}
    answer = await http.send(http.build_request("GET", url, headers=headers), stream=True)
    assert answer.status_code == 101 and answer.headers["sec-websocket-accept"]
    return Connection(ConnectionType.CLIENT), answer.extensions["network_stream"]


async def receive_all(conn: Connection, stream) -> tuple[list, CloseConnection]:
    messages = []
    while True:
        conn.receive_data(await stream.read(65536, timeout=5))
        for event in conn.events():
            if isinstance(event, CloseConnection):
                await stream.write(conn.send(event.response()))
                return messages, event
            messages.append(event.data)


async def test_websockets_follow_logs_and_terminal(http):
    _, box = await started(http)
    await http.post(f"{box}/process/session", json={"sessionId": "s"})
    await http.post(f"{box}/process/session/s/exec", json={"command": "slow", "runAsync": True})
    conn, stream = await websocket(http, f"{box}/process/session/s/command/cmd-1/logs?follow=true")
    messages, close = await receive_all(conn, stream)
    assert b"".join(messages) == b"\x01\x01\x01a\x02\x02\x02b\x01\x01\x01c" and len(messages) >= 2
    assert close.code == 1000 and await stream.read(10) == b""

    assert (await http.post(f"{box}/process/pty", json={"id": "t", "cols": 80, "rows": 24})).status_code == 201
    resized = await http.post(f"{box}/process/pty/t/resize", json={"cols": 100, "rows": 30})
    assert (resized.json()["cols"], resized.json()["active"]) == (100, True)
    conn, stream = await websocket(http, f"{box}/process/pty/t/connect")
    await stream.write(conn.send(TextMessage("echo 1\r")) + conn.send(BytesMessage(b"exit\r")))
    messages, close = await receive_all(conn, stream)
    assert messages == ['{"type":"control","status":"connected"}', b"echo 1\r", b"exit\r"]
    assert close.code == 1000
    assert (await http.get(f"{box}/process/pty")).json() == {"sessions": []}


async def test_deterministic_and_injected():
    async def run() -> list[bytes]:
        async with httpx.AsyncClient(transport=FakeDaytona(commands=COMMANDS), headers=AUTH) as http:
            _, box = await started(http, labels={"k": "v"})
            await http.post(f"{box}/files/upload-v2", params={"path": "f"}, files={"file": b"1"})
            return [(await http.get(url)).content for url in (f"{API}/sandbox", f"{box}/files/info?path=f")]

    assert await run() == await run()
    fake = FakeDaytona()
    fake.inject("GET", r"/api/sandbox", 429, {"statusCode": 429, "message": "slow down"}, {"Retry-After": "1"})
    async with httpx.AsyncClient(transport=fake, headers=AUTH) as http:
        first = await http.get(f"{API}/sandbox")
        assert (first.status_code, first.headers["retry-after"]) == (429, "1")
        assert (await http.get(f"{API}/sandbox")).json() == {"items": [], "nextCursor": None}
