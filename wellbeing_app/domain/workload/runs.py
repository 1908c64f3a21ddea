"""Calls, gaps and runs on one continuous UTC timeline, so midnight and DST change nothing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from wellbeing_app.domain.workload.call_span import CallSpan
from wellbeing_app.domain.workload.workload_rules import WorkloadRules


@dataclass(frozen=True)
class Run:
    """Calls with no recovery gap between them; ``start``/``end`` bound the whole run."""

    calls: tuple[CallSpan, ...]
    start: datetime
    end: datetime

    @property
    def minutes(self) -> float:
        """First start to last end, in minutes."""
        return (self.end - self.start).total_seconds() / 60


def is_counted(span: CallSpan, rules: WorkloadRules, now: datetime) -> bool:
    """Long enough to be a call (a microphone test is kept, not counted)."""
    return span.end_or(now) - span.start >= rules.short_span


def counted_calls(spans: Iterable[CallSpan], rules: WorkloadRules,
                  now: datetime) -> list[CallSpan]:
    """Spans long enough to be calls, in time order (a microphone test is kept, not counted)."""
    return sorted((s for s in spans if is_counted(s, rules, now)), key=lambda s: (s.start, s.id))


def gap_before(calls: Sequence[CallSpan], index: int, now: datetime) -> timedelta | None:
    """Time between the previous call's end and this call's start (``None`` for the first)."""
    if index == 0:
        return None
    return max(timedelta(0), calls[index].start - calls[index - 1].end_or(now))


def split_runs(calls: Sequence[CallSpan], rules: WorkloadRules, now: datetime) -> list[Run]:
    """Group time-ordered calls into runs; a gap of at least the recovery gap ends one."""
    runs: list[Run] = []
    current: list[CallSpan] = []
    for index, call in enumerate(calls):
        gap = gap_before(calls, index, now)
        if current and gap is not None and gap >= rules.recovery_gap:
            runs.append(_run(current, now))
            current = []
        current.append(call)
    if current:
        runs.append(_run(current, now))
    return runs


def _run(calls: list[CallSpan], now: datetime) -> Run:
    return Run(tuple(calls), calls[0].start, max(c.end_or(now) for c in calls))
