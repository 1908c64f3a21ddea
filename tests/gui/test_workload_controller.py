"""Sensed workload wired as the app does it: spans from the call watcher, heartbeat, resets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from tests.support.fake_detector import FakeDetector
from tests.support.services import settings_service
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.reminders.reminder_plan import ReminderKind
from wellbeing_app.domain.workload.call_span import SpanSource
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.reminders.reminder_feature_controller import ReminderFeatureController
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.workload.workload_controller import WorkloadController

PLUS1 = timezone(timedelta(hours=1))


@pytest.fixture
def journal() -> Journal:
    journal = Journal.in_memory()
    journal.settings.save({"run_reset_calls": 3, "after_call_note": False})
    return journal


@pytest.fixture
def mic() -> FakeDetector:
    return FakeDetector("microphone (fake)")


@pytest.fixture
def wired(qtbot: Any, journal: Journal, clock: ManualClock,
          mic: FakeDetector) -> Iterator[tuple[ReminderFeatureController, WorkloadController]]:
    clock.set(datetime(2026, 11, 24, 14, 35, tzinfo=PLUS1))  # a Tuesday, in shift
    feature = ReminderFeatureController(journal, settings_service(journal), clock, PLUS1,
                                        AppActions(), lambda: None,
                                        detector_factory=lambda _e, _m: mic,
                                        events_factory=lambda: None)
    qtbot.addWidget(feature.prompt)
    qtbot.addWidget(feature.note)
    workload = WorkloadController(journal, clock, feature)
    feature.start()
    yield feature, workload
    workload.stop()
    feature.stop()
    feature.deleteLater()
    qtbot.wait(1)


def call(feature: ReminderFeatureController, mic: FakeDetector, clock: ManualClock,
         seconds: int, gap: int = 10) -> None:
    mic.on_call = True
    feature.watcher.poll()
    clock.advance(seconds)
    mic.on_call = False
    feature.watcher.poll()
    clock.advance(gap)


def test_detected_calls_become_spans(wired: Any, journal: Journal, clock: ManualClock,
                                     mic: FakeDetector) -> None:
    feature, _workload = wired
    call(feature, mic, clock, 120)
    mic.on_call = True
    feature.watcher.poll()
    first, second = journal.call_spans.spans()
    assert first.source is SpanSource.MICROPHONE
    assert first.end is not None and (first.end - first.start).total_seconds() == 120
    assert second.end is None
    assert not feature.prompt.isVisible()


def test_the_watchdog_tick_is_the_heartbeat_and_adds_no_timer(
        wired: Any, journal: Journal, clock: ManualClock, mic: FakeDetector) -> None:
    feature, workload = wired
    mic.on_call = True
    feature.watcher.poll()
    timers = {t.interval() for t in feature.bridge.findChildren(QTimer) if t.isActive()}
    assert workload.findChildren(QTimer) == [] and 60_000 in timers
    clock.advance(60)
    feature.bridge.check_clock()
    clock.advance(40)  # killed here: a fresh controller recovers at the heartbeat
    again = WorkloadController(journal, clock, feature)
    (span,) = journal.call_spans.spans()
    assert span.recovered and span.end is not None
    assert (span.end - span.start).total_seconds() == 60
    again.deleteLater()


def test_a_long_run_earns_a_reset_in_the_next_gap_never_during_a_call(
        wired: Any, journal: Journal, clock: ManualClock, mic: FakeDetector) -> None:
    feature, _workload = wired
    call(feature, mic, clock, 60)
    call(feature, mic, clock, 60)
    assert not feature.prompt.isVisible()
    mic.on_call = True
    feature.watcher.poll()
    clock.advance(60)
    mic.on_call = False
    feature.watcher.poll()  # the third call in a row ends: the gap offers the reset
    assert feature.prompt.isVisible() and feature.prompt.kind is ReminderKind.RUN_RESET
    assert not feature.prompt.isActiveWindow()
    mic.on_call = True
    feature.watcher.poll()  # the next call starts: the card goes away and waits
    assert not feature.prompt.isVisible()


def test_recording_off_records_nothing(wired: Any, journal: Journal, clock: ManualClock,
                                       mic: FakeDetector) -> None:
    feature, _workload = wired
    feature.save_settings({"record_call_spans": False})
    call(feature, mic, clock, 60)
    assert journal.call_spans.spans() == []


def test_outside_a_shift_nothing_is_recorded(wired: Any, journal: Journal,
                                             clock: ManualClock) -> None:
    feature, _workload = wired
    clock.set(datetime(2026, 11, 24, 22, 0, tzinfo=PLUS1))
    feature.watcher.set_manual(True)
    assert journal.call_spans.spans() == []
    feature.watcher.set_manual(False)


def test_after_a_sleep_mid_call_the_span_ends_at_the_heartbeat(
        wired: Any, journal: Journal, clock: ManualClock, mic: FakeDetector) -> None:
    feature, _workload = wired
    mic.on_call = True
    feature.watcher.poll()
    clock.advance(30 * 60)  # the wall clock jumps: the laptop slept
    feature.bridge.check_clock()
    first, second = journal.call_spans.spans()
    assert first.recovered and first.end == first.start
    assert second.end is None and second.start == clock.now()


def test_a_call_that_ended_during_a_sleep_ends_at_the_heartbeat(
        wired: Any, journal: Journal, clock: ManualClock, mic: FakeDetector) -> None:
    """After a wake the watcher (a 3 s timer, or a stream event) often looks before the
    once-a-minute watchdog reports the jump: the sleep must not count as talk time."""
    feature, _workload = wired
    mic.on_call = True
    feature.watcher.poll()
    clock.advance(60)
    feature.bridge.check_clock()  # the heartbeat
    clock.advance(30 * 60)  # the laptop slept; the call ended meanwhile
    mic.on_call = False
    feature.watcher.poll()  # the watcher looks first
    feature.bridge.check_clock()
    (span,) = journal.call_spans.spans()
    assert span.recovered and span.end is not None
    assert (span.end - span.start).total_seconds() == 60


def test_a_sleep_mid_call_past_the_shift_end_ends_the_span_at_the_heartbeat(
        wired: Any, journal: Journal, clock: ManualClock, mic: FakeDetector) -> None:
    """Woken next morning before the shift: the span was closed 'now', 17 hours long."""
    feature, _workload = wired
    mic.on_call = True
    feature.watcher.poll()
    clock.advance(60)
    feature.bridge.check_clock()  # the heartbeat
    clock.set(datetime(2026, 11, 25, 8, 0, tzinfo=PLUS1))  # slept overnight: out of shift
    feature.bridge.check_clock()
    (span,) = journal.call_spans.spans()
    assert span.recovered and span.end is not None
    assert (span.end - span.start).total_seconds() == 60
