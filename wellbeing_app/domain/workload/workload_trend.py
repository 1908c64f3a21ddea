"""Workload over a range: calls handled per day, tough share, calls by hour, the run insight."""

from __future__ import annotations

import bisect
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from wellbeing_app.domain.trends.insights import Insight
from wellbeing_app.domain.trends.stress_grid import EMPTY_GRID, StressGrid, grid_from_cells
from wellbeing_app.domain.workload.call_span import CallSpan
from wellbeing_app.domain.workload.runs import counted_calls, split_runs
from wellbeing_app.domain.workload.workload_rules import WorkloadRules

ROLLING_DAYS = 7
#: "After a long run": the logged call came at the end of a run of this many calls or more.
LONG_RUN_CALLS = 10
#: The run insight needs this many rated calls in all, and this many on each side.
MIN_RUN_INSIGHT_CALLS = 30
MIN_RUN_GROUP_CALLS = 5
MIN_RUN_GAP = 0.5


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


def build_workload_trend(spans: Sequence[CallSpan], tough_by_day: Mapping[date, int],
                         rated: Sequence[tuple[datetime, int]], first: date, last: date,
                         rules: WorkloadRules, now: datetime) -> WorkloadTrend:
    """``spans`` from 6 days before ``first`` on; ``rated`` = (time, stress) of logged calls."""
    calls = counted_calls(spans, rules, now)
    handled = Counter(c.local_date for c in calls)
    talk: dict[date, float] = {}
    for call in calls:
        talk[call.local_date] = (talk.get(call.local_date, 0.0)
                                 + (call.end_or(now) - call.start).total_seconds() / 60)
    detected = {s.local_date for s in spans}
    points = []
    day = first
    while day <= last:
        points.append(_point(day, handled, talk, tough_by_day, detected))
        day += timedelta(days=1)
    in_range = [c for c in calls if first <= c.local_date <= last]
    grid = grid_from_cells((c.local_date.weekday(), c.start_local.hour, 1, 0)
                           for c in in_range) if in_range else EMPTY_GRID
    return WorkloadTrend(tuple(points), grid, long_run_insight(calls, rated, rules, now))


def _point(day: date, handled: Mapping[date, int], talk: Mapping[date, float],
           tough: Mapping[date, int], detected: set[date]) -> WorkloadDayPoint:
    window = [day - timedelta(days=k) for k in range(ROLLING_DAYS)]
    base = [d for d in window if d in detected and handled.get(d, 0)]
    total = sum(handled[d] for d in base)
    share_7d = round(min(1.0, sum(tough.get(d, 0) for d in base) / total), 3) if total else None
    count = handled.get(day, 0)
    share = (round(min(1.0, tough.get(day, 0) / count), 3)
             if count and day in detected else None)
    return WorkloadDayPoint(day, count, round(talk.get(day, 0.0), 1), tough.get(day, 0),
                            share, share_7d)


def run_positions(calls: Sequence[CallSpan], rules: WorkloadRules, now: datetime) -> list[int]:
    """For each call, how many calls in a row its run had reached with it (1, 2, 3 …)."""
    positions: list[int] = []
    for run in split_runs(calls, rules, now):
        positions += range(1, len(run.calls) + 1)
    return positions


def long_run_insight(calls: Sequence[CallSpan], rated: Sequence[tuple[datetime, int]],
                     rules: WorkloadRules, now: datetime) -> Insight | None:
    """Stress logged right after long runs versus otherwise, when the data holds up.

    A rating counts as "after a run of k" when the call it follows ended less than the
    recovery gap before it was logged; a rating after a break counts as k = 0.
    """
    starts = [c.start for c in calls]
    positions = run_positions(calls, rules, now)
    long_runs: list[int] = []
    others: list[int] = []
    for moment, stress in rated:
        index = bisect.bisect_right(starts, moment) - 1
        fresh = index >= 0 and moment - calls[index].end_or(now) < rules.recovery_gap
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
