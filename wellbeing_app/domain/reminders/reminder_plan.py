"""Which reminders the settings plan, and when: the one rule the CLI and the scheduler share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum

from wellbeing_app.domain.reminders.shifts import Shift, parse_shifts, shifts_between, to_utc
from wellbeing_app.domain.settings.declaration import WEEKDAYS, Settings

#: No micro-break this close to the pulse check-in or the end of the shift.
QUIET_MARGIN = timedelta(minutes=10)
#: A pulse check-in only in shifts at least this long.
PULSE_MIN_SHIFT = timedelta(hours=2)


class ReminderKind(StrEnum):
    """The kinds of prompt; ``PRIORITY`` orders them when several wait (lower first)."""

    MICRO_BREAK = "micro_break"
    PULSE = "pulse"
    WIND_DOWN = "wind_down"
    WEEKLY_STRESS = "weekly_stress"
    WHO5 = "who5"
    RESET = "reset"
    RUN_RESET = "run_reset"


#: Kinds that belong to the end of a shift: never silently lost, offered once after a wake.
END_OF_SHIFT = frozenset({ReminderKind.WIND_DOWN, ReminderKind.WEEKLY_STRESS, ReminderKind.WHO5})
PRIORITY = {ReminderKind.WIND_DOWN: 0, ReminderKind.WEEKLY_STRESS: 1, ReminderKind.WHO5: 2,
            ReminderKind.RESET: 3, ReminderKind.RUN_RESET: 4, ReminderKind.PULSE: 5,
            ReminderKind.MICRO_BREAK: 6}
#: Kinds that offer the one-minute reset exercise.
RESETS = frozenset({ReminderKind.RESET, ReminderKind.RUN_RESET})


@dataclass(frozen=True)
class PlannedReminder:
    """One planned prompt; ``at`` and ``shift_end`` are UTC."""

    kind: ReminderKind
    at: datetime
    shift_end: datetime

    @property
    def key(self) -> str:
        """Stable identity, so one reminder is never offered twice."""
        return f"{self.kind.value}@{self.at.isoformat()}"


def _micro_breaks(settings: Settings, shift: Shift, pulse: datetime | None) -> list[datetime]:
    step = timedelta(minutes=settings.micro_break_minutes)
    times, moment = [], shift.start + step
    while moment <= shift.end - QUIET_MARGIN:
        if pulse is None or abs(moment - pulse) >= QUIET_MARGIN:
            times.append(moment)
        moment += step
    return times


def _end_of_shift(settings: Settings, shift: Shift, zone: tzinfo,
                  last_of_day: bool) -> list[ReminderKind]:
    kinds = [ReminderKind.WIND_DOWN] if settings.wind_down else []
    local_end = shift.end.astimezone(zone)
    if not last_of_day or WEEKDAYS[local_end.weekday()] != settings.weekly_check_in_day:
        return kinds
    if settings.weekly_stress_question:
        kinds.append(ReminderKind.WEEKLY_STRESS)
    if settings.who5_enabled and local_end.isocalendar().week % 2 == 0:
        kinds.append(ReminderKind.WHO5)
    return kinds


def plan_shift(settings: Settings, shift: Shift, zone: tzinfo,
               last_of_day: bool = True) -> list[PlannedReminder]:
    """Every reminder of one shift; steps are real elapsed minutes, so DST cannot skip or double."""
    planned: list[PlannedReminder] = []
    length = shift.end - shift.start
    pulse = shift.start + length / 2 if settings.pulse_check_in and length >= PULSE_MIN_SHIFT \
        else None
    if pulse is not None:
        planned.append(PlannedReminder(ReminderKind.PULSE, pulse, shift.end))
    if settings.micro_break_enabled:
        planned += [PlannedReminder(ReminderKind.MICRO_BREAK, t, shift.end)
                    for t in _micro_breaks(settings, shift, pulse)]
    planned += [PlannedReminder(kind, shift.end, shift.end)
                for kind in _end_of_shift(settings, shift, zone, last_of_day)]
    return sorted(planned, key=lambda r: (r.at, PRIORITY[r.kind]))


def plan_between(settings: Settings, start: datetime, end: datetime,
                 zone: tzinfo) -> list[PlannedReminder]:
    """Reminders due in ``[start, end)``, in time order."""
    shifts = shifts_between(parse_shifts(settings.shifts), start - timedelta(days=1),
                            end + timedelta(days=1), zone)
    ends_by_day: dict[date, datetime] = {}
    for shift in shifts:
        local_day = shift.end.astimezone(zone).date()
        ends_by_day[local_day] = max(ends_by_day.get(local_day, shift.end), shift.end)
    planned: list[PlannedReminder] = []
    for shift in shifts:
        last = ends_by_day[shift.end.astimezone(zone).date()] == shift.end
        planned += [r for r in plan_shift(settings, shift, zone, last) if start <= r.at < end]
    return sorted(planned, key=lambda r: (r.at, PRIORITY[r.kind]))


def plan_day(settings: Settings, day: date, zone: tzinfo) -> list[PlannedReminder]:
    """The reminders whose local time falls on ``day``."""
    start = to_utc(day, datetime.min.time(), zone)
    end = to_utc(day + timedelta(days=1), datetime.min.time(), zone)
    return plan_between(settings, start, end, zone)


def next_after(settings: Settings, moment: datetime, zone: tzinfo,
               horizon_days: int = 8) -> PlannedReminder | None:
    """The first reminder strictly after ``moment`` within the horizon, if any."""
    start = moment.astimezone(UTC) + timedelta(microseconds=1)
    upcoming = plan_between(settings, start, start + timedelta(days=horizon_days), zone)
    return upcoming[0] if upcoming else None
