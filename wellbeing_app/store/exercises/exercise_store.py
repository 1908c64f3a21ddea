"""Exercise sessions in the journal file: the only writer of ``exercise_sessions``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Any

from wellbeing_app.domain.exercises.exercise_session import SessionRecord, StoredSession
from wellbeing_app.store.moment_columns import moment_columns, utc_text
from wellbeing_app.store.store_core import StoreCore

COLUMNS = ("id", "kind", "exercise_id", "started_utc", "ended_utc", "local_date",
           "utc_offset_minutes", "planned_seconds", "active_seconds", "completed",
           "stopped_at_step", "stopped_at_label", "skipped_groups", "stress_before",
           "stress_after", "call_id")
SELECT = f"SELECT {', '.join(COLUMNS)} FROM exercise_sessions"
#: A write to ``exercise_sessions`` also changes its rating totals (by trigger).
SESSION_TABLES = ("exercise_sessions", "exercise_rating_totals")
_INSERT = (f"INSERT INTO exercise_sessions ({', '.join(COLUMNS[1:])}) "
           f"VALUES ({', '.join('?' * (len(COLUMNS) - 1))})")


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


def _values(session: SessionRecord) -> tuple[Any, ...]:
    started, local_date, offset = moment_columns(session.started_at)
    return (session.kind, session.exercise_id, started, utc_text(session.ended_at), local_date,
            offset, session.planned_seconds, session.active_seconds, int(session.completed),
            session.stopped_at_step, session.stopped_at_label,
            json.dumps(list(session.skipped_groups)), session.stress_before,
            session.stress_after, session.call_id)


class ExerciseStore:
    """Owned by the Journal; every write to ``exercise_sessions`` comes through here."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def record(self, session: SessionRecord) -> StoredSession:
        """Store a finished session in one transaction; durable when this returns."""
        with self._core.transaction(*SESSION_TABLES) as conn:
            new_id = int(conn.execute(_INSERT, _values(session)).lastrowid or 0)
        return self.get(new_id)

    def record_many(self, sessions: Iterable[SessionRecord]) -> int:
        """Store many sessions in one transaction (demo data, imports); return how many."""
        rows = [_values(session) for session in sessions]
        with self._core.transaction(*SESSION_TABLES) as conn:
            conn.executemany(_INSERT, rows)
        return len(rows)

    def set_stress_after(self, session_id: int, rating: int | None) -> StoredSession:
        """Add (or clear) the after-rating once the agent gives it."""
        if rating is not None and not 0 <= rating <= 10:
            raise ValueError("ratings are from 0 to 10")
        with self._core.transaction(*SESSION_TABLES) as conn:
            conn.execute("UPDATE exercise_sessions SET stress_after = ? WHERE id = ?",
                         (rating, session_id))
        return self.get(session_id)

    def get(self, session_id: int) -> StoredSession:
        """One session or ``KeyError``."""
        return _row_to_session(self._core.one(f"{SELECT} WHERE id = ?", session_id))

    def sessions(self, since: datetime | None = None) -> list[StoredSession]:
        """Sessions in start order, optionally from ``since`` on."""
        if since is None:
            rows = self._core.rows(f"{SELECT} ORDER BY started_utc, id")
        else:
            rows = self._core.rows(f"{SELECT} WHERE started_utc >= ? ORDER BY started_utc, id",
                                   (utc_text(since),))
        return [_row_to_session(row) for row in rows]

    def mean_drops(self, exercise_ids: Iterable[str]) -> dict[str, float]:
        """Mean of before − after per exercise, over sessions rated both times (one query).

        The offer after a logged call needs only this, never every session: the totals are
        kept per exercise by triggers, so this reads a row per exercise whatever the history.
        """
        ids = sorted(set(exercise_ids))
        marks = ",".join("?" * len(ids))
        rows = self._core.rows(
            "SELECT exercise_id, sessions, before_sum - after_sum FROM exercise_rating_totals "
            f"WHERE exercise_id IN ({marks}) AND sessions > 0", ids)
        return {str(exercise): int(drop) / int(n) for exercise, n, drop in rows}

    def count(self) -> int:
        """How many sessions are stored."""
        row = self._core.row("SELECT count(*) FROM exercise_sessions")
        return int(row[0]) if row else 0
