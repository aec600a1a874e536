"""Faults under every provider: tests/faults.py's transport around each provider's cassettes.

Each provider's recorded traffic (a create, then an info; a create, then a command) is replayed with
faults injected at the HTTP layer, below the client's own retrying transport. What must hold:

- idempotent reads succeed within the retry budget (two retries) and wait as long as Retry-After says;
- a create or a command start is never sent twice (no vendor here takes an idempotency key; see
  specs/), unless it certainly never reached the server (a refused connection, a 429);
- a stream cut short raises a SandboxerError, never a CommandResult;
- every failure is a SandboxerError carrying the provider, the status and the request id of an
  answer; no httpx, json, KeyError/TypeError/AttributeError or attrs exception escapes, whatever
  the JSON answers hold (malformed, unknown fields, fields missing, fields of the wrong type).
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from sandboxer import (
    AsyncSandboxer,
    CommandResult,
    ConnectionFailedError,
    CreateSandboxRequest,
    ProviderError,
    RateLimitError,
    RunCommandRequest,
    Sandboxer,
    SandboxerError,
    SandboxerTimeoutError,
)
from sandboxer._transport import retry
from sandboxer._transport._async import http as async_http
from sandboxer._transport._sync import http as sync_http
from sandboxer.providers._async import waiting
from tests.cassette import CassetteTransport
from tests.conftest import CASSETTES, TEST_IMAGE
from tests.faults import (
    FaultTransport,
    Rule,
    add_fields,
    connect_frames,
    cuts_between,
    cuts_inside,
    docker_frames,
    drop_fields,
    keys_of,
    malformed,
    retype_fields,
    sse_events,
)
from tests.numbering import number_random_ids

REQUEST_ID = "req-fault-0001"
TICKS = "for i in 1 2 3; do echo tick $i; sleep 0.2; done"
SUITE = CreateSandboxRequest(metadata={"suite": "conformance"})  # the providers' own suites' sandbox
# A command run on every provider: the contract suite's test_a_non_zero_exit_is_data, its sandbox.
SPLIT = "echo out; echo err >&2; exit 3"
CONTRACT = CreateSandboxRequest(metadata={"suite": "contract"})


@dataclass
class Case:
    """One provider's recorded traffic, and where in it the operations are."""

    provider: str  # the name Sandboxer takes
    folder: str  # cassettes/<folder>/ (and cassettes/contract/<folder>/)
    create_cassette: str
    create_request: CreateSandboxRequest
    create_path: str  # POST
    info_path: str  # GET
    start_paths: tuple[str, ...]  # POSTs that start a command (none may be sent twice...
    # ...unless it carries an identity of its own that makes a second one the same command)
    start_resendable: bool = False
    # run_command(SPLIT) in a CONTRACT sandbox: the contract suite's cassette
    run_cassette: str = "contract/test_a_non_zero_exit_is_data"
    run_request: RunCommandRequest = field(default_factory=lambda: RunCommandRequest(SPLIT))
    run_result: tuple[str, str, int] = ("out\n", "err\n", 3)
    extra: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.provider

    def cassette(self, name: str) -> Path:
        """cassettes/<folder>/<name>.yaml, or cassettes/contract/<folder>/... for "contract/<name>"."""
        if name.startswith("contract/"):
            return CASSETTES / "contract" / self.folder / f"{name.removeprefix('contract/')}.yaml"
        return CASSETTES / self.folder / f"{name}.yaml"


