"""Hostile input on the cloud providers, offline: what leaves the client carries each value exactly.

Each provider's async client runs against a capturing transport (tests/hostile_wire.py) that
records every request and answers just enough for the call to complete. Hypothesis generates paths,
env values, working directories and commands; the tests decode them back out of the outgoing
requests (URL segments and query parameters, JSON bodies, multipart parts, base64, shell lines read
back with shlex) and compare them with what was asked for.
"""

from __future__ import annotations

import asyncio
import base64
import posixpath
import re
import shlex

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sandboxer import AsyncSandboxer, RunCommandRequest, StartCommandRequest
from sandboxer.errors import InvalidRequestError
from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.base64_files import BASE64_OUTPUT, READ, WRITE
from tests.daytona_script import subshell_of
from tests.hostile_strategies import commands, envs, names
from tests.hostile_wire import (
    ROUTES,
    SANDBOX_ID,
    Capture,
    command_of,
    disposition,
    expected_cwd,
    parse_command_line,
    script_args,
    whatwg_filename,
)

PROVIDERS = list(ROUTES)
PROPERTY = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

segments = st.lists(names, min_size=1, max_size=3)
absolute_paths = segments.map(lambda parts: "/" + "/".join(parts))
relative_paths = segments.map("/".join)
paths = st.one_of(absolute_paths, relative_paths)


def paths_for(provider: str):
    # Blaxel and E2B resolve a relative path by asking the sandbox's working directory first (the
    # contract suite checks that); here each path is to be found whole in the request.
    return absolute_paths if provider in ("blaxel", "e2b") else paths


def drive(provider: str, action):
    """Attach to a sandbox through a capturing transport, run `action(sandbox)`; (capture, result)."""
    route, config = ROUTES[provider]
    capture = Capture(route)

    async def main():
        async with AsyncSandboxer(provider, {**config, "transport": capture}) as client:
            sandbox = await client.attach_sandbox(SANDBOX_ID)
            capture.sent.clear()
            return await action(sandbox)

    result = asyncio.run(main())
    return capture, result


# --- per provider: where a request carries what -------------------------------------------------


def exec_argv(capture: Capture, script: str | None = None) -> list[list[str]]:
    """The argv of every Fly exec (or only those running `script`)."""
    found = [s.json()["command"] for s in capture.find("POST", r"/exec$")]
    return [argv for argv in found if script is None or argv[2] == script]


def runloop_lines(capture: Capture) -> list[str]:
    """Command lines sent to run (/execute) or to start (/execute_async)."""
    return [s.json()["command"] for s in capture.find("POST", r"/execute(_async)?$")]


def runloop_script(capture: Capture, script: str) -> list[list[str]]:
    argvs = [shlex.split(line) for line in runloop_lines(capture)]
    return [script_args(argv, script) for argv in argvs if argv[2] == script]


def blaxel_fs_path(capture: Capture, method: str, prefix: str = "filesystem") -> str:
    sent = capture.one(method, rf"^/{prefix}/")
    return sent.segment_after(prefix.rsplit("/", 1)[-1])


def check_multipart_file(parts, name: str, content: bytes) -> None:
    files = [(h, c) for h, c in parts if disposition(h).get("name") == "file"]
    assert len(files) == 1
    headers, body = files[0]
    assert body == content
    sent = disposition(headers).get("filename")
    assert sent is not None
    if "%" not in name:  # "%22" in a name reads back as '"' (the escaping browsers use too)
        assert whatwg_filename(sent) == name


# --- files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
@PROPERTY
@given(data=st.data(), content=st.binary(max_size=64), mode=st.sampled_from([None, 0o640]))
def test_write_file(provider: str, data, content: bytes, mode: int | None) -> None:
    path = data.draw(paths_for(provider), label="path")
    capture, _ = drive(provider, lambda sb: sb.write_file(path, content, mode=mode))
    base = posixpath.basename(path)
    if provider == "e2b":
        sent = capture.one("POST", r"^/files$")
        assert sent.query == {"path": path}  # the template's default user: no username
        check_multipart_file(sent.multipart(), base, content)
        if mode is not None:
            start = capture.one("POST", r"/process\.Process/Start$").connect_message()
            assert shlex.split(start["process"]["args"][-1]) == ["chmod", "640", "--", path]
    elif provider == "daytona":
        sent = capture.one("POST", r"/files/upload-v2$")
        assert sent.query == {"path": path}
        check_multipart_file(sent.multipart(), base, content)
        if mode is not None:
            assert capture.one("POST", r"/files/permissions$").query == {"path": path, "mode": "640"}
    elif provider == "blaxel":
        initiate = capture.one("POST", r"^/filesystem-multipart/initiate/")
        assert initiate.segment_after("initiate") == path
        assert initiate.json() == ({} if mode is None else {"permissions": "640"})
        part = capture.one("PUT", r"/part$")
        assert part.query == {"partNumber": "1"}
        check_multipart_file(part.multipart(), base, content)
    elif provider == "runloop":
        parts = capture.one("POST", r"/upload_file$").multipart()
        fields = [(h, c) for h, c in parts if disposition(h).get("name") == "path"]
        assert [c.decode("utf-8") for _, c in fields] == [path]
        assert [c for h, c in parts if disposition(h).get("name") == "file"] == [content]
        if mode is not None:
            assert runloop_script(capture, 'chmod "$1" -- "$2"') == [["640", path]]
    else:
        (sent,) = capture.find("POST", r"/exec$")
        args = script_args(sent.json()["command"], WRITE)
        assert args[0] == path
        # a short private name beside the target (a long name stays writable)
        parent = posixpath.dirname(path.rstrip("/")) or ("/" if path.startswith("/") else ".")
        assert re.fullmatch(re.escape(parent.rstrip("/")) + r"/\.sbx-[0-9a-f]+\.part", args[1])
        assert args[2:] == ["1", "1", "" if mode is None else "640", ""]
        assert base64.b64decode(sent.json()["stdin"], validate=True) == content


