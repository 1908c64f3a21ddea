"""Sensed workload use cases: record spans from call detection, correct them, a day's figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.domain.workload.call_span import (
    STALE_HEARTBEAT,
    CallSpan,
    SpanSource,
    source_for_provider,
    wall_clock_span,
)
from wellbeing_app.domain.workload.day_workload import DayWorkload, day_workload
from wellbeing_app.domain.workload.run_reset import run_reset_due
from wellbeing_app.domain.workload.workload_rules import WorkloadRules
from wellbeing_app.store.journal import Journal

if TYPE_CHECKING:
    from wellbeing_app.domain.workload.workload_trend import WorkloadTrend

#: How far around a day spans are read, so runs and gaps across midnight are whole.
CONTEXT = timedelta(days=1)
#: How far back a run that just ended is looked for (longer than any shift).
RUN_LOOKBACK = timedelta(hours=16)


class SpanRecorder:
    """Turns 'call started', 'call ended' and the once-a-minute watchdog into durable spans.

    The start is written when the call starts, the end when it ends; meanwhile each watchdog
    tick stores a heartbeat, so after a crash ``recover`` closes the span at most a minute
    late, once.
    """

    def __init__(self, journal: Journal, clock: Clock,
                 settings: Callable[[], Settings]) -> None:
        self._journal = journal
        self._clock = clock
        self._settings = settings

    def recover(self) -> list[CallSpan]:
        """At start: close a span left open by a crash at its last heartbeat."""
        return self._journal.call_spans.close_at_heartbeat()

    def call_started(self, provider: str) -> CallSpan | None:
        """Open a span (when recording is on); a span somehow still open is closed first."""
        if not self._settings().record_call_spans:
            return None
        spans = self._journal.call_spans
        if spans.open_span_now() is not None:
            spans.close_at_heartbeat()
        return spans.open_span(self._clock.now(), source_for_provider(provider))

    def call_ended(self) -> CallSpan | None:
        """Close the open span now (even if recording was switched off meanwhile).

        After a sleep (a stale heartbeat) it ends at the heartbeat instead, like ``resumed``.
        """
        spans = self._journal.call_spans
        beat = spans.open_heartbeat()
        if beat is None:
            return None
        now = self._clock.now()
        if now - beat > STALE_HEARTBEAT:
            return next(iter(spans.close_at_heartbeat()), None)
        return spans.close_open(now)

    def heartbeat(self) -> bool:
        """The app is alive: move the open span's heartbeat to now; False when none is open."""
        return self._journal.call_spans.heartbeat(self._clock.now())

    def resumed(self, provider: str | None) -> CallSpan | None:
        """After a sleep: the open span ends at the last heartbeat; a call still on starts anew."""
        if not self._journal.call_spans.close_at_heartbeat():
            return None
        return self.call_started(provider) if provider is not None else None


def local_day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The aware start and end of a local calendar day (23 or 25 hours on DST days)."""
    start = datetime.combine(day, time(0), zone)
    end = datetime.combine(day + timedelta(days=1), time(0), zone)
    return start, end


def workload_of_day(journal: Journal, day: date, now: datetime, zone: tzinfo,
                    settings: Settings) -> DayWorkload:
    """The figures ``wellbeing workload`` prints and the UI shows for one local day."""
    start, end = local_day_bounds(day, zone)
    spans = journal.call_spans.spans(start - CONTEXT, end + CONTEXT)
    tough = journal.day_summary(day).count
    return day_workload(spans, day, tough, WorkloadRules.from_settings(settings), now)


def run_reset_earned(journal: Journal, now: datetime, settings: Settings,
                     last_offered: datetime | None) -> bool:
    """After a call ends: did the run that just ended earn a one-minute reset?"""
    if not settings.reset_after_long_run:
        return False
    spans = journal.call_spans.spans(now - RUN_LOOKBACK)
    return run_reset_due(spans, now, WorkloadRules.from_settings(settings), last_offered)


def workload_trend(journal: Journal, first: date, last: date, zone: tzinfo,
                   settings: Settings) -> WorkloadTrend:
    """Calls handled, tough share and calls by hour for the trends window's range.

    It reads what was stored: a span still open counts up to its last heartbeat.
    """
    # Imported here: the running app records spans from start, but trends only on request.
    from wellbeing_app.domain.trends.stress_grid import EMPTY_GRID
    from wellbeing_app.domain.trends.trend_series import ROLLING_DAYS
    from wellbeing_app.domain.workload.workload_trend import WorkloadTrend, build_workload_trend

    since = local_day_bounds(first - timedelta(days=ROLLING_DAYS - 1), zone)[0]
    until = local_day_bounds(last, zone)[1]
    spans = journal.call_spans.span_times(since, until)
    if not spans:  # detection recorded nothing: no ratings to read, no days to build
        return WorkloadTrend((), EMPTY_GRID, None)
    tough: dict[date, int] = {}
    rated: list[tuple[float, int]] = []
    # Days before the first detected call have no share: skip reading their calls. Its own
    # day is read whole, so its tough calls are the ones ``workload_of_day`` counts.
    begin = max(since, local_day_bounds(spans[0].local_date, zone)[0])
    for day, moment, stress in journal.call_ratings(begin):
        tough[day] = tough.get(day, 0) + 1
        if day >= first:
            rated.append((moment, stress))
    return build_workload_trend(spans, tough, rated, first, last,
                                WorkloadRules.from_settings(settings))


def add_span(journal: Journal, start: datetime, end: datetime) -> CallSpan:
    """A manual correction (validated: after the start, ≤ 12 hours, no overlap).

    Times typed on the wall clock are read as meant in the hour the clocks go back
    (``wall_clock_span``), for the app's dialog and ``wellbeing span add`` alike.
    """
    return journal.call_spans.add(*wall_clock_span(start, end))


def delete_span(journal: Journal, span_id: int) -> CallSpan | None:
    """Remove one span; ``None`` when there is no such span."""
    return journal.call_spans.delete(span_id)


def find_span(journal: Journal, span_id: int) -> CallSpan | None:
    """One span by its id, or ``None``."""
    try:
        return journal.call_spans.get(span_id)
    except KeyError:
        return None


def restore_span(journal: Journal, span: CallSpan) -> CallSpan:
    """Undo a delete: the finished span back as it was, refused on overlap (see ``restore``)."""
    return journal.call_spans.restore(span)


def day_spans(journal: Journal, day: date, zone: tzinfo) -> list[CallSpan]:
    """The spans that started on a local day (its day as stored, like the workload), in order."""
    start, end = local_day_bounds(day, zone)
    return [s for s in journal.call_spans.spans(start - CONTEXT, end + CONTEXT)
            if s.local_date == day]


def list_spans(journal: Journal, since: datetime | None = None) -> list[CallSpan]:
    """The recorded spans, oldest first."""
    return journal.call_spans.spans(since)


__all__ = ["SpanRecorder", "SpanSource", "add_span", "day_spans", "delete_span", "find_span",
           "list_spans", "local_day_bounds", "restore_span", "run_reset_earned",
           "workload_of_day", "workload_trend"]