CASES = [
    Case(
        "e2b",
        "e2b",
        "test_create_info_set_timeout_and_kill",
        CreateSandboxRequest(
            template="base", timeout_seconds=120.5, metadata={"owner": "tests"}, envs={"FROM_CREATE": "yes"}
        ),
        r"^/sandboxes$",
        r"^/sandboxes/[^/]+$",
        (r"/process\.Process/Start$",),
    ),
    Case(
        "daytona",
        "daytona",
        "test_create_waits_until_started_and_maps_resources",
        CreateSandboxRequest(
            template="python:3.12",  # an image: Daytona sizes a build, never a snapshot
            metadata={"owner": "tests"},
            envs={"FROM_CREATE": "yes"},
            cpus=1.5,
            memory_mb=1500,
            timeout_seconds=90,
            auto_destroy=True,
        ),
        r"^/api/sandbox$",
        r"^/api/sandbox/[^/]+$",
        (r"/process/session$", r"/process/session/[^/]+/exec$"),
    ),
    Case(
        "blaxel",
        "blaxel",
        "test_create_waits_until_deployed_and_maps_the_spec",
        CreateSandboxRequest(
            template="blaxel/base-image:latest",
            metadata={"owner": "tests"},
            envs={"FROM_CREATE": "yes"},
            cpus=2,
            memory_mb=1024,
            timeout_seconds=600,
            ports=[3000],
        ),
        r"^/v0/sandboxes$",
        r"^/v0/sandboxes/[^/]+$",
        (r"^/process$",),
        extra={"workspace": "fake-ws"},
    ),
    Case(
        "runloop",
        "runloop",
        "test_create_waits_for_running_and_lifecycle",
        CreateSandboxRequest(
            metadata={"owner": "tests"}, envs={"A": "1"}, cpus=1.5, memory_mb=3000, timeout_seconds=600
        ),
        r"^/v1/devboxes$",
        r"^/v1/devboxes/[^/]+$",
        (r"/execute$",),
        start_resendable=True,  # /execute's command_id
    ),
    Case(
        "fly-machines",
        "fly",
        "test_create_waits_for_started_and_lifecycle",
        CreateSandboxRequest(
            metadata={"owner": "tests"}, envs={"A": "from create"}, cpus=1.5, memory_mb=300, ports=[8080, 443]
        ),
        r"/machines$",
        r"/machines/[^/]+$",
        (r"/exec$",),
        extra={"app": "sandboxer-test"},
    ),
    Case(
        "local",
        "local",
        "test_lifecycle_info_pause_resume_list_attach_kill",
        CreateSandboxRequest(
            metadata={"suite": "lifecycle", "owner": "tests"},
            envs={"FROM_CREATE": "yes"},
            cpus=0.5,
            memory_mb=128,
        ),
        r"/containers/create$",
        r"/containers/[^/]+/json$",
        (r"/containers/[^/]+/exec$", r"/exec/[^/]+/start$"),
        extra={"image": TEST_IMAGE},
    ),
]
BY_NAME = {c.provider: c for c in CASES}
ids = pytest.mark.parametrize("case", CASES, ids=str)


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff in milliseconds (Retry-After is still honoured as the server says), and the
    providers' random names numbered as the cassettes have them."""
    fast = functools.partial(retry.RetryPolicy, backoff_initial=0.005, backoff_max=0.01)
    monkeypatch.setattr(async_http, "RetryPolicy", fast)
    monkeypatch.setattr(sync_http, "RetryPolicy", fast)
    _RENUMBER[:] = [lambda: number_random_ids(monkeypatch)]  # each replay starts at its cassette's


_RENUMBER: list[Callable[[], None]] = []


def faulty(case: Case, cassette: str, *rules: Rule) -> tuple[dict[str, Any], FaultTransport]:
    for renumber in _RENUMBER:
        renumber()
    inner = CassetteTransport(case.cassette(cassette), "none", None)
    transport = FaultTransport(inner, rules, request_id=REQUEST_ID)
    config = {**case.extra, "transport": transport}
    if case.provider != "local":
        config["api_key"] = f"{case.folder}-replay-key"
    return config, transport


