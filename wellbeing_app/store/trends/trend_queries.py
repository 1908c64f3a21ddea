"""Aggregate queries behind the trends window and ``wellbeing stats`` (SQL GROUP BY, read-only)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from wellbeing_app.domain.calls.logged_call import LoggedCall
from wellbeing_app.domain.exercises.exercise_effect import (
    ExerciseEffect,
    effects_from_sums,
    exercise_label,
)
from wellbeing_app.domain.reminders.check_in_trend import WEEKLY_STRESS, WHO5, CheckInScore
from wellbeing_app.domain.trends.stress_grid import StressGrid, grid_from_cells
from wellbeing_app.domain.trends.stress_tally import StressTally
from wellbeing_app.domain.trends.trend_range import TrendRange
from wellbeing_app.domain.trends.trend_report import (
    TrendInputs,
    TrendReport,
    build_report,
    range_start,
)
from wellbeing_app.domain.trends.trend_report import tallies_since as tallies_start
from wellbeing_app.store.journal import _CALL_COLUMNS, _row_to_call

# Monday = 0, from the stored local date.
_WEEKDAY = "(CAST(strftime('%w', local_date) AS INTEGER) + 6) % 7"
_CHECK_IN_KINDS = {"weekly_stress": WEEKLY_STRESS, "weekly": WEEKLY_STRESS,
                   "stress_item": WEEKLY_STRESS, "who5": WHO5, "who-5": WHO5, "who_5": WHO5}


class TrendQueries:
    """Read-only aggregates on the journal's connection; other features' tables are optional.

    Plain sqlite3 on purpose: opening the trends window must not import sqlite-utils.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn = connection

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        return list(self._conn.execute(sql, params or []).fetchall())

    def _columns(self, table: str) -> set[str]:
        """Column names of ``table``; empty when it does not exist (yet)."""
        return {str(row[1]) for row in self._rows(f'PRAGMA table_info("{table}")')}

    def first_day(self) -> date | None:
        """The local date of the first logged call."""
        row = self._rows("SELECT min(local_date) FROM calls")[0]
        return date.fromisoformat(row[0]) if row[0] else None

    def day_tallies(self, since: date) -> dict[date, StressTally]:
        """Count and stress sum per local day from ``since`` on (from the hourly rollup)."""
        rows = self._rows("SELECT local_date, sum(calls), sum(stress_sum) FROM trend_day_hour "
                          "WHERE local_date >= ? AND calls > 0 GROUP BY local_date",
                          [since.isoformat()])
        return {date.fromisoformat(day): StressTally(n, total) for day, n, total in rows}

    def category_counts(self, since: date) -> tuple[tuple[str, int], ...]:
        """How often each category was chosen from ``since`` on, most frequent first."""
        rows = self._rows(
            "SELECT category, sum(calls) AS n FROM trend_day_category "
            "WHERE local_date >= ? AND calls > 0 GROUP BY category ORDER BY n DESC, category",
            [since.isoformat()])
        return tuple((str(value), int(n)) for value, n in rows)

    def stress_grid(self, since: date) -> StressGrid:
        """Count and stress sum per local weekday × hour from ``since`` on."""
        rows = self._rows(f"SELECT {_WEEKDAY} AS w, local_hour, sum(calls), sum(stress_sum) "
                          "FROM trend_day_hour WHERE local_date >= ? AND calls > 0 "
                          "GROUP BY w, local_hour", [since.isoformat()])
        return grid_from_cells((int(w), int(h), int(n), int(t)) for w, h, n, t in rows)

    def _session_day(self, columns: set[str]) -> str | None:
        if "local_date" in columns:
            return "local_date"
        started = next((c for c in ("started_utc", "started_at_utc") if c in columns), None)
        if started is None:
            return None
        if "utc_offset_minutes" in columns:
            return f"date({started}, utc_offset_minutes || ' minutes')"
        return f"date({started})"

    def exercise_effects(self, since: date) -> tuple[ExerciseEffect, ...]:
        """Before/after sums per exercise from ``since`` on; empty when the table is absent."""
        columns = self._columns("exercise_sessions")
        day = self._session_day(columns)
        if day is None or not {"exercise_id", "stress_before", "stress_after"} <= columns:
            return ()
        rows = self._rows(
            "SELECT exercise_id, count(*), sum(stress_before), sum(stress_after) "
            "FROM exercise_sessions WHERE stress_before IS NOT NULL "
            f"AND stress_after IS NOT NULL AND {day} >= ? GROUP BY exercise_id",
            [since.isoformat()])
        return effects_from_sums((str(e), int(n), int(b), int(a)) for e, n, b, a in rows)

    def check_in_scores(self) -> tuple[CheckInScore, ...]:
        """Weekly stress and WHO-5 scores, all of them (a few per month at most)."""
        columns = self._columns("check_ins")
        day = "local_date" if "local_date" in columns else (
            "date(at_utc)" if "at_utc" in columns else None)
        if day is None or not {"kind", "score"} <= columns:
            return ()
        rows = self._rows(f"SELECT kind, {day}, score FROM check_ins "
                          "WHERE score IS NOT NULL ORDER BY 2")
        return tuple(CheckInScore(_CHECK_IN_KINDS[str(k).lower()], date.fromisoformat(d), float(s))
                     for k, d, s in rows if str(k).lower() in _CHECK_IN_KINDS and d)

    def inputs(self, trend_range: TrendRange, today: date) -> TrendInputs:
        """Every aggregate one range needs, read in a handful of queries."""
        first = self.first_day()
        start = range_start(trend_range, today, first)
        return TrendInputs(
            day_tallies=self.day_tallies(tallies_start(trend_range, today, first)),
            categories=self.category_counts(start),
            grid=self.stress_grid(start),
            exercises=self.exercise_effects(start),
            check_ins=self.check_in_scores(),
            first_day=first,
        )

    def report(self, trend_range: TrendRange, today: date,
               label_for: Callable[[str], str] = exercise_label) -> TrendReport:
        """The report the window and ``wellbeing stats`` show."""
        return build_report(trend_range, today, self.inputs(trend_range, today), label_for)

    def history(self, since: date | None, category: str | None = None,
                limit: int = 200, offset: int = 0) -> tuple[list[LoggedCall], int]:
        """Newest entries first (one page) and how many match in all."""
        where, params = ["1=1"], []
        if since is not None:
            where.append("local_date >= ?")
            params.append(since.isoformat())
        if category:
            where.append("EXISTS (SELECT 1 FROM json_each(calls.categories) WHERE value = ?)")
            params.append(category)
        clause = " AND ".join(where)
        total = int(self._rows(f"SELECT count(*) FROM calls WHERE {clause}", params)[0][0])
        rows = self._rows(f"SELECT {_CALL_COLUMNS} FROM calls WHERE {clause} "
                          "ORDER BY at_utc DESC, id DESC LIMIT ? OFFSET ?",
                          [*params, limit, offset])
        return [_row_to_call(row) for row in rows], total
