"""What the local provider runs inside a container, and how it reads the answers (no I/O).

Every path and command reaches the container as a separate argv element ("$1", "$2"), never
spliced into script text, so hostile names stay data.
"""

from __future__ import annotations

import codecs
import posixpath

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
KILL = 'kill -0 "$1" 2>/dev/null || exit 21; kill -KILL -- "-$1" 2>/dev/null || kill -KILL "$1"'

# list_directory: one exec for the whole listing. Per batch of names: the count, the names
# NUL-terminated, then `stat` lines in the same order. Names are matched literally, so a name with
# a newline cannot be mistaken for two entries. 20 = not a directory, 21 = missing.
LIST_DIR = r"""[ -d "$1" ] || { [ -e "$1" ] && exit 20; exit 21; }
find "$1" -mindepth 1 -maxdepth 1 -exec sh -c 'printf "%s\0" "$#" "$@"; stat -c "%f %s %n" -- "$@"' sh {} +"""

MAKE_DIR = 'mkdir -p -- "$1"'
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


def sh(script: str, *args: str) -> list[str]:
    """argv running `script` with `args` as "$1", "$2", ...; $0 is "sandboxer" for error messages."""
    return [SH, "-c", script, "sandboxer", *args]


class OutputCollector:
    """Gathers an exec's stdout and stderr bytes and decodes them as UTF-8 at frame boundaries.

    Decoding is incremental, so a character split across frames is decoded whole. With
    `expect_pid`, the first stdout line is our wrapper's pid report and is taken out.
    """

    def __init__(self, *, expect_pid: bool = False) -> None:
        self._decoders = {
            1: codecs.getincrementaldecoder("utf-8")("replace"),
            2: codecs.getincrementaldecoder("utf-8")("replace"),
        }
        self._text: dict[int, list[str]] = {1: [], 2: []}
        self._stderr_raw = bytearray()
        self._pid_line: bytearray | None = bytearray() if expect_pid else None
        self.pid: int | None = None

    def feed(self, stream: int, data: bytes) -> None:
        if stream == 1 and self._pid_line is not None and self.pid is None:
            self._pid_line += data
            line, newline, rest = bytes(self._pid_line).partition(b"\n")
            if not newline:
                return
            try:
                self.pid = int(line.strip())
                data = rest
            except ValueError:
                # Not our report (the engine's own message when the exec failed): keep it as output.
                self._pid_line = None
                data = line + newline + rest
        if stream == 2:
            # Held back whole: the timeout marker is found and cut only at the end.
            self._stderr_raw += data
            return
        self._text[1].append(self._decoders[1].decode(data))

    def finish(self) -> tuple[str, str, bool]:
        """(stdout, stderr, timed_out) once the stream has ended."""
        stderr = bytes(self._stderr_raw)
        timed_out = TIMEOUT_MARKER in stderr
        if timed_out:
            stderr = stderr.replace(TIMEOUT_MARKER, b"")
        stdout = "".join(self._text[1]) + self._decoders[1].decode(b"", final=True)
        return stdout, stderr.decode("utf-8", "replace"), timed_out


def parse_listing(directory: str, out: bytes) -> list[FileInfo]:
    """Entries from LIST_DIR's output (see there for the format)."""
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
            # "<hex mode> <size> <path>\n"; a path that vanished before stat has no line: skip it.
            head_end = out.find(b" ", out.find(b" ", pos) + 1)
            if head_end < 0 or out[head_end + 1 : head_end + 1 + len(path) + 1] != path + b"\n":
                continue
            mode_hex, size = out[pos:head_end].split(b" ")
            pos = head_end + 1 + len(path) + 1
            mode = int(mode_hex, 16)
            name = path.decode("utf-8", "surrogateescape").rpartition("/")[2]
            entries.append(
                FileInfo(
                    name=name,
                    path=posixpath.join(directory, name),
                    is_dir=(mode & 0o170000) == 0o040000,
                    size=int(size),
                    mode=mode & 0o7777,
                )
            )
    entries.sort(key=lambda e: e.name)
    return entries


def parse_processes(out: str) -> list[ProcessInfo]:
    table, _, passwd = out.partition("\x1e\n")
    users = {}
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