def check_error(err: BaseException, case: Case, *, status: int | None = None) -> None:
    """A typed error that says who failed, with what status, under which request id."""
    assert isinstance(err, SandboxerError), f"{type(err).__name__} escaped: {err!r}"
    assert isinstance(err, ProviderError), f"{type(err).__name__} is no ProviderError: {err!r}"
    assert err.provider == case.provider
    if status is not None:
        assert err.status_code == status
        assert err.request_id == REQUEST_ID


async def outcome(action: Awaitable[Any]) -> Any:
    """The action's result, or the exception it raised (any: the test decides what may escape)."""
    try:
        return await action
    except Exception as exc:
        return exc


# --- idempotent reads ------------------------------------------------------------------------------

RECOVERABLE = {
    "refused": [Rule("connect", "")],
    "reset-after-send": [Rule("reset", "")],
    "protocol-error-after-send": [Rule("protocol", "")],
    "500-then-503": [Rule("status", "", status=[500, 503])],
    "502-then-refused": [Rule("status", "", status=[502]), Rule("connect", "")],
    "408": [Rule("status", "", status=408)],
}


@ids
@pytest.mark.parametrize("fault", list(RECOVERABLE))
async def test_info_survives_faults_within_the_retry_budget(case, fault):
    config, transport = faulty(case, case.create_cassette)
    async with AsyncSandboxer(case.provider, config) as client:
        sb, info = await client.create_sandbox(case.create_request)
        for rule in RECOVERABLE[fault]:
            transport.add(Rule(rule.fault, case.info_path, "GET", status=rule.status, times=rule.times))
        tried = len(transport.attempts)
        detail = await sb.info()
    assert detail.id == info.id == sb.id
    assert len(transport.attempts) - tried == 1 + sum(r.times for r in RECOVERABLE[fault])


@ids
async def test_retry_after_is_waited_for(case):
    config, transport = faulty(case, case.create_cassette)
    async with AsyncSandboxer(case.provider, config) as client:
        sb, _ = await client.create_sandbox(case.create_request)
        transport.add(
            Rule("status", case.info_path, "GET", status=[429, 429], headers={"Retry-After": "0.2"})
        )
        began = time.monotonic()
        assert (await sb.info()).id == sb.id
        waited = time.monotonic() - began
    assert 0.4 <= waited < 2.0, f"waited {waited:.3f}s for two Retry-After: 0.2"


@ids
async def test_retry_after_in_milliseconds_is_waited_for(case):
    config, transport = faulty(case, case.create_cassette)
    async with AsyncSandboxer(case.provider, config) as client:
        sb, _ = await client.create_sandbox(case.create_request)
        transport.add(Rule("status", case.info_path, "GET", status=429, headers={"retry-after-ms": "250"}))
        began = time.monotonic()
        assert (await sb.info()).id == sb.id
    assert 0.25 <= time.monotonic() - began < 2.0


@ids
@pytest.mark.parametrize(
    ("statuses", "cls"),
    [
        ((500, 502, 503), ProviderError),
        ((429, 429, 429), RateLimitError),
        ((504, 504, 504), SandboxerTimeoutError),
    ],
)
async def test_faults_beyond_the_budget_are_typed_errors(case, statuses, cls):
    config, transport = faulty(case, case.create_cassette)
    async with AsyncSandboxer(case.provider, config) as client:
        sb, _ = await client.create_sandbox(case.create_request)
        transport.add(Rule("status", case.info_path, "GET", status=statuses, headers={"Retry-After": "0"}))
        tried = len(transport.attempts)
        err = await outcome(sb.info())
    assert isinstance(err, cls), repr(err)
    check_error(err, case, status=statuses[-1])
    assert len(transport.attempts) - tried == 3  # the first try and two retries
    if cls is RateLimitError:
        assert err.retry_after == 0


