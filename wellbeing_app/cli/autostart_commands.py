"""``autostart``: start Between Calls when the agent logs in (or stop doing so)."""

from __future__ import annotations

import argparse
import shlex

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_OK, Subparsers
from wellbeing_app.platform.autostart.autostart_backend import Autostart, AutostartStatus


def _describe(status: AutostartStatus) -> list[str]:
    if not status.enabled:
        return ["Start at login: off", f"Entry: {status.location} (none)"]
    lines = ["Start at login: on", f"Entry: {status.location}"]
    if status.command:
        lines.append(f"Runs: {shlex.join(status.command)}")
    return lines


def cmd_autostart(args: argparse.Namespace, ctx: CliContext) -> int:
    """Show, switch on or switch off start at login for this user."""
    autostart = Autostart.for_this_user(ctx.data_dir)
    if args.action == "enable":
        status = autostart.set_enabled(True)
        lines = ["Between Calls will start when you log in.", *_describe(status)[1:]]
    elif args.action == "disable":
        status = autostart.set_enabled(False)
        lines = ["Between Calls will no longer start when you log in."]
    else:
        lines = _describe(autostart.status())
    print("\n".join(lines), file=ctx.stdout)
    return EXIT_OK


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add ``autostart [--enable|--disable|--status]``."""
    parser = sub.add_parser(
        "autostart", parents=[parent],
        help="start Between Calls when you log in (--enable, --disable, --status)",
        description="Windows: a per-user Run entry; macOS: a LaunchAgent; Linux: an XDG "
                    "autostart entry. No admin rights needed. Without an option, shows the state.",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--enable", dest="action", action="store_const", const="enable",
                       help="start at login from now on")
    group.add_argument("--disable", dest="action", action="store_const", const="disable",
                       help="stop starting at login")
    group.add_argument("--status", dest="action", action="store_const", const="status",
                       help="show whether it starts at login (the default)")
    parser.set_defaults(action="status")


COMMANDS = {"autostart": cmd_autostart}
