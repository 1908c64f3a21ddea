"""Argument parsing for every ``wellbeing`` command."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TypeAlias

from wellbeing_app import __version__

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments print one clear line, not a usage wall, and exit 2."""

    def error(self, message: str) -> NoReturn:
        """Report a usage error the way every other bad input is reported."""
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(EXIT_BAD_INPUT)


def _data_dir_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where the journal lives (env WELLBEING_DATA_DIR; default: the per-user data dir)",
    )
    return parent


def build_parser() -> OneLineParser:
    """The full parser; GUI commands are parsed here too and run by ``main``."""
    parser = OneLineParser(
        prog="wellbeing",
        description="Between Calls — a wellbeing companion for contact-center agents.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", default=None,
                        help="where the journal lives (env WELLBEING_DATA_DIR)")
    parent = _data_dir_parent()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    from wellbeing_app.cli.command_modules import COMMAND_MODULES

    for module in COMMAND_MODULES:
        module.register(sub, parent)
    return parser
