"""Shell scripts run inside a sandbox by several providers (local, Daytona, Runloop, Fly), and how
they read the answers (no I/O).

Every path and command reaches the container as a separate argv element ("$1", "$2"), never
spliced into script text, so hostile names stay data.
"""

from __future__ import annotations

import codecs
import posixpath
from datetime import datetime

from ..errors import ConflictError, InvalidRequestError, NotFoundError, ProviderError
from ..types import FileInfo, ProcessInfo

SH = "/bin/sh"
TIMEOUT_MARKER = b"\x00sandboxer:timeout\x00"

# run_command with a timeout. $1 = seconds, $2 = command. The deadline is enforced inside the
# container, so the command ends there even if the client goes away. At the deadline the watchdog
# sends TERM, then KILL, to the command's whole process tree (read from /proc: busybox sh has no
# job control without a TTY, so there is no process group to signal), and the wrapper appends
# TIMEOUT_MARKER to stderr, which the client strips and turns into CommandTimeoutError.
RUN_WITH_TIMEOUT = r"""t=
trap 't=1' USR1
tree() { echo "$1"; for d in /proc/[0-9]*; do pp=; while read -r k v _; do [ "$k" = PPid: ] && { pp=$v; break; }; done < "$d/status" 2>/dev/null; [ "$pp" = "$1" ] && tree "${d#/proc/}"; done; }
/bin/sh -c "$2" &
p=$!
(
  trap 'kill $s 2>/dev/null; exit 0' TERM
  sleep "$1" & s=$!; wait $s
  kill -USR1 $$
  l=$(tree $p); kill -TERM $l
  for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 $p 2>/dev/null || exit 0; sleep 0.2; done
  kill -KILL $l
) >/dev/null 2>&1 </dev/null &
w=$!
while :; do wait $p 2>/dev/null; rc=$?; kill -0 $p 2>/dev/null || break; done
if [ -n "$t" ]; then wait $w; printf '\0sandboxer:timeout\0' >&2; else kill -TERM $w 2>/dev/null; fi
exit $rc"""

# start_command / create_pty: print our pid, then become the command. An exec'd process leads
# its own process group, so the pid also names the group that kill_process ends.
REPORT_PID_THEN_RUN = 'echo $$; exec /bin/sh -c "$1"'
REPORT_PID_THEN_SHELL = "echo $$; if [ -x /bin/bash ]; then exec /bin/bash; else exec /bin/sh; fi"

# kill_process: the pid's process group when it leads one, else the pid itself. 21 = no such pid.
# (No "--": dash's kill takes none. pid 1 is refused by the caller: "-1" would signal everything.)
KILL = 'kill -0 "$1" 2>/dev/null || exit 21; kill -KILL "-$1" 2>/dev/null || kill -KILL "$1"'

# kill_process where a command may leave its process group (util-linux `su -c` starts a new
# session): the pid's whole tree, read from /proc, stopped first so that nothing forks away, then
# killed with its group. 21 = no such pid.
KILL_TREE = r"""kill -0 "$1" 2>/dev/null || exit 21
tree() { echo "$1"; for d in /proc/[0-9]*; do pp=; while read -r k v _; do [ "$k" = PPid: ] && { pp=$v; break; }; done < "$d/status" 2>/dev/null; [ "$pp" = "$1" ] && tree "${d#/proc/}"; done; }
l=$(tree "$1"); kill -STOP $l 2>/dev/null; l=$(tree "$1")
kill -KILL "-$1" 2>/dev/null; kill -KILL $l 2>/dev/null; exit 0"""

# list_directory: one exec for the whole listing. Per batch of names: the count, the names
# NUL-terminated, then `stat` lines in the same order. Names are matched literally, so a name with
# a newline cannot be mistaken for two entries. 20 = not a directory, 21 = missing.
LIST_DIR = r"""[ -d "$1" ] || { [ -e "$1" ] && exit 20; exit 21; }
find "$1/" -mindepth 1 -maxdepth 1 -exec sh -c 'printf "%s\0" "$#" "$@"; stat -c "%f %s %n" -- "$@" || :' sh {} + || :"""

# watch_directory: the listing with modification times (stat %y, nanoseconds), one level or all.
_STAT_BATCH_WITH_TIME = (
    """-exec sh -c 'printf "%s\\0" "$#" "$@"; stat -c "%f %s %y %n" -- "$@" || :' sh {} + || :"""
)
WATCH_DIR = (
    '[ -d "$1" ] || { [ -e "$1" ] && exit 20; exit 21; }\nfind "$1/" -mindepth 1 -maxdepth 1 '
    + _STAT_BATCH_WITH_TIME
)
WATCH_TREE = (
    '[ -d "$1" ] || { [ -e "$1" ] && exit 20; exit 21; }\nfind "$1/" -mindepth 1 ' + _STAT_BATCH_WITH_TIME
)

