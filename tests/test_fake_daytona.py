"""The Daytona fake (tests/fake_daytona.py) itself: shapes, status codes, sessions, websockets."""

from __future__ import annotations

import asyncio
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
    "slow": [("stdout", "a\n"), ("sleep", 0.05), ("stderr", "b\n"), ("sleep", 0.05), ("stdout", "c")],
    "printf abc": [("stdout", "ab"), ("sleep", 0.05), ("stdout", "c"), ("exit", 0)],
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
    sized = await http.post(f"{API}/sandbox", json={"snapshot": "base", "memory": 2})
    assert sized.status_code == 400 and sized.json()["message"] == "Cannot specify Sandbox resources when using a snapshot"
    created = await http.post(f"{API}/sandbox", json={"snapshot": "base", "labels": {"team": "a"}})
    assert created.status_code == 200
    sandbox = created.json()  # answered once started: the server waited (simulated seconds)
    assert (sandbox["id"], sandbox["state"], sandbox["cpu"], sandbox["memory"], sandbox["disk"]) == ("dfake0001", "started", 1, 1, 3)
    assert sandbox["toolboxProxyUrl"] == TOOLBOX and sandbox["sandboxClass"] == "container"
    built = (await http.post(f"{API}/sandbox", json={"labels": {"team": "b"}, "cpu": 2,
                                                     "buildInfo": {"dockerfileContent": "FROM python:3.12\n"}})).json()  # fmt: skip
    assert built["state"] == "pending_build"  # answered at once: builds are not waited for
    states = [(await http.get(f"{API}/sandbox/{built['id']}")).json()["state"] for _ in range(3)]
    assert states == ["starting", "started", "started"]  # one simulated second each (one a request)
    broken = await http.post(f"{API}/sandbox", json={"snapshot": "broken", "labels": {"team": "a"}})
    assert broken.status_code == 400 and broken.json()["message"].startswith("Sandbox failed to start")
    failed = (await http.get(f"{API}/sandbox/dfake0003")).json()  # made all the same
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
    refused = await http.post(f"{API}/sandbox/dfake0001/pause")  # a container
    assert refused.status_code == 422 and refused.json()["message"] == "Pausing is not supported for this sandbox"
    assert (await http.post(f"{API}/sandbox/dfake0001/stop")).json()["state"] == "stopping"
    assert (await http.delete(f"{API}/sandbox/dfake0001")).status_code == 409  # a change under way
    assert (await http.get(f"{TOOLBOX}/dfake0001/files")).json()["message"].endswith("Is the Sandbox started?")
    assert (await http.get(f"{API}/sandbox/dfake0001")).json()["state"] == "stopped"
    assert (await http.post(f"{API}/sandbox/dfake0001/start")).json()["state"] == "starting"
    while (await http.get(f"{API}/sandbox/dfake0001")).json()["state"] != "started":
        pass
    assert (await http.post(f"{API}/sandbox/dfake0001/autostop/30")).json()["autoStopInterval"] == 30
    preview = (await http.get(f"{API}/sandbox/dfake0001/ports/3000/preview-url")).json()
    assert preview["url"] == "https://3000-dfake0001.proxy.daytona.works"
    assert (await http.delete(f"{API}/sandbox/dfake0001")).json()["desiredState"] == "destroyed"
    assert [s["id"] for s in (await http.get(f"{API}/sandbox")).json()["items"]] == ["dfake0003", "dfake0002"]
    assert (await http.post(f"{API}/sandbox/dfake0002/ttl/10")).json()["autoDestroyAt"]


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
        "mode": "-rw-r--r--", "permissions": "0644", "owner": "1001", "group": "1001",
        "modTime": "2026-10-01 12:00:05 +0000 UTC", "modifiedAt": "2026-10-01T12:00:05Z",
    }]  # fmt: skip
    assert (await http.post(f"{box}/files/folder", params={"path": "/tmp/x/y", "mode": "0700"})).status_code == 201
    info = (await http.get(f"{box}/files/info", params={"path": "/tmp/x/y"})).json()
    assert (info["isDir"], info["mode"], info["permissions"]) == (True, "drwx------", "0700")
    moved = await http.post(f"{box}/files/move", params={"source": "docs", "destination": "/tmp/x/docs"})
    assert moved.status_code == 200
    assert (await http.delete(f"{box}/files", params={"path": "/tmp/x"})).status_code == 400
    assert (await http.delete(f"{box}/files", params={"path": "/tmp/x", "recursive": "true"})).status_code == 204
    missing = await http.get(f"{box}/files/info", params={"path": "/tmp/x"})
    assert missing.status_code == 404 and missing.content == b""  # AbortWithError: no body


