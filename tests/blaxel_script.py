"""What the commands of the Blaxel suites print, for composing their cassettes with tests/fake_blaxel.py.

The adapter sends each command line as the process's `command`, which the API runs as `sh -c <command>`
(blaxel-ai/sandbox sandbox-api/src/handler/process/process.go:229-246) on the default image's busybox
sh (blaxel/base-image is node:24-alpine, hub/base-image/Dockerfile:4); env and cwd travel as fields of
the request, a user wraps the line in `su`. The fake has no shell, so each line is scripted here: what
busybox prints and exits with, and what the line does to the fake's files ("effect" steps). Nothing is
cut short here: the API ends a process only when asked to (its kill), as the fake does.

Lines of our shared scripts (sandboxer/providers/shell_scripts.py: RENAME, STAT) and chmod/chown lines
are read from their arguments (`Script.__missing__`), each effect doing what that script does in a
POSIX shell on the fake's files.
"""

from __future__ import annotations

import base64
import posixpath
import re
import shlex

from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.blaxel_shapes import as_user
from tests.fake_blaxel import FileSystem, FsError

GREETING = 'echo "$GREETING from $(pwd) as $(whoami)"'
SPLIT = "echo out; echo err >&2; echo out2; exit 3"
TICKS_SLOWLY = "for i in 1 2 3; do echo tick $i; sleep 2; done"
THREE_MINUTES = "sleep 180; echo done"
# A progress bar's carriage returns, a line cut between two writes, stderr between its pieces
PROGRESS = r"sleep 0.1; printf 'half\r'; sleep 0.2; printf 'full\rx'; echo err >&2; sleep 0.2; echo y"
BIG = "sleep 0.1; head -c 150000 /dev/zero | base64"  # output once the exec stream is attached
BIG_TEXT = base64.encodebytes(bytes(150_000)).decode()  # 200 KB of lines, as base64 wraps them
TICKS_LONG = "for i in $(seq 1 20); do echo tick $i; sleep 2; done"

# strerror() as busybox prints it (musl's wording)
STRERROR = {
    "ENOENT": "No such file or directory",
    "ENOTDIR": "Not a directory",
    "EISDIR": "Is a directory",
    "EEXIST": "File exists",
    "ENOTEMPTY": "Directory not empty",
    "ELOOP": "Symbolic link loop",
    "EINVAL": "Invalid argument",
}


def _test(fs: FileSystem, path: str, kind: str | None = None, follow: bool = True) -> bool:
    """test -e / -d (following links) and -L (not)."""
    try:
        _, entry = fs.resolve(path, follow)
    except FsError:
        return False
    return entry is not None and (kind is None or entry.kind == kind)


def _rename(src: str, dst: str):
    """RENAME: `[ -e "$1" ] || [ -L "$1" ] || exit 21; if [ -d "$2" ] && [ ! -L "$2" ]; then exit 22;
    fi; mv -fT -- "$1" "$2"` (mv -T: rename(2) to exactly dst)."""

    def effect(fs: FileSystem, cwd: str) -> list[tuple]:
        old, new = posixpath.join(cwd, src), posixpath.join(cwd, dst)
        if not _test(fs, old) and not _test(fs, old, "link", follow=False):
            return [("exit", scripts.EXIT_MISSING)]
        if _test(fs, new, "dir") and not _test(fs, new, "link", follow=False):
            return [("exit", scripts.EXIT_EXISTS)]
        try:
            fs.rename(old, new)
        except FsError as e:
            return [("stderr", f"mv: can't rename '{src}': {STRERROR[e.code]}\n"), ("exit", 1)]
        return [("exit", 0)]

    return effect


def _stat(path: str):
    """STAT: `[ -e "$1" ] || exit 21; printf "%s\\0" 1 "$1"; stat -L -c "%f %s %n" -- "$1"`."""

    def effect(fs: FileSystem, cwd: str) -> list[tuple]:
        try:
            _, entry = fs.stat(posixpath.join(cwd, path))
        except FsError:
            return [("exit", scripts.EXIT_MISSING)]
        raw = (0o040000 if entry.is_dir else 0o100000) | entry.mode
        size = 4096 if entry.is_dir else len(entry.data)
        line = f"{raw:x} {size} {path}\n".encode()
        return [("stdout_bytes", b"1\0" + path.encode() + b"\0" + line), ("exit", 0)]

    return effect


def _chmod(mode: int, path: str):
    def effect(fs: FileSystem, cwd: str) -> list[tuple]:
        try:
            _, entry = fs.stat(posixpath.join(cwd, path))
        except FsError as e:
            return [("stderr", f"chmod: {path}: {STRERROR[e.code]}\n"), ("exit", 1)]
        entry.mode = mode
        return [("exit", 0)]

    return effect


