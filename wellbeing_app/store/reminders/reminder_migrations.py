"""The reminders feature's schema: the ``check_ins`` table (imported only to migrate)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Migrations

REMINDER_MIGRATIONS = Migrations("between_calls_reminders")


@REMINDER_MIGRATIONS(name="0001_check_ins")
def _create_check_ins(db: Any) -> None:
    db["check_ins"].create(
        {"id": int, "kind": str, "at_utc": str, "local_date": str, "utc_offset_minutes": int,
         "answers": str, "score": int},
        pk="id", not_null={"kind", "at_utc", "local_date", "answers", "score"},
        if_not_exists=True,
    )
    db["check_ins"].create_index(["kind", "at_utc"], if_not_exists=True)
