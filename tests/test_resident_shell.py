"""The resident shell's protocol without a shell (issue 23): what the client reads as a command's
output and end, however the engine cuts the stream into frames."""

from __future__ import annotations

import shlex

from hypothesis import given
from hypothesis import strategies as st

from sandboxer.providers import resident_shell as resident

NONCE = "0f" * 16


def stream_of(stdout: bytes, stderr: bytes, report: bytes) -> dict[int, bytes]:
    """What the shell writes for one command: the taken mark, the output, the end marks."""
    token = b"\0" + NONCE.encode()
    return {1: token + b"\0" + stdout + token + b" " + report + b"\0", 2: stderr + token + b"\0"}


def read(streams: dict[int, bytes], cuts: list[int]) -> tuple[dict[int, bytes], resident.EndReader]:
    """Feed both streams in pieces cut at `cuts`, interleaved; gather the output."""
    reader = resident.EndReader(NONCE)
    out = {1: b"", 2: b""}
    pieces = {s: _cut(data, cuts) for s, data in streams.items()}
    while pieces[1] or pieces[2]:
        for stream in (1, 2):
            if pieces[stream]:
                out[stream] += reader.feed(stream, pieces[stream].pop(0))
    return out, reader


def _cut(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in zip(points, points[1:], strict=False)]


@given(
    stdout=st.binary(max_size=200),
    stderr=st.binary(max_size=200),
    code=st.integers(0, 255),
    cuts=st.lists(st.integers(0, 1000), max_size=12),
)
def test_output_and_status_whatever_the_cuts(stdout, stderr, code, cuts):
    out, reader = read(stream_of(stdout, stderr, f"{code}\nw0".encode()), cuts)
    assert out == {1: stdout, 2: stderr}
    assert reader.taken and reader.done and reader.end().code == code


def test_output_that_looks_like_marks_is_output():
    token = b"\0" + NONCE.encode()
    other = b"\0" + b"ab" * 16
    tricky = token[:-1] + b"\0" + other + b"\0" + other + b" 0\0" + b"\0ready\0" + token[:5]
    for cut in range(len(tricky) + 60):
        out, reader = read(stream_of(tricky, tricky, b"0\nw0"), [cut, cut + 7])
        assert out == {1: tricky, 2: tricky} and reader.end().code == 0


def test_not_done_until_both_streams_end():
    reader = resident.EndReader(NONCE)
    streams = stream_of(b"o", b"e", b"0\nw0")
    reader.feed(1, streams[1])
    assert reader.taken and not reader.done
    reader.feed(2, streams[2])
    assert reader.done


def test_a_shell_gone_before_it_took_the_command():
    reader = resident.EndReader(NONCE)
    assert reader.feed(1, b"") == b"" and not reader.taken and not reader.done


def test_how_a_command_ended():
    assert resident.CommandEnd(b"3\nw0").code == 3
    assert resident.CommandEnd(b"w137").code == 137  # its parent was killed: how it died
    end = resident.CommandEnd(b"c\nw0")
    assert end.no_cwd and end.code == 0
    assert resident.CommandEnd(b"u\nw0").no_user and resident.CommandEnd(b"n\nw0").not_here
    assert resident.CommandEnd(b"").code is None  # nobody was left to say


def test_the_command_line_keeps_every_value_as_data():
    line = resident.command_line(
        NONCE, ["/bin/sh", "-c", "echo '$HOME' \"$(x)\"\nnext"], {"K": "v w", "Q": "'"}, "/tmp/a b"
    ).decode()
    words = shlex.split(line)
    assert words[:3] == ["__sbx", NONCE, "/tmp/a b"] and line.endswith("\n")
    assert shlex.split(words[3]) == [
        "env",
        "--",
        "K=v w",
        "Q='",
        "/bin/sh",
        "-c",
        "echo '$HOME' \"$(x)\"\nnext",
    ]


def test_which_commands_take_the_shell():
    assert resident.usable(["sh", "-c", "true"], {"A": "b"}, None)
    assert resident.usable(["sh", "-c", "true"], None, "nobody")  # through su
    assert not resident.usable(["sh", "-c", "true"], None, "1000")  # the engine resolves uids
    assert not resident.usable(["sh", "-c", "true"], None, "app:staff")
    assert not resident.usable(["sh", "-c", "a\0b"], None, None)
    assert not resident.usable(["sh", "-c", "true"], {"A": "\0"}, None)


def test_a_users_line_is_run_by_su():
    line = resident.command_line(NONCE, ["/bin/sh", "-c", "pwd"], None, "/tmp/a b", "nobody").decode()
    assert shlex.split(line) == ["__sbx", NONCE, "/tmp/a b", "exec /bin/sh -c pwd", "nobody"]


def test_on_by_default_except_with_a_transport_of_ones_own():
    from sandboxer.providers._async.local import _resident_pool_size
    from sandboxer.providers._async.local_resident import DEFAULT_POOL_SIZE

    mock = object()
    assert _resident_pool_size({}) == DEFAULT_POOL_SIZE
    assert _resident_pool_size({"transport": mock}) == 0  # a mock sees every command as an exec
    assert _resident_pool_size({"transport": mock, "resident_shell": True}) == DEFAULT_POOL_SIZE
    assert _resident_pool_size({"resident_shell": False}) == 0
