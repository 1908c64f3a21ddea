"""Sensed workload: day figures against a brute-force oracle, midnight, DST and earned resets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.workload_oracle import oracle_figures
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.workload.call_span import (
    CallSpan,
    SpanSource,
    source_for_provider,
    validate_manual_span,
)
from wellbeing_app.domain.workload.day_workload import day_workload
from wellbeing_app.domain.workload.run_reset import run_reset_due
from wellbeing_app.domain.workload.workload_rules import WorkloadRules
from wellbeing_app.domain.workload.workload_trend import (
    SpanTime,
    build_workload_trend,
    long_run_insight,
    run_positions,
)

BERLIN = ZoneInfo("Europe/Berlin")
RULES = WorkloadRules()
#: Moments near the hard cases: an ordinary midnight, spring forward and fall back (Berlin).
ANCHORS = (datetime(2026, 11, 24, 22, 0, tzinfo=UTC), datetime(2026, 3, 29, 0, 0, tzinfo=UTC),
           datetime(2026, 10, 25, 0, 0, tzinfo=UTC))


def span(span_id: int, start: datetime, seconds: float, zone: ZoneInfo = BERLIN,
         *, open_: bool = False) -> CallSpan:
    local = start.astimezone(zone)
    offset = local.utcoffset()
    assert offset is not None
    return CallSpan(span_id, start.astimezone(UTC),
                    None if open_ else start.astimezone(UTC) + timedelta(seconds=seconds),
                    SpanSource.MICROPHONE, local.date(), int(offset.total_seconds() // 60))


def chain(start: datetime, pieces: list[tuple[int, int]]) -> list[CallSpan]:
    """Spans one after another: (gap before, duration) in seconds."""
    spans, moment = [], start
    for index, (gap, seconds) in enumerate(pieces, start=1):
        moment += timedelta(seconds=gap)
        spans.append(span(index, moment, seconds))
        moment += timedelta(seconds=seconds)
    return spans


pieces_strategy = st.lists(
    st.tuples(st.sampled_from([0, 5, 29, 30, 31, 60, 179, 180, 181, 600, 3600, 5 * 3600]) |
              st.integers(0, 4000),
              st.sampled_from([5, 19, 20, 21, 300]) | st.integers(1, 1800)),
    max_size=25)


@settings(max_examples=300, deadline=None)
@given(anchor=st.sampled_from(ANCHORS), shift=st.integers(0, 6 * 3600), pieces=pieces_strategy,
       rules=st.builds(WorkloadRules, short_span=st.sampled_from([timedelta(0),
                                                                 timedelta(seconds=20)]),
                       recovery_gap=st.sampled_from([timedelta(minutes=3),
                                                     timedelta(seconds=15)])))
def test_day_figures_agree_with_a_brute_force_recomputation(
        anchor: datetime, shift: int, pieces: list[tuple[int, int]], rules: WorkloadRules) -> None:
    spans = chain(anchor + timedelta(seconds=shift), pieces)
    now = anchor + timedelta(days=2)
    for day in {s.local_date for s in spans}:
        figures = day_workload(spans, day, 0, rules, now)
        expected = oracle_figures(spans, day, rules, now)
        got = {key: getattr(figures, key) for key in expected}
        assert got == expected, (day, spans)


def test_a_run_across_midnight_counts_whole_on_both_days() -> None:
    # 23:56–23:59:50 and 00:00:05–00:03 Berlin time: back to back, one run of two calls.
    start = datetime(2026, 11, 24, 23, 56, tzinfo=BERLIN)
    spans = chain(start, [(0, 230), (15, 175)])
    now = start + timedelta(hours=3)
    before = day_workload(spans, date(2026, 11, 24), 0, RULES, now)
    after = day_workload(spans, date(2026, 11, 25), 0, RULES, now)
    assert (before.calls_handled, before.back_to_back, before.longest_run_calls) == (1, 0, 2)
    assert (after.calls_handled, after.back_to_back, after.longest_run_calls) == (1, 1, 2)
    assert after.shortest_gap_minutes == 0.25


def test_spring_forward_hour_is_not_a_gap() -> None:
    # 01:58 CET for 90 s, then 03:00:30 CEST: one real minute later, though the clock says 62.
    first = datetime(2026, 3, 29, 1, 58, tzinfo=BERLIN)
    second = datetime(2026, 3, 29, 3, 0, 30, tzinfo=BERLIN)
    spans = [span(1, first, 90), span(2, second, 60)]
    figures = day_workload(spans, date(2026, 3, 29), 0, RULES, second + timedelta(hours=1))
    # Python subtracts same-zone datetimes by wall clock (62.5 min); the real gap is 1 minute.
    assert (second - first) == timedelta(minutes=62, seconds=30)
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(minutes=2, seconds=30)
    assert figures.longest_run_calls == 2
    assert figures.mean_gap_minutes == 1.0


def test_fall_back_repeated_hour_keeps_the_real_order() -> None:
    # 02:50 CEST and then 02:10 CET: the later call has the earlier wall-clock time.
    first = datetime(2026, 10, 25, 2, 50, tzinfo=BERLIN, fold=0)
    second = datetime(2026, 10, 25, 2, 10, tzinfo=BERLIN, fold=1)
    spans = [span(1, first, 600), span(2, second, 300)]
    figures = day_workload(spans, date(2026, 10, 25), 0, RULES, second + timedelta(hours=2))
    assert figures.calls_handled == 2
    assert figures.longest_run_calls == 1  # 10 real minutes apart: a break in between
    assert figures.mean_gap_minutes == 10.0


def test_short_spans_are_kept_but_not_counted_and_do_not_break_a_run() -> None:
    start = datetime(2026, 11, 25, 10, 0, tzinfo=BERLIN)
    spans = chain(start, [(0, 300), (20, 5), (20, 300)])
    figures = day_workload(spans, date(2026, 11, 25), 2, RULES, start + timedelta(hours=1))
    assert figures.calls_handled == 2
    assert figures.back_to_back == 0  # 45 s between the two real calls
    assert figures.tough_share == 1.0 and figures.tough_calls == 2


def test_tough_share_needs_detection_that_day() -> None:
    figures = day_workload([], date(2026, 11, 25), 4, RULES,
                           datetime(2026, 11, 25, 12, tzinfo=UTC))
    assert figures.tough_share is None and figures.detection_ran is False
    assert figures.calls_handled == 0 and figures.longest_run_calls == 0


def test_minutes_since_break_while_in_a_run() -> None:
    start = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
    spans = chain(start, [(0, 600), (60, 600)])
    now = spans[-1].start + timedelta(minutes=12)
    assert day_workload(spans, date(2026, 11, 25), 0, RULES, now).minutes_since_break == 23.0
    later = now + timedelta(minutes=5)
    assert day_workload(spans, date(2026, 11, 25), 0, RULES, later).minutes_since_break is None


def test_an_open_span_counts_up_to_now() -> None:
    start = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
    figures = day_workload([span(1, start, 0, open_=True)], date(2026, 11, 25), 0, RULES,
                           start + timedelta(minutes=3))
    assert figures.calls_handled == 1 and figures.talk_minutes == 3.0


@pytest.mark.parametrize(("calls", "seconds", "due"), [(7, 300, False), (8, 300, True),
                                                       (3, 1900, True), (3, 1700, False)])
def test_run_reset_after_n_calls_or_m_minutes(calls: int, seconds: int, due: bool) -> None:
    start = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
    spans = chain(start, [(10, seconds)] * calls)
    end = spans[-1].end
    assert end is not None
    assert run_reset_due(spans, end + timedelta(seconds=5), RULES, None) is due


def test_run_reset_waits_for_the_gap_and_is_not_repeated() -> None:
    start = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
    spans = chain(start, [(10, 300)] * 8)
    end = spans[-1].end
    assert end is not None
    live = [*spans[:-1], span(8, spans[-1].start, 0, open_=True)]
    assert run_reset_due(live, end, RULES, None) is False  # still on the call
    assert run_reset_due(spans, end + timedelta(minutes=4), RULES, None) is False  # had a break
    offered = end + timedelta(seconds=5)
    more = [*spans, *chain(offered + timedelta(seconds=20), [(0, 300)] * 3)]
    more = [CallSpan(i, s.start, s.end, s.source, s.local_date, s.utc_offset_minutes)
            for i, s in enumerate(more, start=1)]
    later = more[-1].end
    assert later is not None
    assert run_reset_due(more, later + timedelta(seconds=5), RULES, offered) is False
    assert run_reset_due(more, later + timedelta(seconds=5),
                         WorkloadRules(reset_calls=3), offered) is True


def test_manual_span_validation() -> None:
    start = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    validate_manual_span(start, start + timedelta(hours=12))
    with pytest.raises(ValidationError, match="after the start"):
        validate_manual_span(start, start)
    with pytest.raises(ValidationError, match="12 hours"):
        validate_manual_span(start, start + timedelta(hours=12, seconds=1))


@pytest.mark.parametrize(("provider", "source"), [
    ("manual toggle", SpanSource.MANUAL), ("softphone window", SpanSource.WINDOW),
    ("microphone (PulseAudio/PipeWire)", SpanSource.MICROPHONE),
    ("microphone (Windows privacy)", SpanSource.MICROPHONE)])
def test_sources_from_provider_names(provider: str, source: SpanSource) -> None:
    assert source_for_provider(provider) is source


def times(spans: list[CallSpan]) -> list[SpanTime]:
    """What the store's ``span_times`` returns for these spans."""
    return [SpanTime(s.start.timestamp(), s.end.timestamp() if s.end else s.start.timestamp(),
                     s.local_date, s.start_local.hour) for s in spans]


