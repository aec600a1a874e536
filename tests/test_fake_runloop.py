"""The Runloop fake (tests/fake_runloop.py) itself: shapes against specs/runloop/, statuses, SSE; the
scripted effects of tests/runloop_script.py against a real shell (sandboxer-test:busybox)."""

from __future__ import annotations

import json
import shlex
import subprocess
from pathlib import Path

import httpx
import pytest

from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.shell_line import script_line
from sandboxer.providers.shell_scripts import parse_listing
from tests.conftest import TEST_IMAGE, need_docker
from tests.fake_runloop import BASE_MS, FakeRunloop, FileStore, Node
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
            "launch_parameters": {"resource_size_request": "CUSTOM_SIZE", "custom_cpu_cores": 2,
                                  "custom_gb_memory": 4}}  # fmt: skip
    created = (await http.post(f"{API}/devboxes", json=body)).json()
    assert created["status"] == "provisioning" and (created["create_time_ms"] - BASE_MS) % 1000 == 0
    assert created["launch_parameters"]["custom_cpu_cores"] == 2
    return created["id"]


async def test_create_wait_fail_and_errors(http, fake):
    dbx = await running(http)
    statuses = [(await http.get(f"{API}/devboxes/{dbx}")).json()["status"] for _ in range(3)]
    assert statuses == ["provisioning", "initializing", "running"]
    # suspend takes a while: "suspending", refused a resume ("Devbox is not suspended"), then suspended
    assert (await http.post(f"{API}/devboxes/{dbx}/suspend")).json()["status"] == "suspending"
    assert (await http.post(f"{API}/devboxes/{dbx}/resume")).status_code == 400
    suspended = await http.post(f"{API}/devboxes/{dbx}/wait_for_status", json={"statuses": ["suspended"]})
    assert suspended.json()["status"] == "suspended"
    assert (await http.post(f"{API}/devboxes/{dbx}/suspend")).status_code == 400
    assert (await http.post(f"{API}/devboxes/{dbx}/resume")).json()["status"] == "resuming"
    assert (await http.get(f"{API}/devboxes/{dbx}")).json()["status"] == "running"
    fake.fail_blueprints.add("bp")
    bad = await running(http, "bad")
    waited = await http.post(
        f"{API}/devboxes/{bad}/wait_for_status", json={"statuses": ["running", "failure"]}
    )
    assert (waited.json()["status"], waited.json()["failure_reason"]) == ("failure", "execution_failed")
    never = await http.post(f"{API}/devboxes/{bad}/wait_for_status", json={"statuses": ["running"]})
    assert never.status_code == 408
    assert (await http.post(f"{API}/devboxes/{dbx}/shutdown")).json()["shutdown_reason"] == "api_shutdown"
    again = await http.post(f"{API}/devboxes/{dbx}/shutdown")  # undocumented: the worst case, a 200
    assert (again.status_code, again.json()["status"]) == (200, "shutdown")
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
    hung = (await http.post(f"{API}/devboxes/{dbx}/execute_async", json={"command": "cat"})).json()
    base = f"{API}/devboxes/{dbx}/executions/{hung['execution_id']}"
    killed = await http.post(f"{base}/kill", json={"kill_process_group": True})
    # killed: completed, its exit status undocumented (null at worst)
    assert (killed.json()["status"], killed.json()["exit_status"]) == ("completed", None)


async def test_upload_download_binary(http, fake):
    fake.start_steps = 0
    dbx = await running(http)
    await http.get(f"{API}/devboxes/{dbx}")
    data = bytes(range(256)) * 4 + b"\r\n--boundary\r\n"

    async def upload(path: str, content: bytes) -> int:
        files, form = {"file": ("x.bin", content)}, {"path": path}
        return (await http.post(f"{API}/devboxes/{dbx}/upload_file", files=files, data=form)).status_code

    async def download(path: str) -> httpx.Response:
        return await http.post(f"{API}/devboxes/{dbx}/download_file", json={"path": path})

    assert await upload("d/x.bin", data) == 404  # no parent directories are made
    assert await upload("x.bin", b"first, longer") == 200  # relative: in the home directory
    assert await upload("~/x.bin", data) == 200  # "~/" is the home directory too; replaced whole
    down = await download("/home/user/x.bin")
    assert (down.status_code, down.content, down.headers["content-type"]) == (
        200,
        data,
        "application/octet-stream",
    )
    missing, directory = await download("nope"), await download("/tmp")
    assert missing.status_code == directory.status_code == 404  # told apart from nothing...
    assert missing.json() == directory.json() == (await download("/tmp/x/y")).json()
    gone = await http.post(f"{API}/devboxes/dbx_nothere/download_file", json={"path": "x.bin"})
    assert gone.json()["error"] == missing.json()["error"].replace(dbx, "dbx_nothere")  # ...nor a devbox
    tunnel = (await http.post(f"{API}/devboxes/{dbx}/enable_tunnel", json={"auth_mode": "open"})).json()
    assert tunnel["tunnel_key"] == "tnlfake0001"


