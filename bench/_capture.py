"""What each public operation sends, taken from the committed cassettes (shared by bench/cost.py and
bench/requests_per_operation.py).

The sync replay suites (the contract suite, `tests/contract/_sync/`, and each provider's own,
`tests/_sync/test_<provider>_conformance.py`; replay variants only) run in this process under pytest,
with two patches that change nothing they check:

- every public operation of `Sandboxer` and of each provider's sandbox class is wrapped so that the
  outermost call on a thread is one `Call` (provider, test, operation, arguments, outcome);
- `tests.cassette.CassetteTransport.handle_request` notes each request it answers, with the recorded
  answer vcrpy played for it, under the call that is running on that thread.

So a call's `exchanges` are the HTTP requests that one operation made, in order, each beside the
answer it got. `LoopTransport` answers those same exchanges again and again (matching method and
path, in the recorded order), which is what the CPU benchmark loops over.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import pytest  # noqa: E402

# Suite file and cassette folder of each provider (its registry name first).
SUITES = {
    "e2b": "test_e2b_conformance.py",
    "daytona": "test_daytona_conformance.py",
    "blaxel": "test_blaxel_conformance.py",
    "runloop": "test_runloop_conformance.py",
    "fly-machines": "test_fly_conformance.py",
    "local": "test_local_conformance.py",
}

# The seed's operations (hyperterse-sandboxer 0.1.0: its Provider and Sandbox ABCs), in its order.
SEED_CLIENT_OPS = ("create_sandbox", "attach_sandbox", "list_sandboxes", "kill_sandbox")
SEED_SANDBOX_OPS = (
    "info is_running pause resume kill port_url run_command start_command wait_for_handle kill_process "
    "list_processes read_file write_file list_directory make_dir remove exists create_pty resize_pty "
    "kill_pty list_pty"
).split()
SEED_OPS = SEED_CLIENT_OPS + tuple(SEED_SANDBOX_OPS)
# Ours beyond the seed: labelled too, so their traffic is never counted under another operation.
EXTRA_OPS = (
    "send_stdin close_stdin send_pty_input stat rename upload download watch_directory set_timeout"
).split()


@dataclass
class Exchange:
    method: str
    url: str
    headers: list[tuple[str, str]]
    body: bytes
    recorded: dict[str, Any] | None  # vcrpy's recorded answer (status, headers, body, hijack transcript)
    transport: Any = field(repr=False, default=None)

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def status(self) -> int:
        return self.recorded["status"]["code"] if self.recorded else 0


@dataclass
class Call:
    provider: str
    test: str
    op: str
    target: Any = field(repr=False)
    fn: Any = field(repr=False)
    args: tuple = field(repr=False)
    kwargs: dict = field(repr=False)
    ok: bool = False
    error: str | None = None
    exchanges: list[Exchange] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return len(self.exchanges)


class Recorder:
    def __init__(self, on_call=None) -> None:
        self.calls: list[Call] = []
        self.unlabelled: list[tuple[str, Exchange]] = []  # requests made outside any operation
        self.on_call = on_call  # called after each successful outermost call (cost.py benchmarks there)
        self.test = ""
        self.outcomes: dict[str, str] = {}
        self._state = threading.local()
        self.paused = False  # while a benchmark loops: nothing is labelled or noted


def _wrap(recorder: Recorder, cls: type, name: str, provider_of) -> None:
    original = getattr(cls, name)
    if getattr(original, "_bench_wrapped", False):
        return

    @functools.wraps(original)
    def wrapper(self, *args, **kwargs):
        state = recorder._state
        if recorder.paused or getattr(state, "call", None) is not None:
            return original(self, *args, **kwargs)
        call = Call(provider_of(self), recorder.test, name, self, original, args, kwargs)
        state.call = call
        try:
            result = original(self, *args, **kwargs)
            call.ok = True
            return result
        except BaseException as failure:
            call.error = type(failure).__name__
            raise
        finally:
            state.call = None
            recorder.calls.append(call)
            if call.ok and recorder.on_call is not None:
                recorder.on_call(call)

    wrapper._bench_wrapped = True
    setattr(cls, name, wrapper)


def _sandbox_classes() -> list[type]:
    import importlib

    from sandboxer._sync.base import SandboxBase

    for module in ("e2b", "daytona", "blaxel", "runloop", "fly", "local"):
        importlib.import_module(f"sandboxer.providers._sync.{module}")
    found, todo = [], list(SandboxBase.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return [c for c in found if c.provider_name != "unknown"]


def install(recorder: Recorder) -> None:
    """Wrap the operations and the cassette transport (idempotent per class)."""
    from vcr.cassette import Cassette

    from sandboxer._sync.client import Sandboxer
    from tests.cassette import CassetteTransport

    for name in SEED_CLIENT_OPS:
        _wrap(recorder, Sandboxer, name, lambda client: client._name)
    for cls in _sandbox_classes():
        for name in (*SEED_SANDBOX_OPS, *EXTRA_OPS):
            if hasattr(cls, name):
                _wrap(recorder, cls, name, lambda sb: sb.provider_name)

    state = recorder._state
    if not getattr(Cassette.play_response, "_bench_wrapped", False):
        play = Cassette.play_response

        def play_response(self, request):
            answer = play(self, request)
            state.played = answer
            return answer

        play_response._bench_wrapped = True
        Cassette.play_response = play_response

    if not getattr(CassetteTransport.handle_request, "_bench_wrapped", False):
        handle = CassetteTransport.handle_request

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            loop = getattr(self, "_bench_loop", None)
            if loop is not None:
                return loop.handle_request(request)
            state.played = None
            response = handle(self, request)
            if recorder.paused:
                return response
            exchange = Exchange(
                request.method,
                str(request.url),
                list(request.headers.multi_items()),
                request.content,
                state.played,
                self,
            )
            call = getattr(state, "call", None)
            if call is not None:
                call.exchanges.append(exchange)
            else:
                recorder.unlabelled.append((recorder.test, exchange))
            return response

        handle_request._bench_wrapped = True
        CassetteTransport.handle_request = handle_request


class _Plugin:
    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        self.recorder.test = item.originalname if hasattr(item, "originalname") else item.name
        yield

    def pytest_runtest_logreport(self, report):
        if report.failed:
            self.recorder.outcomes[report.nodeid] = f"failed ({report.when})"


def run_suites(recorder: Recorder, providers: list[str] | None = None, quiet: bool = True) -> int:
    """Run the sync replay suites of `providers` with `recorder` installed; pytest's exit code."""
    install(recorder)
    chosen = providers or list(SUITES)
    files = [str(ROOT / "tests" / "_sync" / SUITES[p]) for p in chosen]
    files.append(str(ROOT / "tests" / "contract" / "_sync"))
    # The contract tests' ids name their provider ([e2b], [fly-machines], [local-replay]), as the
    # providers' own suites' file names do.
    words = " or ".join(p.split("-")[0] for p in chosen)
    args = [*files, "-q", "-k", f"not live and ({words})", "-p", "no:cacheprovider", "--no-header", "-o", "addopts="]
    cwd = os.getcwd()
    os.chdir(ROOT)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out) if quiet else contextlib.nullcontext():
            code = pytest.main(args, plugins=[_Plugin(recorder)])
    finally:
        os.chdir(cwd)
    if code not in (0, 5):
        tail = out.getvalue().strip().splitlines()[-1:] if quiet else []
        print(f"warning: the replay suites did not all pass ({tail}); failed: {sorted(recorder.outcomes)}")
    return int(code)


