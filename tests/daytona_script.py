"""What the session's shell does with each line the Daytona suites send, for composing their
cassettes with tests/fake_daytona.py.

The adapter sends each command as one line for the session's shell (`daytona_shapes.command_line`:
a subshell with cd, env, sudo and timeout around `/bin/sh -c CMD`, then the end-of-output mark on
both streams and the command's status); the fake has no shell, so each line is keyed here to what
bash or zsh does with it: what it prints, the process it runs (listed by list_processes, killed by
kill_process), what it does to the files, and its status. Our file and process scripts
(shell_scripts.py) are keyed the same way, acting on the fake's files and processes as they would.
"""

from __future__ import annotations

import posixpath

from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.daytona_shapes import OUTPUT_END, command_line, script_line
from tests.fake_daytona import UIDS, USER, OsError, raw

PID = 4242  # what the pid-reporting wrapper of start_command prints first
END = OUTPUT_END + "\n"
PASSWD = "root:x:0:0:root:/root:/bin/bash\ndaytona:x:1001:1001::/home/daytona:/usr/bin/zsh\n"


def run(cmd: str, env: dict | None = None, cwd: str | None = None, user: str | None = None,
        timeout: float | None = None) -> str:  # fmt: skip
    return command_line(cmd, env or {}, cwd, user, timeout=timeout)


def started(cmd: str, stdin: bool = False) -> str:
    return command_line(cmd, {}, None, None, report_pid=True, stdin=stdin)


def subshell_of(line: str) -> str:
    """shell_line.command_line's `( ... )` inside one of Daytona's lines (for checks that read
    cwd, env, user and command back out of it: tests/hostile_wire.py parse_command_line)."""
    head = "{ ( exec 2>&3 3>&-; "  # what daytona_shapes.command_line puts around it
    start = line.index(head) + len(head)
    end = line.rindex("; } 3>&2 2>/dev/null; _sandboxer_e=$?")
    return "( " + line[start:end].removesuffix(" < /dev/null")


def shell(steps: list, name: str, *, pid: int | None = None, user: str = USER, status: int | None = None) -> list:
    """One of our lines: the command runs as one process (`name`: its command line as ps shows it),
    then the line prints the end-of-output mark on both streams and ends with the command's status
    (`status` where the line rewrites it: a timeout's KILL, 137, is reported as 124)."""
    return [("process", pid, name, steps, user), ("stdout", END), ("stderr", END), ("exit", status)]


def sh(cmd: str, steps: list, **kwargs) -> list:
    return shell(steps, f"/bin/sh -c {cmd}", **kwargs)


# --- effects: what a command does to the sandbox's files and processes -----------------------------


def _processes(sb) -> list:
    """LIST_PROCESSES: every process but the script itself, then /etc/passwd. The daemon is PID 1,
    run as the image's user (runner pkg/docker/container_configs.go:167-177)."""
    rows = [(1, UIDS[USER], "/usr/local/bin/daytona")] + [(p.pid, p.uid, p.name) for p in sb.processes.values()]
    table = "".join(f"{pid}\t{uid}\t{name}\n" for pid, uid, name in sorted(rows))
    return [("stdout", table + "\x1e\n" + PASSWD), ("exit", 0)]


def _kill_tree(pid: int):
    def effect(sb) -> list:
        # KILL_TREE as the session's user: `kill -0` fails for a pid gone (or another user's): 21.
        proc = sb.processes.get(pid)
        if proc is None or proc.uid != UIDS[USER]:
            return [("exit", scripts.EXIT_MISSING)]
        sb.signal(pid, 9)  # the pid and its children, stopped then killed
        return [("exit", 0)]

    return effect


def _rename(src: str, dst: str):
    """RENAME: `[ -e "$1" ] || [ -L "$1" ] || exit 21; [ -d "$2" ] && [ ! -L "$2" ] && exit 22;
    mv -fT -- "$1" "$2"` (one rename(2): a file at dst replaced)."""

    def effect(sb) -> list:
        fs = sb.fs

        def lstat(path: str):
            try:
                return fs.entries.get(posixpath.join(*fs.parent(raw(path), "lstat")))
            except OsError:
                return None

        if lstat(src) is None:
            return [("exit", scripts.EXIT_MISSING)]
        there = lstat(dst)
        if there is not None and there.is_dir and there.link is None:
            return [("exit", scripts.EXIT_EXISTS)]
        try:
            fs.rename(raw(src), raw(dst))
        except OsError as err:
            return [("stderr", f"mv: cannot move '{src}' to '{dst}': {err.errno}\n"), ("exit", 1)]
        return [("exit", 0)]

    return effect


def _links(sb) -> list:
    sb.fs.symlink("target.bin", "/tmp/contract/link")
    sb.fs.symlink("folder", "/tmp/contract/dirlink")
    sb.fs.symlink("nowhere", "/tmp/contract/dangling")
    return [("exit", 0)]


def _cat(path: str):
    def effect(sb) -> list:
        return [("stdout", sb.fs.stat(raw(path))[1].data), ("exit", 0)]

    return effect


def _ls(path: str):
    def effect(sb) -> list:
        try:
            real, _ = sb.fs.stat(raw(path))
        except OsError:  # GNU ls
            return [("stderr", f"ls: cannot access '{path}': No such file or directory\n"), ("exit", 2)]
        return [("stdout", "".join(posixpath.basename(p) + "\n" for p in sb.fs.children(real))), ("exit", 0)]

    return effect


