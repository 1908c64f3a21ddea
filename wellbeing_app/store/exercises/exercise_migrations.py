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


_RATED = "{row}.stress_before IS NOT NULL AND {row}.stress_after IS NOT NULL"
_ADD = """INSERT INTO exercise_rating_totals (exercise_id, sessions, before_sum, after_sum)
    VALUES (NEW.exercise_id, 1, NEW.stress_before, NEW.stress_after)
    ON CONFLICT (exercise_id) DO UPDATE SET sessions = sessions + 1,
    before_sum = before_sum + excluded.before_sum, after_sum = after_sum + excluded.after_sum;"""
_REMOVE = """UPDATE exercise_rating_totals SET sessions = sessions - 1,
    before_sum = before_sum - OLD.stress_before, after_sum = after_sum - OLD.stress_after
    WHERE exercise_id = OLD.exercise_id;"""


@EXERCISE_MIGRATIONS(name="0002_rating_totals_by_exercise")
def _rating_totals_by_exercise(db: Any) -> None:
    # The offer after every logged call needs the mean drop of two exercises: a two-row
    # lookup here, kept exact by triggers in the writer's own transaction, instead of a scan.
    db.execute("""CREATE TABLE exercise_rating_totals (
        exercise_id TEXT PRIMARY KEY, sessions INTEGER NOT NULL,
        before_sum INTEGER NOT NULL, after_sum INTEGER NOT NULL) WITHOUT ROWID""")
    db.execute(f"""INSERT INTO exercise_rating_totals
        SELECT exercise_id, count(*), sum(stress_before), sum(stress_after)
        FROM exercise_sessions WHERE {_RATED.format(row='exercise_sessions')}
        GROUP BY exercise_id""")
    old, new = _RATED.format(row="OLD"), _RATED.format(row="NEW")
    db.execute(f"CREATE TRIGGER exercise_ratings_insert AFTER INSERT ON exercise_sessions "
               f"WHEN {new} BEGIN {_ADD} END")
    db.execute(f"CREATE TRIGGER exercise_ratings_delete AFTER DELETE ON exercise_sessions "
               f"WHEN {old} BEGIN {_REMOVE} END")
    columns = "exercise_id, stress_before, stress_after"
    db.execute(f"CREATE TRIGGER exercise_ratings_update_old AFTER UPDATE OF {columns} "
               f"ON exercise_sessions WHEN {old} BEGIN {_REMOVE} END")
    db.execute(f"CREATE TRIGGER exercise_ratings_update_new AFTER UPDATE OF {columns} "
               f"ON exercise_sessions WHEN {new} BEGIN {_ADD} END")
