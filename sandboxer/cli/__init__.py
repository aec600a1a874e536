"""The `sandboxer` command: the library's main jobs from a terminal, on every provider.

    sandboxer [-p PROVIDER] [--set KEY=VALUE]... COMMAND ...

Built on the public sync API only. Errors are one line, `sandboxer: <what failed>: <why>`, with
exit status 2 for bad usage, 1 for a provider error, 124 for a timeout (`--debug` shows the
traceback). Credentials come from the environment only and are never printed.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence

from .parser import SECRET_KEY, UsageError, build, parse

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_TIMEOUT = 124
EXIT_INTERRUPTED = 130


def _what(args: object) -> str:
    """The failed step as the user asked for it: "run 3f2a", "cp a b"."""
    command = getattr(args, "command", "")
    target = (
        getattr(args, "id", None) or getattr(args, "target", None) or " ".join(getattr(args, "ids", []) or [])
    )
    return f"{command} {target}".strip()


def _without_secrets(text: str) -> str:
    """Every credential of the environment blanked out, wherever a message might carry one."""
    for name, value in os.environ.items():
        if SECRET_KEY.search(name) and len(value) >= 6:
            text = text.replace(value, "<redacted>")
    return text


def _debug(args: object) -> None:
    """--debug: the traceback of the error being handled, credentials blanked as in the message."""
    if getattr(args, "debug", False):
        sys.stderr.write(_without_secrets(traceback.format_exc()))


def main(argv: Sequence[str] | None = None) -> int:
    from ..errors import BadConfigError, SandboxerError, SandboxerTimeoutError

    parser = build()
    try:
        args = parse(parser, list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse's own usage errors (2) and --help (0)
        return int(exc.code or 0)
    from . import commands
    from .shell import shell

    run = {
        "create": commands.create,
        "ls": commands.ls,
        "info": commands.info,
        "kill": commands.kill,
        "pause": commands.pause,
        "resume": commands.resume,
        "run": commands.run,
        "shell": shell,
        "cp": commands.cp,
        "fs": commands.fs,
        "cleanup": commands.cleanup,
        "providers": commands.providers,
    }[args.command]
    try:
        from .. import Sandboxer

        with Sandboxer(args.provider, dict(args.settings)) as client:
            return run(client, args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `sandboxer ls | head`: the reader left; nothing to say
        return EXIT_ERROR
    except (UsageError, SandboxerError) as exc:
        _debug(args)
        message = str(exc)
        print(f"sandboxer: {_what(args)}: {_without_secrets(message)}", file=sys.stderr)
        if isinstance(exc, UsageError | BadConfigError):
            return EXIT_USAGE
        # A command past its timeout, or a request or stream to the provider that timed out.
        return EXIT_TIMEOUT if isinstance(exc, SandboxerTimeoutError) else EXIT_ERROR
    except OSError as exc:  # a local file of cp, the terminal of shell
        _debug(args)
        print(f"sandboxer: {_what(args)}: {_without_secrets(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # anything else is still one line (a defect of ours: --debug shows where)
        _debug(args)
        print(
            f"sandboxer: {_what(args)}: unexpected {type(exc).__name__}: {_without_secrets(str(exc))}",
            file=sys.stderr,
        )
        return EXIT_ERROR


__all__ = ["main"]
