"""Entry point: CLI commands run without Qt; the app and its windows load Qt lazily."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _plain_launch(argv: Sequence[str]) -> argparse.Namespace | None:
    """``wellbeing`` or ``wellbeing --data-dir DIR``: skip the CLI imports (start-time budget)."""
    if not argv:
        return argparse.Namespace(command=None, data_dir=None)
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return argparse.Namespace(command=None, data_dir=argv[1])
    return None


def _run_app(args: argparse.Namespace) -> int:
    """The tray app: PySide6 first, told to keep no module's source text (≈6 MiB at idle)."""
    from wellbeing_app.ui.pyside_import_hook import import_pyside_keeping_no_sources

    import_pyside_keeping_no_sources()
    from wellbeing_app.launch import run_app

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse, then run either the tray app or a headless command."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    plain = _plain_launch(arguments)
    if plain is not None:
        return _run_app(plain)
    from wellbeing_app.cli import build_parser, run_cli
    from wellbeing_app.cli.console_streams import make_console_safe
    from wellbeing_app.cli.parser import EXIT_OK
    from wellbeing_app.domain.launch_message import GUI_COMMANDS, RUNNING_APP_COMMANDS

    make_console_safe()
    args = build_parser().parse_args(arguments)
    if args.command == "status":
        from wellbeing_app.launch import run_status

        return run_status(args)
    if args.command in RUNNING_APP_COMMANDS:
        from wellbeing_app.launch import run_in_running_app

        return run_in_running_app(args)
    if args.command is None or args.command in GUI_COMMANDS:
        return _run_app(args)
    code = run_cli(args)
    if args.command == "self-test" and code == EXIT_OK:
        from wellbeing_app.launch import self_test_windows

        code = self_test_windows(args)
    return code
