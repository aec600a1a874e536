"""The Blaxel fake (tests/fake_blaxel.py) itself: shapes against specs/blaxel/, statuses, streams."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from tests.fake_blaxel import FakeBlaxel
from tests.spec_check import Spec

API = "https://api.blaxel.ai/v0"
HEADERS = {"Authorization": "Bearer blaxel-replay-key", "X-Blaxel-Workspace": "fake-ws"}
SPECS = Path(__file__).resolve().parent.parent / "specs" / "blaxel"
COMMANDS = {
    "echo hi; echo oops >&2; exit 3": [("stdout", "hi\n"), ("stderr", "oops\n"), ("exit", 3)],
    "slow": [("stdout", "a\n"), ("sleep", 0.05), ("stderr", "b\n"), ("sleep", 0.05), ("stdout", "c\n")],
    "sleep infinity": [("hang",)],
}


@pytest.fixture
def fake() -> FakeBlaxel:
    return FakeBlaxel(commands=COMMANDS)


@pytest.fixture
async def http(fake):
    control, sandbox = (
        Spec(SPECS / "controlplane.openapi.yaml", r"^/v0"),
        Spec(SPECS / "sandbox.openapi.yaml"),
    )

    async def check(answer: httpx.Response) -> None:  # every plain answer must fit the spec
        request = answer.request
        if answer.headers.get("content-type", "").startswith("text/plain"):
            return  # a stream: the spec types it as a string
        await answer.aread()
        spec = control if request.url.host == "api.blaxel.ai" else sandbox
        problems = spec.check(
            request.method, str(request.url), request.content, request.headers.get("content-type"),
            answer.status_code, answer.content, answer.headers.get("content-type"),
        )  # fmt: skip
        assert not problems, problems

    async with httpx.AsyncClient(
        transport=fake, headers=HEADERS, event_hooks={"response": [check]}
    ) as client:
        yield client


async def deployed(http, name: str = "box", image: str = "blaxel/base:latest") -> tuple[dict, str]:
    body = {"metadata": {"name": name, "labels": {"k": "v"}},
            "spec": {"runtime": {"image": image, "memory": 2048, "envs": [{"name": "A", "value": "1"}]}}}  # fmt: skip
    created = (await http.post(f"{API}/sandboxes", json=body)).json()
    assert created["status"] == "DEPLOYING" and created["metadata"]["workspace"] == "fake-ws"
    statuses = [(await http.get(f"{API}/sandboxes/{name}")).json()["status"] for _ in range(3)]
    assert statuses[:2] == ["DEPLOYING", "DEPLOYING"]
    return created, created["metadata"]["url"]


async def test_create_deploy_and_errors(http, fake):
    created, url = await deployed(http)
    assert url == "https://sbx-box-fake-ws.us-pdx-1.bl.run"
    sandbox = (await http.get(f"{API}/sandboxes/box")).json()
    assert (sandbox["status"], sandbox["state"], sandbox["spec"]["runtime"]["memory"]) == (
        "DEPLOYED",
        "RUNNING",
        2048,
    )
    again = await http.post(f"{API}/sandboxes", json={"metadata": {"name": "box"}, "spec": {}})
    assert again.status_code == 409 and again.json()["code"] == "SANDBOX_ALREADY_EXISTS"
    missing = await http.get(f"{API}/sandboxes/nope")
    assert missing.status_code == 404 and missing.json() == {
        "code": 404, "error": "SANDBOX_NOT_FOUND", "message": "sandbox nope not found"}  # fmt: skip
    unauthorized = await http.post(f"{API}/sandboxes", json={"metadata": {"name": "x"}, "spec": {}},
                                   headers={"Authorization": "Bearer bad"})  # fmt: skip
    assert unauthorized.status_code == 401 and unauthorized.json()["code"] == "UNAUTHORIZED"
    fake.fail_images.add("broken")
    await http.post(
        f"{API}/sandboxes", json={"metadata": {"name": "bad"}, "spec": {"runtime": {"image": "broken"}}}
    )
    assert [(await http.get(f"{API}/sandboxes/bad")).json()["status"] for _ in range(3)][-1] == "FAILED"
    preview = (await http.post(f"{API}/sandboxes/box/previews",
                               json={"metadata": {"name": "web"}, "spec": {"port": 8080, "public": True}})).json()  # fmt: skip
    assert preview["spec"]["url"] == "https://web-box.preview.bl.run"
    gone = (await http.delete(f"{API}/sandboxes/box")).json()
    assert gone["status"] == "DELETING" and (await http.get(f"{API}/sandboxes/box")).status_code == 404


async def test_list_paging(http, fake):
    fake.page_size = 2
    for name in ("s1", "s2", "s3"):
        await http.post(f"{API}/sandboxes", json={"metadata": {"name": name}, "spec": {}})
    first = (await http.get(f"{API}/sandboxes", params={"limit": 10})).json()
    assert [s["metadata"]["name"] for s in first["data"]] == ["s3", "s2"] and first["meta"]["hasMore"]
    second = (await http.get(f"{API}/sandboxes", params={"cursor": first["meta"]["nextCursor"]})).json()
    assert [s["metadata"]["name"] for s in second["data"]] == ["s1"] and not second["meta"]["hasMore"]


async def test_multipart_binary_round_trip(http):
    _, url = await deployed(http)
    data = bytes(range(256)) * 5 + b"\r\n--not-a-boundary\r\n"
    init = (await http.post(f"{url}/filesystem-multipart/initiate/%2Ftmp%2Fbin%2Fblob", json={})).json()
    assert init["path"] == "/tmp/bin/blob"
    parts = []
    for number, chunk in enumerate((data[:700], data[700:]), 1):
        part = await http.put(f"{url}/filesystem-multipart/{init['uploadId']}/part",
                              params={"partNumber": number}, files={"file": ("blob", chunk)})  # fmt: skip
        parts.append({"partNumber": number, "etag": part.json()["etag"]})
    done = await http.post(f"{url}/filesystem-multipart/{init['uploadId']}/complete", json={"parts": parts})
    assert done.json()["path"] == "/tmp/bin/blob"
    raw = await http.get(f"{url}/filesystem/%2Ftmp%2Fbin%2Fblob", headers={"Accept": "application/octet-stream"})
    assert raw.headers["content-type"] == "application/octet-stream" and raw.content == data
    listing = (await http.get(f"{url}/filesystem/%2Ftmp%2Fbin")).json()
    assert listing["files"][0]["size"] == len(data) and listing["subdirectories"] == []
    assert (await http.delete(f"{url}/filesystem/%2Ftmp")).status_code == 422  # not empty
    assert (await http.delete(f"{url}/filesystem/%2Ftmp%2Fbin", params={"recursive": "true"})).status_code == 200
    assert (await http.get(f"{url}/filesystem/%2Ftmp%2Fbin")).json() == {
        "error": "stat /tmp/bin: no such file or directory"
    }


async def test_process_wait_logs_stream_and_watch(http):
    _, url = await deployed(http)
    ran = (await http.post(f"{url}/process", json={"command": "echo hi; echo oops >&2; exit 3",
                                                   "waitForCompletion": True})).json()  # fmt: skip
    assert (ran["pid"], ran["name"], ran["status"], ran["exitCode"]) == ("1000", "proc-1", "failed", 3)
    assert (ran["stdout"], ran["stderr"], ran["logs"]) == ("hi\n", "oops\n", "hi\noops\n")
    started = (await http.post(f"{url}/process", json={"command": "slow", "name": "bg"})).json()
    assert (started["status"], started["completedAt"]) == ("running", "")
    async with http.stream("GET", f"{url}/process/bg/logs/stream") as stream:
        lines = [line async for line in stream.aiter_lines()]
    assert lines == ["stdout:a", "stderr:b", "stdout:c"]
    assert (await http.get(f"{url}/process/bg")).json()["status"] == "completed"
    await http.post(f"{url}/process", json={"command": "sleep infinity", "name": "forever"})
    assert (await http.delete(f"{url}/process/forever/kill")).status_code == 200
    killed = (await http.get(f"{url}/process/forever")).json()
    assert (killed["status"], killed["exitCode"]) == ("killed", 137)
    assert (await http.get(f"{url}/process/nope")).status_code == 404
    async with http.stream("GET", f"{url}/watch/filesystem/%2Fhome%2Fuser") as watch:
        await http.put(f"{url}/filesystem/%2Fhome%2Fuser%2Fnote.txt", json={"content": "hello"})
        await http.put(f"{url}/filesystem/%2Ftmp%2Fother", json={"content": "elsewhere"})
        await http.delete(f"{url}/filesystem/%2Fhome%2Fuser%2Fnote.txt")
        lines = watch.aiter_lines()
        events = [json.loads(await asyncio.wait_for(anext(lines), 1)) for _ in range(2)]
        assert [(e["op"], e["path"], e["name"]) for e in events] == [
            ("CREATE", "/home/user", "note.txt"), ("REMOVE", "/home/user", "note.txt")
        ]
    note = await http.get(f"{url}/filesystem/%2Fhome%2Fuser")
    assert note.json()["files"] == []