# --- the contract suite's scripted effects against a real POSIX shell ---------------------------------

# A walk through every model of tests/runloop_script.py: ("script", builder, args) runs one of our
# scripts; ("write", path, bytes) and ("ln", target, path) set the scene (the file API, a command).
WALK = [
    ("script", "make_dir", ("/tmp/c/dir/sub",)),
    ("write", "/tmp/c/f.txt", b"12345"),
    ("script", "make_dir", ("/tmp/c/dir/sub",)),
    ("script", "make_dir", ("/tmp/c/f.txt",)),
    ("script", "make_dir", ("/tmp/c/f.txt/x",)),
    ("script", "chmod", ("600", "/tmp/c/f.txt")),
    ("script", "stat", ("/tmp/c/f.txt",)),
    ("script", "stat", ("/tmp/c/dir",)),
    ("script", "stat", ("/tmp/c/none",)),
    ("script", "stat", ("/tmp/c/f.txt/in",)),
    ("ln", "f.txt", "/tmp/c/link"),
    ("ln", "dir", "/tmp/c/dirlink"),
    ("ln", "gone", "/tmp/c/dangling"),
    ("script", "stat", ("/tmp/c/link",)),
    ("script", "stat", ("/tmp/c/dirlink",)),
    ("script", "stat", ("/tmp/c/dangling",)),
    ("script", "list_dir", ("/tmp/c",)),
    ("script", "list_dir", ("/tmp/c/dir/sub",)),
    ("script", "list_dir", ("/tmp/c/none",)),
    ("script", "list_dir", ("/tmp/c/f.txt",)),
    ("script", "list_dir", ("/tmp/c/dirlink",)),
    ("script", "make_dir", ("/tmp/c/dangling",)),
    ("script", "make_dir", ("/tmp/c/dirlink/new",)),
    ("script", "rename", ("/tmp/c/f.txt", "/tmp/c/dir")),
    ("write", "/tmp/c/g.txt", b"g"),
    ("script", "rename", ("/tmp/c/g.txt", "/tmp/c/link")),
    ("script", "rename", ("/tmp/c/nope", "/tmp/c/x")),
    ("script", "rename", ("/tmp/c/dangling", "/tmp/c/moved")),
    ("script", "make_dir", ("rel/a",)),
    ("write", "rel/a/b.txt", b"b"),
    ("script", "list_dir", ("rel",)),
    ("script", "stat", ("rel/a/b.txt",)),
    ("script", "rename", ("rel/a", "rel/c")),
    ("script", "list_dir", ("rel/c",)),
    ("script", "remove", ("/tmp/c/link",)),
    ("script", "remove", ("/tmp/c/none",)),
    ("script", "remove", ("rel",)),
    ("script", "stat", ("rel",)),
    ("script", "remove", ("/tmp/c/dir",)),
    ("script", "list_dir", ("/tmp/c",)),
]
SCRIPTS = {"make_dir": scripts.MAKE_DIR, "remove": scripts.REMOVE, "rename": scripts.RENAME,
           "stat": scripts.STAT, "list_dir": scripts.LIST_DIR, "chmod": 'chmod "$1" -- "$2"'}  # fmt: skip


def _fake_walk() -> list[tuple[int, bytes]]:
    """(exit status, stdout) of each script of WALK, as the fake's effects answer them."""
    import types

    import tests.runloop_script as script

    box, found = types.SimpleNamespace(files=FileStore()), []
    for kind, *args in WALK:
        if kind == "write":
            assert box.files.write(FileStore.absolute(args[0]), args[1])
        elif kind == "ln":
            box.files.nodes[box.files.spot(FileStore.absolute(args[1]))] = Node("link", 0o777, target=args[0])
        else:
            steps = list(getattr(script, args[0])(*args[1]))
            while steps[0][0] == "effect":
                steps = list(steps[0][1](box, None))
            out = "".join(text for step, text in steps if step == "stdout").encode()
            found.append(([code for step, code in steps if step == "exit"][0], out))
    return found


def _shell_walk() -> list[tuple[int, bytes]]:
    """The same, run in sandboxer-test:busybox (in /home/user, as the devbox's commands are)."""
    lines = ["mkdir -p /home/user && cd /home/user"]
    for kind, *args in WALK:
        if kind == "write":
            lines.append(f"printf %s {shlex.quote(args[1].decode())} > {shlex.quote(args[0])}")
        elif kind == "ln":
            lines.append(shlex.join(["ln", "-s", *args]))
        else:
            lines.append(script_line(SCRIPTS[args[0]], *args[1]) + "; printf '\\036%s\\037' $?")
    ran = subprocess.run(
        ["docker", "run", "--rm", TEST_IMAGE, "sh", "-c", "\n".join(lines)], capture_output=True, timeout=120
    )
    assert ran.returncode == 0, ran.stderr
    found = []
    for part in ran.stdout.split(b"\x1f")[:-1]:
        out, _, code = part.rpartition(b"\x1e")
        found.append((int(code), out))
    return found


