"""Exercise sessions in the journal file: reads and writes ``exercise_sessions`` (plain sqlite3)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from wellbeing_app.domain.exercises.exercise_session import SessionRecord, StoredSession
from wellbeing_app.store.journal import Journal

COLUMNS = ("id", "kind", "exercise_id", "started_utc", "ended_utc", "local_date",
           "utc_offset_minutes", "planned_seconds", "active_seconds", "completed",
           "stopped_at_step", "stopped_at_label", "skipped_groups", "stress_before",
           "stress_after", "call_id")
SELECT = f"SELECT {', '.join(COLUMNS)} FROM exercise_sessions"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _row_to_session(values: sqlite3.Row | tuple[Any, ...]) -> StoredSession:
    row = dict(zip(COLUMNS, values, strict=True))
    local = timezone(timedelta(minutes=int(row["utc_offset_minutes"])))
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
    """A sibling of the Journal on the same connection; the only writer of its table."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

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
        marks = ", ".join("?" for _ in values)
        with self._journal.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO exercise_sessions ({', '.join(values)}) VALUES ({marks})",
                tuple(values.values()))
            new_id = int(cursor.lastrowid or 0)
        return self.get(new_id)

    def set_stress_after(self, session_id: int, rating: int | None) -> StoredSession:
        """Add (or clear) the after-rating once the agent gives it."""
        if rating is not None and not 0 <= rating <= 10:
            raise ValueError("ratings are from 0 to 10")
        with self._journal.transaction() as conn:
            conn.execute("UPDATE exercise_sessions SET stress_after = ? WHERE id = ?",
                         (rating, session_id))
        return self.get(session_id)

    def get(self, session_id: int) -> StoredSession:
        """One session or ``KeyError``."""
        row = self._journal.connection.execute(f"{SELECT} WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise KeyError(session_id)
        return _row_to_session(row)

    def sessions(self, since: datetime | None = None) -> list[StoredSession]:
        """Sessions in start order, optionally from ``since`` on."""
        conn = self._journal.connection
        if since is None:
            rows = conn.execute(f"{SELECT} ORDER BY started_utc, id")
        else:
            rows = conn.execute(f"{SELECT} WHERE started_utc >= ? ORDER BY started_utc, id",
                                (_utc(since),))
        return [_row_to_session(row) for row in rows]

    def count(self) -> int:
        """How many sessions are stored."""
        return int(self._journal.connection.execute(
            "SELECT count(*) FROM exercise_sessions").fetchone()[0])
