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
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.team.share_files import KIND_SEALED, ShareFile
from wellbeing_app.team.sharing_service import SharePreview
from wellbeing_app.usecases.team_sharing import TeamSharing


def _labels() -> dict[str, str]:
    return load_catalog().category_labels


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


def _summary_preview(args: argparse.Namespace, ctx: CliContext, sharing: TeamSharing) -> None:
    preview = sharing.preview(_week(args, ctx))
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


def _summary_share(args: argparse.Namespace, ctx: CliContext, sharing: TeamSharing) -> None:
    preview = sharing.share_week(_week(args, ctx))
    print("\n".join(preview.words), file=ctx.stdout)
    for file in preview.files:
        print(f"Shared {file.name} (sha256 {file.sha256})", file=ctx.stdout)


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
        removed = sharing.withdraw_name()
        print(f"Named sharing is off; {len(removed)} named files were deleted. Sealed "
              "anonymous files carry no name and stay.", file=ctx.stdout)
        return
    result = sharing.revoke()
    parts = ["Sharing is off."]
    if result.removed:
        parts.append(f"{len(result.removed)} of your files were removed from the team folder.")
    if result.tombstone:
        parts.append(f"{result.tombstone} tells the aggregator and the team view to ignore "
                     "anything signed with your old key.")
    print(" ".join(parts), file=ctx.stdout)
    for problem in result.problems:
        print(f"wellbeing: warning: {problem}", file=ctx.stderr)


def _summary_enroll_request(args: argparse.Namespace, ctx: CliContext,
                            sharing: TeamSharing) -> None:
    target = Path(args.output).expanduser()
    write_atomically(target, sharing.enroll_request())
    print(f"Wrote {target}. Give it to IT; once they enroll you, your sealed anonymous "
          "summaries count toward team figures.", file=ctx.stdout)


_SUMMARY_ACTIONS = {"preview": _summary_preview, "share": _summary_share,
                    "list": _summary_list, "revoke": _summary_revoke,
                    "enroll-request": _summary_enroll_request}


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
