"""``exercises``, ``exercise-sessions`` and the window commands ``breathe`` and ``relax``."""

from __future__ import annotations

import argparse
import json

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_OK, Subparsers
from wellbeing_app.domain.exercises.exercise_listing import describe_library, format_entry
from wellbeing_app.domain.exercises.exercise_session import StoredSession
from wellbeing_app.domain.export_text import records_to_json
from wellbeing_app.domain.validation import parse_since
from wellbeing_app.platform.resources import load_exercise_library


def cmd_exercises(args: argparse.Namespace, ctx: CliContext) -> int:
    """List every breathing pattern and PMR script with its phases and total."""
    entries = describe_library(load_exercise_library())
    if args.json:
        print(json.dumps(entries, indent=2, ensure_ascii=False), file=ctx.stdout)
        return EXIT_OK
    for entry in entries:
        for line in format_entry(entry):
            print(line, file=ctx.stdout)
    return EXIT_OK


def _session_record(session: StoredSession) -> dict[str, object]:
    return {
        "id": session.id, "kind": session.kind, "exercise_id": session.exercise_id,
        "started_at": session.started_at.isoformat(timespec="seconds"),
        "ended_at": session.ended_at.isoformat(timespec="seconds"),
        "planned_seconds": session.planned_seconds, "active_seconds": session.active_seconds,
        "completed": session.completed, "stopped_at_step": session.stopped_at_step,
        "stopped_at": session.stopped_at_label, "skipped_groups": list(session.skipped_groups),
        "stress_before": session.stress_before, "stress_after": session.stress_after,
        "call_id": session.call_id,
    }


def _session_line(session: StoredSession) -> str:
    rating = "-" if session.stress_before is None else str(session.stress_before)
    rating += " → " + ("-" if session.stress_after is None else str(session.stress_after))
    state = "done" if session.completed else f"stopped at {session.stopped_at_label or '?'}"
    parts = [f"#{session.id}", session.started_at.strftime("%Y-%m-%d %H:%M"),
             session.exercise_id, f"{session.active_seconds}s", state, f"stress {rating}"]
    if session.skipped_groups:
        parts.append("skipped " + ",".join(session.skipped_groups))
    if session.call_id is not None:
        parts.append(f"after call #{session.call_id}")
    return "  ".join(parts)


def cmd_exercise_sessions(args: argparse.Namespace, ctx: CliContext) -> int:
    """List stored sessions with their ratings."""
    since = parse_since(args.since, ctx.clock.now()) if args.since else None
    journal = ctx.open_journal()
    try:
        sessions = journal.exercises.sessions(since)
    finally:
        journal.close()
    if args.json:
        ctx.stdout.write(records_to_json(_session_record(s) for s in sessions))
    elif not sessions:
        print("No exercise sessions" + (" in that range." if since else " yet."), file=ctx.stdout)
    else:
        for session in sessions:
            print(_session_line(session), file=ctx.stdout)
    return EXIT_OK


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add the exercise commands."""
    listing = sub.add_parser("exercises", parents=[parent],
                             help="list every breathing pattern and muscle-relaxation script")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    sessions = sub.add_parser("exercise-sessions", parents=[parent],
                              help="list your exercise sessions and before/after ratings")
    sessions.add_argument("--since", metavar="ISO8601|7d|30d", help="only sessions from then on")
    sessions.add_argument("--json", action="store_true", help="machine-readable output")
    breathe = sub.add_parser("breathe", parents=[parent],
                             help="open the breathing window in the running app")
    breathe.add_argument("pattern", nargs="?", metavar="PATTERN",
                         help="long_exhale (default), cyclic_sigh, box, 478, resonance, "
                              "resonance_4_6, sigh or custom")
    relax = sub.add_parser("relax", parents=[parent],
                           help="open progressive muscle relaxation in the running app")
    relax.add_argument("script", nargs="?", metavar="SCRIPT",
                       help="desk_quick (default), pmr4, pmr7, pmr16 or recall4")


COMMANDS = {"exercises": cmd_exercises, "exercise-sessions": cmd_exercise_sessions}
