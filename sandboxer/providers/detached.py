"""Commands run detached inside a sandbox, their output and exit status kept in files (no I/O here).

For a vendor whose only way in is a request that runs a program and answers when it ends (Fly's
exec): a command that outlives one request keeps running, and any later request (from any client)
collects it. Each command owns a directory under /tmp/.sandboxer:

    pid        the command's pid (it leads its own session: kill_process ends its whole tree)
    out, err   its output
    code       its exit status, written (renamed into place) when it ended

Everything a script needs arrives as argv ("$1", ...), never spliced into script text. Output comes
back base64-encoded, so bytes survive a JSON transport that carries text.
"""

from __future__ import annotations

import binascii
import re
import secrets

from ..errors import NotFoundError, ProviderError
from .base64_files import decode

ROOT = "/tmp/.sandboxer"

# start: $1 = directory, $2 = seconds to wait for the end (0: return once the pid is known), $3 =
# the most output bytes to send back inline, then the command's argv. The monitor runs in its own
# session with no descriptor of this request, so the request can end while the command goes on.
START = r"""d=$1; s=$2; n=$3; shift 3
mkdir -p -- "$d" || exit 1
setsid /bin/sh -c '
d=$1; shift
if command -v setsid >/dev/null 2>&1; then setsid "$@"; else "$@"; fi > "$d/out" 2> "$d/err" < /dev/null &
echo $! > "$d/pid.tmp"; mv -f "$d/pid.tmp" "$d/pid"
wait $!; echo $? > "$d/code.tmp"; mv -f "$d/code.tmp" "$d/code"
' sandboxer-monitor "$d" "$@" > /dev/null 2>&1 < /dev/null &
i=0; while [ ! -s "$d/pid" ]; do i=$((i+1)); [ $i -gt 200 ] && exit 1; sleep 0.05; done
echo "pid $(cat "$d/pid")"
"""

# wait (also the tail of START): up to $2 seconds for the end; then "running", or "done CODE OUT ERR"
# (sizes in bytes) followed, when they fit in $3 bytes, by out and err in base64 with a "#" line
# between them, and the directory removed. 21: no such command.
WAIT = r"""[ -d "$d" ] || exit 21
i=0; while [ ! -e "$d/code" ] && [ $i -lt $((s*20)) ]; do i=$((i+1)); sleep 0.05; done
[ -e "$d/code" ] || { echo running; exit 0; }
o=$(wc -c < "$d/out"); e=$(wc -c < "$d/err")
echo "done $(cat "$d/code") $o $e"
[ $((o+e)) -le "$n" ] || exit 0
base64 < "$d/out"; echo "#"; base64 < "$d/err"
rm -rf -- "$d"
"""

RUN = START + WAIT
WAIT_ONLY = "d=$1; s=$2; n=$3\n" + WAIT
# collect: what did not fit inline is read like a file; then the directory goes.
FORGET = 'rm -rf -- "$1"'
# abandon: a command given up on (its request failed, or the caller was interrupted) is killed, its
# whole group, and forgotten; nothing is left running.
ABANDON = 'p=$(cat -- "$1/pid" 2>/dev/null) && { kill -KILL "-$p" 2>/dev/null || kill -KILL "$p"; }; rm -rf -- "$1"'

_HANDLE = re.compile(r"sbx-[0-9a-f]{8,64}")


def new_handle() -> str:
    """A command's handle: its directory's name (tests replace this to replay recorded names)."""
    return f"sbx-{secrets.token_hex(8)}"


def directory(provider: str, handle: object) -> str:
    """The directory of a handle; anything else (a path, "..") is no handle of ours."""
    if not isinstance(handle, str) or not _HANDLE.fullmatch(handle):
        raise NotFoundError(provider, f"no command handle {handle!r}")
    return f"{ROOT}/{handle}"


class Report:
    """What START / WAIT printed: the pid, and whether (and how) the command ended."""

    def __init__(self, provider: str, text: str) -> None:
        self.pid: int | None = None
        self.done = False
        self.code = -1
        self.sizes = (0, 0)
        self.output: tuple[bytes, bytes] | None = None  # None: too big to come inline
        lines = text.split("\n")
        try:
            while lines and lines[0].startswith("pid "):
                self.pid = int(lines.pop(0)[4:])
            head = lines.pop(0).split() if lines else []
            if head[:1] == ["done"]:
                self.done = True
                self.code, out, err = int(head[1]), int(head[2]), int(head[3])
                self.sizes = (out, err)
                if "#" in lines:
                    cut = lines.index("#")
                    self.output = (decode("".join(lines[:cut])), decode("".join(lines[cut + 1 :])))
            elif head != ["running"]:
                raise ValueError(text[:200])
        except (ValueError, IndexError, binascii.Error) as exc:
            raise ProviderError(provider, f"malformed command report: {text[:200]!r}") from exc
