"""What the ``summary`` commands do; imported only when one of them runs.

It pulls in cryptography, PyNaCl and sqlite-utils, which the tray app must not load at start.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.output_file import write_atomically
from wellbeing_app.cli.parser import EXIT_OK
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.store.journal import Journal
from wellbeing_app.store.team.team_store import TeamStore
from wellbeing_app.team.share_files import KIND_SEALED, ShareFile
from wellbeing_app.team.sharing_service import SharePreview, SharingService
from wellbeing_app.team.summary_writer import TeamFolderError
from wellbeing_app.usecases.team_sharing import (
    revoke_sharing,
    sharing_service,
    team_settings,
    withdraw_named,
)


def _service(ctx: CliContext, journal: Journal) -> SharingService:
    return sharing_service(journal, ctx.data_dir, ctx.clock, load_catalog().category_labels)


def _week(args: argparse.Namespace, ctx: CliContext) -> IsoWeek:
    if args.week:
        return IsoWeek.parse(args.week)
    return IsoWeek.containing(ctx.clock.now().date()).previous()


def _file_json(file: ShareFile) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": file.name, "kind": file.kind, "sha256": file.sha256,
                             "contents": json.loads(file.text)}
    if file.kind == KIND_SEALED:
        entry["sealed_contents"] = json.loads(file.inside)
    return entry


def _preview_json(preview: SharePreview) -> str:
    return json.dumps({"week": str(preview.summary.week), "example": preview.example_key,
                       "words": list(preview.words),
                       "files": [_file_json(f) for f in preview.files]}, indent=2)


def _summary_preview(args: argparse.Namespace, ctx: CliContext, journal: Journal) -> None:
    preview = _service(ctx, journal).preview(_week(args, ctx), team_settings(journal))
    if args.json:
        print(_preview_json(preview), file=ctx.stdout)
        return
    print("\n".join(preview.words), file=ctx.stdout)
    for file in preview.files:
        print(f"\nFile {file.name} would contain:\n", file=ctx.stdout)
        ctx.stdout.write(file.text)
        if file.kind == KIND_SEALED:
            print("\nSealed inside it (only the aggregator can read this part):\n",
                  file=ctx.stdout)
            ctx.stdout.write(file.inside)


def _summary_share(args: argparse.Namespace, ctx: CliContext, journal: Journal) -> None:
    try:
        preview = _service(ctx, journal).share(_week(args, ctx), team_settings(journal))
    except TeamFolderError as error:
        raise ValidationError("team_folder", str(error)) from None
    print("\n".join(preview.words), file=ctx.stdout)
    for file in preview.files:
        print(f"Shared {file.name} (sha256 {file.sha256})", file=ctx.stdout)


def _summary_list(args: argparse.Namespace, ctx: CliContext, journal: Journal) -> None:
    records = TeamStore(journal.database).shared()
    if args.json:
        print(json.dumps([{k: v for k, v in vars(r).items() if k != "content"} for r in records],
                         indent=2), file=ctx.stdout)
    elif not records:
        print("Nothing shared yet.", file=ctx.stdout)
    for record in records if not args.json else []:
        print(f"{record.shared_at_utc}  {record.kind:9}  {record.week or '-':8}  "
              f"{record.file_name}  sha256 {record.sha256}", file=ctx.stdout)


def _summary_revoke(args: argparse.Namespace, ctx: CliContext, journal: Journal) -> None:
    settings = team_settings(journal)
    service = _service(ctx, journal)
    if args.named_only:
        try:
            removed = withdraw_named(journal, service, settings)
        except TeamFolderError as error:
            raise ValidationError("team_folder", str(error)) from None
        print(f"Named sharing is off; {len(removed)} named files were deleted. Sealed "
              "anonymous files carry no name and stay.", file=ctx.stdout)
        return
    outcome = revoke_sharing(journal, service, settings)
    print(outcome.message(), file=ctx.stdout)
    for problem in outcome.problems:
        print(f"wellbeing: warning: {problem}", file=ctx.stderr)


def _summary_enroll_request(args: argparse.Namespace, ctx: CliContext, journal: Journal) -> None:
    text = _service(ctx, journal).enroll_request()
    target = Path(args.output).expanduser()
    write_atomically(target, text)
    print(f"Wrote {target}. Give it to IT; once they enroll you, your sealed anonymous "
          "summaries count toward team figures.", file=ctx.stdout)


_SUMMARY_ACTIONS = {"preview": _summary_preview, "share": _summary_share,
                    "list": _summary_list, "revoke": _summary_revoke,
                    "enroll-request": _summary_enroll_request}


def run_summary(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run one ``summary`` action against the agent's journal."""
    journal = ctx.open_journal()
    try:
        _SUMMARY_ACTIONS[args.summary_action](args, ctx, journal)
    finally:
        journal.close()
    return EXIT_OK
