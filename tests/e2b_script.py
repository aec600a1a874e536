"""What the commands of the E2B suite print, for composing its cassettes with tests/fake_e2b.py.

Each is what bash prints for that command line; the fake has no shell, so the suite's command
lines are scripted here (steps: stdout/stderr text, raw bytes, sleeps, exit code, stdin echo, hang).
"""

from __future__ import annotations


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
