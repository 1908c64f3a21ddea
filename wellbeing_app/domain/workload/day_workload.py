"""A day's workload from its call spans: calls handled, talk time, gaps, back-to-back, runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from wellbeing_app.domain.workload.call_span import CallSpan
from wellbeing_app.domain.workload.runs import Run, counted_calls, gap_before, split_runs
from wellbeing_app.domain.workload.workload_rules import OFF_DUTY, WorkloadRules


@dataclass(frozen=True)
class DayWorkload:
    """The figures of one local day.

    A call belongs to the day it started on; a gap to the day of the call after it; a run
    that crosses midnight counts whole on each day it touches. ``tough_share`` is ``None``
    unless detection recorded something that day and at least one call was counted.
    """

    day: date
    calls_handled: int
    talk_minutes: float
    mean_gap_minutes: float | None
    shortest_gap_minutes: float | None
    back_to_back: int
    longest_run_calls: int
    longest_run_minutes: float
    minutes_since_break: float | None
    tough_calls: int
    tough_share: float | None
    detection_ran: bool


def _minutes(delta: timedelta) -> float:
    return delta.total_seconds() / 60


def day_workload(spans: Sequence[CallSpan], day: date, tough_calls: int, rules: WorkloadRules,
                 now: datetime) -> DayWorkload:
    """Figures for ``day``; ``spans`` should include the neighbouring days for runs and gaps."""
    import statistics  # here: statistics (with decimal and fractions) stays out of the tray start

    calls = counted_calls(spans, rules, now)
    on_day = [i for i, c in enumerate(calls) if c.local_date == day]
    gaps = [g for i in on_day if (g := gap_before(calls, i, now)) is not None and g < OFF_DUTY]
    runs = [r for r in split_runs(calls, rules, now) if any(c.local_date == day for c in r.calls)]
    handled = len(on_day)
    ran = any(s.local_date == day for s in spans)
    return DayWorkload(
        day=day,
        calls_handled=handled,
        talk_minutes=round(_minutes(sum((calls[i].end_or(now) - calls[i].start
                                         for i in on_day), timedelta(0))), 1),
        mean_gap_minutes=round(statistics.fmean(_minutes(g) for g in gaps), 1) if gaps else None,
        shortest_gap_minutes=round(_minutes(min(gaps)), 2) if gaps else None,
        back_to_back=sum(1 for g in gaps if g < rules.back_to_back),
        longest_run_calls=max((len(r.calls) for r in runs), default=0),
        longest_run_minutes=round(max((r.minutes for r in runs), default=0.0), 1),
        minutes_since_break=_since_break(runs, rules, now),
        tough_calls=tough_calls,
        tough_share=round(min(1.0, tough_calls / handled), 3) if ran and handled else None,
        detection_ran=ran,
    )


def _since_break(runs: Sequence[Run], rules: WorkloadRules, now: datetime) -> float | None:
    """Minutes since the last recovery gap, while the agent is still inside that run."""
    if not runs:
        return None
    last = runs[-1]
    if now - last.end >= rules.recovery_gap or now < last.start:
        return None
    return round(_minutes(now - last.start), 1)
