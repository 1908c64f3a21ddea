"""The migrations this build expects, readable without importing sqlite-utils.

``Journal.open`` compares this with the ``_sqlite_migrations`` table using plain sqlite3, so
the tray app only imports sqlite-utils (≈13 MiB, ≈50 ms) when a migration is actually pending.
A unit test keeps this list equal to the registered migration sets.
"""

from __future__ import annotations

import sqlite3

EXPECTED_MIGRATIONS: dict[str, tuple[str, ...]] = {
    "between_calls": ("0001_calls_and_settings",),
    "between_calls_exercises": ("0001_exercise_sessions", "0002_rating_totals_by_exercise"),
    "between_calls_trends": ("0001_day_hour_and_category_rollups",),
    "between_calls_team": ("0001_shared_summaries",),
    "between_calls_reminders": ("0001_check_ins",),
    "between_calls_workload": ("0001_call_spans",),
    "between_calls_remembered": ("0001_remembered_choices",),
}


def recorded_migrations(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """(migration set, name) of every migration the file records; empty before the first."""
    try:
        rows = conn.execute("SELECT migration_set, name FROM _sqlite_migrations").fetchall()
    except sqlite3.OperationalError:  # no such table: nothing migrated yet
        return set()
    return {(str(migration_set), str(name)) for migration_set, name in rows}


def migrations_pending(recorded: set[tuple[str, str]]) -> bool:
    """Does any migration this build expects lack a record?"""
    return any((migration_set, name) not in recorded
               for migration_set, names in EXPECTED_MIGRATIONS.items() for name in names)


def unknown_migration(recorded: set[tuple[str, str]]) -> tuple[str, str] | None:
    """A migration of ours this build does not know (a newer version wrote it), or ``None``."""
    for migration_set, name in sorted(recorded):
        known = EXPECTED_MIGRATIONS.get(migration_set)
        ours = known is not None or migration_set.startswith("between_calls")
        if ours and (known is None or name not in known):
            return migration_set, name
    return None
