"""Scheduler bridge and reminder controller: no leaked timers, GUI thread, sleep, calls, DST."""

import itertools
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.scheduling.plan_trigger import PlanTrigger
from wellbeing_app.ui.reminders.reminder_controller import ReminderController
from wellbeing_app.ui.reminders.scheduler_bridge import SchedulerBridge

PLUS1 = timezone(timedelta(hours=1))
NUDGES = replace(Settings(), shifts="mon-fri 09:00-17:30", micro_break_enabled=True,
                 micro_break_minutes=30)


class FakeMonotonic:
    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


@pytest.fixture
def bridge(qtbot: QtBot, clock: ManualClock) -> Iterator[SchedulerBridge]:
    bridge = SchedulerBridge(clock, FakeMonotonic())
    yield bridge
    bridge.stop()


def test_wakeups_stay_flat_after_100_settings_changes(
        bridge: SchedulerBridge, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    bridge.start(NUDGES, PLUS1)
    qtbot.wait(20)
    runs: list[int] = []
    original = bridge.jobs.scheduler.fire

    def counted_fire() -> None:
        runs.append(1)
        original()

    monkeypatch.setattr(bridge.jobs.scheduler, "fire", counted_fire)
    timers_before = len(bridge.findChildren(QTimer))
    for i in range(100):
        bridge.rebuild(replace(NUDGES, micro_break_minutes=30 + i), PLUS1)
    qtbot.wait(50)
    assert len(bridge.jobs.scheduler.get_jobs()) == 1
    assert len(bridge.findChildren(QTimer)) == timers_before == 2
    assert bridge.active_timers() == 2  # the next-reminder wait and the one-a-minute watchdog
    assert len(runs) == 1  # 100 re-arms of one timer: one wake-up, not 100


def test_jobs_run_on_the_gui_thread(bridge: SchedulerBridge, qtbot: QtBot) -> None:
    bridge.start(NUDGES, PLUS1)
    threads: list[threading.Thread] = []
    bridge.jobs.scheduler.add_job(lambda: threads.append(threading.current_thread()), "date",
                                  run_date=datetime.now(UTC))
    with qtbot.waitSignal(bridge.reminders_due, timeout=2000):
        bridge.jobs.scheduler.modify_job("reminders", next_run_time=datetime.now(UTC))
        bridge.jobs.wakeup()
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    assert threads == [threading.main_thread()]


def make_controller(clock: ManualClock, settings: Settings = NUDGES,
                    ) -> tuple[ReminderController, list[PlannedReminder]]:
    controller = ReminderController(clock, PLUS1, settings)
    shown: list[PlannedReminder] = []
    controller.prompt_requested.connect(shown.append)
    return controller, shown


def test_sleep_across_many_due_times_gives_one_prompt_and_keeps_the_wind_down(
        qtbot: QtBot, clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 24, 10, 5, tzinfo=PLUS1))
    monotonic = FakeMonotonic()
    bridge = SchedulerBridge(clock, monotonic)
    controller, shown = make_controller(clock)
    bridge.watchdog_ticked.connect(lambda _jumped: controller.catch_up())
    ticks: list[bool] = []
    bridge.watchdog_ticked.connect(ticks.append)
    clock.set(datetime(2026, 11, 24, 19, 0, tzinfo=PLUS1))  # lid closed 10:05, opened 19:00
    monotonic.value += 60
    bridge.check_clock()
    assert ticks == [True]
    assert [r.kind for r in shown] == [ReminderKind.WIND_DOWN]
    controller.prompt_closed()
    clock.advance(60)
    monotonic.value += 60
    bridge.check_clock()
    assert ticks == [True, False] and len(shown) == 1


def test_short_sleep_in_shift_coalesces_to_the_newest_nudge(clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 24, 9, 1, tzinfo=PLUS1))
    controller, shown = make_controller(clock)
    clock.set(datetime(2026, 11, 24, 11, 5, tzinfo=PLUS1))
    controller.catch_up()
    assert [r.at.astimezone(PLUS1).strftime("%H:%M") for r in shown] == ["11:00"]


def test_nothing_during_a_call_then_offered_after(clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 24, 9, 29, tzinfo=PLUS1))
    controller, shown = make_controller(clock)
    controller.set_on_call(True)
    clock.advance(120)
    controller.catch_up()
    assert shown == []
    clock.advance(300)
    controller.set_on_call(False)
    assert [r.kind for r in shown] == [ReminderKind.MICRO_BREAK]


def test_pause_until_end_of_shift_and_resume(clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 24, 9, 29, tzinfo=PLUS1))
    controller, shown = make_controller(clock)
    pauses: list[datetime | None] = []
    controller.pause_changed.connect(pauses.append)
    controller.pause_for(0)
    assert pauses[-1] == datetime(2026, 11, 24, 16, 30, tzinfo=UTC)
    clock.advance(120)
    controller.catch_up()
    assert shown == []
    controller.resume()
    assert pauses[-1] is None
    clock.advance(1800)
    controller.catch_up()
    assert [r.kind for r in shown] == [ReminderKind.MICRO_BREAK]


def test_snooze_comes_back_after_ten_minutes(clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 24, 9, 29, tzinfo=PLUS1))
    controller, shown = make_controller(clock)
    clock.advance(60)
    controller.catch_up()
    controller.prompt_snoozed()
    clock.advance(540)
    controller.catch_up()
    assert len(shown) == 1
    clock.advance(60)
    controller.catch_up()
    assert len(shown) == 2 and shown[0] == shown[1]


def test_tough_calls_close_together_suggest_one_reset(clock: ManualClock) -> None:
    controller, shown = make_controller(clock)
    now = clock.now()
    calls = [now - timedelta(minutes=30), now - timedelta(minutes=10), now]
    controller.calls_logged(calls[:2])
    assert shown == []
    controller.calls_logged(calls)
    controller.prompt_closed()
    controller.calls_logged(calls)
    assert [r.kind for r in shown] == [ReminderKind.RESET]


@pytest.mark.parametrize(("night", "real_hours"), [(datetime(2026, 3, 28, 22), 7),
                                                   (datetime(2026, 10, 24, 22), 9)])
def test_trigger_neither_skips_nor_doubles_across_dst(night: datetime, real_hours: int) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    settings = replace(Settings(), shifts="sat 22:00-06:00", micro_break_enabled=True,
                       pulse_check_in=False)
    trigger = PlanTrigger(settings, berlin)
    start = night.replace(tzinfo=berlin).astimezone(UTC)
    fired, previous = [], None
    while True:
        moment = trigger.get_next_fire_time(previous, start)
        if moment is None or moment > start + timedelta(hours=10):
            break
        fired.append(moment)
        previous = moment
    assert len(fired) == real_hours  # hourly nudges and the wind-down: one per real hour
    assert {b - a for a, b in itertools.pairwise(fired)} == {timedelta(hours=1)}
    assert fired[-1].astimezone(berlin).strftime("%H:%M") == "06:00"
