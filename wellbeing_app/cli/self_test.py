"""The store half of ``wellbeing self-test``; the window half lives in the app."""

from __future__ import annotations

import tempfile
from pathlib import Path

from wellbeing_app.cli.context import CliContext
from wellbeing_app.domain.validation import validate_call
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.store.backups import copy_journal
from wellbeing_app.store.journal import DB_FILENAME, Journal


def check_store(ctx: CliContext) -> list[str]:
    """Open the real store read-only-ish and migrate a scratch copy; return problems."""
    problems: list[str] = []
    try:
        catalog = load_catalog()
    except Exception as error:  # noqa: BLE001 - every failure becomes a line of the report
        return [f"content: {error}"]
    real = ctx.data_dir / DB_FILENAME
    with tempfile.TemporaryDirectory(prefix="wellbeing-selftest-") as scratch:
        copy = Path(scratch) / DB_FILENAME
        if real.exists():
            copy_journal(real, copy)  # entries still in the WAL come along
        try:
            journal = Journal.open(copy)
            status = journal.quick_check()
            if status != "ok":
                problems.append(f"store: quick_check says {status}")
            draft = validate_call(stress=5, categories=["other"],
                                  known_categories=catalog.category_ids)
            logged = journal.log_call(draft, ctx.clock.now())
            if journal.get_call(logged.id).stress != 5:
                problems.append("store: a logged call did not read back")
            journal.close()
        except Exception as error:  # noqa: BLE001
            problems.append(f"store: {error}")
    from wellbeing_app.platform.windows_acl import data_folder_acl_problems

    if ctx.data_dir.exists():
        problems += data_folder_acl_problems(ctx.data_dir)
    try:
        from wellbeing_app.team.self_check import check_team_files

        problems += check_team_files()
    except Exception as error:  # noqa: BLE001
        problems.append(f"team: {error}")
    return problems

