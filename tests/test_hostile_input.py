"""Hostile input on local Docker, live: names, env values and command data stay data, files round-trip.

One sandbox for the module (sandboxer-test:busybox). Each property test works under a fresh
directory; nothing in them may ever create /tmp/pwned (the pieces of shell code the strategies
mix into names and values all try to).
"""

from __future__ import annotations

import itertools
import posixpath

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sandboxer import RunCommandRequest, Sandboxer, StartCommandRequest
from sandboxer.errors import InvalidRequestError, NotFoundError
from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.shell_line import script_line
from tests.conftest import TEST_IMAGE, need_docker
from tests.hostile_strategies import PWNED, PWNED_RELATIVE, envs, names, values

pytestmark = pytest.mark.usefixtures("docker_live")

PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ROOT = "/tmp/hostile"
_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def sandbox():
    need_docker()
    with Sandboxer("local", {"image": TEST_IMAGE}) as client:
        sandbox, _ = client.create_sandbox()
        try:
            sandbox.make_dir(ROOT)
            yield sandbox
        finally:
            sandbox.kill()


@pytest.fixture(autouse=True)
def nothing_executed(sandbox):
    """Before and after every test: no data was ever run as code."""
    witnesses = [PWNED, *PWNED_RELATIVE]
    assert not any(sandbox.exists(w) for w in witnesses)
    yield
    assert not [w for w in witnesses if sandbox.exists(w)], "a value meant as data was executed"


def fresh_dir(sandbox) -> str:
    directory = f"{ROOT}/{next(_numbers)}"
    sandbox.make_dir(directory)
    return directory


@PROPERTY
@given(name=names, other=names, content=st.binary(max_size=256))
def test_file_names_round_trip(sandbox, name: str, other: str, content: bytes) -> None:
    base = fresh_dir(sandbox)
    path = f"{base}/{name}"
    sandbox.write_file(path, content)
    assert sandbox.read_file(path) == content
    assert sandbox.exists(path)
    info = sandbox.stat(path)
    assert (info.name, info.path, info.size, info.is_dir) == (name, path, len(content), False)
    listed = sandbox.list_directory(base)
    assert [(e.name, e.path, e.is_dir, e.size) for e in listed] == [(name, path, False, len(content))]

    target = f"{base}/{other}" if other != name else f"{base}/{other}.moved"
    sandbox.rename(path, target)
    assert not sandbox.exists(path)
    assert sandbox.read_file(target) == content
    assert [e.name for e in sandbox.list_directory(base)] == [posixpath.basename(target)]

    sandbox.remove(target)
    assert not sandbox.exists(target)
    assert sandbox.list_directory(base) == []
    with pytest.raises(NotFoundError):
        sandbox.stat(target)
    sandbox.remove(base)


@PROPERTY
@given(name=names, inner=names)
def test_directory_names_round_trip(sandbox, name: str, inner: str) -> None:
    base = fresh_dir(sandbox)
    directory = f"{base}/{name}"
    sandbox.make_dir(directory)
    sandbox.make_dir(directory)  # like mkdir -p: already there is fine
    assert sandbox.stat(directory).is_dir
    assert [(e.name, e.is_dir) for e in sandbox.list_directory(base)] == [(name, True)]
    sandbox.write_file(f"{directory}/{inner}", b"x")  # a file inside a hostile directory name
    assert [e.name for e in sandbox.list_directory(directory)] == [inner]
    sandbox.remove(directory)  # recursive
    assert not sandbox.exists(directory)
    assert sandbox.list_directory(base) == []
    sandbox.remove(base)


@PROPERTY
@given(env=envs)
def test_env_values_come_back_byte_exact(sandbox, env: dict[str, str]) -> None:
    keys = sorted(env)
    cmd = "printf '%s\\000' " + " ".join(f'"${key}"' for key in keys)
    result = sandbox.run_command(RunCommandRequest(cmd, env=env))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.split("\x00")[:-1] == [env[key] for key in keys]


@PROPERTY
@given(value=values)
def test_data_given_to_a_command_is_never_run(sandbox, value: str) -> None:
    """Command data travels as env: the command prints it, and nothing in it runs."""
    result = sandbox.run_command(RunCommandRequest("printf '%s' \"$DATA\"", env={"DATA": value}))
    assert result.stdout == value
    # The same through a started command.
    pid, handle = sandbox.start_command(StartCommandRequest("printf '%s' \"$DATA\"", env={"DATA": value}))
    assert pid > 0
    assert sandbox.wait_for_handle(handle).stdout == value


