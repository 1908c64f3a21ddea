"""Shift rules ("mon-fri 09:00-17:30; sat 22:00-06:00") and their concrete occurrences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from wellbeing_app.domain.errors import ValidationError

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")
_WEEK_MINUTES = 7 * 24 * 60
FIELD = "shifts"


@dataclass(frozen=True)
class ShiftRule:
    """Days of the week (0 = Monday) and a start/end; ``end <= start`` crosses midnight."""

    days: frozenset[int]
    start: time
    end: time

    @property
    def minutes(self) -> int:
        """Length of the shift in wall-clock minutes."""
        start = self.start.hour * 60 + self.start.minute
        end = self.end.hour * 60 + self.end.minute
        return (end - start) % (24 * 60) or 24 * 60


@dataclass(frozen=True)
class Shift:
    """One concrete shift, in UTC (same-tzinfo arithmetic would ignore DST; UTC never lies)."""

    start: datetime
    end: datetime

    def contains(self, moment: datetime) -> bool:
        """True when ``moment`` falls inside the shift (end excluded)."""
        return self.start <= moment < self.end


def _parse_days(text: str) -> frozenset[int]:
    days: set[int] = set()
    for part in filter(None, (p.strip() for p in text.lower().split(","))):
        ends = [e.strip()[:3] for e in part.split("-")]
        if len(ends) > 2 or any(e not in DAY_NAMES for e in ends):
            raise ValidationError(FIELD, f"{part!r} is not a day or day range like mon-fri.")
        first, last = DAY_NAMES.index(ends[0]), DAY_NAMES.index(ends[-1])
        days.update(range(first, first + (last - first) % 7 + 1))
    if not days:
        raise ValidationError(FIELD, "Each shift needs its days, e.g. mon-fri.")
    return frozenset(d % 7 for d in days)


def _parse_span(text: str) -> tuple[time, time]:
    match = _SPAN.match(text.strip())
    if not match:
        raise ValidationError(FIELD, f"{text.strip()!r} is not a time span like 09:00-17:30.")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        raise ValidationError(FIELD, f"{text.strip()!r} has an impossible time of day.")
    return time(h1, m1), time(h2 % 24, m2)


def parse_shifts(text: str) -> tuple[ShiftRule, ...]:
    """Parse ``days span[, span…][; days span…]``; empty text means no shifts."""
    rules: list[ShiftRule] = []
    for group in filter(None, (g.strip() for g in text.split(";"))):
        days_text, _, spans_text = group.partition(" ")
        if not spans_text.strip():
            raise ValidationError(
                FIELD, f"{group!r} needs days and hours, e.g. mon-fri 09:00-17:30.")
        days = _parse_days(days_text)
        for span in spans_text.split(","):
            start, end = _parse_span(span)
            rules.append(ShiftRule(days, start, end))
    _reject_overlaps(rules)
    return tuple(rules)


def _reject_overlaps(rules: list[ShiftRule]) -> None:
    spans: list[tuple[int, int]] = []
    for rule in rules:
        for day in rule.days:
            begin = day * 1440 + rule.start.hour * 60 + rule.start.minute
            spans.append((begin, begin + rule.minutes))
    for i, (a0, a1) in enumerate(spans):
        for b0, b1 in spans[i + 1:]:
            for shift in (-_WEEK_MINUTES, 0, _WEEK_MINUTES):
                if a0 < b1 + shift and b0 + shift < a1:
                    raise ValidationError(FIELD, "Two shifts overlap; make them follow each other.")


def to_utc(day: date, at: time, zone: tzinfo) -> datetime:
    """A wall-clock time on a day, in UTC.

    A time in a DST gap moves forward; a repeated time means its first occurrence.
    """
    return datetime.combine(day, at).replace(tzinfo=zone).astimezone(UTC)


def shifts_starting_on(rules: tuple[ShiftRule, ...], day: date, zone: tzinfo) -> list[Shift]:
    """The shifts that begin on a local calendar day, in start order."""
    found = []
    for rule in rules:
        if day.weekday() in rule.days:
            end_day = day if rule.end > rule.start else day + timedelta(days=1)
            found.append(Shift(to_utc(day, rule.start, zone), to_utc(end_day, rule.end, zone)))
    return sorted(found, key=lambda s: s.start)


def shifts_between(rules: tuple[ShiftRule, ...], start: datetime, end: datetime,
                   zone: tzinfo) -> list[Shift]:
    """Shifts that overlap ``[start, end)``."""
    day = start.astimezone(zone).date() - timedelta(days=1)
    found: list[Shift] = []
    while day <= end.astimezone(zone).date():
        found += [s for s in shifts_starting_on(rules, day, zone)
                  if s.start < end and s.end > start]
        day += timedelta(days=1)
    return found


def current_shift(rules: tuple[ShiftRule, ...], now: datetime, zone: tzinfo) -> Shift | None:
    """The shift ``now`` is in, if any."""
    for shift in shifts_between(rules, now, now + timedelta(seconds=1), zone):
        if shift.contains(now):
            return shift
    return None
