"""``summary preview|share|list|revoke`` (agent side) and ``team report`` (team lead side)."""

from __future__ import annotations

import argparse

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import Subparsers


def cmd_summary(args: argparse.Namespace, ctx: CliContext) -> int:
    """Preview, share, list or revoke the agent's weekly team summary."""
    from wellbeing_app.cli.team_actions import run_summary

    return run_summary(args, ctx)


def cmd_team(args: argparse.Namespace, ctx: CliContext) -> int:
    """The team lead's report from a folder of summaries."""
    from wellbeing_app.cli.team_actions import run_team

    return run_team(args, ctx)


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add ``summary`` and ``team``."""
    summary = sub.add_parser("summary", parents=[parent],
                             help="preview, share or revoke your weekly team summary")
    actions = summary.add_subparsers(dest="summary_action", metavar="ACTION", required=True)
    for name, text in (("preview", "show exactly what would be shared, in words and as the file"),
                       ("share", "write the signed summary into the team folder (opt-in needed)")):
        action = actions.add_parser(name, help=text)
        action.add_argument("--week", metavar="YYYY-Www", help="ISO week (default: last week)")
        if name == "preview":
            action.add_argument("--json", action="store_true", help="only the file contents")
    listing = actions.add_parser("list", help="every summary you shared, when, and its hash")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    revoke = actions.add_parser("revoke",
                                help="delete your files, leave a signed tombstone, stop sharing")
    revoke.add_argument("--named-only", action="store_true",
                        help="only stop named sharing: remove your name from files already shared")

    sub.add_parser("team-view", parents=[parent],
                   help="open the team view window in the running app (team leads)")
    team = sub.add_parser("team", parents=[parent], help="team lead: report from a team folder")
    team_actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    report = team_actions.add_parser("report", help="team figures under the privacy rules")
    report.add_argument("folder", nargs="?", help="the team folder (default: setting team_folder)")
    report.add_argument("--html", metavar="OUT", help="write a self-contained printable HTML file")
    report.add_argument("--json", action="store_true", help="print the figures as JSON")
    report.add_argument("--min-group", type=int, metavar="N",
                        help="raise the minimum group (never below the setting or 5)")
    report.add_argument("--epsilon", type=float, metavar="E", help="add Laplace noise")
    report.add_argument("--seed", metavar="TEXT", help="noise seed (default: from the files)")


COMMANDS = {"summary": cmd_summary, "team": cmd_team}
