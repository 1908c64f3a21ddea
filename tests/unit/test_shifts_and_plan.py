"""Shifts (midnight, several a day, DST) and the reminder plan built from them."""

import itertools
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.reminders.reminder_plan import (
    PlannedReminder,
    ReminderKind,
    next_after,
    plan_between,
    plan_day,
    plan_shift,
)
from wellbeing_app.domain.reminders.shifts import current_shift, parse_shifts, shifts_starting_on
from wellbeing_app.domain.settings.declaration import Settings

BERLIN = ZoneInfo("Europe/Berlin")
PLUS1 = timezone(timedelta(hours=1))


def local_times(plan: Iterable[PlannedReminder], zone: tzinfo = BERLIN) -> list[tuple[str, str]]:
    return [(r.kind.value, r.at.astimezone(zone).strftime("%H:%M")) for r in plan]


def test_parse_several_groups_and_spans() -> None:
    rules = parse_shifts("mon-wed 06:00-10:00, 14:00-18:00; fri-mon 22:00-06:00")
    assert len(rules) == 3
    assert rules[2].days == {4, 5, 6, 0} and rules[2].minutes == 8 * 60
    assert parse_shifts("") == ()


@pytest.mark.parametrize("text", [
    "mon-fri 09:00-17:00, 16:00-18:00", "mon 22:00-06:00; tue 05:00-07:00",
    "sun 23:00-02:00; mon 01:00-03:00", "mon-fri", "xyz 09:00-10:00", "mon 25:00-26:00"])
def test_bad_shift_texts(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_shifts(text)


def test_default_day_plan() -> None:
    plan = plan_day(Settings(), date(2026, 11, 24), PLUS1)
    assert local_times(plan, PLUS1) == [("pulse", "13:15"), ("wind_down", "17:30")]
    assert plan_day(Settings(), date(2026, 11, 29), PLUS1) == []  # Sunday


def test_micro_breaks_stay_clear_of_pulse_and_end() -> None:
    settings = replace(Settings(), micro_break_enabled=True, shifts="tue 09:00-13:00")
    plan = plan_day(settings, date(2026, 11, 24), PLUS1)
    assert local_times(plan, PLUS1) == [("micro_break", "10:00"), ("pulse", "11:00"),
                                        ("micro_break", "12:00"), ("wind_down", "13:00")]


def test_night_shift_belongs_to_the_days_it_touches() -> None:
    settings = replace(Settings(), shifts="mon 22:00-06:00", pulse_check_in=True)
    monday = plan_day(settings, date(2026, 11, 23), PLUS1)
    tuesday = plan_day(settings, date(2026, 11, 24), PLUS1)
    assert local_times(monday, PLUS1) == []
    assert local_times(tuesday, PLUS1) == [("pulse", "02:00"), ("wind_down", "06:00")]


def test_weekly_question_and_who5_at_end_of_last_shift() -> None:
    settings = replace(Settings(), shifts="fri 06:00-10:00, 14:00-18:00", who5_enabled=True)
    week48 = plan_day(settings, date(2026, 11, 27), PLUS1)  # ISO week 48: WHO-5 week
    kinds_at_18 = [k for k, t in local_times(week48, PLUS1) if t == "18:00"]
    assert kinds_at_18 == ["wind_down", "weekly_stress", "who5"]
    assert ("weekly_stress", "10:00") not in local_times(week48, PLUS1)
    week49 = plan_day(settings, date(2026, 12, 4), PLUS1)
    assert "who5" not in [k for k, _ in local_times(week49, PLUS1)]


@pytest.mark.parametrize(("day", "real_hours", "local"), [
    (date(2026, 3, 28), 7, ["23:00", "00:00", "01:00", "03:00", "04:00", "05:00"]),
    (date(2026, 10, 24), 9, ["23:00", "00:00", "01:00", "02:00", "02:00", "03:00", "04:00",
                             "05:00"]),
])
def test_dst_neither_skips_nor_doubles(day: date, real_hours: int, local: list[str]) -> None:
    """Night shift across the switch: one nudge per real hour, never two at one instant."""
    settings = replace(Settings(), shifts="sat 22:00-06:00", micro_break_enabled=True,
                       micro_break_minutes=60, pulse_check_in=False)
    (shift,) = shifts_starting_on(parse_shifts(settings.shifts), day, BERLIN)
    assert shift.end - shift.start == timedelta(hours=real_hours)
    plan = plan_shift(settings, shift, BERLIN)
    breaks = [r for r in plan if r.kind is ReminderKind.MICRO_BREAK]
    assert [t for _, t in local_times(breaks)] == local
    assert {b.at - a.at for a, b in itertools.pairwise(breaks)} == {timedelta(hours=1)}
    assert local_times(plan)[-1] == ("wind_down", "06:00")
    whole = plan_between(settings, shift.start - timedelta(hours=1), shift.end + timedelta(hours=1),
                         BERLIN)
    assert whole == plan


def test_shift_start_in_dst_gap_moves_forward() -> None:
    shifts = parse_shifts("sun 02:30-08:00")
    now = datetime(2026, 3, 29, 3, 45, tzinfo=BERLIN)
    shift = current_shift(shifts, now, BERLIN)
    assert shift is not None and shift.start.astimezone(BERLIN).strftime("%H:%M") == "03:30"


def test_next_after_skips_the_weekend() -> None:
    friday_evening = datetime(2026, 11, 27, 19, 0, tzinfo=PLUS1)
    upcoming = next_after(Settings(), friday_evening, PLUS1)
    assert upcoming is not None and upcoming.at.astimezone(PLUS1) == datetime(
        2026, 11, 30, 13, 15, tzinfo=PLUS1)
