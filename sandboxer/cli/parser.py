"""The `sandboxer` command line's grammar (argparse, standard library only)."""

from __future__ import annotations

import argparse
import json
import os
import re
from typing import Any, NoReturn

DEFAULT_PROVIDER = "local"
# Config keys that hold credentials: read from the environment only (a flag would sit in shell
# history and in every process listing).
SECRET_KEY = re.compile(r"(api_?key|token|secret|password|credential)", re.IGNORECASE)
DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd]?)$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class UsageError(Exception):
    """Bad usage: exit status 2, as argparse's own."""


class Parser(argparse.ArgumentParser):
    """argparse, with its usage errors said in our one line (`sandboxer: run: <why>`, exit 2)
    instead of the usage text and an error line; `--help` still shows the whole usage."""

    def error(self, message: str) -> NoReturn:
        what = self.prog.removeprefix("sandboxer").strip() or "usage"
        hint = f"{self.prog} --help"
        self.exit(2, f"sandboxer: {what}: {message} (see {hint})\n")


def pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key, value


def setting(text: str) -> tuple[str, Any]:
    """`--set key=value`: the value read as JSON when it is JSON (numbers, true, null, lists),
    else as the text itself (`network=none` is the string "none")."""
    key, value = pair(text)
    if SECRET_KEY.search(key):
        raise argparse.ArgumentTypeError(
            f"{key!r} is a credential: give it in the environment (the provider's *_API_KEY variable), "
            "never on the command line"
        )
    try:
        return key, json.loads(value)
    except ValueError:
        return key, value


def duration(text: str) -> float:
    """Seconds from `90`, `90s`, `15m`, `2h`, `1d`."""
    found = DURATION.match(text.strip())
    if not found:
        raise argparse.ArgumentTypeError(f"expected a duration like 90s, 15m, 2h or 1d, got {text!r}")
    return float(found.group(1)) * _UNITS[found.group(2)]


def build() -> Parser:
    root = Parser(
        prog="sandboxer",
        description="Sandboxes on every provider, from a terminal: create, list, run, copy, shell, clean up.",
    )
    root.add_argument(
        "-p",
        "--provider",
        default=os.environ.get("SANDBOXER_PROVIDER", DEFAULT_PROVIDER),
        help="provider name (default: $SANDBOXER_PROVIDER, else local)",
    )
    root.add_argument(
        "--set",
        dest="settings",
        metavar="KEY=VALUE",
        type=setting,
        action="append",
        default=[],
        help="a provider config key (repeatable; secrets only from the environment)",
    )
    root.add_argument("--json", action="store_true", help="machine-readable output: one JSON object per line")
    root.add_argument("--debug", action="store_true", help="show tracebacks")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    create = commands.add_parser("create", help="create a sandbox and print its id")
    create.add_argument("--template")
    create.add_argument("--cpus", type=float)
    create.add_argument("--memory-mb", type=int)
    create.add_argument("--timeout", type=duration, help="lifetime (90s, 15m, 2h)")
    create.add_argument("--env", type=pair, action="append", default=[], metavar="K=V")
    create.add_argument("--meta", type=pair, action="append", default=[], metavar="K=V")
    create.add_argument("--port", type=int, action="append", default=[])

    ls = commands.add_parser("ls", help="list sandboxes")
    ls.add_argument("--meta", type=pair, action="append", default=[], metavar="K=V")
    ls.add_argument("--all", action="store_true", help="also sandboxes this library did not make")

    for name, text in (("info", "describe a sandbox"), ("pause", "pause a sandbox"), ("resume", "resume it")):
        commands.add_parser(name, help=text).add_argument("id")
    commands.add_parser("kill", help="kill sandboxes").add_argument("ids", nargs="+", metavar="ID")

    run = commands.add_parser("run", help="run a command, streaming its output; exits with its code")
    run.add_argument("id")
    run.add_argument("cmd", nargs="*", help="-- CMD... (one argument: a shell line)")
    run.add_argument("--cwd")
    run.add_argument("--env", type=pair, action="append", default=[], metavar="K=V")
    run.add_argument("--user")
    run.add_argument("--timeout", type=duration)

    shell = commands.add_parser("shell", help="an interactive terminal in a sandbox")
    shell.add_argument("id")
    shell.add_argument("--cmd", help="what to run (default: bash, else sh)")

    cp = commands.add_parser(
        "cp", help="copy a file into or out of a sandbox (ID:/path on one side; - is stdio)"
    )
    cp.add_argument("src")
    cp.add_argument("dst")

    fs = commands.add_parser("fs", help="file system operations on ID:/path")
    fs_commands = fs.add_subparsers(dest="fs_command", required=True, metavar="OP")
    for name in ("ls", "stat", "rm", "mkdir"):
        fs_commands.add_parser(name).add_argument("target", metavar="ID:/path")

    cleanup = commands.add_parser("cleanup", help="kill this library's sandboxes (a dry run unless --yes)")
    cleanup.add_argument("--meta", type=pair, action="append", default=[], metavar="K=V")
    cleanup.add_argument("--older-than", type=duration)
    cleanup.add_argument("--yes", action="store_true", help="really kill them")

    commands.add_parser("providers", help="what each provider can do")
    # The output flags also after a command (`sandboxer ls --json`), set there only when given;
    # not after `run` and `shell`, whose words may be the remote command's own flags.
    leaves = [parser for name, parser in commands.choices.items() if name not in ("run", "shell")]
    for leaf in [*leaves, *fs_commands.choices.values()]:
        leaf.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        leaf.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return root


def parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """argparse, with everything after `run`'s first `--` taken as the command, whatever it
    looks like (`sandboxer run ID --timeout 5 -- grep -v --count x`)."""
    words, command = argv, None
    if "--" in argv and "run" in argv[: argv.index("--")]:
        split = argv.index("--")
        words, command = argv[:split], argv[split + 1 :]
    args = parser.parse_args(words)
    if command is not None:
        args.cmd = [*args.cmd, *command]
    return args


def remote(text: str) -> tuple[str, str] | None:
    """`ID:/path` as (id, path); None for a local path (one with no colon before its first slash)."""
    head, sep, path = text.partition(":")
    if not sep or not head or "/" in head or head == "-":
        return None
    return head, path or "."