def _links(fs: FileSystem, cwd: str) -> list[tuple]:
    fs.symlink("/tmp/contract/link", "target.bin")
    fs.symlink("/tmp/contract/dirlink", "folder")
    fs.symlink("/tmp/contract/dangling", "nowhere")
    return [("exit", 0)]


def _cat(relative: str):
    def effect(fs: FileSystem, cwd: str) -> list[tuple]:
        try:
            _, entry = fs.stat(posixpath.join(cwd, relative))
        except FsError as e:
            return [("stderr", f"cat: can't open '{relative}': {STRERROR[e.code]}\n"), ("exit", 1)]
        return [("stdout_bytes", entry.data), ("exit", 0)]

    return effect


def _ls(relative: str):
    def effect(fs: FileSystem, cwd: str) -> list[tuple]:
        try:
            real, _ = fs.stat(posixpath.join(cwd, relative))
        except FsError as e:  # busybox ls
            return [("stderr", f"ls: {relative}: {STRERROR[e.code]}\n"), ("exit", 1)]
        names = "".join(posixpath.basename(p) + "\n" for p in fs.children(real))
        return [("stdout", names), ("exit", 0)]

    return effect


def _kill_terminal(pid_file: str, launcher: str):
    """blaxel_shapes.pty_kill_line: `kill -KILL "$(cat P)"; rm -f P L` in busybox sh: SIGKILL to the
    pid the launcher wrote (a shell's own pid, `$$`), whose session the server then ends; rm's status."""

    def effect(fs: FileSystem, cwd: str) -> list[tuple]:
        steps: list[tuple] = []
        try:
            text = fs.stat(pid_file)[1].data.decode().strip()
        except FsError as e:
            steps += [("stderr", f"cat: can't open '{pid_file}': {STRERROR[e.code]}\n")]
            text = ""
        shell = fs.shells.get(int(text)) if text.isdigit() else None
        if shell is not None:
            shell.end()
        elif text.isdigit():
            steps += [("stderr", f"sh: can't kill pid {text}: No such process\n")]
        else:
            steps += [("stderr", f"sh: invalid number '{text}'\n")]
        for path in (pid_file, launcher):
            if _test(fs, path) or _test(fs, path, follow=False):
                fs.remove(path)
        return [*steps, ("exit", 0)]

    return effect


def _launcher(fs: FileSystem, path: str, pid: int) -> list | None:
    """What busybox sh does running blaxel_shapes.pty_launcher as a terminal's program (pid `pid`):
    the pid file written, the launcher removed, the start sign printed, the exports, then the
    program exec'd: the default shell (interactive), or a command of TERMINAL_COMMANDS."""
    try:
        lines = fs.stat(path)[1].data.decode().splitlines()
    except (FsError, UnicodeDecodeError):
        return None
    if len(lines) < 5 or lines[0] != "#!/bin/sh" or not lines[1].startswith("echo $$ > "):
        return None
    pid_file = lines[1].removeprefix("echo $$ > ")

    def start(fs: FileSystem, cwd: str) -> list[tuple]:
        fs.open_for_write(pid_file, 0o666).data = f"{pid}\n".encode()
        fs.remove(path)
        return []

    program = lines[-1].removeprefix("exec ")
    steps = TERMINAL_COMMANDS.get(program) or (
        [("shell",)] if program == shlex.join(["/bin/sh", "-c", pty_default_shell()]) else None
    )
    if steps is None:
        raise AssertionError(f"blaxel_script: no terminal script for {program!r}")
    return [("effect", start), ("stdout", "\x1b[0m"), *steps]


def pty_default_shell() -> str:
    """The shell the launcher picks when no command is asked for (its last line, `exec ...`)."""
    from sandboxer.providers.blaxel_shapes import pty_launcher  # here: the script loads without it

    return shlex.split(pty_launcher("x", None, {}, None).splitlines()[-1])[-1]


def scripted(command: str) -> list | None:
    """The steps of a line running one of our scripts, or chmod/chown; None for any other line."""
    killing = re.fullmatch(r'kill -KILL "\$\(cat (/tmp/[\w.-]+)\)"; rm -f \1 (/tmp/[\w.-]+)', command)
    if killing:
        return [("effect", _kill_terminal(*killing.groups()))]
    try:
        argv = shlex.split(command)
    except ValueError:
        return None
    if argv[:2] == [scripts.SH, "-c"] and len(argv) >= 4 and argv[3] == "sandboxer":
        script, args = argv[2], argv[4:]
        if script == scripts.RENAME and len(args) == 2:
            return [("effect", _rename(*args))]
        if script == scripts.STAT and len(args) == 1:
            return [("effect", _stat(args[0]))]
    if len(argv) == 4 and argv[0] == "chmod" and argv[2] == "--":
        return [("effect", _chmod(int(argv[1], 8), argv[3]))]
    if len(argv) == 4 and argv[:2] == ["chown", "--"]:  # everything runs as root: root is the one user
        if argv[2] == "root":
            return [("exit", 0)]
        return [("stderr", f"chown: unknown user {argv[2]}\n"), ("exit", 1)]
    return None


