"""Command lines for a sandbox's shell (Daytona's sessions, Runloop's executions): cwd, env, user and
timeout applied around the command, every value quoted as data."""

from __future__ import annotations

import shlex

from ..errors import InvalidRequestError
from . import shell_scripts as scripts


def command_line(
    cmd: str,
    env: dict[str, str],
    cwd: str | None,
    user: str | None,
    *,
    report_pid: bool = False,
    timeout: float | None = None,
    switch_user: str = "sudo",
) -> str:
    """A line for the session's shell that runs `cmd` with its own cwd, env and user.

    Everything runs in a subshell, so nothing (a cd, a variable) stays in the session. Every value
    travels through shlex.quote: names with spaces, quotes or $(...) stay data. The user switch
    needs sudo in the sandbox (Daytona's images have it), or su run as root (`switch_user="su"`);
    the timeout needs coreutils' timeout.
    """
    argv: list[str] = []
    if user is not None and switch_user == "sudo":
        argv += ["sudo", "-n", "-u", user, "--"]
    if timeout is not None:
        argv += ["timeout", "-k", "5", f"{max(timeout, 0.001):.3f}"]  # 0 would mean no limit
    argv += ["env", "--", *(f"{k}={v}" for k, v in env.items())]
    argv += (
        ["/bin/sh", "-c", scripts.REPORT_PID_THEN_RUN, "sh", cmd] if report_pid else ["/bin/sh", "-c", cmd]
    )
    line = "exec " + shlex.join(argv)
    if user is not None and switch_user == "su":
        # su takes one command string: the quoted line, run by /bin/sh as the user.
        line = "exec " + shlex.join(["su", "-s", "/bin/sh", user, "-c", line])
    if cwd is not None:
        # "./-x": a directory named like an option or "-" is a path, not `cd -`.
        target = f"./{cwd}" if cwd.startswith("-") else cwd
        line = f"cd -- {shlex.quote(target)} && {line}"
    return f"( {line} )"


def script_line(script: str, *args: str) -> str:
    """A line running one of our shell scripts with its arguments as data."""
    return shlex.join(scripts.sh(script, *args))


# Exit status of coreutils' timeout when the command ran out of time (after its TERM).
TIMED_OUT = frozenset({124})


def check_user(user: str | None) -> None:
    if user is not None and (not user or user.startswith("-")):
        raise InvalidRequestError(f"invalid user name {user!r}")
