"""What the commands of the Runloop suites print, for composing their cassettes with tests/fake_runloop.py.

The adapter sends each command as one shell line (`shell_line.command_line`, or one of our scripts
through `script_line`); the fake has no shell, so those lines are scripted here. The conformance
suite's are fixed answers (listings in the format our LIST_DIR / WATCH_DIR scripts print: a count,
the NUL-ended names, then stat lines). The contract suite's act on the fake devbox's files and
processes ("effect" steps), each doing and printing what that script or command does in a POSIX
shell: tests/test_fake_runloop.py runs them in sandboxer-test:busybox beside the fake and compares.
"""

from __future__ import annotations

import posixpath
import shlex

from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.shell_line import command_line, script_line
from tests.fake_runloop import FileStore, Node

TICKS = "for i in 1 2 3; do echo tick $i; sleep 0.2; done"
NUMBER_FIRST = "echo 42; printf abc"
LONG = "seq 1 250"
LONG_OUTPUT = "".join(f"{n}\n" for n in range(1, 251))
MANY = 120  # entries in /tmp/many: a listing of more lines than an answer holds
SLOW = "sleep 0.3; echo late"
TIMED_OUT = scripts.TIMEOUT_MARKER.decode()
# Silent between its writes for longer than the output streams may idle (the fake's stream_idle).
QUIET = "echo one; sleep 0.3; echo two >&2; sleep 0.3; echo thrée"
QUIET_STEPS = [("stdout", "one\n"), ("sleep", 0.3), ("stderr", "two\n"), ("sleep", 0.3), ("stdout", "thrée\n")]


def run(
    cmd: str,
    env: dict | None = None,
    cwd: str | None = None,
    user: str | None = None,
    timeout: float | None = None,
) -> str:
    """The line run_command sends: with a timeout, the command under our watchdog script."""
    if timeout is not None:
        cmd = shlex.join(scripts.sh(scripts.RUN_WITH_TIMEOUT, f"{timeout:.3f}", cmd))
    return command_line(cmd, env or {}, cwd, user)


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
    script_line(scripts.MAKE_DIR, "/tmp/watched"): [("exit", 0)],
    run(QUIET): [*QUIET_STEPS, ("exit", 0)],
    run("echo before the break"): [("stdout", "before the break\n"), ("sleep", 0.2), ("exit", 0)],
    script_line(scripts.WATCH_DIR, "/tmp/watched"): _watch_listings(),
}

# --- the contract suite (tests/contract/) ------------------------------------------------------------
# Commands start in the home directory (RL-spec 6814-6817), as `user`; a relative path is taken
# from there. Each model below does what the script does in a POSIX shell to the fake devbox's
# files (FileStore) and prints what it prints; a case the suite never reaches fails loudly instead
# of being guessed.

USER_UID = 1000  # the default user's uid: undocumented (RL-spec 9793-9807 only names the field)
# /etc/passwd of the devbox (what LIST_PROCESSES prints after the table): root and the default user
PASSWD = "root:x:0:0:root:/root:/bin/bash\nuser:x:1000:1000::/home/user:/bin/bash\n"


def here(path: str) -> str:
    return FileStore.absolute(path)


def _effect(model):
    """Steps whose effect is model(files) -> more steps, on the devbox the command runs in."""
    return [("effect", lambda box, _run: model(box.files))]


def make_dir(path: str) -> list[tuple]:
    """MAKE_DIR: mkdir -p (each new directory 0755, umask 022); 22 when something that is not a
    directory is in the way (the path, or one above it)."""

    def model(files: FileStore) -> list[tuple]:
        parts = [part for part in here(path).split("/") if part]
        for depth in range(1, len(parts) + 1):
            prefix = "/" + "/".join(parts[:depth])
            kind = files.kind(prefix)
            if kind == "dir":
                continue
            if kind is not None or files.entry(prefix) is not None:  # a file, or a dangling link
                return [("exit", scripts.EXIT_EXISTS)]
            files.nodes[files.spot(prefix)] = Node("dir", 0o755)
        return [("exit", 0)]

    return _effect(model)


