"""``reminders``: what the current settings plan for a day, from the scheduler's own rule."""

from __future__ import annotations

import argparse
import json
from datetime import date

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_OK, Subparsers
from wellbeing_app.cli.settings_commands import effective_settings
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.reminders.reminder_plan import plan_day
from wellbeing_app.domain.validation import check_years

KIND_TEXT = {
    "micro_break": "micro-break nudge",
    "pulse": "mid-shift pulse check-in (0–10)",
    "wind_down": "end-of-shift wind-down",
    "weekly_stress": "weekly stress question (1–5)",
    "who5": "WHO-5 well-being check-in",
}


def parse_day(text: str | None, ctx: CliContext) -> date:
    """``--day YYYY-MM-DD`` (default: today in ``ctx.zone``); used by ``workload`` too."""
    if not text:
        return ctx.clock.now().astimezone(ctx.zone).date()
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("day", f"{text!r} is not a date like 2026-11-24.") from None
    check_years(day, text, "day")  # the plan converts the day's edges to UTC
    return day


def cmd_reminders(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the day's planned reminders with their local times."""
    day = parse_day(args.day, ctx)
    plan = plan_day(effective_settings(ctx).settings, day, ctx.zone)
    if args.json:
        rows = [{"kind": r.kind.value, "at": r.at.astimezone(ctx.zone).isoformat(),
                 "at_utc": r.at.isoformat()} for r in plan]
        print(json.dumps(rows, indent=2), file=ctx.stdout)
    elif not plan:
        print(f"No reminders on {day.isoformat()} (no shift, or all reminders off).",
              file=ctx.stdout)
    else:
        for reminder in plan:
            local = reminder.at.astimezone(ctx.zone)
            print(f"{local:%H:%M}  {KIND_TEXT[reminder.kind.value]}", file=ctx.stdout)
    return EXIT_OK


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add ``reminders``."""
    reminders = sub.add_parser("reminders", parents=[parent],
                               help="list the reminders planned for a day")
    reminders.add_argument("--day", metavar="YYYY-MM-DD", help="which day (default: today)")
    reminders.add_argument("--json", action="store_true", help="machine-readable output")


COMMANDS = {"reminders": cmd_reminders}