@pytest.mark.parametrize("provider", PROVIDERS)
@PROPERTY
@given(data=st.data())
def test_read_file(provider: str, data) -> None:
    path = data.draw(paths_for(provider), label="path")
    capture, content = drive(provider, lambda sb: sb.read_file(path))
    if provider == "e2b":
        assert capture.one("GET", r"^/files$").query == {"path": path}
    elif provider == "daytona":
        assert capture.one("GET", r"/files/download$").query == {"path": path}
    elif provider == "blaxel":
        sent = capture.one("GET", r"^/filesystem/")
        assert sent.segment_after("filesystem") == path
        assert sent.query == {"download": "true"}
    elif provider == "runloop":
        assert capture.one("POST", r"/download_file$").json() == {"path": path}
    else:
        ((file, offset, size),) = [script_args(a, READ) for a in exec_argv(capture)]
        assert (file, offset) == (path, "0") and int(size) > 0
    assert content == (b"" if provider == "fly-machines" else b"content")


@pytest.mark.parametrize("provider", PROVIDERS)
@PROPERTY
@given(data=st.data())
def test_list_directory(provider: str, data) -> None:
    path = data.draw(paths_for(provider), label="path")
    capture, listing = drive(provider, lambda sb: sb.list_directory(path))
    assert listing == []
    if provider == "e2b":
        assert capture.one("POST", r"/ListDir$").json() == {"path": path, "depth": 1}
    elif provider == "daytona":
        assert capture.one("GET", r"^/toolbox/[^/]+/files$").query == {"path": path, "depth": "1"}
    elif provider == "blaxel":
        assert blaxel_fs_path(capture, "GET") == path
    elif provider == "runloop":  # a relative path named like an option goes as "./-x"
        assert runloop_script(capture, scripts.LIST_DIR) == [[scripts.script_path(path)]]
    else:
        (argv,) = exec_argv(capture)
        assert script_args(argv, BASE64_OUTPUT) == scripts.sh(scripts.LIST_DIR, scripts.script_path(path))


@pytest.mark.parametrize("provider", PROVIDERS)
@PROPERTY
@given(data=st.data())
def test_make_dir(provider: str, data) -> None:
    path = data.draw(paths_for(provider), label="path")
    capture, _ = drive(provider, lambda sb: sb.make_dir(path))
    if provider == "e2b":
        assert capture.one("POST", r"/MakeDir$").json() == {"path": path}
    elif provider == "daytona":
        assert capture.one("POST", r"/files/folder$").query == {"path": path, "mode": "755"}
    elif provider == "blaxel":
        sent = capture.one("PUT", r"^/filesystem/")
        assert sent.segment_after("filesystem") == path
        assert sent.json() == {"isDirectory": True}
    elif provider == "runloop":
        assert runloop_script(capture, scripts.MAKE_DIR) == [[path]]
    else:
        assert [script_args(a, scripts.MAKE_DIR) for a in exec_argv(capture)] == [[path]]


@pytest.mark.parametrize("provider", PROVIDERS)
@PROPERTY
@given(data=st.data())
def test_remove(provider: str, data) -> None:
    path = data.draw(paths_for(provider), label="path")
    capture, _ = drive(provider, lambda sb: sb.remove(path))
    if provider == "e2b":
        assert capture.one("POST", r"/Remove$").json() == {"path": path}
    elif provider == "daytona":
        assert capture.one("DELETE", r"/files$").query == {"path": path, "recursive": "true"}
    elif provider == "blaxel":
        sent = capture.one("DELETE", r"^/filesystem/")
        assert sent.segment_after("filesystem") == path
        assert sent.query == {"recursive": "true"}
    elif provider == "runloop":
        assert runloop_script(capture, scripts.REMOVE) == [[path]]
    else:
        assert [script_args(a, scripts.REMOVE) for a in exec_argv(capture)] == [[path]]