# --- answering the same exchanges again and again ---------------------------------------------


class _Answer:
    """One recorded answer, ready to hand out many times."""

    def __init__(self, exchange: Exchange) -> None:
        from tests.cassette import CONNECT_STREAM

        recorded = exchange.recorded or {"status": {"code": 599}, "headers": {}, "body": {"string": b""}}
        self.method = exchange.method
        self.path = exchange.path
        self.status = recorded["status"]["code"]
        self.headers = [(k, v) for k, values in recorded["headers"].items() for v in values]
        content = recorded["body"]["string"]
        self.content = content.encode("utf-8") if isinstance(content, str) else (content or b"")
        self.hold_open = bool(recorded.get("client_closed"))
        self.transcript = recorded.get("hijacked_transcript")
        self.kind = "plain"
        types = [v for k, v in self.headers if k.lower() == "content-type"]
        if self.status == 101:
            self.kind = "upgrade"
        elif any(t.startswith(CONNECT_STREAM) for t in types):
            self.kind = "connect"
        elif any(t.startswith("text/event-stream") for t in types):
            self.kind = "events"

    def response(self, request: httpx.Request) -> httpx.Response:
        from tests.cassette import _Frames, _SyncReplayNetwork

        if self.kind == "plain":
            return httpx.Response(self.status, headers=self.headers, stream=httpx.ByteStream(self.content))
        if self.kind == "upgrade":
            transcript = self.transcript or [{"read": self.content}]
            key = request.headers.get("sec-websocket-key")
            network = _SyncReplayNetwork(transcript, key is not None, self.transcript is not None)
            headers = self.headers
            if key is not None:
                import base64
                import hashlib

                from tests.cassette import WEBSOCKET_GUID

                accept = base64.b64encode(hashlib.sha1(key.encode() + WEBSOCKET_GUID).digest()).decode()
                headers = [(k, accept if k.lower() == "sec-websocket-accept" else v) for k, v in headers]
            return httpx.Response(
                self.status,
                headers=headers,
                stream=httpx.ByteStream(b""),
                extensions={"network_stream": network},
            )
        stream = _Frames(self.content, hold_open=self.hold_open, events=self.kind == "events")
        return httpx.Response(self.status, headers=self.headers, stream=stream)


