"""Schema changes, only through sqlite-utils' named migrations."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Migrations

from wellbeing_app.store.exercises.exercise_migrations import EXERCISE_MIGRATIONS
from wellbeing_app.store.reminders.reminder_migrations import REMINDER_MIGRATIONS
from wellbeing_app.store.settings.remembered_migrations import REMEMBERED_MIGRATIONS
from wellbeing_app.store.team.team_migrations import TEAM_MIGRATIONS
from wellbeing_app.store.trends.trend_rollups import TREND_MIGRATIONS
from wellbeing_app.store.workload.span_migrations import WORKLOAD_MIGRATIONS

MIGRATIONS = Migrations("between_calls")


@MIGRATIONS(name="0001_calls_and_settings")
def _create_calls_and_settings(db: Any) -> None:
    db["calls"].create(
        {
            "id": int,
            "at_utc": str,
            "local_date": str,
            "utc_offset_minutes": int,
            "stress": int,
            "categories": str,
            "escalated": int,
            "ended_for_abuse": int,
            "note": str,
        },
        pk="id",
        not_null={"at_utc", "local_date", "utc_offset_minutes", "stress"},
        defaults={"categories": "[]", "escalated": 0, "ended_for_abuse": 0, "note": ""},
    )
    db["calls"].create_index(["at_utc"])
    db["calls"].create_index(["local_date"])
    db["settings"].create({"key": str, "value": str}, pk="key")


def all_migration_sets() -> list[Migrations]:
    """Every feature's migration set, in the order they must apply.

    Each feature keeps its own named set (``between_calls_<feature>``) in its own store module;
    adding one means adding a line here.
    """
    return [MIGRATIONS, EXERCISE_MIGRATIONS, TREND_MIGRATIONS, TEAM_MIGRATIONS,
            REMINDER_MIGRATIONS, WORKLOAD_MIGRATIONS, REMEMBERED_MIGRATIONS]


def apply_migrations(db: Any) -> list[str]:
    """Apply pending migrations of every set; return the names applied now."""
    applied: list[str] = []
    for migrations in all_migration_sets():
        applied += [f"{migrations.name}:{m.name}" for m in migrations.pending(db)]
        migrations.apply(db)
    return applied