def remove(path: str) -> list[tuple]:
    """REMOVE: 21 unless the path is there (-e) or is a symlink (-L); rm -rf (a link itself)."""

    def model(files: FileStore) -> list[tuple]:
        entry = files.entry(here(path))
        if entry is None:
            return [("exit", scripts.EXIT_MISSING)]
        for gone in files.below(entry) if files.nodes[entry].kind == "dir" else [entry]:
            del files.nodes[gone]
        return [("exit", 0)]

    return _effect(model)


def rename(src: str, dst: str) -> list[tuple]:
    """RENAME: 21 when src is missing, 22 when dst is a directory; else mv -fT, which replaces a
    file or a link at dst."""

    def model(files: FileStore) -> list[tuple]:
        source = files.entry(here(src))
        if source is None:
            return [("exit", scripts.EXIT_MISSING)]
        if files.kind(here(dst)) == "dir":
            # onto a link to a directory: coreutils' mv -T replaces the link, busybox's refuses
            assert files.kind(here(dst), follow=False) != "link", (
                "rename onto a link to a directory (not modelled)"
            )
            return [("exit", scripts.EXIT_EXISTS)]
        target = files.spot(here(dst))
        assert target is not None, f"rename to {dst!r}: no parent directory (not modelled)"
        if target in files.nodes:
            assert files.nodes[source].kind != "dir", "a directory moved onto a file (not modelled)"
            del files.nodes[target]
        for old in files.below(source):
            files.nodes[target + old[len(source) :]] = files.nodes.pop(old)
        return [("exit", 0)]

    return _effect(model)


def stat(path: str) -> list[tuple]:
    """STAT: 21 when missing; else a listing of one: `stat -L -c "%f %s %n"` (its target's mode
    and size when a symlink, under the name given)."""

    def model(files: FileStore) -> list[tuple]:
        real = files.resolve(here(path))
        if real is None:
            return [("exit", scripts.EXIT_MISSING)]
        mode, size = files.stat(real)
        return [("stdout", f"1\0{path}\0{mode:x} {size} {path}\n"), ("exit", 0)]

    return _effect(model)


def list_dir(path: str) -> list[tuple]:
    """LIST_DIR: 20 when not a directory, 21 when missing; else find's one batch of names under
    "$1/" (a count, the names NUL-ended) and `stat -c "%f %s %n"` of each (a symlink itself).
    find gives directory order; here it is sorted (the reader sorts)."""
    assert not path.endswith("/"), path

    def model(files: FileStore) -> list[tuple]:
        real = files.resolve(here(path))
        if real is None or files.nodes[real].kind != "dir":
            return [("exit", scripts.EXIT_MISSING if real is None else scripts.EXIT_NOT_A_DIR)]
        names = files.children(real)
        if not names:
            return [("exit", 0)]
        shown = [f"{path}/{name}" for name in names]
        lines = []
        for name, named in zip(names, shown, strict=True):
            mode, size = files.stat(posixpath.join(real, name))
            lines.append(f"{mode:x} {size} {named}\n")
        return [
            ("stdout", f"{len(names)}\0" + "".join(n + "\0" for n in shown) + "".join(lines)),
            ("exit", 0),
        ]

    return _effect(model)


def chmod(mode: str, path: str) -> list[tuple]:
    """write_file's `chmod "$1" -- "$2"`: the mode of the file (a symlink's target)."""

    def model(files: FileStore) -> list[tuple]:
        real = files.resolve(here(path))
        assert real is not None, f"chmod of a missing {path!r} (not modelled)"
        files.nodes[real].mode = int(mode, 8)
        return [("exit", 0)]

    return _effect(model)


def list_processes(box, _run) -> list[tuple]:
    """LIST_PROCESSES: pid, uid and command line (NULs read as spaces: one ends it) of the running
    commands' processes, then a record separator and /etc/passwd."""
    rows = [row for e in box.executions.values() if e.status != "completed" for row in e.processes]
    table = "".join(f"{pid}\t{uid}\t{line} \n" for pid, uid, line in rows)
    return [("stdout", f"{table}\x1e\n{PASSWD}"), ("exit", 0)]


