"""Files moved through a command's stdin and stdout as base64, a chunk per command (no I/O here).

For a vendor whose only way into a sandbox is a request that runs a program with text stdin and
answers its output as text (Fly's exec); the raw variants are for an exec that carries bytes both
ways (local sandboxes under a runtime whose files the engine's archive API cannot see). Paths reach
the scripts as argv, never as script text.
"""

from __future__ import annotations

import base64
import posixpath

# The checks before a file is read: 21 = missing, 23 = a directory, 24 = not a regular file (a FIFO
# or a device would never end).
_READABLE = '[ -e "$1" ] || exit 21; [ -d "$1" ] && exit 23; [ -f "$1" ] || exit 24'

# read: $1 = path, $2 = offset, $3 = bytes; prints the file's size, then that slice in base64.
READ = (
    _READABLE
    + r"""
wc -c < "$1" || exit 1
tail -c +$(($2+1)) -- "$1" | head -c "$3" | base64"""
)

# read, for a transport that carries bytes (local exec streams): the whole file as it is.
READ_RAW = _READABLE + '\nexec cat -- "$1"'

# write: stdin (base64) into $2, a temporary file beside $1 ($3 = 1: the first chunk, which creates
# the parent directories; $4 = 1: the last). The last chunk gives the temporary file its owner ($6)
# and mode ($5; else what the umask gives a new file), then renames it over $1: no reader sees half
# a file, a secret is never readable by others on its way, and chown cannot clear a setuid bit
# set after it. 23 = $1 is a directory.
_WRITE = r"""u=$(umask); umask 077
if [ "$3" = 1 ]; then
  [ -d "$1" ] && exit 23
  mkdir -p -- "$(dirname -- "$1")" && {decode} > "$2" || {{ rm -f -- "$2"; exit 1; }}
else
  {decode} >> "$2" || {{ rm -f -- "$2"; exit 1; }}
fi
[ "$4" = 1 ] || exit 0
[ -d "$1" ] && {{ rm -f -- "$2"; exit 23; }}
{complete}{{ [ -z "$6" ] || chown -- "$6" "$2"; }} &&
{{ if [ -n "$5" ]; then chmod "$5" -- "$2"; else chmod "$(printf %o $((0666 & ~0$u)))" -- "$2"; fi; }} &&
mv -f -- "$2" "$1" || {{ rm -f -- "$2"; exit 1; }}
"""
WRITE = _WRITE.format(decode="base64 -d", complete="")
# write, for a transport that carries bytes, in one go ($3 = $4 = 1): stdin as it is. $7 is the size
# sent: a stream cut short ends stdin as cleanly as a finished one, so a short file is never put in
# place (exit 25).
WRITE_RAW = _WRITE.format(
    decode="cat", complete='[ "$(wc -c < "$2")" -eq "$7" ] || { rm -f -- "$2"; exit 25; }\n'
)
EXIT_SHORT = 25


def partial_name(path: str, token: str) -> str:
    """The temporary file a write goes to: beside the target, short (a long name stays writable)."""
    parent = posixpath.dirname(path.rstrip("/")) or ("/" if path.startswith("/") else ".")
    return posixpath.join(parent, f".{token}.part")


DISCARD = 'rm -f -- "$1"'

# Runs "$@" and prints its output in base64 (names that are not UTF-8 survive a text transport),
# keeping its exit status.
BASE64_OUTPUT = 'o=$(mktemp) || exit 1; "$@" > "$o"; rc=$?; base64 < "$o"; rm -f -- "$o"; exit $rc'


def encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def decode(text: str) -> bytes:
    """base64 as a command printed it (in lines); anything but the alphabet is skipped."""
    return base64.b64decode(text.encode("ascii", "ignore"), validate=False)
