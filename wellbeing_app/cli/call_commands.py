"""``log``, ``calls`` and ``export``."""

from __future__ import annotations

import argparse
from pathlib import Path

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.output_file import write_atomically
from wellbeing_app.cli.parser import EXIT_OK, Subparsers
from wellbeing_app.domain.calls.export_format import to_csv, to_json
from wellbeing_app.domain.calls.logged_call import LoggedCall
from wellbeing_app.domain.validation import parse_moment, parse_since, validate_call
from wellbeing_app.domain.workload.span_export import spans_to_csv, spans_to_json
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.usecases.call_logging import CallLogging
from wellbeing_app.usecases.workload import list_spans


def cmd_log(args: argparse.Namespace, ctx: CliContext) -> int:
    """Validate everything first, then write one row."""
    catalog = load_catalog()
    now = ctx.clock.now()
    draft = validate_call(
        stress=args.stress,
        categories=args.category,
        known_categories=catalog.category_ids,
        escalated=args.escalated,
        ended_for_abuse=args.ended_for_abuse,
        note=args.note,
    )
    at = parse_moment(args.at, now) if args.at else now
    journal = ctx.open_journal()
    try:  # the same use case as the tray and the dialog (no writer: a failure is an error here)
        outcome = CallLogging(journal, lambda: catalog, ctx.clock).log(draft, at)
    finally:
        journal.close()
    assert outcome is not None  # only a keeping writer (the app's) answers None
    print(outcome.call.id, file=ctx.stdout)
    return EXIT_OK


def _format_line(call: LoggedCall) -> str:
    flags = [name for name, on in (("escalated", call.escalated),
                                   ("ended-for-abuse", call.ended_for_abuse)) if on]
    parts = [
        f"#{call.id}",
        call.at_local.strftime("%Y-%m-%d %H:%M"),
        f"stress {call.stress}",
        ",".join(call.categories) or "-",
    ]
    if flags:
        parts.append("[" + ", ".join(flags) + "]")
    if call.note:
        parts.append("note: " + call.note.replace("\n", " ")[:60])
    return "  ".join(parts)


def cmd_calls(args: argparse.Namespace, ctx: CliContext) -> int:
    """List entries, newest last."""
    since = parse_since(args.since, ctx.clock.now()) if args.since else None
    journal = ctx.open_journal()
    try:
        calls = journal.calls(since)
    finally:
        journal.close()
    if args.json:
        ctx.stdout.write(to_json(calls))
    elif not calls:
        print("No calls logged" + (" in that range." if since else " yet."), file=ctx.stdout)
    else:
        for call in calls:
            print(_format_line(call), file=ctx.stdout)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    """Every field of every call (or, with ``--spans``, of every call span), as CSV or JSON."""
    journal = ctx.open_journal()
    try:
        if args.spans:
            spans = list_spans(journal)
            text = spans_to_csv(spans) if args.format == "csv" else spans_to_json(spans)
            what = f"{len(spans)} call spans"
        else:
            calls = journal.calls()
            text = to_csv(calls) if args.format == "csv" else to_json(calls)
            what = f"{len(calls)} calls"
    finally:
        journal.close()
    if args.output:
        write_atomically(Path(args.output), text)
        print(f"Exported {what} to {args.output}", file=ctx.stderr)
    else:
        ctx.stdout.write(text)
    return EXIT_OK


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add ``log``, ``calls`` and ``export`` to the parser."""
    log = sub.add_parser("log", parents=[parent], help="log a tough call; prints its id")
    log.add_argument("--stress", required=True, metavar="N",
                     help="0 = completely calm … 10 = worst distress imaginable")
    log.add_argument("--category", action="append", default=[], metavar="ID",
                     help="what made it hard (repeatable): hostile, abusive, repeat_unresolved, "
                          "miscommunication, urgent, unrealistic, uncooperative, other")
    log.add_argument("--escalated", action="store_true", help="escalated to a supervisor")
    log.add_argument("--ended-for-abuse", action="store_true",
                     help="I ended the call because of abuse")
    log.add_argument("--note", default="", metavar="TEXT",
                     help="private note, up to 2,000 characters")
    log.add_argument("--at", metavar="ISO8601", help="when it happened (default: now)")

    calls = sub.add_parser("calls", parents=[parent], help="list logged calls")
    calls.add_argument("--since", metavar="ISO8601|7d|30d", help="only entries from then on")
    calls.add_argument("--json", action="store_true", help="machine-readable output")

    export = sub.add_parser("export", parents=[parent],
                            help="export every logged call (with --spans: every call span)")
    export.add_argument("--format", choices=["csv", "json"], required=True)
    export.add_argument("--output", metavar="FILE", help="write here instead of stdout")
    export.add_argument("--spans", action="store_true",
                        help="export the detected call spans instead of the logged calls")


COMMANDS = {"log": cmd_log, "calls": cmd_calls, "export": cmd_export}
