"""Writes synthetic exercise sessions into the exercises feature's table, when it exists."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, timedelta
from typing import Any

from sqlite_utils import Database

from wellbeing_app.domain.demo.demo_history import DemoExercise

TABLE = "exercise_sessions"
DEMO_SECONDS = 120
NEEDED = {"exercise_id", "stress_before", "stress_after"}


class DemoSessions:
    """Demo-only writer: fills the columns it knows and leaves the rest to their defaults."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def _names(self) -> set[str]:
        if not self._db[TABLE].exists():
            return set()
        return {column.name for column in self._db[TABLE].columns}

    def available(self) -> bool:
        """True when the exercises feature created its table with the columns we need."""
        names = self._names()
        return names >= NEEDED and bool({"started_utc", "started_at_utc", "local_date"} & names)

    @staticmethod
    def _record(session: DemoExercise, names: set[str]) -> dict[str, Any]:
        offset = session.at.utcoffset()
        start = session.at.astimezone(UTC)
        started = start.isoformat(timespec="seconds")
        record: dict[str, Any] = {
            "exercise_id": session.exercise_id,
            "kind": "pmr" if session.exercise_id in {"desk_quick", "pmr4", "pmr7", "pmr16"}
            else "breathing",
            "stress_before": session.stress_before,
            "stress_after": session.stress_after,
            "started_utc": started,
            "started_at_utc": started,
            "ended_utc": (start + timedelta(seconds=DEMO_SECONDS)).isoformat(timespec="seconds"),
            "local_date": session.at.date().isoformat(),
            "utc_offset_minutes": int(offset.total_seconds() // 60) if offset else 0,
            "planned_seconds": DEMO_SECONDS,
            "active_seconds": DEMO_SECONDS,
            "completed": 1,
        }
        return {key: value for key, value in record.items() if key in names}

    def insert(self, sessions: Iterable[DemoExercise]) -> int:
        """Insert in one transaction; 0 when the table is absent or needs columns we lack."""
        if not self.available():
            return 0
        names = self._names()
        records = [self._record(session, names) for session in sessions]
        try:
            with self._db.atomic():
                self._db.table(TABLE).insert_all(records, batch_size=1000)
        except sqlite3.IntegrityError:
            return 0
        return len(records)
