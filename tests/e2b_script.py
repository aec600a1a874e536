"""What the commands of the E2B suite print, for composing its cassettes with tests/fake_e2b.py.

Each is what bash prints for that command line; the fake has no shell, so the suite's command
lines are scripted here (steps: stdout/stderr text, raw bytes, sleeps, exit code, stdin echo, hang).
"""

from __future__ import annotations

import posixpath


def _greeting(env: dict[str, str], cwd: str | None, user: str) -> list[tuple]:
    home = "/root" if user == "root" else f"/home/{user}"
    return [("stdout", f"{env.get('GREETING', '')} from {cwd or home} as {user}\n"), ("exit", 0)]


COMMANDS: dict[str, object] = {
    "echo out; echo err >&2; echo out2; exit 3": [
        ("stdout", "out\n"),
        ("stderr", "err\n"),
        ("stdout", "out2\n"),
        ("exit", 3),
    ],
    "echo done": [("stdout", "done\n"), ("exit", 0)],
    'echo "$GREETING from $(pwd) as $(whoami)"': _greeting,
    "for i in 1 2 3 4 5; do echo tick $i; sleep 0.2; done": [
        step for i in range(1, 6) for step in (("stdout", f"tick {i}\n"), ("sleep", 0.2))
    ]
    + [("exit", 0)],
    "printf 'caf\\303\\251\\n'": [("stdout_bytes", b"caf\xc3"), ("stdout_bytes", b"\xa9\n"), ("exit", 0)],
    "echo partial; sleep 30": [("stdout", "partial\n"), ("hang",)],
    "sleep 300": [("hang",)],
    "cat": [("echo_stdin",), ("exit", 0)],
    "no-such-binary": [("stderr", "bash: line 1: no-such-binary: command not found\n"), ("exit", 127)],
    "chmod 755 -- /home/user/run.sh": [("exit", 0)],
}


# --- the contract suite (tests/contract/) -----------------------------------------------------------
# Commands that touch files act on the fake's filesystem ("effect" steps), as they would in bash.


def _links(fs, cwd):
    fs.symlink("/tmp/contract/link", "target.bin")
    fs.symlink("/tmp/contract/dirlink", "folder")
    fs.symlink("/tmp/contract/dangling", "nowhere")
    return [("exit", 0)]


def _cat(relative):
    def effect(fs, cwd):
        path = posixpath.join(cwd, relative)
        return [("stdout_bytes", fs.stat(path).data), ("exit", 0)]

    return effect


def _ls(relative):
    def effect(fs, cwd):
        path = posixpath.join(cwd, relative)
        if path not in fs.entries:  # GNU ls
            return [("stderr", f"ls: cannot access '{relative}': No such file or directory\n"), ("exit", 2)]
        return [("stdout", "".join(posixpath.basename(p) + "\n" for p in fs.children(path))), ("exit", 0)]

    return effect


def _chmod(mode, path):
    def effect(fs, cwd):
        fs.entries[fs.follow(path)].mode = mode
        return [("exit", 0)]

    return effect


COMMANDS.update({
    "echo out; echo err >&2; exit 3": [("stdout", "out\n"), ("stderr", "err\n"), ("exit", 3)],
    "echo started; sleep 300": [("stdout", "started\n"), ("hang",)],
    # under our watchdog (the fake reads its arguments): TERM at the deadline, KILL 2 s after it
    "echo partial; sleep 30; echo never": [("stdout", "partial\n"), ("hang",)],
    "trap '' TERM; echo stubborn; sleep 31; echo never": [("ignores_term",), ("stdout", "stubborn\n"), ("hang",)],
    "ln -s target.bin /tmp/contract/link && ln -s folder /tmp/contract/dirlink && ln -s nowhere /tmp/contract/dangling": [("effect", _links)],
    "chmod 640 -- /tmp/contract/target.bin": [("effect", _chmod(0o640, "/tmp/contract/target.bin"))],
    "cat contract-rel/a.txt": [("effect", _cat("contract-rel/a.txt"))],
    "ls contract-rel": [("effect", _ls("contract-rel"))],
    'echo "$GREETING from $(pwd)"': lambda env, cwd, user: [("stdout", f"{env.get('GREETING', '')} from {cwd}\n"), ("exit", 0)],
    "id -u": lambda env, cwd, user: [("stdout", "0\n" if user == "root" else "1000\n"), ("exit", 0)],
    r"printf '\342'; sleep 0.2; printf '\202\254\n'": [("stdout_bytes", b"\xe2"), ("sleep", 0.2), ("stdout_bytes", b"\x82\xac\n"), ("exit", 0)],
    "echo a; echo b >&2; sleep 0.3; exit 5": [("stdout", "a\n"), ("stderr", "b\n"), ("sleep", 0.3), ("exit", 5)],
    "for i in 1 2 3; do echo line $i; echo err $i >&2; sleep 0.2; done": [
        step for i in (1, 2, 3) for step in (("stdout", f"line {i}\n"), ("stderr", f"err {i}\n"), ("sleep", 0.2))
    ] + [("exit", 0)],
    "sleep 0.2": [("sleep", 0.2), ("exit", 0)],
    "echo $FROM_CREATE": lambda env, cwd, user: [("stdout", env.get("FROM_CREATE", "") + "\n"), ("exit", 0)],
    "echo attached": [("stdout", "attached\n"), ("exit", 0)],
    "pwd": lambda env, cwd, user: [("stdout", f"{cwd}\n"), ("exit", 0)],
    "cat notes.txt": [("effect", _cat("notes.txt"))],
    "chmod 600 -- /tmp/contract/secret.txt": [("effect", _chmod(0o600, "/tmp/contract/secret.txt"))],
})  # fmt: skip
