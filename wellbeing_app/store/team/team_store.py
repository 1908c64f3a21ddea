"""The agent-side store of team sharing: a week's raw figures and the audit trail of shares."""

from __future__ import annotations

import json
from dataclasses import dataclass

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.weekly_summary import ExerciseRecord
from wellbeing_app.store.store_core import StoreCore

#: A session longer than this is a clock fault, not practice (the longest script is 12.5 min).
MAX_SESSION_SECONDS = 4 * 3600
_SHARED = "id, kind, week, file_name, sha256, shared_at_utc, content"


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


class TeamStore:
    """Reads the week's calls and exercises; the only writer of ``shared_summaries``."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def week_calls(self, week: IsoWeek) -> list[tuple[int, tuple[str, ...]]]:
        """(stress, categories) of every call logged in the week (local calendar)."""
        rows = self._core.rows(
            "SELECT stress, categories FROM calls WHERE local_date BETWEEN ? AND ?",
            (week.monday.isoformat(), week.sunday.isoformat()))
        return [(int(stress), tuple(json.loads(cats or "[]"))) for stress, cats in rows]

    def week_exercises(self, week: IsoWeek) -> list[ExerciseRecord]:
        """Exercise sessions of the week (local calendar), as the exercises feature stores them."""
        rows = self._core.rows(
            "SELECT active_seconds, stress_before, stress_after FROM exercise_sessions"
            " WHERE local_date BETWEEN ? AND ?",
            (week.monday.isoformat(), week.sunday.isoformat()))
        return [ExerciseRecord(minutes=min(max(0, int(seconds)), MAX_SESSION_SECONDS) / 60,
                               stress_before=before, stress_after=after)
                for seconds, before, after in rows]

    def week_calls_handled(self, week: IsoWeek, short_seconds: float = 20.0) -> int | None:
        """Detected calls of the week (spans of at least ``short_seconds``).

        ``None`` when detection recorded nothing that week, so no share can be claimed.
        """
        row = self._core.row(
            "SELECT count(*), sum((julianday(end_utc) - julianday(start_utc)) * 86400.0 >= ?)"
            " FROM call_spans WHERE local_date BETWEEN ? AND ? AND end_utc IS NOT NULL",
            (short_seconds, week.monday.isoformat(), week.sunday.isoformat()))
        return None if not row or not row[0] else int(row[1] or 0)

    def record_share(self, kind: str, week: str, file_name: str, sha256: str,
                     shared_at_utc: str, content: str) -> SharedRecord:
        """Remember exactly what was written, when, and its hash."""
        with self._core.transaction("shared_summaries") as conn:
            row_id = conn.execute(
                "INSERT INTO shared_summaries (kind, week, file_name, sha256, shared_at_utc,"
                " content) VALUES (?, ?, ?, ?, ?, ?)",
                (kind, week, file_name, sha256, shared_at_utc, content)).lastrowid
        assert row_id is not None
        return self._get(int(row_id))

    def _get(self, row_id: int) -> SharedRecord:
        return SharedRecord(*self._core.one(
            f"SELECT {_SHARED} FROM shared_summaries WHERE id = ?", row_id))

    def shared_file_names(self) -> list[str]:
        """Every file name in the audit trail, oldest first."""
        return [str(row[0]) for row in
                self._core.rows("SELECT file_name FROM shared_summaries ORDER BY id")]

    def shared(self) -> list[SharedRecord]:
        """Every share and revocation, oldest first."""
        rows = self._core.rows(f"SELECT {_SHARED} FROM shared_summaries ORDER BY id")
        return [SharedRecord(*row) for row in rows]

    def shared_weeks(self) -> set[str]:
        """ISO weeks (``2026-W47``) with a summary in the agent's own audit trail."""
        rows = self._core.rows(
            "SELECT DISTINCT week FROM shared_summaries WHERE kind IN ('summary', 'sealed')")
        return {str(row[0]) for row in rows}
