"""Check-ins (pulse, weekly stress item, WHO-5): stored for the agent only."""

from __future__ import annotations

import json
from datetime import date, datetime

from wellbeing_app.domain.reminders.check_ins import CheckInAnswer, CheckInKind
from wellbeing_app.store.moment_columns import moment_columns
from wellbeing_app.store.store_core import StoreCore


class CheckInStore:
    """The only writer of ``check_ins``; WHO-5 never leaves it."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def add(self, answer: CheckInAnswer, at: datetime) -> int:
        """Store one validated check-in at an aware moment; returns its id."""
        moment = moment_columns(at)
        with self._core.transaction("check_ins") as conn:
            cursor = conn.execute(
                "INSERT INTO check_ins (kind, at_utc, local_date, utc_offset_minutes, answers,"
                " score) VALUES (?, ?, ?, ?, ?, ?)",
                (answer.kind.value, *moment, json.dumps(list(answer.answers)), answer.score))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def scores(self, kind: CheckInKind, limit: int = 8) -> list[tuple[date, int]]:
        """The newest ``limit`` scores of one kind, oldest first."""
        rows = self._core.rows(
            "SELECT local_date, score FROM check_ins WHERE kind = ? ORDER BY at_utc DESC, id DESC "
            "LIMIT ?", (kind.value, limit))
        return [(date.fromisoformat(d), int(s)) for d, s in reversed(rows)]

    def answers(self, kind: CheckInKind) -> list[tuple[int, ...]]:
        """The stored answers of one kind, oldest first (for the agent's own export)."""
        rows = self._core.rows("SELECT answers FROM check_ins WHERE kind = ? ORDER BY at_utc, id",
                               (kind.value,))
        return [tuple(json.loads(row[0])) for row in rows]
