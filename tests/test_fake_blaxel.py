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
    "two reads": [("sleep", 1), ("stdout", "a\rb"), ("stderr", "e\n"), ("sleep", 6), ("stdout_bytes", b"c\xe2"),
                  ("sleep", 1), ("stdout_bytes", b"\x82\xac\n")],
    "long": [("sleep", 61), ("stdout", "late\n")],
    "early": [("stdout", "half\r"), ("sleep", 1), ("stdout", "rest\n")],
    "big": [("stdout", "x" * (64 * 1024 + 5))],
    "echo hi; echo oops >&2; exit 3": [("stdout", "hi\n"), ("stderr", "oops\n"), ("exit", 3)],
    "slow": [("stdout", "a\n"), ("sleep", 0.05), ("stderr", "b\n"), ("sleep", 0.05), ("stdout", "c\nd\n")],
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
        if answer.headers.get("content-type", "").startswith(("text/plain", "application/x-ndjson")):
            return  # a stream: the spec types it as a string (the exec's events: checked by the test)
        if answer.headers.get("content-type", "").startswith("text/html"):
            return  # the edge's answer (its 504), not the API's
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
    assert done.json() == {"path": "/tmp/bin/blob", "message": "Multipart upload completed successfully"}
    raw = await http.get(
        f"{url}/filesystem/%2Ftmp%2Fbin%2Fblob", headers={"Accept": "application/octet-stream"}
    )
    assert raw.headers["content-type"] == "application/octet-stream" and raw.content == data
    assert raw.headers["content-disposition"] == 'attachment; filename="blob"'
    listing = (await http.get(f"{url}/filesystem/%2Ftmp%2Fbin")).json()
    assert listing["files"][0]["size"] == len(data) and listing["subdirectories"] == []
    assert listing["files"][0]["permissions"] == "644"
    assert (await http.delete(f"{url}/filesystem/%2Ftmp")).status_code == 422  # not empty
    assert (
        await http.delete(f"{url}/filesystem/%2Ftmp%2Fbin", params={"recursive": "true"})
    ).status_code == 200
    assert (await http.get(f"{url}/filesystem/%2Ftmp%2Fbin")).json() == {
        "error": "stat /tmp/bin: no such file or directory"
    }


async def test_a_new_file_gets_the_mode_less_the_umask_one_there_keeps_its_own(http):
    # os.OpenFile(O_CREATE|O_TRUNC, perm) (srv handler/filesystem/multipart.go:182)
    _, url = await deployed(http)

    async def upload(path: str, permissions: str) -> None:
        init = (
            await http.post(f"{url}/filesystem-multipart/initiate/{path}", json={"permissions": permissions})
        ).json()
        etag = (await http.put(f"{url}/filesystem-multipart/{init['uploadId']}/part", params={"partNumber": 1},
                               files={"file": ("f", b"x")})).json()["etag"]  # fmt: skip
        await http.post(f"{url}/filesystem-multipart/{init['uploadId']}/complete",
                        json={"parts": [{"partNumber": 1, "etag": etag}]})  # fmt: skip

    await upload("%2Ftmp%2Fa", "0777")
    await upload("%2Ftmp%2Fa", "0600")
    await upload("%2Ftmp%2Fb", "4755")
    files = {
        f["name"]: f["permissions"] for f in (await http.get(f"{url}/filesystem/%2Ftmp")).json()["files"]
    }
    assert files == {"a": "755", "b": "755"}  # umask 022; a Unix 0o4000 is no Go ModeSetuid


