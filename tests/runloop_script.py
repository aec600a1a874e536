"""What the commands of the Runloop suite print, for composing its cassettes with tests/fake_runloop.py.

The adapter sends each command as one shell line (`shell_line.command_line`, or one of our scripts
through `script_line`); the fake has no shell, so those lines are scripted here, listings in the
format our LIST_DIR / WATCH_DIR scripts print (a count, the NUL-ended names, then stat lines).
"""

from __future__ import annotations

from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.shell_line import command_line, script_line

PID = 5151
TICKS = "for i in 1 2 3; do echo tick $i; sleep 0.2; done"
GREETING = 'echo "$GREETING from $(pwd) as $(whoami)"'
NUMBER_FIRST = "echo 42; printf abc"
LONG = "seq 1 250"
LONG_OUTPUT = "".join(f"{n}\n" for n in range(1, 251))
MANY = 120  # entries in /tmp/many: a listing of more lines than an answer holds
SLOW = "sleep 0.3; echo late"


def run(
    cmd: str,
    env: dict | None = None,
    cwd: str | None = None,
    user: str | None = None,
    timeout: float | None = None,
) -> str:
    return command_line(cmd, env or {}, cwd, user, timeout=timeout)


def started(cmd: str) -> str:
    return command_line(cmd, {}, None, None, report_pid=True)


def listing(directory: str, entries: list[tuple[str, bool, int]], mtime: str | None = None) -> str:
    """LIST_DIR's output (WATCH_DIR's with an mtime) for entries (name, is_dir, size)."""
    paths = [f"{directory}/{name}" for name, _, _ in entries]
    head = f"{len(entries)}\0" + "".join(p + "\0" for p in paths) if entries else ""
    lines = "".join(
        f"{'41ed' if is_dir else '81a4'} {size} {mtime + ' ' if mtime else ''}{path}\n"
        for (name, is_dir, size), path in zip(entries, paths, strict=True)
    )
    return head + lines


def stat_of(path: str, is_dir: bool, size: int) -> str:
    """STAT's output for one path."""
    return f"1\0{path}\0{'41ed' if is_dir else '81a4'} {size} {path}\n"


def _watch_listings():
    """The watched directory: empty at first, then a.txt appears (one listing per poll)."""
    calls = iter(range(1_000_000))
    mtime = "2026-10-01 12:00:00.000000000 +0000"

    def script(_command: str) -> list[tuple]:
        entries = [] if next(calls) == 0 else [("a.txt", False, 1)]
        return [("stdout", listing("/tmp/watched", entries, mtime)), ("exit", 0)]

    return script


COMMANDS: dict[str, object] = {
    run("echo out; echo err >&2; echo out2; exit 3"): [
        ("stdout", "out\n"),
        ("stderr", "err\n"),
        ("stdout", "out2\n"),
        ("exit", 3),
    ],
    run(GREETING, {"GREETING": "hi there"}, "/tmp", "root"): [
        ("stdout", "hi there from /tmp as root\n"),
        ("exit", 0),
    ],
    run(NUMBER_FIRST): [("stdout", "42\n"), ("stdout", "abc"), ("exit", 0)],
    run(LONG): [
        ("stdout", LONG_OUTPUT[:300]),
        ("stderr", "half way\n"),
        ("stdout", LONG_OUTPUT[300:]),
        ("exit", 0),
    ],
    run(SLOW): [("sleep", 0.3), ("stdout", "late\n"), ("exit", 0)],
    script_line(scripts.LIST_DIR, "/tmp/many"): [
        ("stdout", listing("/tmp/many", [(f"f{n:03d}", False, n) for n in range(MANY)])),
        ("exit", 0),
    ],
    run(TICKS): [step for i in (1, 2, 3) for step in (("stdout", f"tick {i}\n"), ("sleep", 0.2))]
    + [("exit", 0)],
    run("echo partial; sleep 30", timeout=1): [("stdout", "partial\n"), ("sleep", 0.3), ("exit", 124)],
    started("sleep 300"): [("stdout", f"{PID}\n"), ("hang",)],
    started("cat"): [("stdout", f"{PID + 1}\n"), ("echo_stdin",), ("exit", 0)],
    script_line(scripts.KILL, str(PID)): [("exit", 0)],
    script_line(scripts.KILL, "99999"): [("exit", scripts.EXIT_MISSING)],
    script_line(scripts.LIST_PROCESSES): [
        ("stdout", f"{PID}\t0\tsleep 300\n\x1e\nroot:x:0:0::/root:/bin/sh\n"),
        ("exit", 0),
    ],
    script_line(scripts.MAKE_DIR, "/tmp/tree/sub"): [("exit", 0)],
    script_line(scripts.LIST_DIR, "/tmp/tree"): [
        ("stdout", listing("/tmp/tree", [("five.txt", False, 5), ("sub", True, 4096)])),
        ("exit", 0),
    ],
    script_line(scripts.LIST_DIR, "/tmp/missing"): [("exit", scripts.EXIT_MISSING)],
    script_line(scripts.STAT, "/tmp/tree/five.txt"): [
        ("stdout", stat_of("/tmp/tree/five.txt", False, 5)),
        ("exit", 0),
    ],
    script_line(scripts.STAT, "/tmp/tree/sub"): [
        ("stdout", stat_of("/tmp/tree/sub", True, 4096)),
        ("exit", 0),
    ],
    script_line(scripts.STAT, "/tmp/tree/none"): [("exit", scripts.EXIT_MISSING)],
    script_line(scripts.RENAME, "/tmp/tree/five.txt", "/tmp/tree/sub/moved.txt"): [("exit", 0)],
    script_line(scripts.REMOVE, "/tmp/tree"): [("exit", 0)],
    script_line('chmod "$1" -- "$2"', "600", "/tmp/dir/blob.bin"): [("exit", 0)],
    script_line(scripts.MAKE_DIR, "/tmp/watched"): [("exit", 0)],
    script_line(scripts.WATCH_DIR, "/tmp/watched"): _watch_listings(),
}