async def test_session_exec_and_logs(http):
    _, box = await started(http)
    assert (await http.post(f"{box}/process/session", json={"sessionId": "s"})).status_code == 201
    assert (await http.post(f"{box}/process/session", json={"sessionId": "s"})).status_code == 409
    done = await http.post(f"{box}/process/session/s/exec", json={"command": "echo hi; echo oops >&2; exit 3"})
    assert done.status_code == 200 and done.json() == {
        "cmdId": "cmd-1", "exitCode": 3, "output": "\x01\x01\x01hi\n\x02\x02\x02oops\n", "stdout": "hi\n", "stderr": "oops\n"
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
    assert b"".join(messages) == b"\x01\x01\x01a\n\x02\x02\x02b\n\x01\x01\x01c\n" and len(messages) >= 2
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


async def test_files_as_the_daemons_os_calls_make_them(http, fake):
    """daemon pkg/toolbox/fs/*.go (v0.190.0): os.Stat (links followed), ENOENT 404 and anything
    else 400 (ENOTDIR: a path under a file), empty error bodies; MkdirAll any failure 400; a move
    refuses any destination that is there (409), makes no parents (404), and into its own subtree
    its copy fallback deletes everything (200)."""
    _, box = await started(http)
    sb = next(iter(fake.sandboxes.values()))
    up = await http.post(f"{box}/files/upload-v2", params={"path": "/tmp/d/f.txt"}, files={"file": b"12345"})
    assert up.status_code == 200 and sb.fs.entries["/tmp/d"].mode == 0o750  # gin: MkdirAll(dir, 0750)
    sb.fs.symlink("f.txt", "/tmp/d/link")
    sb.fs.symlink("nowhere", "/tmp/d/dangling")

    async def status(method: str, route: str, **params) -> int:
        answer = await http.request(method, f"{box}/files{route}", params=params)
        assert answer.status_code < 400 or answer.content == b""
        return answer.status_code

    link = (await http.get(f"{box}/files/info", params={"path": "/tmp/d/link"})).json()
    assert (link["name"], link["size"], link["mode"], link["isDir"]) == ("link", 5, "-rw-r--r--", False)
    listed = (await http.get(f"{box}/files", params={"path": "/tmp/d"})).json()
    assert [e["name"] for e in listed] == ["f.txt", "link"]  # the dangling link is left out
    assert await status("GET", "/info", path="/tmp/d/f.txt/x") == 400  # ENOTDIR
    assert await status("GET", "/info", path="/tmp/d/none") == 404
    assert await status("GET", "", path="/tmp/d/f.txt") == 400  # readdirent: not a directory
    assert await status("GET", "/download", path="/tmp/d/f.txt/x") == 400
    assert await status("GET", "/download", path="/tmp/d") == 400  # path must be a file
    assert await status("DELETE", "", path="/tmp/d/f.txt/x", recursive="true") == 400
    assert await status("DELETE", "", path="/tmp/d/dangling", recursive="true") == 404  # Stat first
    assert await status("POST", "/folder", path="/tmp/d/f.txt", mode="755") == 400  # never 409
    assert await status("POST", "/folder", path="/tmp/d/f.txt/sub", mode="755") == 400
    assert await status("POST", "/folder", path="/tmp/d", mode="700") == 201  # there: mode unchanged
    assert sb.fs.entries["/tmp/d"].mode == 0o750
    assert await status("POST", "/folder", path="/tmp/e", mode="") == 201
    assert await status("DELETE", "", path="/tmp/e") == 400  # a directory, even empty, wants recursive
    assert await status("POST", "/move", source="/tmp/d/link", destination="/tmp/d/f.txt") == 409
    assert await status("POST", "/move", source="/tmp/d/f.txt", destination="/tmp/e") == 409
    assert await status("POST", "/move", source="/tmp/d/f.txt", destination="/tmp/no/f.txt") == 404
    assert await status("POST", "/move", source="/tmp/d/f.txt", destination="/tmp/d/f.txt/g") == 400
    assert await status("POST", "/permissions", path="/tmp/d/link", mode="4755") == 200
    assert sb.fs.entries["/tmp/d/f.txt"].mode == 0o755  # through the link; the setuid bit dropped
    assert await status("POST", "/permissions", path="/tmp/d/f.txt", owner="nobody-here") == 400
    assert await status("POST", "/move", source="/tmp/d", destination="/tmp/d/inside") == 200
    assert not [p for p in sb.fs.entries if p.startswith("/tmp/d")]  # copied into itself, then removed
    assert await status("POST", "/folder", path="rel/x", mode="755") == 201  # the working directory
    assert sb.fs.entries["/home/daytona/rel/x"].is_dir


async def test_output_reaches_the_log_a_line_at_a_time(http, fake):
    """The wrapper's line readers (pkg/session/execute.go:212-213): a chunk per whole line, a last
    line ended with a newline it never had."""
    _, box = await started(http)
    await http.post(f"{box}/process/session", json={"sessionId": "s"})
    done = await http.post(f"{box}/process/session/s/exec", json={"command": "printf abc"})
    assert (done.json()["stdout"], done.json()["output"]) == ("abc\n", "\x01\x01\x01abc\n")


async def test_a_process_killed_by_a_signal_ends_with_128_plus_it(fake):
    steps = [("process", 4242, "sleep 300", [("stdout", "4242\n"), ("hang",)]), ("stdout", "after\n"), ("exit", None)]
    fake.commands["sleeper"] = steps
    async with httpx.AsyncClient(transport=fake, headers=AUTH) as http:
        _, box = await started(http)
        sb = next(iter(fake.sandboxes.values()))
        await http.post(f"{box}/process/session", json={"sessionId": "s"})
        await http.post(f"{box}/process/session/s/exec", json={"command": "sleeper", "runAsync": True})
        for _ in range(100):
            if 4242 in sb.processes:
                break
            await asyncio.sleep(0.01)
        sb.signal(4242, 9)
        for _ in range(100):
            answer = (await http.get(f"{box}/process/session/s/command/cmd-1")).json()
            if "exitCode" in answer:
                break
            await asyncio.sleep(0.01)
        assert answer["exitCode"] == 137 and not sb.processes
        logs = (await http.get(f"{box}/process/session/s/command/cmd-1/logs", headers=JSON_LOGS)).json()
        assert logs["stdout"] == "4242\nafter\n"  # the line went on after its process
