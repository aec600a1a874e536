"""A shell that stays running inside a sandbox and runs one command after another (no I/O).

Starting a process through the Docker engine costs ~60-100 ms; a shell already running in the
container starts one in a few. The resident shell reads our command lines on its stdin and writes
each command's output on its own stdout and stderr, which the engine's multiplexed stream keeps
apart. This module holds the shell's script, the line for one command, and the reader that finds
where a command's output ends.

Each command runs so that nothing of it can be mistaken for the protocol or outlive its turn:
- its stdin is /dev/null (it can never read our next command lines);
- its stdout and stderr are two fresh pipes, copied out by two `cat`s; the shell writes the end
  marks only once both copies have ended, that is once every process holding the pipes (the
  command and anything it left running with them) has closed them, as `docker exec` waits for
  them too; a background child that keeps writing holds the command open, it never writes into a
  later command's output;
- it runs two processes below the shell: its parent (which it can kill: `kill $PPID`) reports
  the command's status, and the parent's own parent reports how the parent ended, so the outcome is
  known unless the shell itself is killed (then the stream ends and the client reads the shell's
  end from the engine);
- the marks carry a fresh random nonce: `\\0<nonce>\\0` on stdout when the shell takes the command
  (before it starts: a shell that ends before this mark never ran it, and the command can go to a
  new shell), `\\0<nonce> <status>\\0` on stdout and `\\0<nonce>\\0` on stderr at its end: output
  cannot end a command early unless it guesses 128 random bits.
"""

from __future__ import annotations

import re
import secrets
import shlex

from . import shell_scripts as scripts

# The shell's start: its own stdout and stderr are kept as fd 6 and 7 (the command's copies and
# the end marks go there) and replaced by /dev/null, so nothing the shell itself prints (a job's
# "Killed" notice, an error) can land in a command's output. "ready" tells the client it runs.
# __sbx NONCE CWD LINE [USER]: the command line LINE in CWD ("" keeps the shell's); with USER, LINE
# is run by `su`'s shell as that user. Status lines
# through fd 5 (the command substitution): "<status>" from the parent, "w<status>" from the
# grandparent, "c" when the directory cannot be entered, "u" for an unknown user, "n" when this
# shell cannot switch users (not root, or its su is not BusyBox's: util-linux su runs PAM, which
# adds to the environment what an exec's User does not): that command is not run here.
# Each command is a session of its own (setsid, as an exec is): its `kill 0` reaches its own
# processes only, never what an earlier command left running. Its parents are foreground
# subshells, not background jobs: a shell without job control makes background jobs ignore
# SIGINT and SIGQUIT, and the command would inherit that.
# A user's HOME is the one from /etc/passwd unless the container's own environment sets HOME, as
# the engine does for an exec's User (__sbx_keep_home is set before this script when it does).
# A shell that counts its nesting in SHLVL (busybox, bash) counts this one too: the count is taken
# back (again for su's shell), so a command sees the SHLVL an exec of it sees; entering the
# command's directory leaves OLDPWD as it was.
_SETUP = r"""exec 6>&1 7>&2 >/dev/null 2>/dev/null
{ command -v cat && command -v env && command -v setsid; } >/dev/null || exit 97
__sbx_su=; [ "$(id -u)" = 0 ] && case "$(su --help 2>&1)" in *BusyBox*) __sbx_su=1 ;; esac
__sbx_oldpwd_set=${OLDPWD+1}; __sbx_oldpwd=${OLDPWD-}
__sbx_step=0; case $SHLVL in ''|*[!0-9]*) ;; *)
  [ "$(/bin/sh -c 'echo "$SHLVL"')" = "$((SHLVL + 1))" ] && __sbx_step=1; export SHLVL=$((SHLVL - __sbx_step)) ;;
esac
__sbx_home() {
  while IFS=: read -r __n _ _ _ _ __h _; do [ "$__n" = "$1" ] && return 0; done </etc/passwd; return 1
}
__sbx_launch() {
  if [ -n "$3" ]; then
    [ -n "$__sbx_su" ] || { echo n >&5; return; }
    __sbx_home "$3" || { echo u >&5; return; }
  fi
  if [ -n "$1" ]; then
    cd -P -- "$1" || { echo c >&5; return; }
    if [ -n "$__sbx_oldpwd_set" ]; then OLDPWD=$__sbx_oldpwd; else unset OLDPWD; fi
  fi
  if [ -z "$3" ]; then
    ( eval "exec setsid $2" ) </dev/null >&8 2>&9 5>&- 6>&- 7>&- 8>&- 9>&-; echo $? >&5; return
  fi
  [ -n "$__sbx_keep_home" ] || export HOME="${__h:-/}"
  [ "$__sbx_step" = 0 ] || export SHLVL=$((SHLVL - __sbx_step))
  ( exec setsid su -p -s /bin/sh "$3" -c "$2" ) </dev/null >&8 2>&9 5>&- 6>&- 7>&- 8>&- 9>&-; echo $? >&5
}
__sbx() {
  printf '\0%s\0' "$1" >&6
  __r=$( exec 5>&1; { { { ( __sbx_launch "$2" "$3" "$4" ); echo "w$?" >&5
    } 9>&1 >/dev/null 2>/dev/null | cat >&7 5>&- 8>&-; } 8>&1 | cat >&6 5>&-; } )
  printf '\0%s %s\0' "$1" "$__r" >&6; printf '\0%s\0' "$1" >&7
}
printf '\0ready\0' >&6; printf '\0ready\0' >&7
"""


