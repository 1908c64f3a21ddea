"""Everything the trends window and ``wellbeing stats`` show, built once from aggregates."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from wellbeing_app.domain.exercises.exercise_effect import ExerciseEffect, exercise_label
from wellbeing_app.domain.reminders.check_in_trend import CheckInScore
from wellbeing_app.domain.trends.insights import (
    TREND_DAYS,
    Insight,
    exercise_insight,
    hardest_time_insights,
    trend_insight,
    weekly_stress_insight,
)
from wellbeing_app.domain.trends.stress_grid import WEEKDAY_NAMES, StressGrid
from wellbeing_app.domain.trends.stress_tally import StressTally, combine
from wellbeing_app.domain.trends.trend_range import TrendRange
from wellbeing_app.domain.trends.trend_series import ROLLING_DAYS, DayPoint, daily_points


@dataclass(frozen=True)
class TrendInputs:
    """Aggregates read from the store for one range (see ``tallies_since``)."""

    day_tallies: Mapping[date, StressTally]
    categories: tuple[tuple[str, int], ...]
    grid: StressGrid
    exercises: tuple[ExerciseEffect, ...]
    check_ins: tuple[CheckInScore, ...]
    first_day: date | None


@dataclass(frozen=True)
class TrendReport:
    """One range's numbers and the insights they support."""

    range: TrendRange
    start: date
    end: date
    days: tuple[DayPoint, ...]
    total: StressTally
    categories: tuple[tuple[str, int], ...]
    grid: StressGrid
    exercises: tuple[ExerciseEffect, ...]
    check_ins: tuple[CheckInScore, ...]
    insights: tuple[Insight, ...]

    @property
    def is_empty(self) -> bool:
        """No call, exercise or check-in in the range."""
        return not (self.total.count or self.exercises or self.check_ins)


def tallies_since(trend_range: TrendRange, today: date, first_day: date | None) -> date:
    """The first local day the store must tally: the range, its rolling window, 4 weeks."""
    start = range_start(trend_range, today, first_day)
    return min(start - timedelta(days=ROLLING_DAYS - 1), today - timedelta(days=TREND_DAYS - 1))


def range_start(trend_range: TrendRange, today: date, first_day: date | None) -> date:
    """First day shown; for ``all`` the first day with an entry (today when there is none)."""
    start = trend_range.start(today)
    if start is not None:
        return start
    return min(first_day, today) if first_day is not None else today


def build_report(
    trend_range: TrendRange,
    today: date,
    inputs: TrendInputs,
    label_for: Callable[[str], str] = exercise_label,
) -> TrendReport:
    """Combine the store's aggregates into the report and compute the insights."""
    start = range_start(trend_range, today, inputs.first_day)
    days = daily_points(inputs.day_tallies, start, today)
    total = combine(t for d, t in inputs.day_tallies.items() if start <= d <= today)
    found = [trend_insight(inputs.day_tallies, today), *hardest_time_insights(inputs.grid),
             exercise_insight(inputs.exercises, label_for),
             weekly_stress_insight(inputs.check_ins, today)]
    return TrendReport(
        range=trend_range, start=start, end=today, days=days, total=total,
        categories=inputs.categories, grid=inputs.grid, exercises=inputs.exercises,
        check_ins=tuple(c for c in inputs.check_ins if start <= c.local_date <= today),
        insights=tuple(i for i in found if i is not None),
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def report_to_dict(report: TrendReport) -> dict[str, Any]:
    """A JSON-ready rendering; days without entries carry ``null`` means, not zeros."""
    return {
        "range": report.range.value,
        "start": report.start.isoformat(),
        "end": report.end.isoformat(),
        "calls": report.total.count,
        "mean_stress": _round(report.total.mean),
        "days": [{"date": p.day.isoformat(), "count": p.count,
                  "mean_stress": _round(p.mean_stress), "rolling_mean_7d": _round(p.rolling_mean)}
                 for p in report.days],
        "categories": dict(report.categories),
        "hour_of_day": [{"hour": h, "count": t.count, "mean_stress": _round(t.mean)}
                        for h, t in enumerate(report.grid.by_hour())],
        "weekday": [{"weekday": WEEKDAY_NAMES[w], "count": t.count, "mean_stress": _round(t.mean)}
                    for w, t in enumerate(report.grid.by_weekday())],
        "exercises": [{"exercise_id": e.exercise_id, "sessions": e.sessions,
                       "mean_before": _round(e.before.mean), "mean_after": _round(e.after.mean),
                       "change": _round(e.change)} for e in report.exercises],
        "check_ins": [{"kind": c.kind, "date": c.local_date.isoformat(), "score": c.score}
                      for c in report.check_ins],
        "insights": [{"kind": i.kind, "text": i.text, "numbers": dict(i.numbers)}
                     for i in report.insights],
    }
