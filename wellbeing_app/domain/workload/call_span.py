"""A detected (or hand-corrected) call: start, end and which provider saw it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum

from wellbeing_app.domain.errors import ValidationError

#: A manual correction longer than this is refused (a forgotten toggle, not a call).
MAX_SPAN = timedelta(hours=12)
#: The watchdog beats once a minute during a call; an open span whose heartbeat is older than
#: this was left by an app that stopped watching (asleep, crashed): it ends at the heartbeat.
STALE_HEARTBEAT = timedelta(minutes=2)


class SpanProblem(StrEnum):
    """Why a manual span was refused (the UI words each one in the agent's language)."""

    ORDER = "order"
    TOO_LONG = "too_long"
    OVERLAP = "overlap"


class SpanRefusedError(ValidationError):
    """A correction breaks a span rule; ``clash_id`` names the span it overlaps."""

    def __init__(self, field: str, message: str, problem: SpanProblem,
                 clash_id: int | None = None) -> None:
        super().__init__(field, message)
        self.problem = problem
        self.clash_id = clash_id


class SpanSource(StrEnum):
    """Who saw the call."""

    MICROPHONE = "microphone"
    MANUAL = "manual"
    WINDOW = "window"


def source_for_provider(provider: str) -> SpanSource:
    """Map a detector's provider name ('manual toggle', 'softphone window', 'microphone (…)')."""
    if provider.startswith("manual"):
        return SpanSource.MANUAL
    if provider.startswith("softphone"):
        return SpanSource.WINDOW
    return SpanSource.MICROPHONE


@dataclass(frozen=True)
class CallSpan:
    """One span; ``end`` is ``None`` while the call is still going on.

    ``start``/``end`` are aware UTC moments; ``local_date`` and the offset are the agent's at
    the start, so day buckets stay right across DST and travel. ``recovered`` marks a span
    closed at the app's last heartbeat after a crash. ``heartbeat`` is the last moment the app
    saw the call going on.
    """

    id: int
    start: datetime
    end: datetime | None
    source: SpanSource
    local_date: date
    utc_offset_minutes: int
    recovered: bool = False
    heartbeat: datetime | None = None

    def end_or(self, now: datetime) -> datetime:
        """The end; for the span still open ``now``, or its heartbeat once that is stale.

        Read while the app is down after a crash (``wellbeing workload``), an open span would
        otherwise count every hour since as talk time. Never before the start.
        """
        if self.end is not None:
            return self.end
        if self.heartbeat is not None and now - self.heartbeat > STALE_HEARTBEAT:
            return max(self.start, self.heartbeat)
        return max(self.start, now)

    @property
    def start_local(self) -> datetime:
        """The start in the offset the agent had at the time."""
        return self.start.astimezone(timezone(timedelta(minutes=self.utc_offset_minutes)))


def validate_manual_span(start: datetime, end: datetime) -> None:
    """A correction must end after it starts and last at most 12 hours."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("validate_manual_span needs aware datetimes")
    # In UTC: Python compares two times of one zone by the wall clock, ignoring DST folds.
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if end <= start:
        raise SpanRefusedError("end", "The end must be after the start.", SpanProblem.ORDER)
    if end - start > MAX_SPAN:
        raise SpanRefusedError("end", "A span can be at most 12 hours long.", SpanProblem.TOO_LONG)


def wall_clock_span(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """Start and end typed on the wall clock, read as meant across the hour a DST change repeats.

    When the clocks go back, 02:00–03:00 comes twice and an aware time means the first unless
    told otherwise (``fold``). A call from 02:40 to 02:10 can only have ended in the second of
    those hours, so that end is taken; everything else is left as typed.
    """
    second = end.replace(fold=1)
    if end.astimezone(UTC) <= start.astimezone(UTC) < second.astimezone(UTC):
        return start, second
    return start, end