async def test_what_is_in_the_way_and_what_is_under_a_file(http):
    _, url = await deployed(http)
    await http.put(f"{url}/filesystem/%2Ftmp%2Ff", json={"content": "file"})
    mkdir = await http.put(f"{url}/filesystem/%2Ftmp%2Ff", json={"isDirectory": True})
    assert (mkdir.status_code, mkdir.json()) == (
        422,
        {"error": "error creating directory: mkdir /tmp/f: not a directory"},
    )
    under = await http.put(f"{url}/filesystem/%2Ftmp%2Ff%2Fsub%2Fdeeper", json={"isDirectory": True})
    assert under.json() == {
        "error": "error creating directory: mkdir /tmp/f: not a directory"
    }  # names the file
    again = await http.put(f"{url}/filesystem/%2Ftmp", json={"isDirectory": True})
    assert again.json() == {"path": "/tmp", "message": "Directory created successfully"}
    read = await http.get(f"{url}/filesystem/%2Ftmp%2Ff%2Fx")
    assert (read.status_code, read.json()) == (500, {"error": "stat /tmp/f/x: not a directory"})
    gone = await http.delete(f"{url}/filesystem/%2Ftmp%2Fnope")
    assert (gone.status_code, gone.json()) == (404, {"error": "file or directory not found"})
    under = await http.delete(f"{url}/filesystem/%2Ftmp%2Ff%2Fx")
    assert (under.status_code, under.json()) == (422, {"error": "stat /tmp/f/x: not a directory"})


async def test_symlinks_are_listed_as_themselves_and_followed_otherwise(http, fake):
    _, url = await deployed(http)
    await http.put(f"{url}/filesystem/%2Ftmp%2Ftarget", json={"content": "0123456789"})
    await http.put(f"{url}/filesystem/%2Ftmp%2Fdir", json={"isDirectory": True})
    fs = fake.sandboxes["box"].fs
    fs.symlink("/tmp/link", "target")
    fs.symlink("/tmp/dirlink", "dir")
    fs.symlink("/tmp/dangling", "nowhere")
    listing = (await http.get(f"{url}/filesystem/%2Ftmp")).json()
    files = {f["name"]: (f["permissions"], f["size"]) for f in listing["files"]}
    assert files == {"dangling": ("1000000777", 7), "dirlink": ("1000000777", 3), "link": ("1000000777", 6),
                     "target": ("644", 10)}  # fmt: skip
    assert [d["name"] for d in listing["subdirectories"]] == ["dir"]
    followed = await http.get(f"{url}/filesystem/%2Ftmp%2Flink", params={"download": "true"})
    assert followed.content == b"0123456789"
    assert "files" in (await http.get(f"{url}/filesystem/%2Ftmp%2Fdirlink")).json()  # listed: a directory
    assert (await http.delete(f"{url}/filesystem/%2Ftmp%2Fdangling")).status_code == 404  # os.Stat: missing
    assert (
        await http.delete(f"{url}/filesystem/%2Ftmp%2Fdirlink", params={"recursive": "true"})
    ).status_code == 200
    assert "/tmp/dir" in fs.entries and "/tmp/dirlink" not in fs.entries  # the link went, not its target


async def test_a_path_without_an_encoded_slash_is_relative_to_the_working_directory(http):
    _, url = await deployed(http)
    await http.put(f"{url}/filesystem/rel", json={"isDirectory": True})
    assert (await http.get(f"{url}/filesystem/%2Fblaxel")).json()["subdirectories"] == [
        {"path": "/blaxel/rel", "name": "rel"}
    ]


