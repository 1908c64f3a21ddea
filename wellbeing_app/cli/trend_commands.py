"""``stats`` (the trends window's numbers as text or JSON) and ``demo-data``."""

from __future__ import annotations

import argparse
import json
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_OK, Subparsers
from wellbeing_app.domain.calls.catalog import Catalog
from wellbeing_app.domain.demo.demo_history import DemoCall, DemoExercise, demo_history
from wellbeing_app.domain.demo.demo_sessions import demo_session_record
from wellbeing_app.domain.demo.demo_spans import demo_spans
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.exercises.exercise_effect import exercise_label
from wellbeing_app.domain.trends.trend_range import TrendRange, parse_range
from wellbeing_app.domain.trends.trend_report import TrendReport, report_to_dict
from wellbeing_app.domain.workload.call_span import SpanSource
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.usecases.trends import trends_report

DEMO_DATA_KEY = "demo_data"
#: Detected calls a demo weekday holds, so the workload charts have something to show.
DEMO_CALLS_HANDLED = 40
MAX_DEMO_DAYS = 3660
MAX_PER_DAY = 200


def _mean(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def render_report(report: TrendReport, catalog: Catalog) -> list[str]:
    """The report as plain lines; empty days show a dash, never a zero mean."""
    lines = [f"{report.range.label}: {report.start} to {report.end}",
             f"Tough calls: {report.total.count} · mean stress {_mean(report.total.mean)}", "",
             "Per day (count · mean · 7-day mean):"]
    lines += [f"  {p.day:%Y-%m-%d %a}  {p.count:3d}  {_mean(p.mean_stress):>4}  "
              f"{_mean(p.rolling_mean):>4}" for p in report.days]
    lines += ["", "Categories:"]
    lines += [f"  {catalog.label_for(c)}: {n}" for c, n in report.categories] or ["  —"]
    lines += ["", "Hour of day (local; count · mean):"]
    lines += [f"  {h:02d}:00  {t.count:4d}  {_mean(t.mean)}"
              for h, t in enumerate(report.grid.by_hour()) if t.count]
    lines += ["", "Exercise effect (sessions · before → after):"]
    lines += [f"  {exercise_label(e.exercise_id)}: {e.sessions} · {_mean(e.before.mean)} → "
              f"{_mean(e.after.mean)} ({e.change:+.1f})" for e in report.exercises] or ["  —"]
    lines += ["", "Insights:"]
    lines += [f"  • {i.text}" for i in report.insights] or [
        "  None yet: each insight needs enough entries first (see README, Trends)."]
    lines += ["", "Check-ins:"]
    lines += [f"  {c.local_date}  {c.kind}: {c.score:g}" for c in report.check_ins] or ["  —"]
    return lines


def cmd_stats(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the same numbers the trends window shows."""
    trend_range = parse_range(args.range)
    journal = ctx.open_journal()
    try:
        report = trends_report(journal, trend_range, ctx.clock.now().date())
    finally:
        journal.close()
    if args.json:
        print(json.dumps(report_to_dict(report), indent=2, ensure_ascii=False), file=ctx.stdout)
    else:
        print("\n".join(render_report(report, load_catalog())), file=ctx.stdout)
    return EXIT_OK


def _check_demo_args(args: argparse.Namespace) -> ZoneInfo:
    if not 1 <= args.days <= MAX_DEMO_DAYS:
        raise ValidationError("days", f"--days must be from 1 to {MAX_DEMO_DAYS}.")
    if not 0 < args.per_day <= MAX_PER_DAY:
        raise ValidationError("per_day", f"--per-day must be above 0 and at most {MAX_PER_DAY}.")
    try:
        return ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("timezone", f"Unknown time zone {args.timezone!r} "
                                          "(use a name such as Europe/Berlin).") from None


def cmd_demo_data(args: argparse.Namespace, ctx: CliContext) -> int:
    """Fill an empty data dir with synthetic history; never touch real entries."""
    zone = _check_demo_args(args)
    now = ctx.clock.now().astimezone(zone)
    items = [item for item in demo_history(
        end=now.date(), days=args.days, per_day=args.per_day, seed=args.seed, zone=zone,
        categories=load_catalog().category_ids) if item.at <= now]
    detected = [(start, end, SpanSource.MICROPHONE) for start, end in demo_spans(
        now.date(), args.days, DEMO_CALLS_HANDLED, seed=args.seed, zone=zone) if end <= now]
    journal = ctx.open_journal()
    try:
        existing = journal.count_calls()
        if existing:
            raise ValidationError("data_dir", (
                f"{ctx.data_dir} already holds {existing} "
                f"{'entry' if existing == 1 else 'entries'}; demo data only goes into "
                "an empty data dir (try --data-dir /tmp/between-calls-demo)."))
        with journal.transaction():  # all of it or nothing, so a rerun is not refused
            calls = journal.import_calls(
                (i.draft, i.at) for i in items if isinstance(i, DemoCall))
            sessions = journal.exercises.record_many(
                demo_session_record(i) for i in items if isinstance(i, DemoExercise))
            spans = journal.call_spans.import_spans(detected)
            journal.remembered.set(DEMO_DATA_KEY, {"seed": args.seed, "days": args.days})
    finally:
        journal.close()
    print(f"Wrote {calls} demo calls, {sessions} exercise sessions and {spans} detected call "
          f"spans to {ctx.data_dir}", file=ctx.stdout)
    return EXIT_OK


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add ``stats`` and ``demo-data``."""
    stats = sub.add_parser("stats", parents=[parent],
                           help="trends: per-day counts and stress, categories, hours, "
                                "exercise effect and insights")
    stats.add_argument("--range", default=TrendRange.MONTH.value, metavar="RANGE",
                       help="7d, 30d (default), 90d, 1y or all")
    stats.add_argument("--json", action="store_true", help="machine-readable output")
    demo = sub.add_parser("demo-data", parents=[parent],
                          help="fill an EMPTY data dir with synthetic history for demos")
    demo.add_argument("--days", type=int, required=True, metavar="N", help="days of history")
    demo.add_argument("--per-day", type=float, default=5.0, metavar="K",
                      help="mean tough calls per working day (default 5)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    demo.add_argument("--timezone", default="Europe/Berlin", metavar="ZONE",
                      help="IANA zone the demo agent works in (default Europe/Berlin, with DST)")


COMMANDS = {"stats": cmd_stats, "demo-data": cmd_demo_data}
