"""Call spans in the journal, the recorder use case (crash, heartbeat, sleep) and the CLI."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.support.cli import run as run_cli
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.domain.workload.call_span import SpanSource
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.usecases.workload import (
    SpanRecorder,
    run_reset_earned,
    workload_of_day,
    workload_trend,
)

PLUS1 = timezone(timedelta(hours=1))
CONTRACT_KEYS = {"calls_handled", "talk_minutes", "back_to_back", "longest_run_calls",
                 "longest_run_minutes", "tough_calls", "tough_share"}


def recorder(journal: Journal, clock: ManualClock, settings: Settings | None = None,
             ) -> SpanRecorder:
    chosen = settings or Settings()
    return SpanRecorder(journal, clock, lambda: chosen)


def test_start_end_and_heartbeat_are_written_as_they_happen(clock: ManualClock) -> None:
    journal = Journal.in_memory()
    spans = recorder(journal, clock)
    opened = spans.call_started("microphone (PulseAudio/PipeWire)")
    assert opened is not None and opened.end is None and opened.source is SpanSource.MICROPHONE
    clock.advance(60)
    assert spans.heartbeat() is True
    clock.advance(30)
    closed = spans.call_ended()
    assert closed is not None and closed.end == opened.start + timedelta(seconds=90)
    assert spans.heartbeat() is False and spans.call_ended() is None
    assert opened.local_date == clock.now().date()


def test_a_crash_closes_the_span_at_the_last_heartbeat_once(tmp_path: Path,
                                                            clock: ManualClock) -> None:
    journal = Journal.open(tmp_path / DB_FILENAME)
    spans = recorder(journal, clock)
    start = clock.now()
    spans.call_started("manual toggle")
    clock.advance(60)
    spans.heartbeat()
    clock.advance(50)  # killed here, 50 s after the last heartbeat
    journal.close()
    reopened = Journal.open(tmp_path / DB_FILENAME)
    again = recorder(reopened, clock)
    recovered = again.recover()
    assert [s.end for s in recovered] == [start + timedelta(seconds=60)]
    assert recovered[0].recovered is True
    assert again.recover() == []  # never closed twice
    assert len(reopened.call_spans.spans()) == 1


def test_one_open_span_at_most(clock: ManualClock) -> None:
    journal = Journal.in_memory()
    spans = recorder(journal, clock)
    spans.call_started("manual toggle")
    clock.advance(40)
    spans.call_started("manual toggle")  # a missed end: the first is closed, not doubled
    assert [s.end is None for s in journal.call_spans.spans()] == [False, True]
    with pytest.raises(sqlite3.IntegrityError):
        journal.call_spans.open_span(clock.now(), SpanSource.MANUAL)


def test_recording_off_records_nothing(clock: ManualClock) -> None:
    journal = Journal.in_memory()
    off = Settings(record_call_spans=False)
    assert recorder(journal, clock, off).call_started("manual") is None
    assert journal.call_spans.spans() == []


def test_after_a_sleep_the_span_ends_at_the_heartbeat_and_a_live_call_starts_anew(
        clock: ManualClock) -> None:
    journal = Journal.in_memory()
    spans = recorder(journal, clock)
    spans.call_started("softphone window")
    clock.advance(45 * 60)  # the laptop slept
    fresh = spans.resumed("softphone window")
    first, second = journal.call_spans.spans()
    assert first.end == first.start and first.recovered
    assert fresh is not None and second.id == fresh.id and second.end is None


def test_manual_corrections_refuse_overlaps(clock: ManualClock) -> None:
    journal = Journal.in_memory()
    start = clock.now() - timedelta(hours=2)
    journal.call_spans.add(start, start + timedelta(minutes=5))
    with pytest.raises(ValidationError, match="overlaps span 1"):
        journal.call_spans.add(start + timedelta(minutes=4), start + timedelta(minutes=6))
    journal.call_spans.add(start + timedelta(minutes=5), start + timedelta(minutes=6))
    assert journal.call_spans.delete(1) is not None and journal.call_spans.delete(1) is None


def test_workload_of_a_day_reads_tough_calls_and_neighbouring_spans(clock: ManualClock) -> None:
    journal = Journal.in_memory()
    midnight = datetime(2026, 11, 24, 0, 0, tzinfo=PLUS1)
    journal.call_spans.add(midnight - timedelta(minutes=5), midnight - timedelta(seconds=20))
    journal.call_spans.add(midnight, midnight + timedelta(minutes=4))
    journal.log_call(CallDraft(stress=7), midnight + timedelta(minutes=5))
    figures = workload_of_day(journal, midnight.date(), clock.now(), PLUS1, Settings())
    assert (figures.calls_handled, figures.back_to_back, figures.longest_run_calls) == (1, 1, 2)
    assert (figures.tough_calls, figures.tough_share) == (1, 1.0)


def test_run_reset_earned_through_the_journal(clock: ManualClock) -> None:
    journal = Journal.in_memory()
    moment = clock.now() - timedelta(hours=1)
    for _ in range(3):
        journal.call_spans.add(moment, moment + timedelta(minutes=2))
        moment += timedelta(minutes=2, seconds=20)
    now = moment
    assert run_reset_earned(journal, now, Settings(run_reset_calls=3), None) is True
    assert run_reset_earned(journal, now, Settings(), None) is False
    assert run_reset_earned(journal, now, Settings(run_reset_calls=3,
                                                   reset_after_long_run=False), None) is False


def run(argv: list[str], data_dir: Path, clock: ManualClock) -> tuple[int, str, str]:
    return run_cli(argv, data_dir, clock, PLUS1)


def test_cli_contract(tmp_path: Path, clock: ManualClock) -> None:
    assert run(["workload", "--json"], tmp_path, clock)[0] == 0
    empty = json.loads(run(["workload", "--json"], tmp_path, clock)[1])
    assert set(empty) >= CONTRACT_KEYS and empty["tough_share"] is None
    for start, end in (("09:00", "09:04"), ("09:04:10", "09:08"), ("09:15", "09:20")):
        code, _out, err = run(["span", "add", "--start", f"2026-11-24T{start}",
                              "--end", f"2026-11-24T{end}"], tmp_path, clock)
        assert code == 0, err
    assert run(["log", "--stress", "8", "--at", "2026-11-24T09:21"], tmp_path, clock)[0] == 0
    spans = json.loads(run(["spans", "--json"], tmp_path, clock)[1])
    assert next(s["start"] for s in spans) == "2026-11-24T09:00:00+01:00"
    assert {s["source"] for s in spans} == {"manual"} and all(s["counted"] for s in spans)
    figures = json.loads(run(["workload", "--day", "2026-11-24", "--json"], tmp_path, clock)[1])
    assert {k: figures[k] for k in CONTRACT_KEYS} == {
        "calls_handled": 3, "talk_minutes": 12.8, "back_to_back": 1, "longest_run_calls": 2,
        "longest_run_minutes": 8.0, "tough_calls": 1, "tough_share": 0.333}
    assert "calls handled         3" in run(["workload", "--day", "2026-11-24"], tmp_path,
                                              clock)[1]
    assert run(["spans", "--since", "2026-11-25"], tmp_path, clock)[1] == (
        "No call spans in that range.\n")
    assert run(["span", "delete", "2"], tmp_path, clock)[:2] == (0, "Deleted span #2.\n")


def test_cli_text_says_one_call_not_one_calls(tmp_path: Path, clock: ManualClock) -> None:
    run(["span", "add", "--start", "2026-11-24T09:00", "--end", "2026-11-24T09:04"], tmp_path,
        clock)
    out = run(["workload", "--day", "2026-11-24"], tmp_path, clock)[1]
    assert "longest run           1 call, 4.0 min" in out


@pytest.mark.parametrize(("argv", "fragment"), [
    (["span", "add", "--start", "2026-11-24T10:00", "--end", "2026-11-24T10:00"],
     "after the start"),
    (["span", "add", "--start", "2026-11-23T01:00", "--end", "2026-11-23T13:01"], "12 hours"),
    (["span", "add", "--start", "2026-11-24T08:59", "--end", "2026-11-24T09:01"], "overlaps"),
    (["span", "add", "--start", "soon", "--end", "2026-11-24T09:01"], "ISO-8601"),
    (["span", "delete", "42"], "no span #42"),
    (["workload", "--day", "24.11.2026"], "not a date"),
    (["spans", "--since", "yesterday"], "neither a span"),
])
def test_cli_bad_input_is_one_line_and_exit_2(tmp_path: Path, clock: ManualClock,
                                              argv: list[str], fragment: str) -> None:
    run(["span", "add", "--start", "2026-11-24T09:00", "--end", "2026-11-24T09:04"], tmp_path,
        clock)
    before = run(["spans", "--json"], tmp_path, clock)[1]
    code, out, err = run(argv, tmp_path, clock)
    assert code == 2 and out == "" and fragment in err and err.count("\n") == 1
    assert run(["spans", "--json"], tmp_path, clock)[1] == before


def test_span_times_are_stored_in_utc(clock: ManualClock) -> None:
    journal = Journal.in_memory()
    span = journal.call_spans.add(datetime(2026, 11, 24, 9, tzinfo=PLUS1),
                                  datetime(2026, 11, 24, 9, 5, tzinfo=PLUS1))
    assert span.start == datetime(2026, 11, 24, 8, tzinfo=UTC)
    assert span.utc_offset_minutes == 60


def test_export_spans_and_erase_removes_them(tmp_path: Path, clock: ManualClock) -> None:
    run(["span", "add", "--start", "2026-11-24T09:00", "--end", "2026-11-24T09:04"], tmp_path,
        clock)
    code, out, _err = run(["export", "--format", "json", "--spans"], tmp_path, clock)
    (record,) = json.loads(out)
    assert code == 0 and record["start_utc"] == "2026-11-24T08:00:00+00:00"
    assert record["source"] == "manual" and record["recovered"] is False
    code, out, _err = run(["export", "--format", "csv", "--spans"], tmp_path, clock)
    assert out.splitlines()[0] == ("id,start_utc,end_utc,start_local,local_date,"
                                   "utc_offset_minutes,source,recovered")
    journal = Journal.open(tmp_path / DB_FILENAME)
    journal.erase_everything()
    assert journal.call_spans.spans() == []
    journal.close()
    memory = Journal.in_memory()
    memory.call_spans.add(clock.now() - timedelta(hours=1), clock.now())
    memory.erase_everything()
    assert memory.call_spans.spans() == []


def test_span_times_carry_epoch_seconds_and_the_local_hour_across_dst() -> None:
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    journal = Journal.in_memory()
    before = datetime(2026, 10, 25, 2, 30, tzinfo=berlin, fold=0)  # CEST
    after = datetime(2026, 10, 25, 2, 30, tzinfo=berlin, fold=1)  # CET, an hour later
    for start in (before, after):
        journal.call_spans.add(start, start.astimezone(UTC) + timedelta(minutes=5))
    with pytest.raises(ValidationError, match="after the start"):
        # 02:35 wall clock is before 02:30 of the repeated hour: real time, not the clock face.
        journal.call_spans.add(after, after.replace(minute=35, fold=0))
    first, second = journal.call_spans.span_times(before - timedelta(hours=1),
                                                  after + timedelta(hours=1))
    assert second.start - first.start == 3600 and first.end - first.start == 300
    assert (first.local_hour, second.local_hour) == (2, 2)
    assert first.local_date == second.local_date == before.date()


def test_trends_and_the_day_figures_agree_on_tough_calls_before_the_first_span(
        clock: ManualClock) -> None:
    """A tough call logged before detection first saw a call still counts in the trends.

    ``wellbeing workload`` (and the tray) count every call logged that day; the trends window
    read calls only from the first span's moment on, so the same day showed fewer tough calls.
    """
    journal = Journal.in_memory()
    day = clock.now().astimezone(PLUS1).date()
    nine = datetime.combine(day, datetime.min.time(), PLUS1) + timedelta(hours=9)
    journal.log_call(CallDraft(stress=8), nine)
    journal.call_spans.add(nine + timedelta(hours=1), nine + timedelta(hours=1, minutes=5))
    journal.log_call(CallDraft(stress=6), nine + timedelta(hours=1, minutes=6))
    journal.call_spans.add(nine + timedelta(hours=2), nine + timedelta(hours=2, minutes=5))
    figures = workload_of_day(journal, day, clock.now(), PLUS1, Settings())
    trend = workload_trend(journal, day, day, PLUS1, Settings())
    point = next(p for p in trend.days if p.day == day)
    assert (point.calls_handled, point.tough_calls, point.tough_share) == (
        figures.calls_handled, figures.tough_calls, figures.tough_share) == (2, 2, 1.0)


def test_trends_and_the_day_figures_agree_on_talk_time(clock: ManualClock) -> None:
    """61 s + 80 s: summed call by call in float minutes the trends showed 2.3, the CLI 2.4."""
    journal = Journal.in_memory()
    day = clock.now().astimezone(PLUS1).date()
    nine = datetime.combine(day, datetime.min.time(), PLUS1) + timedelta(hours=9)
    journal.call_spans.add(nine, nine + timedelta(seconds=61))
    journal.call_spans.add(nine + timedelta(minutes=5), nine + timedelta(minutes=5, seconds=80))
    figures = workload_of_day(journal, day, clock.now(), PLUS1, Settings())
    trend = workload_trend(journal, day, day, PLUS1, Settings())
    point = next(p for p in trend.days if p.day == day)
    assert point.talk_minutes == figures.talk_minutes == round(141 / 60, 1)


def test_after_a_crash_the_cli_counts_an_open_span_only_to_its_last_heartbeat(
        tmp_path: Path, clock: ManualClock) -> None:
    """The app is down; `wellbeing workload` must not count every hour since as talk time."""
    journal = Journal.open(tmp_path / DB_FILENAME)
    spans = recorder(journal, clock)
    spans.call_started("microphone (PulseAudio/PipeWire)")
    clock.advance(60)
    spans.heartbeat()
    journal.close()  # killed here; nobody closes the span
    clock.advance(30)  # a live call a moment later: counted to now
    live = json.loads(run(["workload", "--json"], tmp_path, clock)[1])
    assert live["talk_minutes"] == 1.5
    clock.advance(3 * 3600)  # three hours later, app still down
    figures = json.loads(run(["workload", "--json"], tmp_path, clock)[1])
    assert figures["calls_handled"] == 1 and figures["talk_minutes"] == 1.0
