"""The exercises feature's own named migration set (imported only when a migration runs)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Migrations

EXERCISE_MIGRATIONS = Migrations("between_calls_exercises")


@EXERCISE_MIGRATIONS(name="0001_exercise_sessions")
def _create_exercise_sessions(db: Any) -> None:
    # Raw SQL for ON DELETE SET NULL: undoing a logged call must not fail or drop the session.
    db.execute("""
        CREATE TABLE IF NOT EXISTS exercise_sessions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('breathing', 'pmr')),
            exercise_id TEXT NOT NULL,
            started_utc TEXT NOT NULL,
            ended_utc TEXT NOT NULL,
            local_date TEXT NOT NULL,
            utc_offset_minutes INTEGER NOT NULL,
            planned_seconds INTEGER NOT NULL,
            active_seconds INTEGER NOT NULL,
            completed INTEGER NOT NULL,
            stopped_at_step INTEGER,
            stopped_at_label TEXT NOT NULL DEFAULT '',
            skipped_groups TEXT NOT NULL DEFAULT '[]',
            stress_before INTEGER CHECK (stress_before BETWEEN 0 AND 10),
            stress_after INTEGER CHECK (stress_after BETWEEN 0 AND 10),
            call_id INTEGER REFERENCES calls(id) ON DELETE SET NULL
        )""")
    db.execute("CREATE INDEX IF NOT EXISTS idx_exercise_sessions_started "
               "ON exercise_sessions (started_utc)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_exercise_sessions_call "
               "ON exercise_sessions (call_id)")


@EXERCISE_MIGRATIONS(name="0002_index_ratings_by_exercise")
def _index_ratings_by_exercise(db: Any) -> None:
    # Covers the offer after a call (mean drop per exercise) without reading the table.
    db.execute("CREATE INDEX IF NOT EXISTS idx_exercise_sessions_ratings "
               "ON exercise_sessions (exercise_id, stress_before, stress_after)")
