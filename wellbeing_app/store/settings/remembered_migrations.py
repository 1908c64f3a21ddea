"""Remembered choices get their own table, so every table has one writer (imported only to migrate).

Before this migration they shared the ``settings`` table with the agent's declared settings;
the rows whose keys are not declared settings move over once, unchanged.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Migrations

from wellbeing_app.store.settings.settings_store import declared_keys

REMEMBERED_MIGRATIONS = Migrations("between_calls_remembered")


@REMEMBERED_MIGRATIONS(name="0001_remembered_choices")
def _move_remembered_choices(db: Any) -> None:
    db["remembered_choices"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    declared = declared_keys()
    moving = [{"key": key, "value": value}
              for key, value in db.execute("SELECT key, value FROM settings").fetchall()
              if key not in declared]
    if moving:
        db["remembered_choices"].insert_all(moving, replace=True)
        for row in moving:
            db["settings"].delete_where("key = ?", [row["key"]])