def kill_tree(pid: int) -> list[tuple]:
    """KILL_TREE: 21 when no such pid; else its whole tree is killed, and so the command it is
    (the execution ends, killed)."""

    def effect(box, _run) -> list[tuple]:
        hit = [
            e
            for e in box.executions.values()
            if e.status != "completed" and any(p == pid for p, _, _ in e.processes)
        ]
        for execution in hit:
            execution.kill()
        return [("exit", 0 if hit else scripts.EXIT_MISSING)]

    return [("effect", effect)]


def started_as(pid: int, process: str, *steps: tuple) -> list[tuple]:
    """A start_command line: the wrapper prints its pid, then execs `sh -c CMD`, which execs the
    last command of CMD (`process`: its command line, as in sandboxer-test:busybox), then `steps`."""

    def effect(_box, execution) -> list[tuple]:
        execution.processes = [(pid, USER_UID, process)]
        return [("stdout", f"{pid}\n"), *steps]

    return [("effect", effect)]


def _links(files: FileStore) -> list[tuple]:
    links = (("/tmp/contract/link", "target.bin"), ("/tmp/contract/dirlink", "folder"), ("/tmp/contract/dangling", "nowhere"))
    for link, target in links:
        assert files.spot(link) is not None and files.entry(link) is None
        files.nodes[files.spot(link)] = Node("link", 0o777, target=target)
    return [("exit", 0)]


def _cat(path: str):
    def model(files: FileStore) -> list[tuple]:
        data = files.read(here(path))
        assert data is not None, f"cat of {path!r}: not a readable file (not modelled)"
        return [("stdout", data.decode()), ("exit", 0)]

    return model


def _ls(path: str):
    def model(files: FileStore) -> list[tuple]:
        real = files.resolve(here(path))
        if real is None:  # busybox ls
            return [("stderr", f"ls: {path}: No such file or directory\n"), ("exit", 1)]
        assert files.nodes[real].kind == "dir", "ls of a file (not modelled)"
        return [("stdout", "".join(name + "\n" for name in files.children(real))), ("exit", 0)]

    return model


def _create_env(name: str):
    def effect(box, _run) -> list[tuple]:  # the devbox's environment_variables reach its commands
        value = (box.params.get("environment_variables") or {}).get(name, "")
        return [("stdout", f"{value}\n"), ("exit", 0)]

    return effect


CONTRACT: dict[str, object] = {
    # processes
    run("echo out; echo err >&2; exit 3"): [("stdout", "out\n"), ("stderr", "err\n"), ("exit", 3)],
    started("echo started; sleep 300"): started_as(5301, "sleep 300", ("stdout", "started\n"), ("hang",)),
    script_line(scripts.KILL_TREE, "5301"): kill_tree(5301),
    script_line(scripts.LIST_PROCESSES): [("effect", list_processes)],
    # the watchdog: TERM ends the first (128 + 15) after 1 s; the second ignores TERM and is KILLed
    # after the 2 s grace (128 + 9); both mark the end of stderr (as in sandboxer-test:busybox)
    run("echo partial; sleep 30; echo never", timeout=1): [
        ("stdout", "partial\n"), ("sleep", 1), ("stderr", TIMED_OUT), ("exit", 143),
    ],
    run("trap '' TERM; echo stubborn; sleep 31; echo never", timeout=1): [
        ("stdout", "stubborn\n"), ("sleep", 3), ("stderr", TIMED_OUT), ("exit", 137),
    ],
    run('echo "$GREETING from $(pwd)"', {"GREETING": "héllo wörld"}, "/tmp"): [
        ("stdout", "héllo wörld from /tmp\n"), ("exit", 0),
    ],
    run("id -u", user="root"): [("stdout", "0\n"), ("exit", 0)],
    # The API carries output as text: how it decodes a character split across two writes is
    # undocumented; the answer holds the decoded whole.
    run(r"printf '\342'; sleep 0.2; printf '\202\254\n'"): [("sleep", 0.2), ("stdout", "€\n"), ("exit", 0)],
    started("echo a; echo b >&2; sleep 0.3; exit 5"): started_as(
        5302, "/bin/sh -c echo a; echo b >&2; sleep 0.3; exit 5", ("stdout", "a\n"), ("stderr", "b\n"),
        ("sleep", 0.3), ("exit", 5),
    ),
    run("for i in 1 2 3; do echo line $i; echo err $i >&2; sleep 0.2; done"): [
        step for i in (1, 2, 3) for step in (("stdout", f"line {i}\n"), ("stderr", f"err {i}\n"), ("sleep", 0.2))
    ] + [("exit", 0)],
    started("cat"): started_as(5303, "cat", ("echo_stdin",), ("exit", 0)),
    started("sleep 0.2"): started_as(5304, "sleep 0.2", ("sleep", 0.2), ("exit", 0)),
    # files
    run("ln -s target.bin /tmp/contract/link && ln -s folder /tmp/contract/dirlink && ln -s nowhere /tmp/contract/dangling"): _effect(_links),
    run("cat contract-rel/a.txt"): _effect(_cat("contract-rel/a.txt")),
    run("ls contract-rel"): _effect(_ls("contract-rel")),
    script_line('chmod "$1" -- "$2"', "640", "/tmp/contract/target.bin"): chmod("640", "/tmp/contract/target.bin"),
    script_line('chmod "$1" -- "$2"', "600", "/tmp/contract/secret.txt"): chmod("600", "/tmp/contract/secret.txt"),
    # lifecycle
    run("echo $FROM_CREATE"): [("effect", _create_env("FROM_CREATE"))],
    run("echo attached"): [("stdout", "attached\n"), ("exit", 0)],
}  # fmt: skip

