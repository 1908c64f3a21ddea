"""Run a parsed CLI command and turn errors into one line and an exit code."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from wellbeing_app.cli.call_commands import cmd_calls, cmd_export, cmd_log
from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from wellbeing_app.cli.self_test import check_store
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.platform.paths import DataDirError
from wellbeing_app.store.journal import StoreError

Command = Callable[[argparse.Namespace, CliContext], int]


def _cmd_self_test(args: argparse.Namespace, ctx: CliContext) -> int:
    problems = check_store(ctx)
    for problem in problems:
        print(f"FAIL {problem}", file=ctx.stderr)
    return EXIT_FAILED if problems else EXIT_OK


COMMANDS: dict[str, Command] = {
    "log": cmd_log,
    "calls": cmd_calls,
    "export": cmd_export,
    "self-test": _cmd_self_test,
}


def run_cli(args: argparse.Namespace, ctx: CliContext | None = None) -> int:
    """Dispatch ``args.command``; bad input exits 2 with one line on stderr."""
    context = ctx or CliContext(data_dir_option=getattr(args, "data_dir", None))
    command = COMMANDS.get(args.command or "")
    if command is None:
        print(f"wellbeing: error: {args.command!r} needs the desktop app", file=context.stderr)
        return EXIT_BAD_INPUT
    try:
        return command(args, context)
    except ValidationError as error:
        print(f"wellbeing: error: {error.message}", file=context.stderr)
        return EXIT_BAD_INPUT
    except (DataDirError, StoreError) as error:
        print(f"wellbeing: error: {error}", file=context.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"wellbeing: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=context.stderr)
        return EXIT_BAD_INPUT
