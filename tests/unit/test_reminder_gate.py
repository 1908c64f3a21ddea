"""The gate: one prompt at a time, coalesced after sleep, held during calls, pauses and snoozes."""

from datetime import UTC, datetime, timedelta

import pytest

from wellbeing_app.domain.calls.tough_streak import reset_due
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.reminders.check_ins import (
    CheckInKind,
    needs_support,
    score_check_in,
    support_message,
)
from wellbeing_app.domain.reminders.reminder_gate import (
    GateState,
    closed,
    collect,
    pause,
    release,
    snooze,
)
from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind

T0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
END = T0 + timedelta(hours=8)


def at(minutes: int, kind: ReminderKind = ReminderKind.MICRO_BREAK) -> PlannedReminder:
    return PlannedReminder(kind, T0 + timedelta(minutes=minutes), END)


def test_one_prompt_at_a_time_and_never_twice() -> None:
    state = collect(GateState(T0), [at(60)], T0 + timedelta(minutes=60))
    state, shown = release(state, T0 + timedelta(minutes=60), on_call=False)
    assert shown == at(60)
    state = collect(state, [at(60), at(120)], T0 + timedelta(minutes=120))
    assert release(state, T0 + timedelta(minutes=120), on_call=False)[1] is None  # still showing
    state, shown = release(closed(state), T0 + timedelta(minutes=120), on_call=False)
    assert shown == at(120)
    state = collect(closed(state), [at(60), at(120)], T0 + timedelta(minutes=121))
    assert release(state, T0 + timedelta(minutes=121), on_call=False)[1] is None


def test_after_sleep_one_coalesced_prompt_and_the_wind_down_once() -> None:
    due = [at(60), at(120), at(240, ReminderKind.PULSE), at(300), at(480, ReminderKind.WIND_DOWN)]
    woke = END + timedelta(hours=2)
    state = collect(GateState(T0), due, woke)
    state, shown = release(state, woke, on_call=False)
    assert shown is not None and shown.kind is ReminderKind.WIND_DOWN
    state, again = release(closed(state), woke, on_call=False)
    assert again is None  # the stale nudges of the finished shift are dropped


def test_within_shift_the_newest_nudge_wins() -> None:
    now = T0 + timedelta(minutes=301)
    state = collect(GateState(T0), [at(60), at(240, ReminderKind.PULSE), at(300)], now)
    state, shown = release(state, now, on_call=False)
    assert shown == at(300)
    assert release(closed(state), now, on_call=False)[1] is None


def test_held_during_a_call_then_offered() -> None:
    now = T0 + timedelta(minutes=60)
    state = collect(GateState(T0), [at(60)], now)
    state, shown = release(state, now, on_call=True)
    assert shown is None and state.pending == (at(60),)
    assert release(state, now + timedelta(minutes=20), on_call=False)[1] == at(60)


def test_snooze_brings_it_back_after_ten_minutes() -> None:
    now = T0 + timedelta(minutes=60)
    state, _ = release(collect(GateState(T0), [at(60)], now), now, on_call=False)
    state = snooze(state, now)
    assert release(state, now + timedelta(minutes=9), on_call=False)[1] is None
    assert release(state, now + timedelta(minutes=10), on_call=False)[1] == at(60)


def test_pause_drops_nudges_but_keeps_the_wind_down() -> None:
    now = T0 + timedelta(minutes=60)
    state = pause(GateState(T0), now + timedelta(hours=8))
    state = collect(state, [at(60), at(480, ReminderKind.WIND_DOWN)], END)
    assert release(state, END, on_call=False)[1] is None
    state, shown = release(pause(state, None), END, on_call=False)
    assert shown is not None and shown.kind is ReminderKind.WIND_DOWN


def test_tough_streak() -> None:
    calls = [T0, T0 + timedelta(minutes=20), T0 + timedelta(minutes=40)]
    now = T0 + timedelta(minutes=41)
    assert reset_due(calls, now, 3, 60, None)
    assert not reset_due(calls[:2], now, 3, 60, None)
    assert not reset_due(calls, now, 3, 60, last_suggested=T0 + timedelta(minutes=30))
    assert not reset_due(calls, T0 + timedelta(minutes=61), 3, 60, None)


def test_check_in_scoring_and_support() -> None:
    who5 = score_check_in(CheckInKind.WHO5, [1, 2, 1, 1, 2])
    assert who5.score == 28 and needs_support(who5)
    assert "really hard" in support_message(who5, "0800 1")
    assert "0800 1" in support_message(who5, "0800 1")
    assert not needs_support(score_check_in(CheckInKind.WHO5, [3, 3, 3, 3, 3]))
    weekly = score_check_in(CheckInKind.WEEKLY_STRESS, ["4"])
    assert needs_support(weekly, [5]) and not needs_support(weekly, [2])
    assert not needs_support(weekly)
    assert score_check_in(CheckInKind.PULSE, [0]).score == 0


@pytest.mark.parametrize(("kind", "answers"), [
    (CheckInKind.WHO5, [1, 2, 3]), (CheckInKind.WHO5, [1, 2, 3, 4, 6]),
    (CheckInKind.WEEKLY_STRESS, [0]), (CheckInKind.PULSE, [11]), (CheckInKind.PULSE, [True]),
    (CheckInKind.PULSE, ["x"]), (CheckInKind.PULSE, [1, 2]),
])
def test_bad_check_in_answers(kind: CheckInKind, answers: list[object]) -> None:
    with pytest.raises(ValidationError):
        score_check_in(kind, answers)
