"""The Fly fake (tests/fake_fly.py) itself: shapes against specs/fly/, lifecycle, commands in Docker."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import need_docker
from tests.fake_fly import (
    DESTROY_RUNNING_STATUS,
    EXEC_TIMEOUT_ERROR,
    EXEC_TIMEOUT_STATUS,
    NOT_STARTED_STATUS,
    FakeFly,
)
from tests.spec_check import Spec

pytestmark = pytest.mark.docker

API = "https://api.machines.dev/v1/apps/sbx-app/machines"
SPEC = Path(__file__).resolve().parent.parent / "specs" / "fly" / "machines.openapi.yaml"
CHECKED = {200, 204, 400}  # must be declared; other (error) statuses are checked where the spec has them


@pytest.fixture
async def fake():
    need_docker()
    fake = FakeFly()
    yield fake
    await fake.aclose()


@pytest.fixture
async def http(fake):
    spec = Spec(SPEC)

    async def check(answer: httpx.Response) -> None:  # every plain answer must fit the spec
        await answer.aread()
        request = answer.request
        problems = spec.check(
            request.method, str(request.url), request.content, request.headers.get("content-type"),
            answer.status_code, answer.content, answer.headers.get("content-type", ""),
        )  # fmt: skip
        # The spec names the metadata filter `metadata.{key}`: the checker takes that name literally.
        problems = [p for p in problems if "undeclared query parameter 'metadata." not in p]
        if answer.status_code not in CHECKED:
            problems = [p for p in problems if f"status {answer.status_code} is not declared" not in p]
        if any(" request: " in p for p in problems):
            return  # a deliberately bad request: its answer need not be declared
        assert not problems, problems

    headers = {"Authorization": "Bearer fly-replay-key"}
    async with httpx.AsyncClient(
        transport=fake, headers=headers, event_hooks={"response": [check]}, timeout=30
    ) as client:
        yield client


async def create(http, **extra) -> dict:
    body = {"config": {"image": "registry-1.docker.io/library/busybox:1.36", "env": {"GREETING": "hello"},
                       "metadata": {"owner": "t"}}, **extra}  # fmt: skip
    answer = await http.post(API, json=body)
    assert answer.status_code == 200, answer.text
    record = answer.json()
    if not extra.get("skip_launch"):  # launching: an exec now would be refused
        assert (await exec_(http, record["id"], command=["true"])).status_code == 409
        assert (await http.get(f"{API}/{record['id']}/wait", params={"state": "started"})).status_code == 200
    return record


async def exec_(http, machine_id: str, **body) -> httpx.Response:
    return await http.post(f"{API}/{machine_id}/exec", json=body)


async def test_create_wait_and_exec(http, fake):
    machine = await create(http)
    assert (machine["id"], machine["state"], machine["name"]) == (
        "0000000000f001",
        "created",
        "sbx-0000000000f001",
    )
    assert machine["created_at"] == "2026-10-01T12:00:00Z" and machine["region"] == "iad"
    assert machine["config"]["guest"] == {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256}
    assert machine["image_ref"] == {"registry": "registry-1.docker.io", "repository": "library/busybox",
                                    "tag": "1.36"}  # fmt: skip
    mid = machine["id"]
    waited = await http.get(f"{API}/{mid}/wait", params={"state": "started", "timeout": 30})
    assert waited.json() == {"ok": True, "state": "started"}
    assert (await http.get(f"{API}/{mid}")).json()["state"] == "started"
    done = await exec_(http, mid, command=["/bin/sh", "-c", "echo hi; echo err >&2; exit 3"])
    assert done.json() == {"stdout": "hi\n", "stderr": "err\n", "exit_code": 3}
    assert (await exec_(http, mid, command=["true"])).json() == {}  # zero values left out
    killed = await exec_(http, mid, command=["/bin/sh", "-c", "echo dying; kill -9 $$"])
    assert killed.json() == {"stdout": "dying\n", "exit_signal": 9}  # a signal: no exit_code at all
    cat = await exec_(http, mid, command=["cat"], stdin="abc")
    assert cat.json() == {"stdout": "abc"}
    env = await exec_(http, mid, cmd="sh -c 'echo $GREETING $FLY_MACHINE_ID; id -u nobody'")
    assert env.json()["stdout"] == "hello 0000000000f001\n65534\n"
    nul = await exec_(http, mid, command=["printf", "a\\000b\\377"])
    assert nul.json()["stdout"] == "a\x00b\ufffd"
    assert (await exec_(http, mid)).status_code == 400
    assert (await http.post(API, json={"config": {"image": 1}})).status_code == 400
    assert (await http.post(API, json={"config": {"image": "x", "guest": {"cpus": "2"}}})).status_code == 400
    # Sizes Fly refuses (the spec declares no error for a create: these are not checked against it).
    plain = httpx.AsyncClient(transport=fake, headers={"Authorization": "Bearer fly-replay-key"})
    for guest, error in (
        ({"cpus": 2}, "invalid config.guest.memory_mb, minimum required 512 MiB"),
        ({"memory_mb": 4096}, "max config.guest.memory_mb: 2048"),
        ({"cpus": 16, "memory_mb": 4096}, "cpus 16 for shared CPUs, must be one of [1, 2, 4, 6, 8]"),
        ({"cpus": 1, "memory_mb": 300}, "memory_mb 300, must be a multiple of 256 MiB"),
        ({"cpu_kind": "performance", "cpus": 1, "memory_mb": 1024}, "must be a multiple of 2048 MiB"),
    ):
        refused = await plain.post(API, json={"config": {"image": "x", "guest": guest}})
        assert refused.status_code == 422 and error in refused.json()["error"], refused.json()
    assert (await http.get(f"{API}/{mid}/wait", params={"timeout": 61})).status_code == 400
    never = await http.get(f"{API}/{mid}/wait", params={"state": "stopped", "timeout": 60})
    assert (never.status_code, never.json()["error"]) == (
        408,
        "deadline_exceeded: machine did not reach state stopped",
    )


async def test_exec_timeout_and_concurrency(http, fake):
    mid = (await create(http))["id"]
    started = time.monotonic()
    slow = await exec_(http, mid, command=["sleep", "5"], timeout=1)
    assert (slow.status_code, slow.json()) == (EXEC_TIMEOUT_STATUS, {"error": EXEC_TIMEOUT_ERROR})
    assert time.monotonic() - started < 2.5
    processes = (await http.get(f"{API}/{mid}/ps")).json()
    assert [p["command"] for p in processes] == ["sleep 2147483647"]  # the timed-out sleep is gone
    # Two commands at once: ps sees the running one, and both take ~1 s in all, not 2.
    started = time.monotonic()
    first = asyncio.create_task(exec_(http, mid, command=["sleep", "1"]))
    await asyncio.sleep(0.5)
    processes, second = await asyncio.gather(
        http.get(f"{API}/{mid}/ps"), exec_(http, mid, command=["sh", "-c", "sleep 0.5; echo ok"])
    )
    commands = {p["command"]: p for p in processes.json()}
    assert "sleep 1" in commands and commands["sleep 2147483647"]["pid"] == 1
    assert commands["sleep 1"]["directory"] == "/" and commands["sleep 1"]["rss"] > 0
    assert (await first).json() == {} and second.json() == {"stdout": "ok\n"}
    assert time.monotonic() - started < 1.9


async def test_list_and_metadata(http, fake):
    a = (await create(http))["id"]
    b = (
        await create(
            http, name="other", region="ams", config={"image": "busybox", "metadata": {"owner": "u"}}
        )
    )["id"]
    listed = (await http.get(API, params={"metadata.owner": "t"})).json()
    assert [m["id"] for m in listed] == [a]
    assert [m["id"] for m in (await http.get(API, params={"region": "ams"})).json()] == [b]
    patched = await http.patch(f"{API}/{b}/metadata", json={"metadata": {"owner": "t", "x": "y"}})
    assert patched.status_code == 204
    listed = (await http.get(API, params={"metadata.owner": "t", "metadata.x": "y"})).json()
    assert [m["id"] for m in listed] == [b]
    await http.delete(f"{API}/{a}", params={"force": "true"})
    assert [(m["id"], m["state"]) for m in (await http.get(API)).json()] == [
        (a, "destroying"),
        (b, "started"),
    ]
    assert (await http.get(f"{API}/{a}")).json()["state"] == "destroying"  # transient: seen once
    assert (await http.get(f"{API}/{a}")).json()["state"] == "destroyed"
    assert [m["id"] for m in (await http.get(API)).json()] == [b]
    everything = (await http.get(API, params={"include_deleted": "true", "state": "destroyed"})).json()
    assert [(m["id"], m["state"]) for m in everything] == [(a, "destroyed")]
    assert (await http.get("https://api.machines.dev/v1/apps/elsewhere/machines")).json() == []


async def test_metadata_filter_is_read_as_go_reads_a_query(http, fake):
    value = "a+b & c=d 100% ü"
    exact = (await create(http, config={"image": "x", "metadata": {"k": value}}))["id"]
    spaced = (await create(http, config={"image": "x", "metadata": {"k": "a b & c=d 100% ü"}}))["id"]
    bare = (await create(http, config={"image": "x", "metadata": {"other": "1"}}))["id"]

    async def listed(query: str) -> list[str]:
        return [m["id"] for m in (await http.get(f"{API}?{query}")).json()]

    # Every special character percent-encoded (httpx's params): matched exactly, whole.
    assert await listed(str(httpx.QueryParams({"metadata.k": value}))) == [exact]
    assert await listed("metadata.k=a%2Bb") == []
    # Go's url.ParseQuery (each case checked with go1.19.8): '+' is a space; a bad escape or a ';'
    # drops the pair, and the filter with it; an unencoded '=' after the first is the value's.
    assert await listed("metadata.k=a+b+%26+c%3Dd+100%25+%C3%BC") == [spaced]
    assert await listed("metadata.k=a%2Bb+%26+c%3Dd+100%+%C3%BC") == [exact, spaced, bare]
    assert await listed("metadata.k=a%2Bb;x") == [exact, spaced, bare]
    assert await listed("metadata.k=a%2Bb+%26+c=d+100%25+%C3%BC") == [exact]
    assert await listed("metadata.k=") == [bare]  # a key the machine lacks reads as ""


async def test_lifecycle(http, fake):
    mid = (await create(http))["id"]
    assert (await http.post(f"{API}/{mid}/suspend")).json() == {"ok": True}
    assert (await http.get(f"{API}/{mid}/wait", params={"state": "suspended"})).status_code == 200
    blocked = await exec_(http, mid, command=["true"])
    assert (blocked.status_code, blocked.json()) == (NOT_STARTED_STATUS, {"error": "machine is not started"})
    resumed = (await http.post(f"{API}/{mid}/start")).json()
    assert resumed == {"previous_state": "suspended", "migrated": False, "new_host": ""}
    assert (await exec_(http, mid, command=["echo", "back"])).json()["stdout"] == "back\n"
    assert (await http.post(f"{API}/{mid}/stop")).json() == {"ok": True}
    assert (await http.get(f"{API}/{mid}")).json()["state"] == "stopped"
    assert (await http.post(f"{API}/{mid}/start")).json()["previous_state"] == "stopped"
    assert (await exec_(http, mid, command=["echo", "again"])).json()["stdout"] == "again\n"
    refused = await http.delete(f"{API}/{mid}")
    assert refused.status_code == DESTROY_RUNNING_STATUS
    assert refused.json() == {"error": "failed to destroy machine: machine is started, use force"}
    assert (await http.delete(f"{API}/{mid}", params={"force": "true"})).json() == {"ok": True}
    assert (await http.get(f"{API}/{mid}")).json()["state"] == "destroying"
    assert (await http.get(f"{API}/{mid}/wait", params={"state": "destroyed"})).status_code == 200
    assert (await http.get(f"{API}/{mid}")).json()["state"] == "destroyed"
    assert (await exec_(http, mid, command=["true"])).status_code == NOT_STARTED_STATUS
    assert (await http.post(f"{API}/{mid}/start")).json() == {"error": "machine is destroyed"}
    assert fake.containers == set()


async def test_skip_launch_and_signal(http, fake):
    machine = await create(http, skip_launch=True)
    mid = machine["id"]
    assert machine["state"] == "stopped"
    assert (await exec_(http, mid, command=["true"])).status_code == NOT_STARTED_STATUS
    assert (await http.post(f"{API}/{mid}/start")).json()["previous_state"] == "stopped"
    assert (await http.post(f"{API}/{mid}/signal", json={"signal": "SIGWHAT"})).status_code == 400
    assert (await http.post(f"{API}/{mid}/signal", json={"signal": "SIGKILL"})).json() == {"ok": True}
    assert (await http.get(f"{API}/{mid}")).json()["state"] == "stopped"
    assert (await http.delete(f"{API}/{mid}")).json() == {"ok": True}  # stopped: no force needed


async def test_errors_and_injection(http, fake):
    missing = await http.get(f"{API}/0000000000ffff")
    assert (missing.status_code, missing.json()) == (404, {"error": "machine not found"})
    unauthorized = await http.get(API, headers={"Authorization": "Bearer bad"})
    assert (unauthorized.status_code, unauthorized.json()) == (401, {"error": "unauthorized"})
    fake.inject("GET", r"/v1/apps/[^/]+/machines", 429, {"error": "rate limited"}, {"Retry-After": "2"})
    limited = await http.get(API)
    assert (limited.status_code, limited.headers["retry-after"], limited.json()) == (
        429,
        "2",
        {"error": "rate limited"},
    )
    assert (await http.get(API)).json() == []
    assert fake.clock == 4  # one logical second per request


async def test_app_secrets_reach_machines_unless_skipped(http, fake):
    fake.secrets["sbx-app"] = {"TOKEN": "app-secret"}
    given = await create(http)
    skipped = await create(http, skip_secrets=True)
    for record, seen in ((given, "app-secret"), (skipped, "")):
        answer = await exec_(http, record["id"], command=["/bin/sh", "-c", 'printf %s "$TOKEN"'])
        assert answer.json().get("stdout", "") == seen


async def test_apps_are_made_listed_and_deleted_with_their_machines(http, fake):
    apps = "https://api.machines.dev/v1/apps"
    body = {"name": "sbx-own", "org_slug": "personal", "idempotency_key": "k1"}
    assert (await http.post(apps, json=body)).status_code == 201
    assert (await http.post(apps, json=body)).status_code == 201  # the same key: the same app
    taken = await http.post(apps, json={**body, "idempotency_key": "k2"})
    assert taken.status_code == 422 and taken.json()["status"] == "name_taken"
    listed = (await http.get(apps, params={"org_slug": "personal"})).json()
    assert [a["name"] for a in listed["apps"]] == ["sbx-own"]
    own = f"{apps}/sbx-own/machines"
    machine = (await http.post(own, json={"config": {"image": "busybox"}})).json()
    assert (await http.delete(f"{apps}/sbx-own")).status_code == 412  # a machine not stopped
    assert (await http.delete(f"{own}/{machine['id']}", params={"force": "true"})).status_code == 200
    assert (await http.delete(f"{apps}/sbx-own")).status_code == 202
    assert (await http.get(f"{own}/{machine['id']}")).status_code == 404
    assert not fake.containers


async def test_rate_limits_per_machine_and_action(http, fake):
    now = [0.0]
    fake.now = lambda: now[0]
    record = await create(http)
    now[0] += 10  # the budget full again
    run = {"command": ["true"]}
    answers = [(await exec_(http, record["id"], **run)).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]  # a burst of 3, then 1 a second
    refused = await exec_(http, record["id"], **run)
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "1"
    assert (await http.get(f"{API}/{record['id']}")).status_code == 200  # another action: its own budget
    now[0] += 1
    assert (await exec_(http, record["id"], **run)).status_code == 200


async def test_a_new_machine_is_missing_from_the_list_for_a_while(http, fake):
    made = (await http.post(API, json={"config": {"image": "busybox"}})).json()
    assert made["id"] not in [m["id"] for m in (await http.get(API)).json()]  # the list lags the create
    await http.get(API)
    assert made["id"] in [m["id"] for m in (await http.get(API)).json()]


async def test_metadata_patch_merges_and_guest_sizes_are_validated(http, fake):
    record = await create(http)
    url = f"{API}/{record['id']}/metadata"
    assert (await http.patch(url, json={"metadata": {"added": "1"}})).status_code == 204
    assert (await http.get(f"{API}/{record['id']}")).json()["config"]["metadata"] == {
        "owner": "t",
        "added": "1",
    }
    big = {"config": {"image": "busybox", "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 4096}}}
    assert (await http.post(API, json=big)).status_code == 422
