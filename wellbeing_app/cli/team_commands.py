"""``summary …`` (agent side) and ``team …`` (IT: keys, enrollment, aggregator; lead: report)."""

from __future__ import annotations

import argparse

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import Subparsers


def cmd_summary(args: argparse.Namespace, ctx: CliContext) -> int:
    """Preview, share, list or revoke the agent's weekly team summary; ask for enrollment."""
    from wellbeing_app.cli.team_actions import run_summary

    return run_summary(args, ctx)


def cmd_team(args: argparse.Namespace, ctx: CliContext) -> int:
    """IT's keys, enrollment and aggregator, and the team lead's report."""
    from wellbeing_app.cli.team_admin_actions import run_team

    return run_team(args, ctx)


def _register_summary(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    summary = sub.add_parser("summary", parents=[parent],
                             help="preview, share or revoke your weekly team summary")
    actions = summary.add_subparsers(dest="summary_action", metavar="ACTION", required=True)
    for name, text in (("preview", "show exactly what would be shared, in words and as files"),
                       ("share", "write your summary into the team folder (opt-in needed)")):
        action = actions.add_parser(name, help=text)
        action.add_argument("--week", metavar="YYYY-Www", help="ISO week (default: last week)")
        if name == "preview":
            action.add_argument("--json", action="store_true", help="only the files, as JSON")
    listing = actions.add_parser("list", help="every summary you shared, when, and its hash")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    revoke = actions.add_parser("revoke",
                                help="delete your files, leave a signed tombstone, stop sharing")
    revoke.add_argument("--named-only", action="store_true",
                        help="only stop named sharing: delete your named files")
    request = actions.add_parser("enroll-request",
                                 help="write the file IT needs to enroll you for team figures")
    request.add_argument("--output", metavar="FILE", required=True, help="where to write it")


def _register_team(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    team = sub.add_parser("team", parents=[parent],
                          help="IT: keys, enrollment, aggregator; team lead: report")
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    for name, text in (("aggregator-key", "make the aggregator's key pair (IT)"),
                       ("admin-key", "make the enrollment (admin) key pair (IT)")):
        action = actions.add_parser(name, help=text)
        action.add_argument("--out", metavar="FILE", required=True,
                            help="where to write the private key (mode 0600)")
    enroll = actions.add_parser("enroll", help="add agents to the signed roster (IT)")
    enroll.add_argument("requests", nargs="+", metavar="REQUEST", help="enrollment request files")
    unenroll = actions.add_parser("unenroll", help="remove an agent from the roster (IT)")
    unenroll.add_argument("public_key", metavar="PUBLIC_KEY",
                          help="the agent's public key (base64) or agent id")
    for action in (enroll, unenroll):
        action.add_argument("--admin-key", metavar="FILE", required=True,
                            help="the private admin key")
        action.add_argument("--folder", metavar="FOLDER", required=True, help="the team folder")
    aggregate = actions.add_parser("aggregate", help="open sealed summaries, publish team "
                                                     "figures (IT's aggregator)")
    aggregate.add_argument("folder", metavar="FOLDER", help="the team folder")
    aggregate.add_argument("--key", metavar="FILE", required=True,
                           help="the aggregator's private key")
    aggregate.add_argument("--week", metavar="YYYY-Www",
                           help="one ended week (default: every ended week not yet published)")
    aggregate.add_argument("--json", action="store_true", help="print the outcome as JSON")
    report = actions.add_parser("report", help="team figures published by the aggregator, and "
                                               "named summaries (team lead)")
    report.add_argument("folder", nargs="?", help="the team folder (default: setting team_folder)")
    report.add_argument("--html", metavar="OUT", help="write a self-contained printable HTML file")
    report.add_argument("--json", action="store_true", help="print the report as JSON")


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add ``summary``, ``team-view`` and ``team``."""
    _register_summary(sub, parent)
    sub.add_parser("team-view", parents=[parent],
                   help="open the team view window in the running app (team leads)")
    _register_team(sub, parent)


COMMANDS = {"summary": cmd_summary, "team": cmd_team}
