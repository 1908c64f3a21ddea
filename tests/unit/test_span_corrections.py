"""Correcting call spans through the use cases: a day's spans, why an add is refused, undo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from wellbeing_app.domain.workload.call_span import SpanProblem, SpanRefusedError, SpanSource
from wellbeing_app.store.journal import Journal
from wellbeing_app.usecases.workload import (
    add_span,
    day_spans,
    delete_span,
    find_span,
    list_spans,
    restore_span,
)

ZONE = ZoneInfo("Europe/Berlin")
DAY = date(2026, 3, 29)  # the spring DST change: 23 hours


def at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute), ZONE)


@pytest.fixture
def journal() -> Iterator[Journal]:
    journal = Journal.in_memory()
    journal.call_spans.import_spans([
        (at(DAY - timedelta(days=1), 23, 50), at(DAY, 0, 10), SpanSource.MICROPHONE),
        (at(DAY, 9, 0), at(DAY, 9, 5), SpanSource.WINDOW),
        (at(DAY, 23, 55), at(DAY + timedelta(days=1), 0, 5), SpanSource.MICROPHONE)])
    yield journal
    journal.close()


def test_a_day_holds_the_spans_that_started_on_it(journal: Journal) -> None:
    assert [s.start for s in day_spans(journal, DAY, ZONE)] == [at(DAY, 9, 0), at(DAY, 23, 55)]
    assert [s.start for s in day_spans(journal, DAY - timedelta(days=1), ZONE)] == [
        at(DAY - timedelta(days=1), 23, 50)]
    assert day_spans(journal, DAY + timedelta(days=2), ZONE) == []


@pytest.mark.parametrize(("start", "end", "problem"), [
    (at(DAY, 10, 0), at(DAY, 10, 0), SpanProblem.ORDER),
    (at(DAY, 10, 0), at(DAY, 9, 0), SpanProblem.ORDER),
    (at(DAY, 10, 0), at(DAY, 22, 1), SpanProblem.TOO_LONG),
    (at(DAY, 9, 4), at(DAY, 9, 30), SpanProblem.OVERLAP),
])
def test_a_refused_add_says_why_and_stores_nothing(journal: Journal, start: datetime,
                                                   end: datetime, problem: SpanProblem) -> None:
    before = list_spans(journal)
    with pytest.raises(SpanRefusedError) as refused:
        add_span(journal, start, end)
    assert refused.value.problem is problem
    if problem is SpanProblem.OVERLAP:
        clash = find_span(journal, refused.value.clash_id or 0)
        assert clash is not None and clash.start == at(DAY, 9, 0)
    assert list_spans(journal) == before


def test_undo_puts_the_span_back_with_its_id_source_and_recovered_mark(journal: Journal) -> None:
    journal.call_spans.open_span(at(DAY, 12, 0), SpanSource.MICROPHONE)
    crashed = journal.call_spans.close_at_heartbeat()[0]
    removed = delete_span(journal, crashed.id)
    assert removed == crashed and find_span(journal, crashed.id) is None
    assert restore_span(journal, crashed) == crashed  # recovered, microphone, same id
    assert crashed in list_spans(journal)


def test_undo_is_refused_when_a_span_added_since_overlaps(journal: Journal) -> None:
    span = day_spans(journal, DAY, ZONE)[0]
    delete_span(journal, span.id)
    add_span(journal, at(DAY, 9, 2), at(DAY, 9, 3))
    with pytest.raises(SpanRefusedError) as refused:
        restore_span(journal, span)
    assert refused.value.problem is SpanProblem.OVERLAP
    assert find_span(journal, span.id) is None


def test_undo_after_a_newer_span_took_the_freed_id_brings_the_span_back(journal: Journal) -> None:
    newest = max(list_spans(journal), key=lambda s: s.id)
    delete_span(journal, newest.id)
    added = add_span(journal, at(DAY, 14, 0), at(DAY, 14, 5))  # SQLite reuses the highest id
    restored = restore_span(journal, newest)
    assert restored == replace(newest, id=restored.id)  # times, source and day as they were
    assert added in list_spans(journal) and restored in list_spans(journal)


@pytest.mark.parametrize(("start", "end", "minutes"), [
    (time(2, 40), time(2, 10), 30),  # ended after the clocks went back: the second 02:10
    (time(2, 10), time(2, 40), 30),  # within the first 02:00-03:00, as typed
    (time(1, 50), time(2, 20), 30),  # as typed: the first 02:20
])
def test_a_span_typed_in_the_hour_the_clocks_go_back_is_read_as_meant(
        journal: Journal, start: time, end: time, minutes: int) -> None:
    back = date(2026, 10, 25)  # Berlin: 02:00-03:00 comes twice
    added = add_span(journal, datetime.combine(back, start, ZONE),
                     datetime.combine(back, end, ZONE))
    assert added.end is not None and added.end - added.start == timedelta(minutes=minutes)