# stat: one path, in LIST_DIR's format (its target when a symlink). 21 = missing.
STAT = r"""[ -e "$1" ] || exit 21
printf "%s\0" 1 "$1"; stat -L -c "%f %s %n" -- "$1"
"""

# rename: exactly to dst (mv would move into an existing directory: refused, 22). 21 = src missing.
RENAME = '[ -e "$1" ] || [ -L "$1" ] || exit 21; if [ -d "$2" ] && [ ! -L "$2" ]; then exit 22; fi; mv -fT -- "$1" "$2"'
# make_dir: like mkdir -p; a file where a directory should be (the path or one above it) is 22.
MAKE_DIR = (
    'mkdir -p -- "$1" 2>/dev/null && exit 0; p=$1; while [ ! -e "$p" ] && [ ! -L "$p" ]; do '
    'q=$(dirname -- "$p"); [ "$q" = "$p" ] && break; p=$q; done; [ -d "$p" ] || exit 22; mkdir -p -- "$1"'
)
REMOVE = '[ -e "$1" ] || [ -L "$1" ] || exit 21; rm -rf -- "$1"'
USER_IDS = 'id -u -- "$1" && id -g -- "$1"'

# list_processes: pid, uid and command line of every process but this listing and its children.
LIST_PROCESSES = r"""for d in /proc/[0-9]*; do
  p=${d#/proc/}; [ "$p" = "$$" ] && continue
  pp=; u=; n=
  while read -r k v _; do case "$k" in Name:) n=$v;; PPid:) pp=$v;; Uid:) u=$v;; esac; done < "$d/status" 2>/dev/null || continue
  [ -z "$pp" ] || [ "$pp" = "$$" ] && continue
  c=$(tr '\0\n' '  ' < "$d/cmdline" 2>/dev/null)
  printf '%s\t%s\t%s\n' "$p" "$u" "${c:-[$n]}"
done
printf '\036\n'
cat /etc/passwd 2>/dev/null"""

EXIT_NOT_A_DIR = 20
EXIT_MISSING = 21
EXIT_EXISTS = 22
EXIT_IS_A_DIR = 23
EXIT_NOT_A_FILE = 24


def check_exit(provider: str, code: int | None, what: str, path: str | None, output: str) -> None:
    """Raise the typed error our scripts' exit codes stand for (nothing for 0)."""
    if code == 0:
        return
    if code == EXIT_MISSING:
        raise NotFoundError(provider, f"{what}: no such file or directory: {path!r}", code=str(code))
    if code == EXIT_NOT_A_DIR:
        raise InvalidRequestError(f"{what}: not a directory: {path!r}")
    if code == EXIT_IS_A_DIR:
        raise InvalidRequestError(f"{what}: is a directory: {path!r}")
    if code == EXIT_NOT_A_FILE:
        raise InvalidRequestError(f"{what}: not a regular file: {path!r}")
    if code == EXIT_EXISTS:
        raise ConflictError(provider, f"{what}: already exists: {path!r}", code=str(code))
    raise ProviderError(provider, f"{what} failed (exit {code}): {output.strip()}")


def sh(script: str, *args: str) -> list[str]:
    """argv running `script` with `args` as "$1", "$2", ...; $0 is "sandboxer" for error messages."""
    return [SH, "-c", script, "sandboxer", *args]


