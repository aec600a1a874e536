"""Users test their own code with httpx's mocks: `extra["transport"] = httpx.MockTransport(handler)`
(or respx), whose answers come already read (`httpx.Response(200, content=...)`). Every operation
over plain HTTP works on such answers, streamed ones included (commands, their output, terminals,
stdin); what needs an upgraded connection (Daytona's WebSockets) says so in a typed error.

Per provider, the vendor's fake answers through a MockTransport that hands each answer back read
whole, as a user's handler would; and E2B once more with answers written by hand (the README's
"Testing your code" example).
"""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from sandboxer import (
    AsyncSandboxer,
    CreatePTYRequest,
    ProviderError,
    RunCommandRequest,
    StartCommandRequest,
)
from sandboxer._transport.connect import FLAG_END_STREAM, envelope
from tests.conftest import CLOUD, DOCKER_SOCKET, TEST_IMAGE, need_docker

# Headers that describe the bytes on the wire: an answer read whole is decoded already.
_WIRE_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}


def read_whole(inner: httpx.AsyncBaseTransport) -> httpx.MockTransport:
    """A MockTransport answering what `inner` answers, each answer already read whole."""

    async def handler(request: httpx.Request) -> httpx.Response:
        answer = await inner.handle_async_request(request)
        content = await answer.aread()
        headers = [(k, v) for k, v in answer.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
        return httpx.Response(answer.status_code, headers=headers, content=content)

    return httpx.MockTransport(handler)


def _fake(provider: str):
    import importlib

    short, _, fake, _, extra = CLOUD[provider]
    if provider == "fly-machines":
        need_docker()  # Fly's fake runs the commands in a container
    module, _, cls = fake.partition(":")
    try:
        commands = importlib.import_module(f"tests.{short}_script").COMMANDS
    except ModuleNotFoundError:
        commands = None
    instance = getattr(importlib.import_module(module), cls)(api_key="mock-key", commands=commands)
    config = {"api_key": "mock-key", **{key: composing for key, (_, composing) in extra.items()}}
    return instance, config


@pytest.mark.parametrize("provider", [*CLOUD, "local"])
async def test_every_http_operation_works_on_answers_read_whole(provider):
    if provider == "local":
        need_docker()
        inner, config = httpx.AsyncHTTPTransport(uds=DOCKER_SOCKET), {"image": TEST_IMAGE}
    else:
        inner, config = _fake(provider)
    async with AsyncSandboxer(provider, {**config, "transport": read_whole(inner)}) as client:
        sb, _ = await client.create_sandbox()
        async with sb:
            result = await sb.run_command(RunCommandRequest("echo out; echo err >&2; exit 3"))
            assert (result.stdout, result.stderr, result.exit_code) == ("out\n", "err\n", 3)

            request = RunCommandRequest("for i in 1 2 3; do echo line $i; echo err $i >&2; sleep 0.2; done")
            lines: list[str] = []
            if provider == "daytona":  # followed over a WebSocket: a mock cannot upgrade the connection
                with pytest.raises(ProviderError, match="WebSocket"):
                    await sb.run_command(request, on_stdout=lines.append)
            elif "stream_output" in sb.capabilities:
                streamed = await sb.run_command(request, on_stdout=lines.append)
                assert "".join(lines) == streamed.stdout == "line 1\nline 2\nline 3\n"

            if provider != "daytona":
                pid, handle = await sb.start_command(StartCommandRequest("echo a; echo b >&2; sleep 0.3; exit 5"))
                waited = await sb.wait_for_handle(handle)
                assert (waited.stdout, waited.stderr, waited.exit_code) == ("a\n", "b\n", 5)

            content = bytes(range(256)) * 64
            await sb.write_file("/tmp/contract/deep/er/blob.bin", content)
            assert await sb.read_file("/tmp/contract/deep/er/blob.bin") == content
            [entry] = await sb.list_directory("/tmp/contract/deep/er")
            assert (entry.name, entry.size) == ("blob.bin", len(content))
            assert (await sb.stat("/tmp/contract/deep/er/blob.bin")).size == len(content)


# --- E2B with answers written by hand: what a user's test of their own code looks like -----------


def connect_stream(*messages: dict) -> bytes:
    """A Connect server stream's body: each message in its envelope, then the end of the stream."""
    return b"".join(envelope(m) for m in messages) + envelope({}, FLAG_END_STREAM)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


async def test_e2b_commands_terminals_and_stdin_on_answers_written_by_hand():
    sent: list[tuple[str, dict]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.url.host == "api.e2b.app" and path == "/sandboxes":
            return httpx.Response(201, json={"sandboxID": "sb1", "templateID": "base", "clientID": "c",
                                             "envdVersion": "0.6.10", "envdAccessToken": "t"})  # fmt: skip
        if path == "/process.Process/Start":
            config = json.loads(request.content[5:])
            sent.append((path, config))
            stdout = "hi\n" if config.get("pty") is None else "$ "
            kind = "stdout" if config.get("pty") is None else "pty"
            body = connect_stream(
                {"event": {"start": {"pid": 7}}},
                {"event": {"data": {kind: b64(stdout)}}},
                {"event": {"end": {"exited": True, "status": "exit status 0"}}},
            )
            return httpx.Response(200, headers={"Content-Type": "application/connect+json"}, content=body)
        if path in ("/process.Process/SendInput", "/process.Process/CloseStdin", "/process.Process/SendSignal"):
            sent.append((path, json.loads(request.content)))
            return httpx.Response(200, json={})
        if path == "/sandboxes/sb1" and request.method == "DELETE":
            return httpx.Response(204)
        return httpx.Response(404, json={"code": 404, "message": f"no route {path}"})

    config = {"api_key": "e2b_test", "transport": httpx.MockTransport(handler)}
    async with AsyncSandboxer("e2b", config) as client:
        sb, _ = await client.create_sandbox()
        async with sb:
            seen: list[str] = []
            result = await sb.run_command(RunCommandRequest("echo hi"), on_stdout=seen.append)
            assert (result.stdout, result.exit_code, seen) == ("hi\n", 0, ["hi\n"])

            pid, handle = await sb.start_command(StartCommandRequest("cat", stdin=True))
            await sb.send_stdin(pid, "typed\n")
            await sb.close_stdin(pid)
            assert (await sb.wait_for_handle(handle)).stdout == "hi\n"

            screen = bytearray()
            pty = await sb.create_pty(CreatePTYRequest(on_data=screen.extend))
            await sb.send_pty_input(pty.pid, "ls\n")
            await sb.kill_pty(pty.pid)
            assert bytes(screen) == b"$ "
    inputs = [message for path, message in sent if path == "/process.Process/SendInput"]
    assert inputs == [
        {"process": {"pid": 7}, "input": {"stdin": b64("typed\n")}},
        {"process": {"pid": 7}, "input": {"pty": b64("ls\n")}},
    ]


def test_the_readmes_example_runs():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme.split("## Testing your code", 1)[1].split("\n## ", 1)[0]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md (Testing your code)", "exec"), {})
