"""Entry point: CLI commands run without Qt; the app and its windows load Qt lazily."""

from __future__ import annotations

from collections.abc import Sequence

from wellbeing_app.cli import build_parser, run_cli
from wellbeing_app.cli.core_commands import GUI_COMMANDS
from wellbeing_app.cli.parser import EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Parse, then run either the tray app or a headless command."""
    args = build_parser().parse_args(argv)
    if args.command == "status":
        from wellbeing_app.app import run_status

        return run_status(args)
    if args.command is None or args.command in GUI_COMMANDS:
        from wellbeing_app.app import run_app

        return run_app(args)
    code = run_cli(args)
    if args.command == "self-test" and code == EXIT_OK:
        from wellbeing_app.app import self_test_windows

        code = self_test_windows(args)
    return code
