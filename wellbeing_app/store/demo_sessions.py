"""Writes synthetic exercise sessions into the exercises feature's table, when it exists."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC
from typing import Any

from sqlite_utils import Database

from wellbeing_app.domain.demo_history import DemoExercise

TABLE = "exercise_sessions"


class DemoSessions:
    """Demo-only writer: fills the columns both features agree on and nothing else."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def available(self) -> bool:
        """True when the exercises feature created its table with the columns we need."""
        if not self._db[TABLE].exists():
            return False
        names = {column.name for column in self._db[TABLE].columns}
        return {"exercise_id", "stress_before", "stress_after", "started_at_utc"} <= names

    def _record(self, session: DemoExercise, names: set[str]) -> dict[str, Any]:
        offset = session.at.utcoffset()
        record: dict[str, Any] = {
            "exercise_id": session.exercise_id,
            "stress_before": session.stress_before,
            "stress_after": session.stress_after,
            "started_at_utc": session.at.astimezone(UTC).isoformat(timespec="seconds"),
            "local_date": session.at.date().isoformat(),
            "utc_offset_minutes": int(offset.total_seconds() // 60) if offset else 0,
        }
        return {key: value for key, value in record.items() if key in names}

    def insert(self, sessions: Iterable[DemoExercise]) -> int:
        """Insert in one transaction; 0 when the table is absent or needs columns we lack."""
        if not self.available():
            return 0
        names = {column.name for column in self._db[TABLE].columns}
        records = [self._record(session, names) for session in sessions]
        try:
            with self._db.atomic():
                self._db.table(TABLE).insert_all(records, batch_size=1000)
        except sqlite3.IntegrityError:
            return 0
        return len(records)
