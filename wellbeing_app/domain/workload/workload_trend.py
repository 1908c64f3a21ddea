"""Workload over a range: calls handled per day, tough share, calls by hour, the run insight.

Works on ``SpanTime`` rows (epoch seconds, local day and hour) rather than ``CallSpan``
objects, so a year of spans costs a few milliseconds, not hundreds.
"""

from __future__ import annotations

import bisect
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from wellbeing_app.domain.trends.insights import Insight
from wellbeing_app.domain.trends.stress_grid import EMPTY_GRID, StressGrid, grid_from_cells
from wellbeing_app.domain.trends.stress_tally import StressTally
from wellbeing_app.domain.trends.trend_series import ROLLING_DAYS, daily_points
from wellbeing_app.domain.workload.workload_rules import WorkloadRules

#: "After a long run": the logged call came at the end of a run of this many calls or more.
LONG_RUN_CALLS = 10
#: The run insight needs this many rated calls in all, and this many on each side.
MIN_RUN_INSIGHT_CALLS = 30
MIN_RUN_GROUP_CALLS = 5
MIN_RUN_GAP = 0.5


class SpanTime(NamedTuple):
    """One span as the trend needs it: UTC epoch seconds, local day and weekday/hour."""

    start: float
    end: float
    local_date: date
    local_hour: int


@dataclass(frozen=True)
class WorkloadDayPoint:
    """One local day; shares are ``None`` on days without detection or without calls."""

    day: date
    calls_handled: int
    talk_minutes: float
    tough_calls: int
    tough_share: float | None
    share_7d: float | None


@dataclass(frozen=True)
class WorkloadTrend:
    """What the trends window shows beside the stress charts."""

    days: tuple[WorkloadDayPoint, ...]
    calls_by_hour: StressGrid
    insight: Insight | None

    @property
    def has_data(self) -> bool:
        """True when detection counted at least one call in the range."""
        return any(p.calls_handled for p in self.days)


def build_workload_trend(spans: Sequence[SpanTime], tough_by_day: Mapping[date, int],
                         rated: Sequence[tuple[float, int]], first: date, last: date,
                         rules: WorkloadRules) -> WorkloadTrend:
    """``spans`` in time order from 6 days before ``first``; ``rated`` = (epoch, stress)."""
    short = rules.short_span.total_seconds()
    calls = [s for s in spans if s.end - s.start >= short]
    handled: dict[date, int] = {}
    talk: dict[date, float] = {}  # seconds (whole: stored to the second), minutes only once
    for call in calls:
        handled[call.local_date] = handled.get(call.local_date, 0) + 1
        talk[call.local_date] = talk.get(call.local_date, 0.0) + call.end - call.start
    # (calls handled, tough calls) per day: the trends' day series and its call-weighted
    # 7-day mean then give the day's tough share and the 7-day one, gaps kept as gaps.
    shares = {day: StressTally(n, tough_by_day.get(day, 0)) for day, n in handled.items()}
    points = tuple(WorkloadDayPoint(p.day, p.count, round(talk.get(p.day, 0.0) / 60, 1),
                                    tough_by_day.get(p.day, 0), _share(p.mean_stress),
                                    _share(p.rolling_mean))
                   for p in daily_points(shares, first, last, ROLLING_DAYS))
    cells = Counter((c.local_date.weekday(), c.local_hour) for c in calls
                    if first <= c.local_date <= last)
    grid = grid_from_cells((w, h, n, 0) for (w, h), n in cells.items()) if cells else EMPTY_GRID
    return WorkloadTrend(points, grid, long_run_insight(calls, rated, rules))


def _share(value: float | None) -> float | None:
    """A share of calls, capped at 1 (more tough calls logged than detected) and rounded."""
    return None if value is None else round(min(1.0, value), 3)


def run_positions(calls: Sequence[SpanTime], rules: WorkloadRules) -> list[int]:
    """For each counted call, how many calls in a row its run had reached with it (1, 2, 3 …)."""
    recovery = rules.recovery_gap.total_seconds()
    positions: list[int] = []
    previous_end: float | None = None
    for call in calls:
        fresh = previous_end is not None and call.start - previous_end < recovery
        positions.append(positions[-1] + 1 if fresh and positions else 1)
        previous_end = call.end if previous_end is None else max(previous_end, call.end)
    return positions


def long_run_insight(calls: Sequence[SpanTime], rated: Sequence[tuple[float, int]],
                     rules: WorkloadRules) -> Insight | None:
    """Stress logged right after long runs versus otherwise, when the data holds up.

    A rating counts as "after a run of k" when the call it follows ended less than the
    recovery gap before it was logged; a rating after a break counts as k = 0.
    """
    recovery = rules.recovery_gap.total_seconds()
    starts = [c.start for c in calls]
    positions = run_positions(calls, rules)
    long_runs: list[int] = []
    others: list[int] = []
    for moment, stress in rated:
        index = bisect.bisect_right(starts, moment) - 1
        fresh = index >= 0 and moment - calls[index].end < recovery
        length = positions[index] if fresh else 0
        (long_runs if length >= LONG_RUN_CALLS else others).append(stress)
    if (len(long_runs) + len(others) < MIN_RUN_INSIGHT_CALLS
            or min(len(long_runs), len(others)) < MIN_RUN_GROUP_CALLS):
        return None
    after, otherwise = statistics.fmean(long_runs), statistics.fmean(others)
    if abs(after - otherwise) < MIN_RUN_GAP:
        return None
    word = "higher" if after > otherwise else "lower"
    total = len(long_runs) + len(others)
    return Insight("long_runs", f"Your stress is {word} after runs of {LONG_RUN_CALLS}+ "
                   f"back-to-back calls: {after:.1f} vs {otherwise:.1f} over {total} calls.",
                   (("after_long_runs", round(after, 2)), ("otherwise", round(otherwise, 2)),
                    ("calls", total), ("long_run_calls", len(long_runs)),
                    ("run_length", LONG_RUN_CALLS)))