async def test_process_wait_logs_stream_and_watch(http):
    _, url = await deployed(http)
    ran = (await http.post(f"{url}/process", json={"command": "echo hi; echo oops >&2; exit 3",
                                                   "waitForCompletion": True})).json()  # fmt: skip
    assert (ran["pid"], ran["name"], ran["status"], ran["exitCode"]) == ("1000", "proc-00000001", "failed", 3)
    assert (ran["stdout"], ran["stderr"], ran["logs"], ran["workingDir"]) == (
        "hi\n",
        "oops\n",
        "hi\noops\n",
        "",
    )
    started = (await http.post(f"{url}/process", json={"command": "slow", "name": "bg"})).json()
    assert (started["status"], started["completedAt"]) == ("running", "")
    async with http.stream("GET", f"{url}/process/bg/logs/stream") as stream:
        body = b"".join([chunk async for chunk in stream.aiter_bytes()])
    # the first write was read before the stream came (replayed a line at a time), the rest live:
    # one prefix per chunk the tailer read, not per line
    assert body == b"stdout:a\nstderr:b\nstdout:c\nd\n"
    assert (await http.get(f"{url}/process/bg")).json()["status"] == "completed"
    await http.post(f"{url}/process", json={"command": "sleep infinity", "name": "forever"})
    assert (await http.delete(f"{url}/process/forever/kill")).json() == {
        "message": "Process killed successfully"
    }
    killed = (await http.get(f"{url}/process/forever")).json()
    assert (killed["status"], killed["exitCode"]) == ("killed", -1)  # Go's ExitCode() after a signal
    again = await http.delete(f"{url}/process/forever/kill")
    assert (again.status_code, again.json()) == (
        404, {"error": "failed to kill process with Identifier forever: no such process"}
    )  # fmt: skip
    assert (await http.get(f"{url}/process/nope")).status_code == 404
    async with http.stream("GET", f"{url}/process/nope/logs/stream") as stream:  # the 200 went first
        assert stream.status_code == 200
        assert await stream.aread() == b'{"error": "process with Identifier nope not found"}'
    async with http.stream("GET", f"{url}/watch/filesystem/%2Fblaxel") as watch:
        await http.put(f"{url}/filesystem/%2Fblaxel%2Fnote.txt", json={"content": "hello"})
        await http.put(f"{url}/filesystem/%2Ftmp%2Fother", json={"content": "elsewhere"})
        await http.delete(f"{url}/filesystem/%2Fblaxel%2Fnote.txt")
        lines = watch.aiter_lines()
        events = [json.loads(await asyncio.wait_for(anext(lines), 1)) for _ in range(2)]
        assert [(e["op"], e["path"], e["name"]) for e in events] == [
            ("CREATE", "/blaxel", "note.txt"),
            ("REMOVE", "/blaxel", "note.txt"),
        ]
    note = await http.get(f"{url}/filesystem/%2Fblaxel")
    assert note.json()["files"] == []


async def test_a_timeout_answers_422_and_ends_nothing(http, fake):
    # srv handler/process/service.go:186-196: the process runs on
    fake.time_scale = 0.01
    _, url = await deployed(http)
    timed = await http.post(f"{url}/process", json={"command": "sleep infinity", "name": "t", "timeout": 1,
                                                    "waitForCompletion": True})  # fmt: skip
    assert (timed.status_code, timed.json()) == (422, {"error": "process timed out after 1 seconds"})
    assert (await http.get(f"{url}/process/t")).json()["status"] == "running"
    await http.post(f"{url}/process", json={"command": "sleep infinity", "name": "u", "timeout": 1})
    await asyncio.sleep(0.02)
    assert (await http.get(f"{url}/process/u")).json()["status"] == "running"  # without waiting: ignored


async def test_the_streamed_exec_names_each_piece_keeps_alive_and_ends_with_the_record(http, fake):
    # srv handler/process.go:339-475: 200 application/x-ndjson; a piece per read; keepalive every 5 s
    fake.time_scale = 0.001
    _, url = await deployed(http)
    async with http.stream("POST", f"{url}/process", json={"command": "two reads", "name": "s"},
                           headers={"Accept": "text/event-stream"}) as stream:  # fmt: skip
        assert stream.headers["content-type"] == "application/x-ndjson"
        events = [json.loads(line) for line in (await stream.aread()).splitlines()]
    output = [(e["type"], e["data"]) for e in events if e["type"] in ("stdout", "stderr")]
    assert output == [("stdout", "a\rb"), ("stderr", "e\n"), ("stdout", "c\ufffd"), ("stdout", "\ufffd\ufffd\n")]
    assert {"type": "keepalive"} in events  # 6 s between two writes
    result = json.loads(events[-1]["data"])
    assert (events[-1]["type"], result["stdout"], result["status"]) == ("result", "a\rbc€\n", "completed")


async def test_a_silent_wait_past_60_s_is_the_edges_504_and_tails_say_they_are_cut(http, fake):
    fake.time_scale = 0.001
    _, url = await deployed(http)
    late = await http.post(f"{url}/process", json={"command": "long", "name": "l", "waitForCompletion": True})
    assert late.status_code == 504 and late.headers["content-type"] == "text/html"
    assert (await http.get(f"{url}/process/l")).json()["status"] == "running"  # behind the edge, it runs on
    await http.post(f"{url}/process", json={"command": "big", "name": "b", "waitForCompletion": True})
    inlined = (await http.get(f"{url}/process/b")).json()["stdout"]
    assert inlined.startswith("[... truncated, see the process log file for the full output ...]\n")
    assert len(inlined) == len("[... truncated, see the process log file for the full output ...]\n") + 64 * 1024
    assert (await http.get(f"{url}/process/b/logs")).json()["stdout"] == "x" * (64 * 1024 + 5)


