"""What the ``team`` commands do (IT and the team lead); imported only when one runs."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.output_file import write_atomically
from wellbeing_app.cli.parser import EXIT_OK
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.team_settings import TeamSettings, team_settings_from
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.team.aggregator import AggregateResult, WeekOutcome
from wellbeing_app.team.report_format import report_to_html, report_to_json
from wellbeing_app.usecases import team_admin


def _settings(ctx: CliContext) -> TeamSettings:
    journal = ctx.open_journal()
    try:
        return team_settings_from(ctx.settings_service(journal).values)
    finally:
        journal.close()


def _keys(args: argparse.Namespace, ctx: CliContext) -> None:
    make = (team_admin.make_aggregator_key if args.team_action == "aggregator-key"
            else team_admin.make_admin_key)
    print(make(Path(args.out).expanduser()), file=ctx.stdout)


def _enroll(args: argparse.Namespace, ctx: CliContext) -> None:
    folder = team_admin.team_folder(args.folder)
    change = team_admin.enroll([Path(p) for p in args.requests], Path(args.admin_key), folder,
                               ctx.clock.now())
    print(f"Enrolled {len(change.agents)}: {', '.join(change.agents)}. Roster number "
          f"{change.serial} lists {change.members} agents.", file=ctx.stdout)


def _unenroll(args: argparse.Namespace, ctx: CliContext) -> None:
    folder = team_admin.team_folder(args.folder)
    change = team_admin.unenroll(args.public_key, Path(args.admin_key), folder, ctx.clock.now())
    print(f"Unenrolled {change.agents[0]}: not counted in future aggregates. Roster number "
          f"{change.serial} lists {change.members} agents.", file=ctx.stdout)


def _outcome_json(outcome: WeekOutcome) -> dict[str, Any]:
    team = outcome.published.team
    return {"week": str(team.week), "report_file": outcome.report_file,
            "counted": outcome.counted, "already_published": outcome.already_published,
            "figures_shown": team.anything_shown,
            "rejected": [{"file": r.file_name, "reason": r.reason, "detail": r.detail}
                         for r in outcome.rejected]}


def _outcome_lines(outcome: WeekOutcome) -> list[str]:
    team = outcome.published.team
    if outcome.already_published:
        return [f"{team.week}: already published on {outcome.published.created_utc} "
                f"({outcome.report_file}); noise is added once, so it is not aggregated again."]
    shown = ("figures shown" if team.anything_shown else
             f"no figures shown ({team.figure('agents').suppressed})")
    reasons = Counter(r.reason for r in outcome.rejected)
    why = "; ".join(f"{n} {reason}" for reason, n in sorted(reasons.items()))
    lines = [f"{team.week}: {outcome.counted} counted, {len(outcome.rejected)} rejected"
             f"{f' ({why})' if why else ''}; {shown}. Wrote {outcome.report_file}."]
    lines += [f"  not counted: {r.file_name}: {r.reason}: {r.detail}" for r in outcome.rejected]
    return lines


def _print_aggregate(result: AggregateResult, as_json: bool, ctx: CliContext) -> None:
    if as_json:
        print(json.dumps({"enrolled": result.enrolled, "problems": list(result.problems),
                          "weeks": [_outcome_json(o) for o in result.weeks]}, indent=2),
              file=ctx.stdout)
        return
    print(f"Roster: {result.enrolled} enrolled agents.", file=ctx.stdout)
    for problem in result.problems:
        print(f"Problem: {problem}", file=ctx.stdout)
    for outcome in result.weeks:
        print("\n".join(_outcome_lines(outcome)), file=ctx.stdout)
    if not result.weeks:
        print("No ended week is waiting to be published.", file=ctx.stdout)


def _aggregate(args: argparse.Namespace, ctx: CliContext) -> None:
    folder = team_admin.team_folder(args.folder)
    week = IsoWeek.parse(args.week) if args.week else None
    result = team_admin.aggregate(folder, Path(args.key), _settings(ctx), ctx.data_dir,
                                  ctx.clock.now(), week)
    _print_aggregate(result, args.json, ctx)


def _report(args: argparse.Namespace, ctx: CliContext) -> None:
    settings = _settings(ctx)
    folder = team_admin.team_folder(args.folder or settings.team_folder)
    report = team_admin.lead_report(folder, settings, ctx.data_dir)
    if args.html:
        generated = ctx.clock.now().strftime("%Y-%m-%d %H:%M")
        write_atomically(Path(args.html).expanduser(),
                         report_to_html(report, load_catalog().category_labels, generated))
        print(f"Wrote {args.html}: {len(report.weeks)} published weeks, {len(report.named)} "
              f"named summaries, {len(report.rejected)} files not counted.", file=ctx.stderr)
    if args.json or not args.html:
        print(json.dumps(report_to_json(report), indent=2), file=ctx.stdout)


_TEAM_ACTIONS = {"aggregator-key": _keys, "admin-key": _keys, "enroll": _enroll,
                 "unenroll": _unenroll, "aggregate": _aggregate, "report": _report}


def run_team(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run one ``team`` action."""
    _TEAM_ACTIONS[args.team_action](args, ctx)
    return EXIT_OK