for _path in (
    "/tmp/contract",
    "/tmp/contract/dir/sub",
    "/tmp/contract/dir",
    "/tmp/contract/file",
    "/tmp/contract/target",
    "/tmp/contract/folder",
    "contract-rel",
    "/tmp/contract/deep/er",
    "/tmp/contract/listing/sub",
    "/tmp/contract/listing",
    "/tmp/contract/a-dir",
):
    CONTRACT[script_line(scripts.MAKE_DIR, _path)] = make_dir(_path)
for _path in ("/tmp/contract/not-here.txt", "/tmp/contract/here.txt", "contract-rel"):
    CONTRACT[script_line(scripts.REMOVE, _path)] = remove(_path)
for _src, _dst in (
    ("/tmp/contract/new.txt", "/tmp/contract/old.txt"),
    ("/tmp/contract/new.txt", "/tmp/contract/other.txt"),
    ("/tmp/contract/source.txt", "/tmp/contract/target"),
    ("/tmp/contract/dir", "/tmp/contract/target"),
    ("contract-rel/a.txt", "contract-rel/b.txt"),
):
    CONTRACT[script_line(scripts.RENAME, _src, _dst)] = rename(_src, _dst)
for _path in (
    "/tmp/contract",
    "/tmp/contract/dir/sub",
    "/tmp/contract/new.txt",
    "/tmp/contract/dir",
    "/tmp/contract/plain.txt/inside",
    "/tmp/contract/link",
    "/tmp/contract/dirlink",
    "/tmp/contract/dangling",
    "contract-rel/a.txt",
    "contract-rel/b.txt",
    "contract-rel",
    "/tmp/contract/secret.txt",
    "/tmp/contract/a-dir",
    "/tmp/contract/missing.txt",
    "/tmp/contract/missing.bin",
    "/tmp/contract/deep/er/blob.bin",
):  # the last: tests/test_mock_transport.py
    CONTRACT[script_line(scripts.STAT, _path)] = stat(_path)
for _path in (
    "/tmp/contract/target",
    "contract-rel",
    "/tmp/contract/deep/er",
    "/tmp/contract/listing",
    "/tmp/contract/listing/sub",
    "/tmp/contract/listing/missing",
    "/tmp/contract/listing/five.txt",
):
    CONTRACT[script_line(scripts.LIST_DIR, _path)] = list_dir(_path)

COMMANDS[started(QUIET)] = started_as(5310, "echo thrée", *QUIET_STEPS, ("exit", 0))

assert not set(CONTRACT) & set(COMMANDS), "a line scripted twice"
COMMANDS.update(CONTRACT)