class OutputCollector:
    """Gathers an exec's stdout and stderr and decodes them as UTF-8 as they arrive.

    Decoding is incremental, so a character split across frames is delivered whole. `take()`
    hands out the text decoded since the last call, for streaming callbacks; `finish()` gives the
    whole output. With `expect_pid`, the first stdout line is our wrapper's pid report and is taken
    out; with `watch_marker`, the tail of stderr is held back until the end to find TIMEOUT_MARKER.
    """

    def __init__(self, *, expect_pid: bool = False, watch_marker: bool = False) -> None:
        self._decoders = {
            1: codecs.getincrementaldecoder("utf-8")("replace"),
            2: codecs.getincrementaldecoder("utf-8")("replace"),
        }
        self._text: dict[int, list[str]] = {1: [], 2: []}
        self._pending: list[tuple[int, str]] = []
        self._held = b""  # stderr bytes that may be the start of TIMEOUT_MARKER
        self._watch_marker = watch_marker
        self._pid_line: bytearray | None = bytearray() if expect_pid else None
        self.pid: int | None = None
        self.after_pid = b""  # raw bytes that followed the pid report (a terminal's first output)
        self.timed_out = False

    def _emit(self, stream: int, data: bytes, final: bool = False) -> None:
        text = self._decoders[stream].decode(data, final=final)
        if text:
            self._text[stream].append(text)
            self._pending.append((stream, text))

    def feed(self, stream: int, data: bytes) -> None:
        if stream == 1 and self._pid_line is not None and self.pid is None:
            self._pid_line += data
            line, newline, rest = bytes(self._pid_line).partition(b"\n")
            if not newline:
                return
            try:
                self.pid = int(line.strip())
                data = self.after_pid = rest
            except ValueError:
                # Not our report (the engine's own message when the exec failed): keep it as output.
                self._pid_line = None
                data = line + newline + rest
        if stream == 2 and self._watch_marker:
            data = self._held + data
            keep = len(TIMEOUT_MARKER)
            self._held = data[-keep:]
            data = data[:-keep]
        self._emit(stream, data)

    def take(self) -> list[tuple[int, str]]:
        """(stream, text) decoded since the last call, in arrival order."""
        pending, self._pending = self._pending, []
        return pending

    def finish(self) -> tuple[str, str]:
        """Flush at end of stream: (stdout, stderr); sets `timed_out` if the marker ended stderr."""
        held, self._held = self._held, b""
        if held.endswith(TIMEOUT_MARKER):
            self.timed_out = True
            held = held[: -len(TIMEOUT_MARKER)]
        self._emit(2, held, final=True)
        self._emit(1, b"", final=True)
        return "".join(self._text[1]), "".join(self._text[2])


def _stat_time(text: bytes) -> datetime | None:
    # stat %y: "2026-11-26 17:04:32.123456789 +0000" (fraction cut to microseconds)
    try:
        day, clock, zone = text.decode("ascii").split(" ")
        whole, _, fraction = clock.partition(".")
        return datetime.strptime(
            f"{day} {whole}.{(fraction + '000000')[:6]} {zone}", "%Y-%m-%d %H:%M:%S.%f %z"
        )
    except ValueError:
        return None


def script_path(path: str) -> str:
    """A path as an argument to find and friends: a relative one named like an option gets "./"."""
    return f"./{path}" if path.startswith("-") else path


def parse_listing(directory: str, out: bytes, fields: int = 2, given: str | None = None) -> list[FileInfo]:
    """Entries from LIST_DIR's output (fields=2) or WATCH_*'s (fields=5, with the mtime); `given`:
    the directory as the script was given it, when that differs (`script_path`)."""
    given = directory if given is None else given
    entries = []
    pos = 0
    while pos < len(out):
        end = out.index(b"\0", pos)
        count = int(out[pos:end])
        pos = end + 1
        paths = []
        for _ in range(count):
            end = out.index(b"\0", pos)
            paths.append(out[pos:end])
            pos = end + 1
        for path in paths:
            # "<hex mode> <size> [<mtime> ]<path>\n"; a path that vanished before stat has no line.
            head_end = pos - 1
            for _ in range(fields):
                head_end = out.find(b" ", head_end + 1)
                if head_end < 0:
                    break
            if head_end < 0 or out[head_end + 1 : head_end + 1 + len(path) + 1] != path + b"\n":
                continue
            head = out[pos:head_end].split(b" ")
            pos = head_end + 1 + len(path) + 1
            mode = int(head[0], 16)
            full = path.decode("utf-8", "surrogateescape")
            entries.append(
                FileInfo(
                    name=full.rpartition("/")[2],
                    path=posixpath.join(directory, full[len(given) :].lstrip("/")),
                    is_dir=(mode & 0o170000) == 0o040000,
                    size=int(head[1]),
                    mode=mode & 0o7777,
                    modified_at=_stat_time(b" ".join(head[2:])) if fields > 2 else None,
                )
            )
    entries.sort(key=lambda e: e.path)
    return entries


def parse_processes(out: str) -> list[ProcessInfo]:
    table, _, passwd = out.partition("\x1e\n")
    users: dict[str, str] = {}
    for line in passwd.splitlines():
        fields = line.split(":")
        if len(fields) > 2:
            users.setdefault(fields[2], fields[0])
    found = []
    for line in table.splitlines():
        pid, uid, command = line.split("\t", 2)
        found.append(ProcessInfo(pid=int(pid), command=command.rstrip(), user=users.get(uid, uid or None)))
    return found


def split_image(ref: str) -> tuple[str, str | None]:
    """('fromImage', tag) for the pull endpoint: 'alpine' -> ('alpine', 'latest')."""
    if "@" in ref:
        return ref, None
    name, colon, tag = ref.rpartition(":")
    if colon and "/" not in tag:
        return name, tag
    return ref, "latest"