def _echo_env(name: str):
    def effect(sb) -> list:  # the sandbox's env (CreateSandbox.env) is the session shell's
        return [("stdout", (sb.body.get("env") or {}).get(name, "") + "\n"), ("exit", 0)]

    return effect


TICKS = "for i in 1 2 3; do echo tick $i; sleep 0.2; done"
SPLIT = "echo out; echo err >&2; echo out2; exit 3"
GREETING = 'echo "$GREETING from $(pwd)"'
LINES = "for i in 1 2 3; do echo line $i; echo err $i >&2; sleep 0.2; done"
STUBBORN = "trap '' TERM; echo stubborn; sleep 31; echo never"
PARTIAL = "echo partial; sleep 30; echo never"
EURO = r"printf '\342'; sleep 0.2; printf '\202\254\n'"


def _timeout(cmd: str, seconds: float) -> str:
    return f"timeout -k 5 {seconds:.3f} env -- /bin/sh -c {cmd}"


COMMANDS: dict[str, object] = {
    # the Daytona suite (tests/_async/test_daytona_conformance.py, tests/_async/test_daytona_on_fake.py)
    run("echo done"): sh("echo done", [("stdout", "done\n"), ("exit", 0)]),
    run(SPLIT): sh(SPLIT, [("stdout", "out\n"), ("stderr", "err\n"), ("stdout", "out2\n"), ("exit", 3)]),
    run(TICKS): sh(TICKS, [s for i in (1, 2, 3) for s in (("stdout", f"tick {i}\n"), ("sleep", 0.2))] + [("exit", 0)]),
    run("printf abc"): sh("printf abc", [("stdout", "abc"), ("exit", 0)]),  # the log gets "abc\n"
    started("sleep 300"): shell([("stdout", f"{PID}\n"), ("hang",)], "sleep 300", pid=PID),
    started(TICKS): sh(
        TICKS,
        [("stdout", f"{PID + 1}\n")] + [s for i in (1, 2, 3) for s in (("stdout", f"tick {i}\n"), ("sleep", 0.2))] + [("exit", 0)],
        pid=PID + 1,
    ),
    started("cat", stdin=True): shell([("stdout", f"{PID + 2}\n"), ("echo_stdin",)], "cat", pid=PID + 2),
    script_line(scripts.LIST_PROCESSES): [("effect", _processes)],
    **{script_line(scripts.KILL_TREE, str(pid)): [("effect", _kill_tree(pid))] for pid in (PID, PID + 2, PID + 3, 99999)},
    # the contract suite (tests/contract/)
    run("echo out; echo err >&2; exit 3"): sh(
        "echo out; echo err >&2; exit 3", [("stdout", "out\n"), ("stderr", "err\n"), ("exit", 3)]
    ),
    started("echo started; sleep 300"): sh(
        "echo started; sleep 300", [("stdout", f"{PID + 3}\nstarted\n"), ("hang",)], pid=PID + 3
    ),
    # coreutils timeout: TERM at the deadline ends sh and sleep (its process group): 124
    run(PARTIAL, timeout=1): shell([("stdout", "partial\n"), ("sleep", 0.3), ("exit", 124)], _timeout(PARTIAL, 1)),
    # TERM ignored: KILL after the 5 s grace (timeout kills itself too: 137), which the line reads
    # as the deadline passed ($SECONDS moved 6 or more): 124
    run(STUBBORN, timeout=1): shell(
        [("stdout", "stubborn\n"), ("sleep", 0.3), ("exit", 137)], _timeout(STUBBORN, 1), status=124
    ),
    run(GREETING, {"GREETING": "héllo wörld"}, "/tmp"): sh(GREETING, [("stdout", "héllo wörld from /tmp\n"), ("exit", 0)]),
    run("id -u", user="root"): sh("id -u", [("stdout", "0\n"), ("exit", 0)], user="root"),
    run(EURO): sh(EURO, [("stdout", b"\xe2"), ("sleep", 0.2), ("stdout", b"\x82\xac\n"), ("exit", 0)]),
    started("echo a; echo b >&2; sleep 0.3; exit 5"): sh(
        "echo a; echo b >&2; sleep 0.3; exit 5",
        [("stdout", f"{PID + 4}\na\n"), ("stderr", "b\n"), ("sleep", 0.3), ("exit", 5)],
        pid=PID + 4,
    ),
    run(LINES): sh(
        LINES,
        [s for i in (1, 2, 3) for s in (("stdout", f"line {i}\n"), ("stderr", f"err {i}\n"), ("sleep", 0.2))] + [("exit", 0)],
    ),
    run("echo $FROM_CREATE"): sh("echo $FROM_CREATE", [("effect", _echo_env("FROM_CREATE"))]),
    run("echo attached"): sh("echo attached", [("stdout", "attached\n"), ("exit", 0)]),
    run("ln -s target.bin /tmp/contract/link && ln -s folder /tmp/contract/dirlink && ln -s nowhere /tmp/contract/dangling"): sh(
        "ln -s ...", [("effect", _links)]
    ),
    run("cat contract-rel/a.txt"): shell([("effect", _cat("contract-rel/a.txt"))], "cat contract-rel/a.txt"),
    run("ls contract-rel"): shell([("effect", _ls("contract-rel"))], "ls contract-rel"),
    **{
        script_line(scripts.RENAME, src, dst): [("effect", _rename(src, dst))]
        for src, dst in (
            ("/tmp/contract/new.txt", "/tmp/contract/old.txt"),
            ("/tmp/contract/source.txt", "/tmp/contract/target"),
            ("/tmp/contract/dir", "/tmp/contract/target"),
        )
    },
}  # fmt: skip