@PROPERTY
@given(name=names)
def test_hostile_cwd(sandbox, name: str) -> None:
    base = fresh_dir(sandbox)
    directory = f"{base}/{name}"
    sandbox.make_dir(directory)
    result = sandbox.run_command(RunCommandRequest("pwd -P; printf x > here", cwd=directory))
    assert (result.exit_code, result.stdout) == (0, directory + "\n"), result
    assert sandbox.read_file(f"{directory}/here") == b"x"
    pid, handle = sandbox.start_command(StartCommandRequest("pwd -P", cwd=directory))
    assert sandbox.wait_for_handle(handle).stdout == directory + "\n"
    sandbox.remove(base)


def test_shell_code_as_names_values_and_cwd_is_inert(sandbox) -> None:
    """The obvious cases, spelled out (the properties above find the rest)."""
    base = fresh_dir(sandbox)
    for piece in (f"$(touch {PWNED})", f"`touch {PWNED}`", f"; touch {PWNED}", f"x\ntouch {PWNED}"):
        name = piece.replace("/", "_")
        sandbox.write_file(f"{base}/{name}", b"data")
        sandbox.make_dir(f"{base}/d{name}")
        sandbox.rename(f"{base}/{name}", f"{base}/r{name}")
        assert {e.name for e in sandbox.list_directory(base)} >= {f"r{name}", f"d{name}"}
        sandbox.run_command(RunCommandRequest("true", cwd=f"{base}/d{name}", env={"V": piece}))
        sandbox.remove(f"{base}/r{name}")
    assert not sandbox.exists(PWNED)
    sandbox.remove(base)


def test_scripted_listing_of_a_relative_directory_named_like_an_option(sandbox) -> None:
    """What Runloop and Fly run to list a relative directory named like an option: find would read
    "-x/" as an option (and the listing come back empty), so the adapters pass "./-x"."""
    base = fresh_dir(sandbox)
    sandbox.make_dir(f"{base}/-x")
    sandbox.write_file(f"{base}/-x/f", b"1")
    given = scripts.script_path("-x")
    result = sandbox.run_command(RunCommandRequest(script_line(scripts.LIST_DIR, given), cwd=base))
    assert result.exit_code == 0, result.stderr
    entries = scripts.parse_listing("-x", result.stdout.encode(), 2, given=given)
    assert [(e.name, e.path) for e in entries] == [("f", "-x/f")]


# --- what the library refuses: typed errors before anything is sent ------------------------------

BAD_PATHS = ["", "a\x00b", "/tmp/\x00", "\x00"]


@pytest.mark.parametrize("path", BAD_PATHS, ids=repr)
def test_bad_paths_are_invalid_requests(sandbox, path: str) -> None:
    calls = [
        lambda: sandbox.write_file(path, b"x"),
        lambda: sandbox.read_file(path),
        lambda: sandbox.list_directory(path),
        lambda: sandbox.exists(path),
        lambda: sandbox.stat(path),
        lambda: sandbox.make_dir(path),
        lambda: sandbox.remove(path),
        lambda: sandbox.rename(path, f"{ROOT}/never"),
        lambda: sandbox.rename(f"{ROOT}/never", path),
    ]
    for call in calls:
        with pytest.raises(InvalidRequestError):
            call()


@pytest.mark.parametrize(
    "make",
    [
        lambda: RunCommandRequest("echo", env={"K": "a\x00b"}),
        lambda: RunCommandRequest("echo", env={"K\x00": "v"}),
        lambda: RunCommandRequest("echo", env={"": "v"}),
        lambda: RunCommandRequest("echo", env={"A=B": "v"}),
        lambda: RunCommandRequest("echo", cwd="/tmp\x00"),
        lambda: RunCommandRequest("echo", cwd=""),
        lambda: RunCommandRequest("echo\x00"),
        lambda: RunCommandRequest(""),
        lambda: StartCommandRequest("echo", env={"K": "\x00"}),
    ],
)
def test_bad_command_requests_are_invalid_requests(make) -> None:
    with pytest.raises(InvalidRequestError):
        make()