class Diverged(AssertionError):
    """The client sent something the recorded exchanges do not have."""


class LoopTransport(httpx.BaseTransport):
    """Answers `exchanges` in their recorded order, around and around; each request must have the
    method and path of the one due (or of a later one: the client may skip an optional request)."""

    def __init__(self, exchanges: list[Exchange]) -> None:
        self.answers = [_Answer(e) for e in exchanges]
        self.at = 0
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        n = len(self.answers)
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        for step in range(n):
            answer = self.answers[(self.at + step) % n]
            if answer.method == request.method and answer.path == path:
                return self._serve(step, request)
        # A name the client makes up per call (a session, a sandbox name): the same shape will do.
        depth = path.count("/")
        for step in range(n):
            answer = self.answers[(self.at + step) % n]
            if answer.method == request.method and answer.path.count("/") == depth:
                return self._serve(step, request)
        raise Diverged(f"no recorded answer for {request.method} {path}")

    def _serve(self, step: int, request: httpx.Request) -> httpx.Response:
        index = (self.at + step) % len(self.answers)
        self.at = (index + 1) % len(self.answers)
        self.sent += 1
        return self.answers[index].response(request)


@contextlib.contextmanager
def looping(call: Call, recorder: Recorder):
    """While inside: the call's transport(s) answer its exchanges in a loop, waits do not sleep,
    and the numbered ids of the replay (tests/numbering.py) are left where they were, so the rest
    of the test asks for the ids its cassette holds."""
    import sandboxer._concurrency as concurrency
    from tests.numbering import RANDOM_IDS

    loop = LoopTransport(call.exchanges)
    transports = {id(e.transport): e.transport for e in call.exchanges}
    patched = []
    for name, module in list(sys.modules.items()):
        if name.startswith("sandboxer.") and getattr(module, "sleep", None) is concurrency.sleep:
            patched.append(module)
    recorder.paused = True
    for transport in transports.values():
        transport._bench_loop = loop
    for module in patched:
        module.sleep = _no_sleep
    numbered = [(module, name, getattr(module, name)) for module, name in RANDOM_IDS]
    for module, name, _ in numbered:
        setattr(module, name, _loop_id)
    try:
        yield loop
    finally:
        for module, name, made in numbered:
            setattr(module, name, made)
        for module in patched:
            module.sleep = concurrency.sleep
        for transport in transports.values():
            transport._bench_loop = None
        recorder.paused = False


def _no_sleep(seconds: float) -> None:
    return None


def _loop_id() -> str:
    # UUIDv7-shaped (Runloop's command ids); the loop answers by path, so any id will do.
    return "019a0000-0000-7000-8000-00000000b00c"


def mode_call(calls: list[Call], count: Callable[[Call], int] = lambda c: c.requests) -> Call | None:
    """The typical successful call: the most common request count (`count`) among successful
    calls whose answers were all below 400 (ties: the fewest requests), its first instance."""
    good = [c for c in calls if c.ok and all(e.status < 400 for e in c.exchanges)] or [
        c for c in calls if c.ok
    ]
    if not good:
        return None
    counts: dict[int, int] = {}
    for c in good:
        counts[count(c)] = counts.get(count(c), 0) + 1
    best = max(counts, key=lambda k: (counts[k], -k))
    return next(c for c in good if count(c) == best)