async def test_output_before_the_exec_stream_is_attached_is_replayed_a_line_at_a_time(http, fake):
    # StreamProcessOutput's backlog (srv process.go:1272-1297): bufio.ScanLines drops a line's last
    # "\r" and the replay adds "\n"; the record keeps what was written
    fake.time_scale = 0.001
    _, url = await deployed(http)
    async with http.stream("POST", f"{url}/process", json={"command": "early"},
                           headers={"Accept": "text/event-stream"}) as stream:  # fmt: skip
        events = [json.loads(line) for line in (await stream.aread()).splitlines()]
    assert [e.get("data") for e in events if e["type"] == "stdout"] == ["half\n", "rest\n"]
    assert json.loads(events[-1]["data"])["stdout"] == "half\rrest\n"


# --- the terminal WebSocket (srv handler/terminal.go; handler/terminal/session_manager.go) --------


async def _terminal(http: httpx.AsyncClient, url: str, **query: str):
    from tests.test_fake_daytona import websocket

    return await websocket(http, str(httpx.URL(f"{url}/terminal/ws", params=query)))


async def _frames(conn, stream, count: int) -> list[dict]:
    """The next `count` frames (JSON), or fewer when the connection ends without a close frame."""
    from wsproto.events import TextMessage

    frames: list[dict] = []
    while len(frames) < count:
        data = await stream.read(65536, timeout=5)
        if not data:
            break
        conn.receive_data(data)
        frames += [json.loads(e.data) for e in conn.events() if isinstance(e, TextMessage)]
    return frames


async def test_the_terminal_keeps_its_session_past_a_disconnect_and_drops_without_a_close_frame():
    from wsproto.events import CloseConnection, TextMessage

    fake = FakeBlaxel(commands=COMMANDS)
    async with httpx.AsyncClient(transport=fake, headers=HEADERS) as http:
        _, url = await deployed(http)
        refused = await http.get(f"{url}/terminal/ws")  # no upgrade: gorilla's own 400
        assert (refused.status_code, refused.text) == (400, "Bad Request\n")
        # a session that cannot start: the error frame, then the connection ends (no close frame)
        conn, stream = await _terminal(http, url, workingDir="/nowhere")
        assert await _frames(conn, stream, 2) == [
            {"type": "error", "data": "fork/exec /bin/sh: no such file or directory"}
        ]
        conn, stream = await _terminal(http, url, sessionId="s", cols="100", rows="x")  # rows: the default
        frame = json.dumps({"type": "input", "data": "héllo <ok>\r"})
        await stream.write(conn.send(TextMessage("not json")) + conn.send(TextMessage(frame)))
        (echo,) = await _frames(conn, stream, 1)  # the line discipline's echo; bad JSON skipped
        assert echo == {"type": "output", "data": "héllo <ok>\r\n"}
        session = fake.sandboxes["box"].terminals["s"]
        assert (session.cols, session.rows) == (100, 24)
        await stream.write(conn.send(TextMessage('{"type":"resize","cols":0,"rows":50}')))
        await stream.write(conn.send(TextMessage('{"type":"resize","cols":90,"rows":50}')))
        await stream.write(conn.send(CloseConnection(1000)))
        await asyncio.sleep(0.01)
        assert (session.cols, session.rows) == (90, 50) and not session.dead.is_set()  # it outlives us
        # joined again by id: the kept output replayed after an SGR reset, then `exit` ends it
        conn, stream = await _terminal(http, url, sessionId="s")
        (replay,) = await _frames(conn, stream, 1)
        assert replay == {"type": "output", "data": "\x1b[0mhéllo <ok>\r\n"}
        await stream.write(conn.send(TextMessage(json.dumps({"type": "input", "data": "exit\r"}))))
        assert await _frames(conn, stream, 1) == [{"type": "output", "data": "exit\r\n"}]
        await asyncio.sleep(0.01)
        assert session.dead.is_set()
        # the server sees the end only at the next message, then drops the connection
        await stream.write(conn.send(TextMessage(json.dumps({"type": "input", "data": "\r"}))))
        assert await _frames(conn, stream, 1) == []
