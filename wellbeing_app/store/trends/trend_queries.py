"""Aggregate queries behind the trends window and ``wellbeing stats`` (SQL GROUP BY, read-only)."""

from __future__ import annotations

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
from wellbeing_app.domain.reminders.check_ins import CheckInKind
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
from wellbeing_app.store.calls.call_store import CALL_COLUMNS, row_to_call
from wellbeing_app.store.store_core import StoreCore

# Monday = 0, from the stored local date.
_WEEKDAY = "(CAST(strftime('%w', local_date) AS INTEGER) + 6) % 7"
_CHECK_IN_KINDS = {CheckInKind.WEEKLY_STRESS.value: WEEKLY_STRESS, CheckInKind.WHO5.value: WHO5}


class TrendQueries:
    """Read-only aggregates over the tables the journal's migrations create (never written here).

    Plain sqlite3 on purpose: opening the trends window must not import sqlite-utils.
    """

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        return self._core.rows(sql, params or [])

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

    def exercise_effects(self, since: date) -> tuple[ExerciseEffect, ...]:
        """Before/after sums per exercise from ``since`` on (sessions rated both times)."""
        rows = self._rows(
            "SELECT exercise_id, count(*), sum(stress_before), sum(stress_after) "
            "FROM exercise_sessions WHERE stress_before IS NOT NULL "
            "AND stress_after IS NOT NULL AND local_date >= ? GROUP BY exercise_id",
            [since.isoformat()])
        return effects_from_sums((str(e), int(n), int(b), int(a)) for e, n, b, a in rows)

    def check_in_scores(self) -> tuple[CheckInScore, ...]:
        """Weekly stress and WHO-5 scores, all of them (a few per month at most)."""
        rows = self._rows("SELECT kind, local_date, score FROM check_ins "
                          "WHERE kind IN (?, ?) ORDER BY local_date, id",
                          [CheckInKind.WEEKLY_STRESS.value, CheckInKind.WHO5.value])
        return tuple(CheckInScore(_CHECK_IN_KINDS[str(k)], date.fromisoformat(d), float(s))
                     for k, d, s in rows)

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
        rows = self._rows(f"SELECT {CALL_COLUMNS} FROM calls WHERE {clause} "
                          "ORDER BY at_utc DESC, id DESC LIMIT ? OFFSET ?",
                          [*params, limit, offset])
        return [row_to_call(row) for row in rows], total
