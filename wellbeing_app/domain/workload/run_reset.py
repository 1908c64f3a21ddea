"""Resets earned by the run: N calls or M minutes without a recovery gap offer one minute."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from wellbeing_app.domain.workload.call_span import CallSpan
from wellbeing_app.domain.workload.runs import counted_calls, split_runs
from wellbeing_app.domain.workload.workload_rules import WorkloadRules


def run_reset_due(spans: Sequence[CallSpan], now: datetime, rules: WorkloadRules,
                  last_offered: datetime | None) -> bool:
    """True in the gap right after a call that completed a long run.

    The run counts from its start, or from the last reset offered inside it, so a very long
    run earns a reset again after another N calls or M minutes.
    """
    calls = counted_calls(spans, rules, now)
    if not calls or calls[-1].end is None or calls[-1].end > now:
        return False  # still on a call: the next gap decides
    runs = split_runs(calls, rules, now)
    run = runs[-1]
    if now - run.end >= rules.recovery_gap:
        return False  # the agent already had the break
    counted = [c for c in run.calls if last_offered is None or c.start >= last_offered]
    if not counted:
        return False
    minutes = run.end - counted[0].start
    return (len(counted) >= rules.reset_calls
            or minutes >= timedelta(minutes=rules.reset_minutes))
