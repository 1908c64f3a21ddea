"""Per-local-day series: count, mean stress and a trailing 7-day mean, with gaps kept as gaps."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from wellbeing_app.domain.trends.stress_tally import EMPTY_TALLY, StressTally

ROLLING_DAYS = 7


@dataclass(frozen=True)
class DayPoint:
    """One local calendar day; ``mean_stress`` is ``None`` on a day with no entries."""

    day: date
    count: int
    mean_stress: float | None
    rolling_mean: float | None


def daily_points(
    tallies: Mapping[date, StressTally], start: date, end: date, window: int = ROLLING_DAYS
) -> tuple[DayPoint, ...]:
    """Every day from ``start`` to ``end``; the rolling mean is call-weighted.

    Pass tallies from ``window - 1`` days before ``start`` on, so the first
    days of the range get a full trailing window.
    """
    points: list[DayPoint] = []
    first = start - timedelta(days=window - 1)
    rolling = EMPTY_TALLY
    day = first
    while day <= end:
        rolling = rolling + tallies.get(day, EMPTY_TALLY)
        leaving = day - timedelta(days=window)
        if leaving >= first:
            gone = tallies.get(leaving, EMPTY_TALLY)
            rolling = StressTally(rolling.count - gone.count, rolling.total - gone.total)
        if day >= start:
            today = tallies.get(day, EMPTY_TALLY)
            points.append(DayPoint(day, today.count, today.mean, rolling.mean))
        day += timedelta(days=1)
    return tuple(points)
