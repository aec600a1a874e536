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
from .shell_scripts import KILL_TREE

ROOT = "/tmp/.sandboxer"

# Every script starts here: the root is private to root (commands' output stays theirs) and must
# be ours, not a directory another user made first. Collected and abandoned commands older than an
# hour are swept (a resent wait finds its collected output meanwhile).
_PREAMBLE = r"""R=/tmp/.sandboxer
mkdir -p -m 700 "$R" && [ -O "$R" ] || { echo "sandboxer: $R is not ours" >&2; exit 1; }
"""
_SWEEP = r"""for x in "$R"/*; do
  case "$x" in *.collected) ;; *) [ -e "$x/abandoned" ] || continue ;; esac
  [ -n "$(find "$x" -maxdepth 0 -mmin +60 2>/dev/null)" ] && rm -rf -- "$x"
done
"""

# The start: $d = the directory, "$@" = the command's argv. The monitor runs in its own session
# with no descriptor of this request, so the request ends while the command goes on; the command
# leads its own session too (kill_process ends its group). A command abandoned before its pid was
# known is killed as soon as it is. Prints "pid N".
_START = r"""[ -e "$d/abandoned" ] && exit 1
mkdir -p -- "$d" || exit 1
s0=; command -v setsid >/dev/null 2>&1 && s0=setsid
$s0 /bin/sh -c '
d=$1; shift
if command -v setsid >/dev/null 2>&1; then setsid "$@"; else "$@"; fi > "$d/out" 2> "$d/err" < /dev/null &
p=$!; echo $p > "$d/pid.tmp"; mv -f "$d/pid.tmp" "$d/pid"
[ -e "$d/abandoned" ] && kill -KILL "-$p" "$p" 2>/dev/null
wait $p; echo $? > "$d/code.tmp"; mv -f "$d/code.tmp" "$d/code"
' sandboxer-monitor "$d" "$@" > /dev/null 2> "$d/monitor" < /dev/null &
i=0; while [ ! -s "$d/pid" ]; do
  i=$((i+1)); [ $i -gt 200 ] && { cat "$d/monitor" >&2; exit 1; }; sleep 0.05
done
echo "pid $(cat "$d/pid")"
"""

# The wait: $d, up to $s seconds by the clock for the end, $n = the most output bytes sent back
# inline. Then "running"; "lost" (the command is gone and no status was kept: its monitor was
# killed); or "done CODE OUT ERR" (sizes in bytes) followed, when they fit in $n, by out and err in
# base64 with a "#" line between them. Collecting renames the directory (never deletes it), so a
# wait resent after a lost answer prints the same again. 21: no such command.
_WAIT = r"""[ -d "$d" ] || { [ -d "$d.collected" ] && d=$d.collected; } || exit 21
end=$(( $(date +%s) + s ))
while [ ! -e "$d/code" ] && [ "$(date +%s)" -lt "$end" ]; do
  p=$(cat "$d/pid" 2>/dev/null)
  # gone, or a zombie nobody reaps (an init that does not, as in a plain container)
  if [ -n "$p" ] && { ! kill -0 "$p" 2>/dev/null || grep -q "^State:.Z" "/proc/$p/status" 2>/dev/null; }; then
    sleep 0.5; [ -e "$d/code" ] || { echo lost; exit 0; }
  fi
  sleep 0.05
done
[ -e "$d/code" ] || { echo running; exit 0; }
o=$(wc -c < "$d/out"); e=$(wc -c < "$d/err")
echo "done $(cat "$d/code") $o $e"
[ $((o+e)) -le "$n" ] || exit 0
base64 < "$d/out"; echo "#"; base64 < "$d/err"
case "$d" in *.collected) ;; *) mv -f -- "$d" "$d.collected" ;; esac
"""

# start: $1 = directory, then the argv. wait: $1 = directory, $2 = seconds, $3 = inline bytes.
# run: both in one request ($1, $2, $3, then the argv): a short command needs no other.
START = _PREAMBLE + _SWEEP + "d=$1; shift\n" + _START
WAIT = _PREAMBLE + "d=$1; s=$2; n=$3\n" + _WAIT
RUN = _PREAMBLE + _SWEEP + "d=$1; s=$2; n=$3; shift 3\n" + _START + _WAIT

# forget: a result read like files (too big to come inline) is done with.
FORGET = 'rm -rf -- "$1" "$1.collected"'
# abandon: a command given up on (its request failed, or the caller was interrupted) is killed with
# everything it started, and marked, so that a start still on its way never runs it.
ABANDON = (
    _PREAMBLE
    + r"""d=$1; mkdir -p -- "$d" && : > "$d/abandoned"
p=$(cat -- "$d/pid" 2>/dev/null) || exit 0
set -- "$p"
"""
    + KILL_TREE
)

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
        self.lost = False  # gone without a status (its monitor was killed)
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
                    if (len(self.output[0]), len(self.output[1])) != self.sizes:
                        raise ValueError("the output does not have the sizes reported")
            elif head == ["lost"]:
                self.lost = True
            elif head != ["running"] and not (head == [] and self.pid is not None):  # a start says its pid
                raise ValueError(text[:200])
        except (ValueError, IndexError, binascii.Error) as exc:
            raise ProviderError(provider, f"malformed command report: {text[:200]!r}") from exc