def test_trend_days_share_and_rolling_mean() -> None:
    day1 = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
    spans = chain(day1, [(0, 300)] * 4) + [
        CallSpan(10 + i, s.start + timedelta(days=1), s.end + timedelta(days=1) if s.end else None,
                 s.source, s.local_date + timedelta(days=1), s.utc_offset_minutes)
        for i, s in enumerate(chain(day1, [(0, 300)] * 2))]
    tough = {date(2026, 11, 23): 1, date(2026, 11, 24): 2, date(2026, 11, 25): 3}
    trend = build_workload_trend(times(spans), tough, [], date(2026, 11, 23),
                                 date(2026, 11, 25), RULES)
    first, second, third = trend.days
    assert (first.calls_handled, first.talk_minutes, first.tough_share) == (4, 20.0, 0.25)
    assert (second.calls_handled, second.tough_share, second.share_7d) == (2, 1.0, 0.5)
    assert (third.calls_handled, third.tough_share, third.share_7d) == (0, None, 0.5)
    assert trend.calls_by_hour.cell(0, 9).count == 4 and trend.calls_by_hour.total.count == 6


def test_long_run_insight_needs_enough_data_and_names_its_numbers() -> None:
    start = datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)
    calls = chain(start, [(10, 120)] * 12 + [(600, 120)] * 30)
    rated: list[tuple[float, int]] = []
    for index, call in enumerate(calls):
        assert call.end is not None
        moment = call.end.timestamp() + 5
        if 9 <= index < 12:  # runs of 10, 11, 12: stress 8
            rated += [(moment, 8)] * 2
        elif index >= 12:  # each after a 10-minute break: stress 5
            rated.append((moment, 5))
    insight = long_run_insight(times(calls), rated, RULES)
    assert insight is not None
    assert insight.text == ("Your stress is higher after runs of 10+ back-to-back calls: "
                            "8.0 vs 5.0 over 36 calls.")
    assert long_run_insight(times(calls), rated[:20], RULES) is None


@settings(max_examples=100, deadline=None)
@given(anchor=st.sampled_from(ANCHORS), shift=st.integers(0, 6 * 3600), pieces=pieces_strategy)
def test_run_positions_agree_with_the_day_figures(anchor: datetime, shift: int,
                                                  pieces: list[tuple[int, int]]) -> None:
    spans = chain(anchor + timedelta(seconds=shift), pieces)
    positions = run_positions(times(spans), RULES)
    now = anchor + timedelta(days=2)
    for day in {s.local_date for s in spans}:
        longest = day_workload(spans, day, 0, WorkloadRules(short_span=timedelta(0)), now)
        on_day = [p for p, s in zip(positions, spans, strict=True) if s.local_date == day]
        assert max(on_day) <= longest.longest_run_calls
