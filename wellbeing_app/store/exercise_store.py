"""Exercise sessions in the journal file: their own migration set and table."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlite_utils import Database, Migrations

from wellbeing_app.domain.exercise_session import SessionRecord, StoredSession

MIGRATIONS = Migrations("between_calls_exercises")


@MIGRATIONS(name="0001_exercise_sessions")
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


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _row_to_session(row: dict[str, Any]) -> StoredSession:
    offset = int(row["utc_offset_minutes"])
    local = timezone(timedelta(minutes=offset))
    return StoredSession(
        id=int(row["id"]), kind=row["kind"], exercise_id=row["exercise_id"],
        started_at=datetime.fromisoformat(row["started_utc"]).astimezone(local),
        ended_at=datetime.fromisoformat(row["ended_utc"]).astimezone(local),
        planned_seconds=int(row["planned_seconds"]), active_seconds=int(row["active_seconds"]),
        completed=bool(row["completed"]), stopped_at_step=row["stopped_at_step"],
        stopped_at_label=row["stopped_at_label"] or "",
        skipped_groups=tuple(json.loads(row["skipped_groups"] or "[]")),
        stress_before=row["stress_before"], stress_after=row["stress_after"],
        call_id=row["call_id"],
    )


class ExerciseStore:
    """Reads and writes ``exercise_sessions``; a sibling of the Journal on its database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, session: SessionRecord) -> StoredSession:
        """Store a finished session in one transaction; durable when this returns."""
        offset = session.started_at.utcoffset()
        assert offset is not None
        values = {
            "kind": session.kind, "exercise_id": session.exercise_id,
            "started_utc": _utc(session.started_at), "ended_utc": _utc(session.ended_at),
            "local_date": session.started_at.date().isoformat(),
            "utc_offset_minutes": int(offset.total_seconds() // 60),
            "planned_seconds": session.planned_seconds,
            "active_seconds": session.active_seconds, "completed": int(session.completed),
            "stopped_at_step": session.stopped_at_step,
            "stopped_at_label": session.stopped_at_label,
            "skipped_groups": json.dumps(list(session.skipped_groups)),
            "stress_before": session.stress_before, "stress_after": session.stress_after,
            "call_id": session.call_id,
        }
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._db.atomic():
            cursor = self._db.execute(
                f"INSERT INTO exercise_sessions ({columns}) VALUES ({marks})",
                list(values.values()),
            )
            new_id = int(cursor.lastrowid or 0)
        return self.get(new_id)

    def set_stress_after(self, session_id: int, rating: int | None) -> StoredSession:
        """Add (or clear) the after-rating once the agent gives it."""
        if rating is not None and not 0 <= rating <= 10:
            raise ValueError("ratings are from 0 to 10")
        with self._db.atomic():
            self._db.execute("UPDATE exercise_sessions SET stress_after = ? WHERE id = ?",
                             [rating, session_id])
        return self.get(session_id)

    def get(self, session_id: int) -> StoredSession:
        """One session or ``KeyError``."""
        rows = list(self._db.query("SELECT * FROM exercise_sessions WHERE id = ?", [session_id]))
        if not rows:
            raise KeyError(session_id)
        return _row_to_session(rows[0])

    def sessions(self, since: datetime | None = None) -> list[StoredSession]:
        """Sessions in start order, optionally from ``since`` on."""
        if since is None:
            rows = self._db.query("SELECT * FROM exercise_sessions ORDER BY started_utc, id")
        else:
            rows = self._db.query(
                "SELECT * FROM exercise_sessions WHERE started_utc >= ? ORDER BY started_utc, id",
                [_utc(since)])
        return [_row_to_session(row) for row in rows]

    def count(self) -> int:
        """How many sessions are stored."""
        return int(self._db.execute("SELECT count(*) FROM exercise_sessions").fetchone()[0])
