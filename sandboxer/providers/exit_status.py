"""What a command's exit status says about how it ended (no I/O), the same on every provider.

Shells report a command ended by signal N as 128 + N (137: SIGKILL, 143: SIGTERM); a result says
so in its `error`, whatever the provider reports it with (E2B's "signal: killed", a shell's 137).
"""

from __future__ import annotations

import signal

from ..errors import CommandTimeoutError
from ..types import CommandResult

# Exit statuses above this are "ended by a signal" (the shells' convention).
SIGNALLED = 128
# The exit status of a command its timeout ended, on every provider (coreutils' timeout says so):
# what ended it (TERM: 143, or KILL after the grace: 137) differs from one provider to another.
TIMED_OUT = 124


def killed_by(number: int) -> str:
    """The error of a command ended by signal `number`."""
    try:
        return f"killed by {signal.Signals(number).name}"
    except ValueError:
        return f"killed by signal {number}"


def timed_out(provider: str, seconds: float, result: CommandResult) -> CommandTimeoutError:
    """The error of a command its timeout ended (to raise), its result saying so: 124 and "timed
    out" in `error`, whatever ended it on that provider."""
    result.exit_code = TIMED_OUT
    result.error = f"timed out after {seconds:g}s"
    return CommandTimeoutError(provider, f"command timed out after {seconds:g}s and was ended", result)


def explained(result: CommandResult) -> CommandResult:
    """The result with the signal that ended it in its `error`, when its exit status says so and
    nothing else was said."""
    number = result.exit_code - SIGNALLED
    if result.error is None and 0 < number < 65:
        result.error = killed_by(number)
    return result