@pytest.mark.parametrize("provider", PROVIDERS)
@PROPERTY
@given(data=st.data())
def test_rename(provider: str, data) -> None:
    src = data.draw(paths_for(provider), label="src")
    dst = data.draw(paths_for(provider), label="dst")
    capture, _ = drive(provider, lambda sb: sb.rename(src, dst))
    if provider == "e2b":
        assert capture.one("POST", r"/Move$").json() == {"source": src, "destination": dst}
    elif provider == "daytona":
        assert capture.one("POST", r"/files/move$").query == {"source": src, "destination": dst}
    elif provider == "blaxel":
        # No move call: our RENAME script runs with both paths quoted.
        process = capture.one("POST", r"^/process$").json()
        assert shlex.split(process["command"]) == scripts.sh(scripts.RENAME, src, dst)
        assert "env" not in process and "workingDir" not in process
    elif provider == "runloop":
        assert runloop_script(capture, scripts.RENAME) == [[src, dst]]
    else:
        assert [script_args(a, scripts.RENAME) for a in exec_argv(capture)] == [[src, dst]]


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("path", ["", "a\x00b", "/tmp/\x00x"], ids=repr)
def test_bad_paths_are_refused_before_sending(provider: str, path: str) -> None:
    calls = {
        "write_file": lambda sb: sb.write_file(path, b"x"),
        "read_file": lambda sb: sb.read_file(path),
        "list_directory": lambda sb: sb.list_directory(path),
        "make_dir": lambda sb: sb.make_dir(path),
        "remove": lambda sb: sb.remove(path),
        "rename": lambda sb: sb.rename(path, "/tmp/x"),
        "stat": lambda sb: sb.stat(path),
    }
    for what, call in calls.items():

        async def action(sb, call=call):
            with pytest.raises(InvalidRequestError):
                await call(sb)

        capture, _ = drive(provider, action)
        assert capture.sent == [], f"{what}({path!r}) sent {[str(s.url) for s in capture.sent]}"


# --- commands ------------------------------------------------------------------------------------

cwds = st.one_of(st.none(), paths)
maybe_envs = st.one_of(st.just({}), envs)


def check_command(
    provider: str, capture: Capture, cmd: str, env: dict, cwd: str | None, *, started: bool
) -> None:
    if provider == "e2b":
        message = capture.one("POST", r"/process\.Process/Start$").connect_message()
        process = message["process"]
        assert process["cmd"] == "/bin/bash"
        assert process["args"] == ["-l", "-c", cmd]
        assert process.get("envs", {}) == env
        assert process.get("cwd") == cwd
    elif provider == "blaxel":
        body = capture.one("POST", r"^/process$").json()
        assert body["command"] == cmd
        assert body.get("env", {}) == env
        assert body.get("workingDir") == cwd
        assert body.get("waitForCompletion") is None  # run: the streamed exec, asked for by Accept
    else:
        if provider == "daytona":
            (sent,) = capture.find("POST", r"/exec$")
            line = subshell_of(sent.json()["command"])  # the subshell inside Daytona's own line
        elif provider == "runloop":
            (line,) = runloop_lines(capture)
        else:
            (argv,) = exec_argv(capture)
            assert argv[-3:-1] == ["/bin/sh", "-c"]
            line = argv[-1]
        parsed = parse_command_line(line)
        assert parsed["cwd"] == expected_cwd(cwd)
        assert parsed["env"] == env
        assert parsed["user"] is None
        assert command_of(parsed["argv"]) == cmd
        if started and provider != "fly-machines":
            assert parsed["argv"][2] == scripts.REPORT_PID_THEN_RUN


@pytest.mark.parametrize("provider", PROVIDERS)
@PROPERTY
@given(data=st.data(), cmd=commands, env=maybe_envs)
def test_run_command(provider: str, data, cmd: str, env: dict) -> None:
    cwd = data.draw(st.one_of(st.none(), paths_for(provider)), label="cwd")
    capture, result = drive(provider, lambda sb: sb.run_command(RunCommandRequest(cmd, env=env, cwd=cwd)))
    assert result.exit_code == 0
    check_command(provider, capture, cmd, env, cwd, started=False)


@pytest.mark.parametrize("provider", PROVIDERS)
@PROPERTY
@given(data=st.data(), cmd=commands, env=maybe_envs)
def test_start_command(provider: str, data, cmd: str, env: dict) -> None:
    cwd = data.draw(st.one_of(st.none(), paths_for(provider)), label="cwd")

    async def action(sb):
        pid, handle = await sb.start_command(StartCommandRequest(cmd, env=env, cwd=cwd))
        assert pid > 0 and handle
        return pid

    capture, _ = drive(provider, action)
    check_command(provider, capture, cmd, env, cwd, started=True)
