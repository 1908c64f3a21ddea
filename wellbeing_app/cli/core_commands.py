"""``self-test`` and the commands the desktop app runs (``log-dialog``, ``status`` …)."""

from __future__ import annotations

import argparse

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_FAILED, EXIT_OK, Subparsers
from wellbeing_app.cli.self_test import check_store


def cmd_self_test(args: argparse.Namespace, ctx: CliContext) -> int:
    """The store half of the self-test; ``main`` runs the window half after it."""
    problems = check_store(ctx)
    for problem in problems:
        print(f"FAIL {problem}", file=ctx.stderr)
    return EXIT_FAILED if problems else EXIT_OK


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add ``self-test`` and the app's commands (``main`` routes those to ``launch``)."""
    sub.add_parser("log-dialog", parents=[parent],
                   help="show the log dialog in the running app (bind it to a hotkey)")
    sub.add_parser("trends", parents=[parent],
                   help="open the trends window in the running app (or start it)")
    sub.add_parser("notice", parents=[parent],
                   help="bring the newest card forward with keyboard focus (bind it to a hotkey)")
    sub.add_parser("undo", parents=[parent],
                   help="undo the call just logged while its acknowledgment offers Undo")
    sub.add_parser("welcome", parents=[parent],
                   help="open the first-start window again (shift, support line, start at login)")
    sub.add_parser("status", parents=[parent],
                   help="print the running app's summary for today (exit 1 if not running)")
    sub.add_parser("self-test", parents=[parent],
                   help="check the store, migrations and every window; exit 0 when healthy")


COMMANDS = {"self-test": cmd_self_test}
