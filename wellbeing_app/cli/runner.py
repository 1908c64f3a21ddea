"""Run a parsed CLI command and turn errors into one line and an exit code."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable

from wellbeing_app.cli.command_modules import all_commands
from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_BAD_INPUT
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.validation import is_valid_text
from wellbeing_app.platform.paths import DataDirError
from wellbeing_app.store.journal import StoreError

Command = Callable[[argparse.Namespace, CliContext], int]


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """Arguments that were not UTF-8 (a cp1252 ``é`` in ``--note``) are refused before any work."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and not is_valid_text(v) for v in values):
            what = name.replace("_", " ")
            raise ValidationError(name, f"The {what} given is not valid UTF-8 text; type it "
                                        "again in a UTF-8 terminal.")


def run_cli(args: argparse.Namespace, ctx: CliContext | None = None) -> int:
    """Dispatch ``args.command``; bad input exits 2 with one line on stderr."""
    context = ctx or CliContext(data_dir_option=getattr(args, "data_dir", None))
    command = all_commands().get(args.command or "")
    if command is None:
        print(f"wellbeing: error: {args.command!r} needs the desktop app", file=context.stderr)
        return EXIT_BAD_INPUT
    try:
        _refuse_undecodable(args)
        return command(args, context)
    except ValidationError as error:
        print(f"wellbeing: error: {error.message}", file=context.stderr)
        return EXIT_BAD_INPUT
    except (DataDirError, StoreError) as error:
        print(f"wellbeing: error: {error}", file=context.stderr)
        return EXIT_BAD_INPUT
    except sqlite3.Error as error:  # e.g. a read-only or locked journal; the write rolled back
        print(f"wellbeing: error: The journal in {context.data_dir} cannot be used: {error}",
              file=context.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"wellbeing: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=context.stderr)
        return EXIT_BAD_INPUT
