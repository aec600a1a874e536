"""`sandboxer shell ID`: this terminal joined to a terminal (PTY) in the sandbox.

Our terminal goes raw (every key, Ctrl-C included, is the remote program's), its size is sent at
the start and on every SIGWINCH, and it is restored on the way out whatever happens. The remote
command is followed by an invisible escape sequence (an OSC that terminals ignore, and that we
take out of the output) carrying its exit status, so we exit with the shell's own code.
"""

from __future__ import annotations

import os
import re
import select
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

from ..errors import NotSupportedError
from ..types import CreatePTYRequest
from .parser import UsageError

if TYPE_CHECKING:
    from .._sync.client import Sandboxer

DEFAULT_SHELL = "if command -v bash >/dev/null 2>&1; then bash; else sh; fi"
_MARK = b"\x1b]777;sandboxer-exit;"
_EXIT = re.compile(re.escape(_MARK) + rb"(\d{1,3})\x07")
_CHECK_EVERY = 2.0  # seconds between asking whether the terminal still exists (a kill from elsewhere)


def remote_command(cmd: str | None) -> str:
    return f"{cmd or DEFAULT_SHELL}; printf '\\033]777;sandboxer-exit;%d\\007' $?"


class ExitMark:
    """Takes the exit mark out of the terminal's output; `code` once it has passed."""

    def __init__(self) -> None:
        self.pending = b""
        self.code: int | None = None

    def feed(self, data: bytes) -> bytes:
        data = self.pending + data
        self.pending = b""
        found = _EXIT.search(data)
        if found:
            self.code = int(found.group(1))
            return data[: found.start()] + data[found.end() :]
        # Hold back a tail that may be the mark's beginning, cut across two reads.
        start = data.rfind(b"\x1b")
        if start != -1:
            tail = data[start:]
            digits = tail[len(_MARK) :]
            if _MARK.startswith(tail) or (tail.startswith(_MARK) and len(digits) <= 3 and digits.isdigit()):
                self.pending = tail
                return data[:start]
        return data


def terminal_size(fd: int) -> tuple[int, int]:
    """The terminal's rows and columns; 24x80 where it reports none (0x0: a serial line, a pty
    nobody sized), as terminals default."""
    size = os.get_terminal_size(fd)
    return size.lines or 24, size.columns or 80


def shell(client: Sandboxer, args: Any) -> int:
    if "create_pty" not in client.capabilities:
        raise NotSupportedError(client.provider_name, "shell", "the provider offers no terminals")
    if not (os.isatty(sys.stdin.fileno()) and os.isatty(sys.stdout.fileno())):
        raise UsageError("shell: stdin and stdout must be a terminal")
    import termios
    import tty

    sandbox = client.attach_sandbox(args.id)
    stdin, stdout = sys.stdin.fileno(), sys.stdout.fileno()
    mark = ExitMark()
    ended = threading.Event()

    def on_data(data: bytes) -> None:
        os.write(stdout, mark.feed(data))
        if mark.code is not None:
            ended.set()

    rows, cols = terminal_size(stdout)
    saved = termios.tcgetattr(stdin)
    resized = threading.Event()
    previous = signal.signal(signal.SIGWINCH, lambda *_: resized.set())
    pid = None
    try:
        tty.setraw(stdin)
        pid = sandbox.create_pty(
            CreatePTYRequest(rows=rows, cols=cols, command=remote_command(args.cmd), on_data=on_data)
        ).pid
        waited = 0.0
        while not ended.is_set():
            readable, _, _ = select.select([stdin], [], [], 0.1)
            if resized.is_set():
                resized.clear()
                rows, cols = terminal_size(stdout)
                sandbox.resize_pty(pid, rows, cols)
            if readable:
                data = os.read(stdin, 4096)
                if not data:
                    break
                sandbox.send_pty_input(pid, data)
                continue
            waited += 0.1
            if waited >= _CHECK_EVERY:
                waited = 0.0
                if "list_pty" in client.capabilities and pid not in {t.pid for t in sandbox.list_pty()}:
                    break  # ended without its mark (killed from elsewhere)
    finally:
        termios.tcsetattr(stdin, termios.TCSADRAIN, saved)
        signal.signal(signal.SIGWINCH, previous)
        if pid is not None and mark.code is None:
            try:
                sandbox.kill_pty(pid)
            except Exception:  # gone already, or the sandbox with it: nothing left to end
                pass
    return mark.code if mark.code is not None else 1
