"""Hypothesis strategies for hostile input: file names, env keys and values, command strings.

Shared by tests/test_hostile_input.py (live, local Docker) and tests/test_hostile_requests.py
(offline, what the cloud adapters send). Text is valid Unicode only (no lone surrogates): names
that are not UTF-8 are a known gap.
"""

from __future__ import annotations

from hypothesis import strategies as st

PWNED = "/tmp/pwned"
# Relative to the working directory of whatever might run it ("/" in the test image).
PWNED_RELATIVE = ("pwned", "/pwned")

# Pieces a shell would act on if a value ever reached it as code.
SHELL_PIECES = [
    f"$(touch {PWNED})",
    f"`touch {PWNED}`",
    f"; touch {PWNED}",
    f"&& touch {PWNED}",
    f"| touch {PWNED}",
    f"\ntouch {PWNED}\n",
    "$(touch pwned)",
    "`touch pwned`",
    ";touch pwned;",
    "\ntouch pwned\n",
    "'",
    '"',
    "\\",
    "$",
    "${HOME}",
    "$HOME",
    "$1",
    "*",
    "?",
    "[a]",
    "~",
    "-rf",
    "--",
    "-",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "#",
    "!",
    "%",
    "%2F",
    "%00",
    "&",
    "=",
    "+",
    "(",
    ")",
    "{",
    "}",
    "<",
    ">",
    "é",
    "日本",
    "\u202e",
    "\u00a0",
    "🙂",
    "\x1b[31m",
    "\x7f",
]

_ANY_CHAR = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_NAME_CHAR = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/")


def _not_dots(name: str) -> bool:
    return name not in (".", "..")


def _fits(name: str) -> bool:
    return len(name.encode("utf-8")) <= 200  # a file name's limit is 255 bytes


# Whole names that have broken quoting, framing or option parsing somewhere.
NASTY_NAMES = [
    'a"b', "a'b", "a\\b", "\\", '"', "'", "a\nb", "a\r\nb", "\n", "trailing\n", " lead", "trail ",
    "-rf", "--", "-", "-x", "--help", "$(touch pwned)", "`touch pwned`", ";touch pwned", "a;b", "a&&b",
    "a|b", "a>b", "*", "?", "[x]", "~", "~root", "#x", "!x", "%22", "%2F", "%00", "a%20b", "a+b", "a=b",
    "a b", "a\tb", "...", ".x", "x.", "é", "e\u0301", "日本語", "🙂", "\u202e", "\x1b[31m", "\x7f",
    'x"; touch pwned; "', "x'; touch pwned; '", "name=value", "@", "a,b", "a:b",
]  # fmt: skip

# One path segment: any text without NUL and "/", not "." or "..".
names = (
    st.one_of(
        st.sampled_from(NASTY_NAMES),
        st.text(_NAME_CHAR, min_size=1, max_size=24),
        st.lists(
            st.one_of(
                st.sampled_from([p for p in SHELL_PIECES if "/" not in p]), st.text(_NAME_CHAR, max_size=4)
            ),
            min_size=1,
            max_size=5,
        ).map("".join),
        # a leading "-" (an option to a careless command line)
        st.text(_NAME_CHAR, min_size=1, max_size=10).map(lambda s: "-" + s),
    )
    .filter(lambda s: s != "")
    .filter(_not_dots)
    .filter(_fits)
)

# Any text without NUL (env values, command data); may be empty.
values = st.one_of(
    st.text(_ANY_CHAR, max_size=40),
    st.lists(st.one_of(st.sampled_from(SHELL_PIECES), st.text(_ANY_CHAR, max_size=4)), max_size=5).map(
        "".join
    ),
)

# Variables a shell sets or changes itself: what comes back is the shell's, not ours.
SHELL_OWNED = {
    "PWD", "OLDPWD", "SHLVL", "PPID", "OPTIND", "OPTARG", "LINENO", "RANDOM", "SECONDS", "_", "IFS",
    "PS1", "PS2", "PS4", "ENV", "HOME", "PATH", "HOSTNAME", "UID", "EUID", "GROUPS", "FUNCNAME",
    "HISTFILE", "HISTSIZE", "MAIL", "MAILCHECK", "MAILPATH", "COLUMNS", "LINES", "TERM", "SHELL",
    "SHELLOPTS", "BASHOPTS", "BASH_ENV", "CDPATH", "POSIXLY_CORRECT", "EPOCHSECONDS",
    "EPOCHREALTIME", "SRANDOM", "LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE", "TMOUT",
}  # fmt: skip


def _ours(key: str) -> bool:
    return key not in SHELL_OWNED and not key.startswith(("BASH", "BB_", "HIST", "LD_", "LC_"))


# Valid shell names.
env_keys = st.one_of(
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,15}", fullmatch=True).filter(_ours),
    st.from_regex(r"[A-Za-z0-9_]{1,12}", fullmatch=True).map(lambda s: "SBX_" + s),
)

envs = st.dictionaries(env_keys, values, min_size=1, max_size=4)

# A command line is itself code; what we generate are strings for the adapter to carry unchanged.
commands = st.one_of(
    st.text(_ANY_CHAR, min_size=1, max_size=40),
    st.lists(st.one_of(st.sampled_from(SHELL_PIECES), st.text(_ANY_CHAR, max_size=4)), min_size=1, max_size=5)
    .map("".join)
    .filter(lambda s: s != ""),
)
