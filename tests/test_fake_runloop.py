"""The Runloop fake (tests/fake_runloop.py) itself: shapes against specs/runloop/, statuses, SSE."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.fake_runloop import BASE_MS, FakeRunloop
from tests.spec_check import Spec

API = "https://api.runloop.ai/v1"
SPEC = Path(__file__).resolve().parent.parent / "specs" / "runloop" / "api.openapi.yaml"
COMMANDS = {
    "slow": [
        ("stdout", "a\n"),
        ("sleep", 0.05),
        ("stderr", "b\n"),
        ("sleep", 0.05),
        ("stdout", "c\n"),
        ("exit", 3),
    ],
    "cat": [("echo_stdin",)],
}


@pytest.fixture
def fake() -> FakeRunloop:
    return FakeRunloop(commands=COMMANDS)


@pytest.fixture
async def http(fake):
    spec = Spec(SPEC)

    async def check(answer: httpx.Response) -> None:  # every plain answer must fit the spec
        kind = answer.headers.get("content-type", "")
        if kind.startswith("text/event-stream"):
            return
        await answer.aread()
        request = answer.request
        problems = spec.check(
            request.method, str(request.url), request.content, request.headers.get("content-type"),
            answer.status_code, answer.content, kind, attachment=kind == "application/octet-stream",
        )  # fmt: skip
        assert not problems, problems

    headers = {"Authorization": "Bearer runloop-replay-key"}
    async with httpx.AsyncClient(
        transport=fake, headers=headers, event_hooks={"response": [check]}
    ) as client:
        yield client


async def running(http, name: str = "box") -> str:
    body = {"name": name, "metadata": {"k": "v"}, "blueprint_name": "bp",
            "launch_parameters": {"resource_size_request": "CUSTOM_SIZE", "custom_cpu_cores": 2}}  # fmt: skip
    created = (await http.post(f"{API}/devboxes", json=body)).json()
    assert created["status"] == "provisioning" and (created["create_time_ms"] - BASE_MS) % 1000 == 0
    assert created["launch_parameters"]["custom_cpu_cores"] == 2
    return created["id"]


async def test_create_wait_fail_and_errors(http, fake):
    dbx = await running(http)
    statuses = [(await http.get(f"{API}/devboxes/{dbx}")).json()["status"] for _ in range(3)]
    assert statuses == ["provisioning", "initializing", "running"]
    assert (await http.post(f"{API}/devboxes/{dbx}/suspend")).json()["status"] == "suspended"
    assert (await http.post(f"{API}/devboxes/{dbx}/suspend")).status_code == 400
    assert (await http.post(f"{API}/devboxes/{dbx}/resume")).json()["status"] == "running"
    fake.fail_blueprints.add("bp")
    bad = await running(http, "bad")
    waited = await http.post(
        f"{API}/devboxes/{bad}/wait_for_status", json={"statuses": ["running", "failure"]}
    )
    assert (waited.json()["status"], waited.json()["failure_reason"]) == ("failure", "execution_failed")
    never = await http.post(f"{API}/devboxes/{bad}/wait_for_status", json={"statuses": ["running"]})
    assert never.status_code == 408
    assert (await http.post(f"{API}/devboxes/{dbx}/shutdown")).json()["shutdown_reason"] == "api_shutdown"
    assert (await http.post(f"{API}/devboxes/{dbx}/shutdown")).status_code == 409
    assert (await http.get(f"{API}/devboxes/nope")).status_code == 404
    unauthorized = await http.get(f"{API}/devboxes", headers={"Authorization": "Bearer bad"})
    assert (unauthorized.status_code, unauthorized.json()) == (401, {"error": "Unauthorized"})


async def test_list_paging(http, fake):
    fake.page_size = 2
    ids = [await running(http, f"b{i}") for i in range(5)]
    await http.post(f"{API}/devboxes/{ids[0]}/shutdown")
    seen, after = [], None
    while True:
        page = (
            await http.get(
                f"{API}/devboxes", params={"limit": 10, **({"starting_after": after} if after else {})}
            )
        ).json()
        seen += [d["id"] for d in page["devboxes"]]
        if not page["has_more"]:
            break
        after = page["devboxes"][-1]["id"]
    assert seen == ids[::-1]
    shut = (
        await http.get(f"{API}/devboxes", params={"status": "shutdown", "include_total_count": "true"})
    ).json()
    assert ([d["id"] for d in shut["devboxes"]], shut["total_count"]) == ([ids[0]], 1)


async def test_exec_sse_stdin_and_kill(http, fake):
    fake.start_steps = 0
    dbx = await running(http)
    await http.get(f"{API}/devboxes/{dbx}")
    started = (await http.post(f"{API}/devboxes/{dbx}/execute_async", json={"command": "slow"})).json()
    assert (started["execution_id"], started["status"], started["stdout"]) == ("exe_1", "running", None)
    base = f"{API}/devboxes/{dbx}/executions/exe_1"
    async with http.stream("GET", f"{base}/stream_stdout_updates") as stream:
        assert stream.headers["content-type"] == "text/event-stream"
        events = [json.loads(line[6:]) async for line in stream.aiter_lines() if line.startswith("data: ")]
    assert events == [{"output": "a\n", "offset": 2}, {"output": "c\n", "offset": 4}]
    async with http.stream("GET", f"{base}/stream_stdout_updates", params={"offset": "3"}) as stream:
        assert [line async for line in stream.aiter_lines() if line] == ['data: {"output":"\\n","offset":4}']
    done = (await http.get(base)).json()
    assert (done["status"], done["stdout"], done["stderr"], done["exit_status"]) == (
        "completed",
        "a\nc\n",
        "b\n",
        3,
    )
    cat = (await http.post(f"{API}/devboxes/{dbx}/execute_async", json={"command": "cat"})).json()[
        "execution_id"
    ]
    base = f"{API}/devboxes/{dbx}/executions/{cat}"
    assert (await http.post(f"{base}/send_std_in", json={"text": "hi\n"})).json()["success"] is True
    assert (
        await http.post(f"{base}/wait_for_status", json={"statuses": ["completed"], "timeout_seconds": 0})
    ).status_code == 408
    await http.post(f"{base}/send_std_in", json={"signal": "EOF"})
    waited = (await http.post(f"{base}/wait_for_status", json={"statuses": ["completed"]})).json()
    assert (waited["stdout"], waited["exit_status"]) == ("hi\n", 0)
    assert (await http.post(f"{base}/send_std_in", json={"text": "x"})).json()["success"] is False


async def test_upload_download_binary(http, fake):
    fake.start_steps = 0
    dbx = await running(http)
    await http.get(f"{API}/devboxes/{dbx}")
    data = bytes(range(256)) * 4 + b"\r\n--boundary\r\n"
    up = await http.post(
        f"{API}/devboxes/{dbx}/upload_file", files={"file": ("x.bin", data)}, data={"path": "d/x.bin"}
    )
    assert (up.status_code, up.json()) == (200, {})
    down = await http.post(f"{API}/devboxes/{dbx}/download_file", json={"path": "/home/user/d/x.bin"})
    assert (down.status_code, down.content, down.headers["content-type"]) == (
        200,
        data,
        "application/octet-stream",
    )
    assert (await http.post(f"{API}/devboxes/{dbx}/download_file", json={"path": "nope"})).status_code == 404
    tunnel = (await http.post(f"{API}/devboxes/{dbx}/enable_tunnel", json={"auth_mode": "open"})).json()
    assert tunnel["tunnel_key"] == "tnlfake0001"
