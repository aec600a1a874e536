"""What the commands of the Daytona suite print, for composing its cassettes with tests/fake_daytona.py.

The adapter sends each command as one line for the session's shell (`daytona_shapes.command_line`:
a subshell with cd, env, sudo and timeout around `/bin/sh -c CMD`); the fake has no shell, so those
lines are keyed here to what bash would print for them.
"""

from __future__ import annotations

from sandboxer.providers import shell_scripts as scripts
from sandboxer.providers.daytona_shapes import command_line, script_line

PID = 4242  # what the pid-reporting wrapper of start_command prints first


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


TICKS = "for i in 1 2 3; do echo tick $i; sleep 0.2; done"
GREETING = 'echo "$GREETING from $(pwd) as $(whoami)"'
PROCESSES = f"{PID}\t1000\tsleep 300\n1\t0\t/usr/bin/daytona\n\x1e\nroot:x:0:0::/root:/bin/sh\ndaytona:x:1000:1000::/home/daytona:/bin/bash\n"

COMMANDS: dict[str, object] = {
    run("echo out; echo err >&2; echo out2; exit 3"): [
        ("stdout", "out\n"),
        ("stderr", "err\n"),
        ("stdout", "out2\n"),
        ("exit", 3),
    ],
    run("echo done"): [("stdout", "done\n"), ("exit", 0)],
    run(GREETING, {"GREETING": "hi there"}, "/tmp", "root"): [
        ("stdout", "hi there from /tmp as root\n"),
        ("exit", 0),
    ],
    run(TICKS): [step for i in (1, 2, 3) for step in (("stdout", f"tick {i}\n"), ("sleep", 0.2))]
    + [("exit", 0)],
    run("echo partial; sleep 30", timeout=1): [("stdout", "partial\n"), ("sleep", 0.3), ("exit", 124)],
    started("sleep 300"): [("stdout", f"{PID}\n"), ("hang",)],
    started(TICKS): [("stdout", f"{PID + 1}\n")]
    + [step for i in (1, 2, 3) for step in (("stdout", f"tick {i}\n"), ("sleep", 0.2))]
    + [("exit", 0)],
    started("cat"): [("stdout", f"{PID + 2}\n"), ("echo_stdin",)],
    script_line(scripts.KILL, str(PID)): [("exit", 0)],
    script_line(scripts.KILL, "99999"): [("exit", scripts.EXIT_MISSING)],
    script_line(scripts.LIST_PROCESSES): [("stdout", PROCESSES), ("exit", 0)],
}
