"""Command lines for a sandbox's shell (Daytona's sessions, Runloop's executions): cwd, env, user and
timeout applied around the command, every value quoted as data."""

from __future__ import annotations

import shlex

from ..errors import InvalidRequestError
from ..types import CommandResult
from . import shell_scripts as scripts
from .exit_status import TIMED_OUT, timed_out


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


def check_timeout(provider: str, timeout: float | None, result: CommandResult) -> None:
    """Raise CommandTimeoutError (with the output so far) when the line's timeout ended the command:
    coreutils' timeout exits 124 when its TERM ended it; a line that had to KILL it after the grace
    (the command ignored TERM: 137) says 124 as well once its own clock shows the deadline passed
    (daytona_shapes.command_line), so the answer alone tells, wherever it is read (replayed too)."""
    if timeout is not None and result.exit_code == TIMED_OUT:
        raise timed_out(provider, timeout, result)


def check_user(user: str | None) -> None:
    if user is not None and (not user or user.startswith("-")):
        raise InvalidRequestError(f"invalid user name {user!r}")
