"""The agent-side store of team sharing: a week's raw figures and the audit trail of shares."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database, Migrations

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.weekly_summary import ExerciseRecord

TEAM_MIGRATIONS = Migrations("between_calls_team")

_START_COLUMNS = ("started_at_utc", "start_utc", "started_utc", "started_at", "start", "at_utc")
_END_COLUMNS = ("ended_at_utc", "end_utc", "ended_utc", "ended_at", "end")
_SECONDS_COLUMNS = ("active_seconds", "duration_seconds", "elapsed_seconds", "seconds")


@TEAM_MIGRATIONS(name="0001_shared_summaries")
def _create_shared_summaries(db: Any) -> None:
    db["shared_summaries"].create(
        {"id": int, "kind": str, "week": str, "file_name": str, "sha256": str,
         "shared_at_utc": str, "content": str},
        pk="id",
        not_null={"kind", "file_name", "sha256", "shared_at_utc", "content"},
    )


@dataclass(frozen=True)
class SharedRecord:
    """One line of the agent's own audit trail."""

    id: int
    kind: str
    week: str
    file_name: str
    sha256: str
    shared_at_utc: str
    content: str


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class TeamStore:
    """Reads the week's calls and exercises; writes only ``shared_summaries``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def week_calls(self, week: IsoWeek) -> list[tuple[int, tuple[str, ...]]]:
        """(stress, categories) of every call logged in the week (local calendar)."""
        rows = self._db.execute(
            "SELECT stress, categories FROM calls WHERE local_date BETWEEN ? AND ?",
            [week.monday.isoformat(), week.sunday.isoformat()],
        ).fetchall()
        return [(int(stress), tuple(json.loads(cats or "[]"))) for stress, cats in rows]

    def week_exercises(self, week: IsoWeek) -> list[ExerciseRecord]:
        """Exercise sessions of the week; none when the exercises feature is not installed."""
        if "exercise_sessions" not in self._db.table_names():
            return []
        columns = {c.name for c in self._db["exercise_sessions"].columns}
        start = next((c for c in _START_COLUMNS if c in columns), None)
        if start is None:
            return []
        rows = self._db["exercise_sessions"].rows
        if "local_date" in columns:
            rows = self._db["exercise_sessions"].rows_where(
                "local_date BETWEEN ? AND ?", [week.monday.isoformat(), week.sunday.isoformat()])
        records = []
        for row in rows:
            record = self._exercise(row, start, columns, week)
            if record is not None:
                records.append(record)
        return records

    @staticmethod
    def _exercise(row: dict[str, Any], start: str, columns: set[str],
                  week: IsoWeek) -> ExerciseRecord | None:
        began = _moment(row.get(start))
        local = _moment(row.get("local_date")) if "local_date" in columns else None
        moment = local or began
        day = moment.date() if moment is not None else None
        if day is None or IsoWeek.containing(day) != week:
            return None
        seconds = next((_float(row[c]) for c in _SECONDS_COLUMNS if c in columns), None)
        end = next((_moment(row[c]) for c in _END_COLUMNS if c in columns), None)
        if seconds is None and began is not None and end is not None:
            seconds = (end - began).total_seconds()
        before, after = _float(row.get("stress_before")), _float(row.get("stress_after"))
        return ExerciseRecord(
            minutes=max(0.0, min(seconds or 0.0, 4 * 3600)) / 60,
            stress_before=int(before) if before is not None and 0 <= before <= 10 else None,
            stress_after=int(after) if after is not None and 0 <= after <= 10 else None,
        )

    def record_share(self, kind: str, week: str, file_name: str, sha256: str,
                     shared_at_utc: str, content: str) -> SharedRecord:
        """Remember exactly what was written, when, and its hash."""
        with self._db.atomic():
            table = self._db.table("shared_summaries")
            table.insert({"kind": kind, "week": week, "file_name": file_name, "sha256": sha256,
                          "shared_at_utc": shared_at_utc, "content": content})
            row_id = table.last_pk
        assert row_id is not None
        return self._get(int(row_id))

    def _get(self, row_id: int) -> SharedRecord:
        row = next(self._db.query("SELECT * FROM shared_summaries WHERE id = ?", [row_id]))
        return SharedRecord(**row)

    def shared(self) -> list[SharedRecord]:
        """Every share and revocation, oldest first."""
        rows = self._db.query("SELECT * FROM shared_summaries ORDER BY id")
        return [SharedRecord(**row) for row in rows]