def _entries(out: bytes) -> list:
    """A listing read back (find's order is the directory's; the reader sorts it)."""
    return parse_listing("x", out, 2, given="x") if out else []


def test_the_scripted_effects_do_what_a_posix_shell_does():
    need_docker()
    fake, shell = _fake_walk(), _shell_walk()
    assert len(fake) == len(shell)
    for step, (faked, real) in enumerate(zip(fake, shell, strict=True)):
        if faked != real:  # a listing in another order is the same listing
            assert (faked[0], _entries(faked[1])) == (real[0], _entries(real[1])), (step, faked, real)


@pytest.mark.parametrize(
    ("cores", "gib", "status"),
    [(1, 2, 200), (1, 8, 200), (2, 16, 200), (16, 64, 200), (2, 2, 400), (1, 16, 400), (4, 2, 400),
     (3, 6, 400), (1, 3, 400), (32, 64, 400), (16, 128, 400)],
)  # fmt: skip
async def test_a_custom_size_keeps_runloops_rules(http, cores, gib, status):
    """Cores 1 or even up to 16, memory 1 or even up to 64 GiB, 2 to 8 GiB per core."""
    launch = {"resource_size_request": "CUSTOM_SIZE", "custom_cpu_cores": cores, "custom_gb_memory": gib}
    assert (await http.post(f"{API}/devboxes", json={"launch_parameters": launch})).status_code == status


async def test_an_idle_stream_times_out_with_408_and_resumes_by_byte_offset(http, fake):
    """408 as the status while nothing was sent, in-band (`event: error`) after; `offset` counts bytes."""
    fake.start_steps, fake.stream_idle = 0, 0.05
    fake.commands["quiet"] = [("stdout", "é\n"), ("sleep", 0.2), ("stdout", "b\n"), ("exit", 0)]
    fake.commands["late"] = [("sleep", 0.2), ("stdout", "x\n"), ("exit", 0)]
    dbx = await running(http)
    await http.get(f"{API}/devboxes/{dbx}")
    late = (await http.post(f"{API}/devboxes/{dbx}/execute_async", json={"command": "late"})).json()
    path = f"{API}/devboxes/{dbx}/executions/{late['execution_id']}/stream_stdout_updates"
    assert (await http.get(path)).status_code == 408
    quiet = (await http.post(f"{API}/devboxes/{dbx}/execute_async", json={"command": "quiet"})).json()
    path = f"{API}/devboxes/{dbx}/executions/{quiet['execution_id']}/stream_stdout_updates"
    async with http.stream("GET", path) as stream:
        lines = [line async for line in stream.aiter_lines() if line]
    assert lines == ['data: {"output":"\\u00e9\\n","offset":3}', "event: error",
                     'data: {"code":"408","message":"stream idle timeout"}']  # fmt: skip
    fake.stream_idle = 1.0  # long enough for what comes next
    async with http.stream("GET", path, params={"offset": "3"}) as stream:
        assert [line async for line in stream.aiter_lines() if line] == ['data: {"output":"b\\n","offset":5}']


async def test_the_terminal_service_behind_a_pty_tunnel(http, fake):
    """create_pty_tunnel: a fresh key and token; on 13-{key}.tunnel: the token as a bearer, GET
    /pty/{name} (size only both given), control (resize in 1..1000, close), 404 for no session."""
    fake.start_steps = 0
    dbx = await running(http)
    await http.get(f"{API}/devboxes/{dbx}")
    first = (await http.post(f"{API}/devboxes/{dbx}/create_pty_tunnel")).json()
    second = (await http.post(f"{API}/devboxes/{dbx}/create_pty_tunnel")).json()
    assert first["tunnel_key"] != second["tunnel_key"] and first["auth_token"] != second["auth_token"]
    base = f"https://13-{first['tunnel_key']}.tunnel.runloop.ai/pty"
    auth = {"Authorization": f"Bearer {first['auth_token']}"}
    assert (await http.get(f"{base}/s1", headers={"Authorization": "Bearer nope"})).status_code == 401
    assert (await http.get(f"{base}/bad name", headers=auth)).status_code == 400
    only_cols = (await http.get(f"{base}/s1", params={"cols": 100}, headers=auth)).json()
    assert (only_cols["created"], only_cols["cols"], only_cols["rows"]) == (True, 80, 24)
    assert only_cols["connect_url"] == "/pty/s1/attach"
    again = (await http.get(f"{base}/s1", params={"cols": 100, "rows": 30}, headers=auth)).json()
    assert (again["created"], again["cols"]) == (False, 80)  # found, not made: its size stays
    control = f"{base}/s1/control"
    assert (
        await http.post(control, json={"action": "resize", "cols": 0, "rows": 5}, headers=auth)
    ).status_code == 400
    assert (
        await http.post(control, json={"action": "signal", "signal": "SIGNOPE"}, headers=auth)
    ).status_code == 400
    assert (await http.post(control, json={"action": "close"}, headers=auth)).json()["status"] == "closed"
    assert (await http.post(control, json={"action": "close"}, headers=auth)).status_code == 404
