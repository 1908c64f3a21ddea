"""Sensed workload in team summaries: weekly calls handled and share tough, under the floors."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.support.team_factory import WEEK
from wellbeing_app.domain.team.privacy_rules import PrivacyPolicy
from wellbeing_app.domain.team.summary_validation import (
    REASON_MALFORMED,
    REASON_RANGE,
    SummaryError,
    parse_summary,
)
from wellbeing_app.domain.team.team_aggregation import aggregate_week
from wellbeing_app.domain.team.weekly_summary import (
    WeeklySummary,
    build_summary,
    describe_summary,
    summary_payload,
)
from wellbeing_app.store.journal import Journal

PLUS1 = timezone(timedelta(hours=1))


def summary(agent: int, handled: int | None, tough: int = 3) -> WeeklySummary:
    return build_summary(agent_id=f"{agent:032x}", week=WEEK, created_utc="2026-11-23T08:00:00Z",
                         calls=[(6, ("hostile",))] * tough, exercises=[], anonymous=True,
                         display_name=None, calls_handled=handled)


def test_the_summary_carries_calls_handled_and_share_only() -> None:
    shared = summary(1, 40, tough=6)
    assert (shared.calls_handled, shared.tough_share) == (40, 0.15)
    payload = summary_payload(shared)
    assert (payload["calls_handled"], payload["tough_share"]) == (40, 0.15)
    assert parse_summary(json.loads(json.dumps(payload))) == shared
    words = describe_summary(shared, {})
    assert any("40 calls handled" in w and "15 % of them logged as tough" in w for w in words)
    for forbidden in ("start", "end_utc", "span", "heartbeat"):
        assert forbidden not in json.dumps(payload)


def test_without_detection_nothing_is_claimed_and_old_files_still_read() -> None:
    plain = summary(2, None)
    assert plain.tough_share is None and not any("calls handled" in w
                                                 for w in describe_summary(plain, {}))
    old = summary_payload(plain)
    del old["calls_handled"], old["tough_share"]  # a file written before sensed workload
    assert parse_summary(old) == plain


@pytest.mark.parametrize(("changes", "reason"), [
    ({"calls_handled": -1}, REASON_RANGE), ({"calls_handled": "40"}, REASON_MALFORMED),
    ({"calls_handled": 10**6}, REASON_RANGE), ({"tough_share": 1.5}, REASON_RANGE),
    ({"tough_share": 0.9}, REASON_RANGE), ({"calls_handled": None}, REASON_RANGE),
    ({"calls_handled": 0}, REASON_RANGE), ({"spans": []}, REASON_MALFORMED),
])
def test_bad_workload_fields_are_refused(changes: dict[str, object], reason: str) -> None:
    payload = summary_payload(summary(3, 40))
    payload.update(changes)
    with pytest.raises(SummaryError) as caught:
        parse_summary(payload)
    assert caught.value.reason == reason


def test_team_figures_only_under_the_floors() -> None:
    policy = PrivacyPolicy()
    nine = aggregate_week(WEEK, [summary(i, 50) for i in range(9)] +
                          [summary(99, None)], policy)
    assert not nine.figure("calls_handled").shown and not nine.figure("tough_share").shown
    ten = aggregate_week(WEEK, [summary(i, 50) for i in range(10)], policy)
    assert ten.figure("calls_handled").value == 500.0
    assert ten.figure("tough_share").text == "6 %"
    everything = aggregate_week(WEEK, [summary(i, 3, tough=3) for i in range(10)], policy)
    assert everything.figure("tough_share").text == "> 95 %"  # never a bare 100 %


def test_team_store_counts_the_weeks_detected_calls() -> None:
    journal = Journal.in_memory()
    store = journal.shares
    assert store.week_calls_handled(WEEK) is None
    monday = datetime.combine(WEEK.monday, datetime.min.time(), PLUS1) + timedelta(hours=9)
    journal.call_spans.add(monday, monday + timedelta(minutes=4))
    journal.call_spans.add(monday + timedelta(minutes=5), monday + timedelta(minutes=5, seconds=8))
    assert store.week_calls_handled(WEEK) == 1  # the 8-second span is kept, not counted


def test_the_summary_counts_calls_by_the_agents_shortest_call_setting(tmp_path: Path) -> None:
    """Trends and the CLI follow ``short_span_seconds``; the weekly summary must say the same."""
    from tests.support.services import team_sharing
    from wellbeing_app.domain.clock import ManualClock

    journal = Journal.in_memory()
    monday = datetime.combine(WEEK.monday, datetime.min.time(), PLUS1) + timedelta(hours=9)
    journal.call_spans.add(monday, monday + timedelta(minutes=4))
    journal.call_spans.add(monday + timedelta(minutes=5), monday + timedelta(minutes=5, seconds=8))
    sharing = team_sharing(journal, tmp_path, ManualClock(monday + timedelta(days=7)))
    assert sharing.preview(WEEK).summary.calls_handled == 1  # default: 20 s
    journal.settings.save({"short_span_seconds": 5})
    sharing = team_sharing(journal, tmp_path, ManualClock(monday + timedelta(days=7)))
    assert sharing.preview(WEEK).summary.calls_handled == 2  # the 8-second call counts now
