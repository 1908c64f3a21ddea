"""A brute-force recomputation of a day's workload, written independently of the domain code.

O(n²) on purpose: two calls share a run when every gap between them is under the recovery
gap, checked pair by pair instead of by one sweep.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from wellbeing_app.domain.workload.call_span import CallSpan
from wellbeing_app.domain.workload.workload_rules import OFF_DUTY, WorkloadRules


def _end(span: CallSpan, now: datetime) -> datetime:
    return span.end if span.end is not None else max(span.start, now)


def oracle_figures(spans: Sequence[CallSpan], day: date, rules: WorkloadRules,
                   now: datetime) -> dict[str, object]:
    """calls_handled, talk_minutes, back_to_back, longest_run_calls, longest_run_minutes."""
    calls = [s for s in spans if (_end(s, now) - s.start).total_seconds()
             >= rules.short_span.total_seconds()]
    calls.sort(key=lambda s: (s.start, s.id))
    gaps = [max(timedelta(0), calls[i].start - _end(calls[i - 1], now))
            for i in range(1, len(calls))]

    def same_run(i: int, j: int) -> bool:
        low, high = min(i, j), max(i, j)
        return all(gaps[k - 1] < rules.recovery_gap for k in range(low + 1, high + 1))

    on_day = [i for i, c in enumerate(calls) if c.local_date == day]
    day_gaps = [gaps[i - 1] for i in on_day if i > 0 and gaps[i - 1] < OFF_DUTY]
    run_sizes, run_minutes = [0], [0.0]
    for i in on_day:
        members = [j for j in range(len(calls)) if same_run(i, j)]
        run_sizes.append(len(members))
        first = min(calls[j].start for j in members)
        last = max(_end(calls[j], now) for j in members)
        run_minutes.append((last - first).total_seconds() / 60)
    return {
        "calls_handled": len(on_day),
        "talk_minutes": round(sum((_end(calls[i], now) - calls[i].start).total_seconds()
                                  for i in on_day) / 60, 1),
        "back_to_back": sum(1 for g in day_gaps if g < rules.back_to_back),
        "longest_run_calls": max(run_sizes),
        "longest_run_minutes": round(max(run_minutes), 1),
    }