def setup_script(keep_home: bool) -> bytes:
    """The shell's start; `keep_home`: the container's environment sets HOME itself."""
    return (f"__sbx_keep_home={'1' if keep_home else ''}\n" + _SETUP).encode()


READY = "ready"

# The shell's own exit codes that say it cannot serve (the image lacks what it needs).
UNUSABLE = 97


def new_nonce() -> str:
    return secrets.token_hex(16)


# A user the shell can switch to by name; a uid ("1000") or "user:group" takes the exec path.
_USER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\$?")


def usable(argv: list[str], env: dict[str, str] | None, user: str | None) -> bool:
    """Whether a command can take a resident shell: a user named as in /etc/passwd (through su), no
    NUL in its command line (the exec path gives the engine's own answer to those)."""
    values = [*argv, *(env or {}).keys(), *(env or {}).values()]
    named = user is None or _USER_NAME.fullmatch(user) is not None
    return named and not any("\0" in value for value in values)


def command_line(
    nonce: str, argv: list[str], env: dict[str, str] | None, cwd: str | None, user: str | None = None
) -> bytes:
    """The line that runs argv (the exec path's own argv) with env added to the shell's, in cwd,
    as user. The directory is entered before the user switch, as the engine does for an exec
    (measured on 20.10: an exec's User may start in a directory it could not enter itself)."""
    if env:
        argv = ["env", "--", *(f"{k}={v}" for k, v in env.items()), *argv]
    words = ["__sbx", nonce, cwd or "", shlex.join(argv) if user is None else "exec " + shlex.join(argv)]
    return (shlex.join([*words, *([user] if user is not None else [])]) + "\n").encode()


class CommandEnd:
    """How a command ended, from its status lines: `code` (the exec path's exit code, 128+N for a
    signal); or it never started: `no_cwd` (its directory could not be entered), `no_user` (an
    unknown user), `not_here` (this shell cannot switch users: the command takes an exec)."""

    def __init__(self, report: bytes) -> None:
        lines = report.decode("ascii", "replace").split("\n")
        own = [line for line in lines if line.isdigit()]
        parent = [line[1:] for line in lines if line.startswith("w") and line[1:].isdigit()]
        self.no_cwd = "c" in lines
        self.no_user = "u" in lines
        self.not_here = "n" in lines
        self.code: int | None = int(own[0]) if own else int(parent[0]) if parent else None


class _Mark:
    """Finds one end mark in one stream: what comes before it is output, handed out as it arrives
    except for a tail that may be the mark's beginning."""

    def __init__(self, opening: bytes, closed_by_nul: bool) -> None:
        self._opening = opening
        self._closed_by_nul = closed_by_nul  # stdout's mark carries the status up to a NUL
        self._buffer = b""
        self.found = False
        self.report = b""

    def feed(self, data: bytes) -> bytes:
        if self.found:
            self.report += data  # only the status can follow the opening
            return b""
        self._buffer += data
        at = self._buffer.find(self._opening)
        if at >= 0:
            output, self.report = self._buffer[:at], self._buffer[at + len(self._opening) :]
            self._buffer, self.found = b"", True
            return output
        keep = _partial_tail(self._buffer, self._opening)
        output = self._buffer[: len(self._buffer) - keep]
        self._buffer = self._buffer[len(self._buffer) - keep :]
        return output

    @property
    def complete(self) -> bool:
        return self.found and (not self._closed_by_nul or b"\0" in self.report)


def _partial_tail(data: bytes, mark: bytes) -> int:
    """The length of the longest end of `data` that begins `mark`."""
    for size in range(min(len(mark) - 1, len(data)), 0, -1):
        if mark.startswith(data[-size:]):
            return size
    return 0


class EndReader:
    """Splits a resident shell's stream for one command into its output and its marks."""

    def __init__(self, nonce: str) -> None:
        self.nonce = nonce
        token = b"\0" + nonce.encode()
        self._taken = _Mark(token + b"\0", closed_by_nul=False)
        self._marks = {
            1: _Mark(token + b" ", closed_by_nul=True),
            2: _Mark(token + b"\0", closed_by_nul=False),
        }

    def feed(self, stream: int, data: bytes) -> bytes:
        """The command's output in `data` (what is not one of the marks)."""
        if stream == 1 and not self._taken.found:
            before = self._taken.feed(data)  # nothing precedes it: kept as output all the same
            if not self._taken.found:
                return before
            data, self._taken.report = self._taken.report, b""
            return before + self._marks[1].feed(data)
        return self._marks[stream].feed(data)

    @property
    def taken(self) -> bool:
        """Whether the shell took the command (it may have started)."""
        return self._taken.found

    @property
    def done(self) -> bool:
        return all(mark.complete for mark in self._marks.values())

    def end(self) -> CommandEnd:
        return CommandEnd(self._marks[1].report.partition(b"\0")[0])


class ReadyReader:
    """The shell's first words: ready on both streams (anything before them is the shell failing)."""

    def __init__(self) -> None:
        self._marks = {
            stream: _Mark(b"\0" + READY.encode() + b"\0", closed_by_nul=False) for stream in (1, 2)
        }
        self.said = b""

    def feed(self, stream: int, data: bytes) -> None:
        self.said += self._marks[stream].feed(data)

    @property
    def done(self) -> bool:
        return all(mark.complete for mark in self._marks.values())


def shell_argv() -> list[str]:
    """The resident shell: a plain sh reading its script on stdin."""
    return [scripts.SH]
