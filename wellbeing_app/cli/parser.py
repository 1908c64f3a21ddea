"""Argument parsing for every ``wellbeing`` command."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from wellbeing_app import __version__

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


def _add_call_commands(sub: argparse._SubParsersAction[OneLineParser], parent: argparse.ArgumentParser) -> None:
    log = sub.add_parser("log", parents=[parent], help="log a tough call; prints its id")
    log.add_argument("--stress", required=True, metavar="N", help="0 = completely calm … 10 = worst")
    log.add_argument("--category", action="append", default=[], metavar="ID",
                     help="what made it hard (repeatable)")
    log.add_argument("--escalated", action="store_true", help="escalated to a supervisor")
    log.add_argument("--ended-for-abuse", action="store_true",
                     help="I ended the call because of abuse")
    log.add_argument("--note", default="", metavar="TEXT", help="private note, up to 2,000 characters")
    log.add_argument("--at", metavar="ISO8601", help="when it happened (default: now)")

    calls = sub.add_parser("calls", parents=[parent], help="list logged calls")
    calls.add_argument("--since", metavar="ISO8601|7d|30d", help="only entries from then on")
    calls.add_argument("--json", action="store_true", help="machine-readable output")

    export = sub.add_parser("export", parents=[parent], help="export every logged call")
    export.add_argument("--format", choices=["csv", "json"], required=True)
    export.add_argument("--output", metavar="FILE", help="write here instead of stdout")


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
    _add_call_commands(sub, parent)
    sub.add_parser("log-dialog", parents=[parent],
                   help="show the log dialog in the running app (bind it to a hotkey)")
    sub.add_parser("self-test", parents=[parent],
                   help="check the store, migrations and every window; exit 0 when healthy")
    return parser