@ids
async def test_a_read_that_times_out_mid_body_is_a_timeout(case):
    config, transport = faulty(case, case.create_cassette)
    async with AsyncSandboxer(case.provider, config) as client:
        sb, _ = await client.create_sandbox(case.create_request)
        transport.add(Rule("read_timeout", case.info_path, "GET", keep=lambda body: len(body) // 2))
        err = await outcome(sb.info())
    assert isinstance(err, SandboxerTimeoutError), repr(err)
    check_error(err, case)


# --- what must not be sent twice -------------------------------------------------------------------

LOST = {
    "reset-after-send": Rule("reset", ""),
    "protocol-error-after-send": Rule("protocol", ""),
    "500": Rule("status", "", status=500),
    "503": Rule("status", "", status=503),
    "timeout-mid-answer": Rule("read_timeout", "", keep=5),
}


@ids
@pytest.mark.parametrize("fault", list(LOST))
async def test_a_create_whose_answer_is_lost_is_not_sent_again(case, fault):
    rule = LOST[fault]
    config, transport = faulty(
        case,
        case.create_cassette,
        Rule(rule.fault, case.create_path, "POST", status=rule.status, keep=rule.keep),
    )
    async with AsyncSandboxer(case.provider, config) as client:
        err = await outcome(client.create_sandbox(case.create_request))
    check_error(err, case, status=rule.status if rule.fault == "status" else None)
    assert same_request_sent(transport) == 1


@ids
@pytest.mark.parametrize("fault", ["refused", "429"])
async def test_a_create_that_never_reached_the_server_is_sent_again(case, fault):
    rule = Rule("connect", case.create_path, "POST")
    if fault == "429":
        rule = Rule("status", case.create_path, "POST", status=429, headers={"Retry-After": "0"})
    config, transport = faulty(case, case.create_cassette, rule)
    async with AsyncSandboxer(case.provider, config) as client:
        sb, info = await client.create_sandbox(case.create_request)
    assert sb.id == info.id
    assert len(transport.sent("POST", case.create_path)) == 1  # the server saw it once


@ids
@pytest.mark.parametrize("fault", ["reset-after-send", "protocol-error-after-send", "503"])
@pytest.mark.parametrize("which", [0, 1])
async def test_a_command_start_whose_answer_is_lost_is_sent_again_only_if_it_carries_an_id(
    case, fault, which
):
    if which >= len(case.start_paths):
        pytest.skip(f"{case.provider} starts a command with one request")
    path = case.start_paths[which]
    rule = LOST[fault]
    config, transport = faulty(case, case.run_cassette)
    async with AsyncSandboxer(case.provider, config) as client:
        sb, _ = await client.create_sandbox(CONTRACT)
        transport.add(Rule(rule.fault, path, "POST", status=rule.status))
        result = await outcome(sb.run_command(case.run_request))
    if case.start_resendable:  # the same body again: the same command id, so the same command
        assert isinstance(result, CommandResult), repr(result)
        assert (result.stdout, result.stderr, result.exit_code) == case.run_result
        assert same_request_sent(transport) == 2
        return
    check_error(result, case, status=rule.status if rule.fault == "status" else None)
    assert same_request_sent(transport) == 1


def same_request_sent(transport: FaultTransport) -> int:
    """How often the request that met the fault was tried in all (the same method, URL and body;
    a cleanup after it, such as killing what it may have started, is another request)."""
    (hit,) = [a for a in transport.attempts if a.fault is not None]
    return len(
        [a for a in transport.attempts if (a.method, a.url, a.body) == (hit.method, hit.url, hit.body)]
    )


def _match(pattern: str, path: str) -> bool:
    import re

    return re.search(pattern, path) is not None


# --- streams cut short -----------------------------------------------------------------------------


@dataclass
class Stream:
    case: Case
    cassette: str
    path: str  # the streamed answer's request
    frames: Callable[[bytes], list[tuple[int, int]]]
    run: Callable[[Any, list[str]], Awaitable[CommandResult]]  # (sandbox, where callbacks put output)
    clean_cuts: bool  # whether a body that stops on a frame boundary must be an error too
    # The command's result comes from another answer (Runloop's wait_for_status), the stream only
    # feeds the callbacks: a cut stream may then give the result, if the callbacks got all of it.
    side_channel: bool = False

    def body(self) -> bytes:
        data = yaml.safe_load((self.case.cassette(self.cassette)).read_text())
        for interaction in data["interactions"]:
            if _match(self.path, interaction["request"]["uri"].split("?")[0]):
                body = interaction["response"]["body"]["string"]
                return body.encode() if isinstance(body, str) else body
        raise AssertionError(f"no {self.path} in {self.cassette}")


STREAMS = {
    # E2B's process output: Connect envelopes, ended by an end-of-stream envelope.
    "e2b-connect": Stream(
        BY_NAME["e2b"],
        BY_NAME["e2b"].run_cassette,
        r"/process\.Process/Start$",
        connect_frames,
        lambda sb, seen: sb.run_command(RunCommandRequest(SPLIT), on_stdout=seen.append),
        clean_cuts=True,
    ),
    # Docker's multiplexed exec stream: frames; its end is the end of the body (the exit code is
    # asked for after), so only a cut inside a frame is known to be one.
    "local-docker": Stream(
        BY_NAME["local"],
        BY_NAME["local"].run_cassette,
        r"/exec/[^/]+/start$",
        docker_frames,
        lambda sb, seen: sb.run_command(RunCommandRequest(SPLIT), on_stdout=seen.append),
        clean_cuts=False,
    ),
    # Runloop's output events (server-sent events) feed the callbacks; the result is the
    # execution's own (wait_for_status), so an event cut in half is what can be told.
    "runloop-sse": Stream(
        BY_NAME["runloop"],
        "test_server_sent_events_reach_callbacks_frame_by_frame",
        r"/stream_stdout_updates$",
        sse_events,
        lambda sb, seen: sb.run_command(RunCommandRequest(TICKS), on_stdout=seen.append),
        clean_cuts=True,
        side_channel=True,
    ),
}


def _cuts(stream: Stream) -> list[int]:
    frames = stream.frames(stream.body())
    assert frames, "no frames found in the recorded body"
    return cuts_inside(frames) + (cuts_between(frames) if stream.clean_cuts else [])


def _stream_cases() -> list[Any]:
    return [pytest.param(name, cut, id=f"{name}-{cut}") for name, s in STREAMS.items() for cut in _cuts(s)]


async def _run_cut(stream: Stream, rule: Rule) -> tuple[Any, FaultTransport, list[str]]:
    sandbox_request = CreateSandboxRequest() if stream.case.provider == "runloop" else CONTRACT
    config, transport = faulty(stream.case, stream.cassette)
    seen: list[str] = []
    async with AsyncSandboxer(stream.case.provider, config) as client:
        sb, _ = await client.create_sandbox(sandbox_request)
        transport.add(rule)
        return await outcome(stream.run(sb, seen)), transport, seen


def check_cut(stream: Stream, result: Any, seen: list[str], what: str) -> None:
    """An error; or, where the stream is only a side channel, the whole result, all of it seen."""
    if stream.side_channel and isinstance(result, CommandResult):
        assert (result.exit_code, result.error) == (0, None)
        assert result.stdout == "tick 1\ntick 2\ntick 3\n" == "".join(seen), f"{what}: callbacks got {seen}"
        return
    assert not isinstance(result, CommandResult), f"{what} gave {result!r}"
    check_error(result, stream.case)


@pytest.mark.parametrize(("name", "cut"), _stream_cases())
async def test_a_stream_cut_short_is_an_error_never_a_clean_exit(name, cut):
    stream = STREAMS[name]
    result, transport, seen = await _run_cut(stream, Rule("truncate", stream.path, keep=cut))
    check_cut(stream, result, seen, f"a stream cut at byte {cut}")
    assert [s.fault for s in transport.log if _match(stream.path, s.path)] == ["truncate"]


@pytest.mark.parametrize("name", list(STREAMS))
async def test_a_stream_that_stalls_mid_frame_is_a_timeout(name):
    stream = STREAMS[name]
    middle = cuts_inside(stream.frames(stream.body()))[1]
    result, _, _ = await _run_cut(stream, Rule("read_timeout", stream.path, keep=middle))
    assert isinstance(result, SandboxerTimeoutError), repr(result)
    check_error(result, stream.case)


@pytest.mark.parametrize("name", list(STREAMS))
async def test_a_stream_reset_before_its_answer(name):
    """Lost before any of its body: a stream asked for by a GET (Runloop's events) is asked again
    (the command's start is another request); a POST that started the command is not."""
    stream = STREAMS[name]
    result, transport, seen = await _run_cut(stream, Rule("reset", stream.path))
    tried = len([a for a in transport.attempts if _match(stream.path, a.path)])
    if stream.side_channel:
        assert tried == 2
        check_cut(stream, result, seen, "a stream reset")
    else:
        assert tried == 1
        assert isinstance(result, ConnectionFailedError), repr(result)
        check_error(result, stream.case)


# --- what the JSON answers hold --------------------------------------------------------------------


def _json_keys(case: Case, cassette: str) -> list[str]:
    data = yaml.safe_load((case.cassette(cassette)).read_text())
    keys: set[str] = set()
    for interaction in data["interactions"]:
        body = interaction["response"]["body"]["string"]
        try:
            keys |= keys_of(json.loads(body))
        except (ValueError, TypeError):
            continue
    return sorted(keys)


async def _create_info_run(case: Case, transport_rules: list[Rule], *, run: bool) -> Any:
    cassette = case.run_cassette if run else case.create_cassette
    config, transport = faulty(case, cassette, *transport_rules)
    async with AsyncSandboxer(case.provider, config) as client:
        if run:
            sb, _ = await client.create_sandbox(CONTRACT)
            return await sb.run_command(case.run_request)
        sb, info = await client.create_sandbox(case.create_request)
        return info, await sb.info()


@ids
@pytest.mark.parametrize("target", ["create", "info", "start"])
async def test_malformed_json_is_a_provider_error(case, target):
    # The request that starts a command and answers plain JSON (E2B's answers a Connect stream:
    # its malformed messages are test_a_malformed_connect_message_is_a_provider_error's).
    start = {"e2b": None, "local": case.start_paths[0]}.get(case.provider, case.start_paths[-1])
    if target == "start" and start is None:
        pytest.skip(f"{case.provider} answers a command's start with a stream")
    path, method = {
        "create": (case.create_path, "POST"),
        "info": (case.info_path, "GET"),
        "start": (start, "POST"),
    }[target]
    rule = Rule("json", path, method, mutate=malformed, times=10)
    result = await outcome(_create_info_run(case, [rule], run=target == "start"))
    check_error(result, case)
    assert result.request_id == REQUEST_ID, f"{result!r} lacks the answer's request id"


@ids
@pytest.mark.parametrize("run", [False, True], ids=["create-info", "run"])
async def test_unknown_fields_are_ignored(case, run, monkeypatch):
    _no_poll_pauses(monkeypatch)
    plain = await _create_info_run(case, [], run=run)
    grown = add_fields(sandboxerUnknown={"nested": [1, 2]}, zz_new_field="surprise")
    widened = await _create_info_run(case, [Rule("json", "", times=1000, mutate=grown)], run=run)
    if run:
        assert (widened.stdout, widened.stderr, widened.exit_code) == case.run_result
        assert (plain.stdout, plain.stderr, plain.exit_code) == case.run_result
    else:
        assert [(i.id, i.status, i.metadata) for i in widened] == [
            (i.id, i.status, i.metadata) for i in plain
        ]


def _no_poll_pauses(monkeypatch) -> None:
    """A create's readiness polls pause 0.1 s, growing (providers/_async/waiting.py): replayed
    answers need no pause, and these tests create once per JSON key (Blaxel's create-info cassette
    has 32 keys, two polls each: ~9 s a test)."""

    async def no_pause(_seconds: float) -> None:
        return None

    monkeypatch.setattr(waiting, "asleep", no_pause)


WRONG_VALUES = {"null": None, "number": 12345, "list": [{"x": 1}]}


@ids
@pytest.mark.parametrize("run", [False, True], ids=["create-info", "run"])
async def test_missing_fields_are_typed_errors_or_defaults(case, run, monkeypatch):
    _no_poll_pauses(monkeypatch)
    keys = _json_keys(case, case.run_cassette if run else case.create_cassette)
    escaped = []
    for key in keys:
        result = await outcome(
            _create_info_run(case, [Rule("json", "", times=1000, mutate=drop_fields(key))], run=run)
        )
        if isinstance(result, BaseException) and not isinstance(result, SandboxerError):
            escaped.append((key, repr(result)))
        elif isinstance(result, ProviderError):
            assert result.provider == case.provider
    assert not escaped, f"{len(escaped)} missing fields let an untyped exception escape: {escaped}"


@ids
@pytest.mark.parametrize("run", [False, True], ids=["create-info", "run"])
@pytest.mark.parametrize("wrong", list(WRONG_VALUES))
async def test_fields_of_the_wrong_type_are_typed_errors_or_defaults(case, run, wrong, monkeypatch):
    _no_poll_pauses(monkeypatch)
    keys = _json_keys(case, case.run_cassette if run else case.create_cassette)
    escaped = []
    for key in keys:
        mutate = retype_fields(**{key: WRONG_VALUES[wrong]})
        result = await outcome(_create_info_run(case, [Rule("json", "", times=1000, mutate=mutate)], run=run))
        if isinstance(result, BaseException) and not isinstance(result, SandboxerError):
            escaped.append((key, repr(result)))
        elif isinstance(result, SandboxerError):
            assert getattr(result, "provider", case.provider) == case.provider
    assert not escaped, f"{len(escaped)} retyped fields let an untyped exception escape: {escaped}"


# --- the sync client, through the same transport ---------------------------------------------------


def _sync_faulty(case: Case, cassette: str, *rules: Rule) -> tuple[dict[str, Any], FaultTransport]:
    return faulty(case, cassette, *rules)


@ids
def test_sync_reads_retry_after_a_reset_and_a_429(case):
    config, transport = _sync_faulty(case, case.create_cassette)
    with Sandboxer(case.provider, config) as client:
        sb, _ = client.create_sandbox(case.create_request)
        transport.add(
            Rule("reset", case.info_path, "GET"),
            Rule("status", case.info_path, "GET", status=429, headers={"Retry-After": "0.2"}),
        )
        began = time.monotonic()
        assert sb.info().id == sb.id
        assert time.monotonic() - began >= 0.2


@ids
def test_sync_create_is_not_resent(case):
    config, transport = _sync_faulty(case, case.create_cassette, Rule("reset", case.create_path, "POST"))
    with Sandboxer(case.provider, config) as client:
        with pytest.raises(SandboxerError) as caught:
            client.create_sandbox(case.create_request)
    check_error(caught.value, case)
    assert len(transport.sent("POST", case.create_path)) == 1


@pytest.mark.parametrize("name", ["e2b-connect", "local-docker"])
def test_sync_cut_stream_is_an_error(name):
    stream = STREAMS[name]
    config, transport = _sync_faulty(stream.case, stream.cassette)
    with Sandboxer(stream.case.provider, config) as client:
        sb, _ = client.create_sandbox(CONTRACT)
        transport.add(Rule("truncate", stream.path, keep=cuts_inside(stream.frames(stream.body()))[-1]))
        with pytest.raises(SandboxerError) as caught:
            sb.run_command(RunCommandRequest(SPLIT))
    check_error(caught.value, stream.case)
