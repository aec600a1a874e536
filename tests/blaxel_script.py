"""What the commands of the Blaxel suite print, for composing its cassettes with tests/fake_blaxel.py.

The adapter sends each command line as the process's `command` (env and cwd travel as fields of
the request; a user wraps it in `su`); the fake has no shell, so those lines are scripted here.
"""

from __future__ import annotations

import shlex

from sandboxer.providers.blaxel_shapes import as_user

TICKS = "for i in 1 2 3; do echo tick $i; sleep 0.2; done"
GREETING = 'echo "$GREETING from $(pwd) as $(whoami)"'

COMMANDS: dict[str, object] = {
    "echo out; echo err >&2; echo out2; exit 3": [
        ("stdout", "out\n"),
        ("stderr", "err\n"),
        ("stdout", "out2\n"),
        ("exit", 3),
    ],
    "echo done": [("stdout", "done\n"), ("exit", 0)],
    as_user(GREETING, "root"): [("stdout", "hi there from /tmp as root\n"), ("exit", 0)],
    TICKS: [step for i in (1, 2, 3) for step in (("stdout", f"tick {i}\n"), ("sleep", 0.2))] + [("exit", 0)],
    "echo partial; sleep 30": [("stdout", "partial\n"), ("hang",)],
    "sleep 300": [("hang",)],
    f"mv -f -- {shlex.quote('/tmp/tree/five.txt')} {shlex.quote('/tmp/tree/sub/moved.txt')}": [("exit", 0)],
}
