"""What the ``summary`` and ``team`` commands do; imported only when one of them runs.

It pulls in cryptography and sqlite-utils, which the tray app must not load at start.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.output_file import write_atomically
from wellbeing_app.cli.parser import EXIT_OK
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.team_settings import (
    MIN_GROUP_FLOOR,
    team_settings_from,
    validate_epsilon,
    validate_min_group,
)
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.team.folder_reader import FolderReader
from wellbeing_app.team.report_builder import build_team_report
from wellbeing_app.team.report_format import report_to_html, report_to_json
from wellbeing_app.team.verified_cache import VERIFIED_CACHE_FILENAME, VerifiedCache
from wellbeing_app.usecases.team_sharing import TeamSharing


def _labels() -> dict[str, str]:
    return load_catalog().category_labels




def _week(args: argparse.Namespace, ctx: CliContext) -> IsoWeek:
    if args.week:
        return IsoWeek.parse(args.week)
    return IsoWeek.containing(ctx.clock.now().date()).previous()


def _summary_preview(args: argparse.Namespace, ctx: CliContext, sharing: TeamSharing) -> None:
    preview = sharing.preview(_week(args, ctx))
    if args.json:
        ctx.stdout.write(preview.file_text)
        return
    print("\n".join(preview.words), file=ctx.stdout)
    print(f"\nFile {preview.file_name} would contain:\n", file=ctx.stdout)
    ctx.stdout.write(preview.file_text)


def _summary_share(args: argparse.Namespace, ctx: CliContext, sharing: TeamSharing) -> None:
    preview = sharing.share_week(_week(args, ctx))
    print("\n".join(preview.words), file=ctx.stdout)
    print(f"Shared {preview.file_name} (sha256 {preview.sha256})", file=ctx.stdout)


def _summary_list(args: argparse.Namespace, ctx: CliContext, sharing: TeamSharing) -> None:
    records = sharing.history()
    if args.json:
        print(json.dumps([{k: v for k, v in vars(r).items() if k != "content"} for r in records],
                         indent=2), file=ctx.stdout)
    elif not records:
        print("Nothing shared yet.", file=ctx.stdout)
    for record in records if not args.json else []:
        print(f"{record.shared_at_utc}  {record.kind:9}  {record.week or '-':8}  "
              f"{record.file_name}  sha256 {record.sha256}", file=ctx.stdout)


def _summary_revoke(args: argparse.Namespace, ctx: CliContext, sharing: TeamSharing) -> None:
    if args.named_only:
        changed = sharing.withdraw_name()
        print(f"Named sharing is off; your name was removed from {len(changed)} shared files.",
              file=ctx.stdout)
        return
    result = sharing.revoke()
    print(f"Revoked: removed {len(result.removed)} summary files and wrote {result.tombstone}; "
          "the team view will ignore anything signed with your old key.", file=ctx.stdout)


_SUMMARY_ACTIONS = {"preview": _summary_preview, "share": _summary_share,
                    "list": _summary_list, "revoke": _summary_revoke}


def run_summary(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run one ``summary`` action against the agent's journal."""
    journal = ctx.open_journal()
    try:
        sharing = TeamSharing(journal, ctx.settings_service(journal), ctx.data_dir, ctx.clock,
                              _labels)
        _SUMMARY_ACTIONS[args.summary_action](args, ctx, sharing)
    finally:
        journal.close()
    return EXIT_OK


def run_team(args: argparse.Namespace, ctx: CliContext) -> int:
    """Build the team report from a folder of summaries."""
    journal = ctx.open_journal()
    try:
        settings = team_settings_from(ctx.settings_service(journal).values)
    finally:
        journal.close()
    asked = validate_min_group(args.min_group) if args.min_group is not None else MIN_GROUP_FLOOR
    min_group = max(settings.min_group, asked)
    epsilon = validate_epsilon(args.epsilon) if args.epsilon is not None else settings.noise_epsilon
    chosen = (args.folder or settings.team_folder).strip()
    if not chosen:
        raise ValidationError("folder", "Name the team folder (or set team_folder).")
    folder = Path(chosen).expanduser()
    if folder.exists() and not folder.is_dir():
        raise ValidationError("folder", f"The team folder {folder} is a file, not a folder.")
    if not folder.is_dir():
        raise ValidationError("folder", f"The team folder {folder} does not exist.")
    cache = VerifiedCache(ctx.data_dir / VERIFIED_CACHE_FILENAME)
    report = build_team_report(folder, min_group, epsilon, args.seed, FolderReader(cache=cache))
    if args.html:
        generated = ctx.clock.now().strftime("%Y-%m-%d %H:%M")
        write_atomically(Path(args.html).expanduser(),
                         report_to_html(report, _labels(), generated))
        print(f"Wrote {args.html}: {len(report.weeks)} weeks, {len(report.rejected)} files "
              "not counted.", file=ctx.stderr)
    if args.json or not args.html:
        print(json.dumps(report_to_json(report), indent=2), file=ctx.stdout)
    return EXIT_OK
