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
    load_team_settings,
    validate_epsilon,
    validate_min_group,
)
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.platform.settings.effective_settings import setting_getter
from wellbeing_app.store.journal import Journal
from wellbeing_app.store.team.team_store import TeamStore
from wellbeing_app.team.agent_key import CorruptKeyError
from wellbeing_app.team.folder_reader import FolderReader
from wellbeing_app.team.report_builder import build_team_report
from wellbeing_app.team.report_format import report_to_html, report_to_json
from wellbeing_app.team.sharing_service import SharingService
from wellbeing_app.team.summary_writer import TeamFolderError
from wellbeing_app.team.verified_cache import VERIFIED_CACHE_FILENAME, VerifiedCache


def _labels() -> dict[str, str]:
    return load_catalog().category_labels


def _service(ctx: CliContext, journal: Journal) -> SharingService:
    store = TeamStore(journal.database)
    return SharingService(ctx.data_dir, store, store, ctx.clock, _labels())


def _week(args: argparse.Namespace, ctx: CliContext) -> IsoWeek:
    if args.week:
        return IsoWeek.parse(args.week)
    return IsoWeek.containing(ctx.clock.now().date()).previous()


def _summary_preview(args: argparse.Namespace, ctx: CliContext, journal: Journal) -> None:
    settings = load_team_settings(setting_getter(journal.connection))
    preview = _service(ctx, journal).preview(_week(args, ctx), settings)
    if args.json:
        ctx.stdout.write(preview.file_text)
        return
    print("\n".join(preview.words), file=ctx.stdout)
    print(f"\nFile {preview.file_name} would contain:\n", file=ctx.stdout)
    ctx.stdout.write(preview.file_text)


def _summary_share(args: argparse.Namespace, ctx: CliContext, journal: Journal) -> None:
    settings = load_team_settings(setting_getter(journal.connection))
    try:
        preview = _service(ctx, journal).share(_week(args, ctx), settings)
    except TeamFolderError as error:
        raise ValidationError("team_folder", str(error)) from None
    print("\n".join(preview.words), file=ctx.stdout)
    print(f"Shared {preview.file_name} (sha256 {preview.sha256})", file=ctx.stdout)


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
    settings = load_team_settings(setting_getter(journal.connection))
    if args.named_only:
        try:
            changed = _service(ctx, journal).withdraw_name(settings)
        except TeamFolderError as error:
            raise ValidationError("team_folder", str(error)) from None
        journal.set_setting("share_named", False)
        print(f"Named sharing is off; your name was removed from {len(changed)} shared files.",
              file=ctx.stdout)
        return
    try:
        result = _service(ctx, journal).revoke(settings)
    except (ValidationError, TeamFolderError) as error:  # a damaged key, a missing folder…
        _stop_sharing_anyway(ctx, journal, settings.opted_in, error)
        return
    _clear_opt_ins(journal)
    print(f"Revoked: removed {len(result.removed)} summary files and wrote {result.tombstone}; "
          "the team view will ignore anything signed with your old key.", file=ctx.stdout)


def _clear_opt_ins(journal: Journal) -> None:
    with journal.transaction():  # both opt-ins go off together
        journal.set_setting("share_anonymous", False)
        journal.set_setting("share_named", False)


def _stop_sharing_anyway(ctx: CliContext, journal: Journal, was_on: bool,
                         error: ValidationError | TeamFolderError) -> None:
    """Revoking must always work: clear the opt-ins, drop an unreadable key, say what is left."""
    if not was_on and not isinstance(error, CorruptKeyError):
        raise error if isinstance(error, ValidationError) else ValidationError(
            "team_folder", str(error))
    _clear_opt_ins(journal)
    if isinstance(error, CorruptKeyError):
        error.path.unlink(missing_ok=True)  # a later opt-in makes a new key and a new pseudonym
    print("Sharing is off: both opt-ins are cleared.", file=ctx.stdout)
    why = ("your signing key could not be read, so it was removed and no signed tombstone "
           "could be written" if isinstance(error, CorruptKeyError) else str(error).rstrip("."))
    print(f"wellbeing: warning: {why}; files you shared before stay in the team folder.",
          file=ctx.stderr)


_SUMMARY_ACTIONS = {"preview": _summary_preview, "share": _summary_share,
                    "list": _summary_list, "revoke": _summary_revoke}


def run_summary(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run one ``summary`` action against the agent's journal."""
    journal = ctx.open_journal()
    try:
        _SUMMARY_ACTIONS[args.summary_action](args, ctx, journal)
    finally:
        journal.close()
    return EXIT_OK


def run_team(args: argparse.Namespace, ctx: CliContext) -> int:
    """Build the team report from a folder of summaries."""
    journal = ctx.open_journal()
    try:
        settings = load_team_settings(setting_getter(journal.connection))
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
