"""Check-ins (pulse, weekly stress item, WHO-5): stored for the agent only."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime

from wellbeing_app.domain.reminders.check_ins import CheckInAnswer, CheckInKind


class CheckInStore:
    """Writes and reads ``check_ins`` over the journal's connection; WHO-5 never leaves it."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn = connection

    def add(self, answer: CheckInAnswer, at: datetime) -> int:
        """Store one validated check-in at an aware moment; returns its id."""
        offset = at.utcoffset()
        if offset is None:
            raise ValueError("CheckInStore.add needs an aware datetime")
        cursor = self._conn.execute(
            "INSERT INTO check_ins (kind, at_utc, local_date, utc_offset_minutes, answers, score) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (answer.kind.value, at.astimezone(UTC).isoformat(timespec="seconds"),
             at.date().isoformat(), int(offset.total_seconds() // 60),
             json.dumps(list(answer.answers)), answer.score))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def scores(self, kind: CheckInKind, limit: int = 8) -> list[tuple[date, int]]:
        """The newest ``limit`` scores of one kind, oldest first."""
        rows = self._conn.execute(
            "SELECT local_date, score FROM check_ins WHERE kind = ? ORDER BY at_utc DESC, id DESC "
            "LIMIT ?", (kind.value, limit)).fetchall()
        return [(date.fromisoformat(d), int(s)) for d, s in reversed(rows)]