class Script(dict):
    """Exact command lines -> steps; lines of our scripts are read from their arguments; a terminal's
    program (the file the server starts in the PTY) read by `program`."""

    @staticmethod
    def program(fs: FileSystem, path: str, pid: int) -> list | None:
        return _launcher(fs, path, pid)

    def __missing__(self, command: str) -> list:
        steps = scripted(command)
        if steps is None:
            raise KeyError(command)
        return steps


# Commands a terminal runs (CreatePTYRequest.command): what they print into the PTY
PTY_BYTES = r"printf 'caf\303\251 \342\234'; sleep 0.1; printf '\223 \377\n'; exec sh"
TERMINAL_COMMANDS = {
    # a character cut between two writes (two PTY reads), and a byte that is no UTF-8
    shlex.join(["/bin/sh", "-c", PTY_BYTES]): [
        ("stdout_bytes", b"caf\xc3\xa9 \xe2\x9c"), ("sleep", 0.1), ("stdout_bytes", b"\x93 \xff\n"), ("shell",)
    ],
}


def _echo(text):
    return lambda env, cwd: [("stdout", text(env, cwd)), ("exit", 0)]


COMMANDS = Script({
    # the vendor's own suite (tests/_async/test_blaxel_conformance.py)
    SPLIT: [("stdout", "out\n"), ("stderr", "err\n"), ("stdout", "out2\n"), ("exit", 3)],
    TICKS_SLOWLY: [step for i in (1, 2, 3) for step in (("stdout", f"tick {i}\n"), ("sleep", 2))] + [("exit", 0)],
    "echo done": [("stdout", "done\n"), ("exit", 0)],
    "pwd": _echo(lambda env, cwd: cwd + "\n"),
    THREE_MINUTES: [("sleep", 180), ("stdout", "done\n"), ("exit", 0)],
    PROGRESS: [("sleep", 0.1), ("stdout", "half\r"), ("sleep", 0.2), ("stdout", "full\rx"), ("stderr", "err\n"),
               ("sleep", 0.2), ("stdout", "y\n"), ("exit", 0)],
    BIG: [("sleep", 0.1), ("stdout", BIG_TEXT), ("exit", 0)],
    TICKS_LONG: [step for i in range(1, 21) for step in (("stdout", f"tick {i}\n"), ("sleep", 2))] + [("exit", 0)],
    # the contract suite (tests/contract/)
    "echo out; echo err >&2; exit 3": [("stdout", "out\n"), ("stderr", "err\n"), ("exit", 3)],
    "echo started; sleep 300": [("stdout", "started\n"), ("sleep", 300), ("exit", 0)],
    "echo partial; sleep 30; echo never": [("stdout", "partial\n"), ("sleep", 30), ("stdout", "never\n"), ("exit", 0)],
    # TERM ignored changes nothing here: the API's kill is SIGKILL to the process group
    "trap '' TERM; echo stubborn; sleep 31; echo never": [
        ("stdout", "stubborn\n"), ("sleep", 31), ("stdout", "never\n"), ("exit", 0)
    ],
    'echo "$GREETING from $(pwd)"': _echo(lambda env, cwd: f"{env.get('GREETING', '')} from {cwd}\n"),
    as_user(GREETING, "root"): _echo(lambda env, cwd: f"{env.get('GREETING', '')} from {cwd} as root\n"),
    as_user("id -u", "root"): [("stdout", "0\n"), ("exit", 0)],
    r"printf '\342'; sleep 0.2; printf '\202\254\n'": [
        ("stdout_bytes", b"\xe2"), ("sleep", 0.2), ("stdout_bytes", b"\x82\xac\n"), ("exit", 0)
    ],
    "echo a; echo b >&2; sleep 0.3; exit 5": [("stdout", "a\n"), ("stderr", "b\n"), ("sleep", 0.3), ("exit", 5)],
    "for i in 1 2 3; do echo line $i; echo err $i >&2; sleep 0.2; done": [
        step for i in (1, 2, 3) for step in (("stdout", f"line {i}\n"), ("stderr", f"err {i}\n"), ("sleep", 0.2))
    ] + [("exit", 0)],
    "ln -s target.bin /tmp/contract/link && ln -s folder /tmp/contract/dirlink && ln -s nowhere /tmp/contract/dangling": [("effect", _links)],
    "cat contract-rel/a.txt": [("effect", _cat("contract-rel/a.txt"))],
    "ls contract-rel": [("effect", _ls("contract-rel"))],
    "echo $FROM_CREATE": _echo(lambda env, cwd: env.get("FROM_CREATE", "") + "\n"),
    "echo attached": [("stdout", "attached\n"), ("exit", 0)],
})  # fmt: skip
