"""``spans``, ``span add``, ``span delete`` and ``workload``: sensed workload from call spans."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_OK, Subparsers
from wellbeing_app.cli.reminder_commands import parse_day
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.validation import parse_moment, parse_since
from wellbeing_app.domain.workload.call_span import CallSpan
from wellbeing_app.domain.workload.day_workload import DayWorkload
from wellbeing_app.domain.workload.runs import is_counted
from wellbeing_app.domain.workload.workload_rules import WorkloadRules
from wellbeing_app.usecases import workload as usecase


def span_record(span: CallSpan, rules: WorkloadRules, now: datetime) -> dict[str, Any]:
    """One span as JSON (local times with their offset, as stored)."""
    local = span.start_local.tzinfo
    seconds = (span.end_or(now) - span.start).total_seconds()
    return {"id": span.id, "start": span.start_local.isoformat(),
            "end": span.end.astimezone(local).isoformat() if span.end is not None else None,
            "source": span.source.value, "local_date": span.local_date.isoformat(),
            "seconds": round(seconds), "counted": is_counted(span, rules, now),
            "recovered": span.recovered}


def workload_record(figures: DayWorkload) -> dict[str, Any]:
    """The contract keys first, then the other figures."""
    return {"day": figures.day.isoformat(), "calls_handled": figures.calls_handled,
            "talk_minutes": figures.talk_minutes, "back_to_back": figures.back_to_back,
            "longest_run_calls": figures.longest_run_calls,
            "longest_run_minutes": figures.longest_run_minutes,
            "tough_calls": figures.tough_calls, "tough_share": figures.tough_share,
            "mean_gap_minutes": figures.mean_gap_minutes,
            "shortest_gap_minutes": figures.shortest_gap_minutes,
            "minutes_since_break": figures.minutes_since_break}


def _moment(text: str, ctx: CliContext) -> datetime:
    """A time without an offset is taken in ``ctx.zone`` on that day (DST included)."""
    return parse_moment(text, ctx.clock.now().astimezone(ctx.zone)).astimezone(ctx.zone)


def cmd_spans(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the recorded spans."""
    now = ctx.clock.now()
    since = parse_since(args.since, now) if args.since else None
    journal = ctx.open_journal()
    try:  # one journal for the settings and the spans
        rules = WorkloadRules.from_settings(ctx.settings_service(journal).values)
        spans = usecase.list_spans(journal, since)
    finally:
        journal.close()
    records = [span_record(s, rules, now) for s in spans]
    if args.json:
        print(json.dumps(records, indent=2), file=ctx.stdout)
        return EXIT_OK
    if not records:
        print("No call spans" + (" in that range." if since else " recorded yet."), file=ctx.stdout)
    for record in records:
        end = record["end"][11:19] if record["end"] else "still on"
        flags = ("" if record["counted"] else "  (too short to count)") + (
            "  (closed at last heartbeat)" if record["recovered"] else "")
        print(f"#{record['id']}  {record['start'][:19].replace('T', ' ')} – {end}  "
              f"{record['seconds']} s  {record['source']}{flags}", file=ctx.stdout)
    return EXIT_OK


def cmd_span(args: argparse.Namespace, ctx: CliContext) -> int:
    """``span add`` (a manual correction) or ``span delete ID``."""
    journal = ctx.open_journal()
    try:
        if args.span_action == "add":
            span = usecase.add_span(journal, _moment(args.start, ctx), _moment(args.end, ctx))
            print(f"Added span #{span.id}.", file=ctx.stdout)
            return EXIT_OK
        removed = usecase.delete_span(journal, args.id)
    finally:
        journal.close()
    if removed is None:
        raise ValidationError("id", f"There is no span #{args.id}; see 'wellbeing spans'.")
    print(f"Deleted span #{removed.id}.", file=ctx.stdout)
    return EXIT_OK


def _text_lines(record: dict[str, Any]) -> list[str]:
    share = record["tough_share"]
    lines = [f"Workload on {record['day']}",
             f"  calls handled         {record['calls_handled']}",
             f"  talk time             {record['talk_minutes']} min",
             f"  back to back          {record['back_to_back']}",
             f"  longest run           {record['longest_run_calls']} "
             f"{'call' if record['longest_run_calls'] == 1 else 'calls'}, "
             f"{record['longest_run_minutes']} min",
             f"  tough calls logged    {record['tough_calls']}"
             + (f" ({round(share * 100)} % of calls handled)" if share is not None else
                " (no detection that day: share unknown)")]
    if record["mean_gap_minutes"] is not None:
        lines.append(f"  gaps between calls    mean {record['mean_gap_minutes']} min, shortest "
                     f"{record['shortest_gap_minutes']} min")
    if record["minutes_since_break"] is not None:
        lines.append(f"  since your last break {record['minutes_since_break']} min")
    return lines


def cmd_workload(args: argparse.Namespace, ctx: CliContext) -> int:
    """The day's workload figures."""
    day = parse_day(args.day, ctx)
    journal = ctx.open_journal()
    try:  # one journal for the settings and the figures
        settings = ctx.settings_service(journal).values
        figures = usecase.workload_of_day(journal, day, ctx.clock.now(), ctx.zone, settings)
    finally:
        journal.close()
    record = workload_record(figures)
    if args.json:
        print(json.dumps(record, indent=2), file=ctx.stdout)
    else:
        print("\n".join(_text_lines(record)), file=ctx.stdout)
    return EXIT_OK


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add ``spans``, ``span`` and ``workload``."""
    spans = sub.add_parser("spans", parents=[parent],
                           help="list the call spans detected during your shifts")
    spans.add_argument("--since", metavar="7d|ISO8601", help="only spans from then on")
    spans.add_argument("--json", action="store_true", help="machine-readable output")
    span = sub.add_parser("span", parents=[parent], help="correct the recorded call spans")
    actions = span.add_subparsers(dest="span_action", metavar="ACTION", required=True,
                                  parser_class=type(span))
    add = actions.add_parser("add", parents=[parent], help="add a span by hand")
    add.add_argument("--start", required=True, metavar="ISO8601", help="when the call started")
    add.add_argument("--end", required=True, metavar="ISO8601", help="when it ended")
    delete = actions.add_parser("delete", parents=[parent], help="delete one span")
    delete.add_argument("id", type=int, metavar="ID", help="the span id ('wellbeing spans')")
    workload = sub.add_parser("workload", parents=[parent],
                              help="a day's calls handled, talk time and back-to-back runs")
    workload.add_argument("--day", metavar="YYYY-MM-DD", help="which day (default: today)")
    workload.add_argument("--json", action="store_true", help="machine-readable output")


COMMANDS = {"spans": cmd_spans, "span": cmd_span, "workload": cmd_workload}
