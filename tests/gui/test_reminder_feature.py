"""Reminders, call awareness, check-ins and settings wired together as the app does it."""

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.support.fake_detector import FakeDetector
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.reminders.call_state import CallVerdict
from wellbeing_app.domain.reminders.check_ins import CheckInKind
from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
from wellbeing_app.domain.settings.layers import NO_POLICY, parse_policy
from wellbeing_app.platform.settings.settings_service import SettingsService
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.reminders.reminder_feature_controller import ReminderFeatureController
from wellbeing_app.ui.tray.app_actions import AppActions

PLUS1 = timezone(timedelta(hours=1))


@pytest.fixture
def journal() -> Journal:
    journal = Journal.in_memory()
    journal.settings.save({"micro_break_enabled": True, "micro_break_minutes": 30})
    return journal


@pytest.fixture
def detector() -> FakeDetector:
    return FakeDetector()


@pytest.fixture
def actions() -> AppActions:
    return AppActions()


@pytest.fixture
def feature(qtbot: QtBot, journal: Journal, clock: ManualClock, detector: FakeDetector,
            actions: AppActions) -> Iterator[ReminderFeatureController]:
    policy = parse_policy({"locked": {"support_line": "0800 555 0100"}})
    clock.set(datetime(2026, 11, 24, 14, 35, tzinfo=PLUS1))  # in shift, between two nudges
    settings = SettingsService(journal.settings, lambda: policy)
    feature = ReminderFeatureController(journal, settings, clock, PLUS1, actions, lambda: None,
                                        detector_factory=lambda _e, _m: detector,
                                        events_factory=lambda: None)
    qtbot.addWidget(feature.prompt)
    qtbot.addWidget(feature.note)
    feature.start()
    yield feature
    feature.stop()
    feature.deleteLater()
    qtbot.wait(1)


def poll(qtbot: QtBot, feature: ReminderFeatureController, signal: SignalInstance) -> None:
    with qtbot.waitSignal(signal, timeout=3000):
        feature.watcher.poll()


def test_in_shift_the_detector_is_polled_no_faster_than_2s(
        feature: ReminderFeatureController) -> None:
    assert feature.watcher.is_active()
    assert feature.watcher._timer.interval() == 3000
    feature.watcher.set_poll_seconds(1)
    assert feature.watcher._timer.interval() == 2000


def test_call_holds_the_prompt_then_it_shows_and_the_note_waits_its_turn(
        qtbot: QtBot, feature: ReminderFeatureController, clock: ManualClock,
        detector: FakeDetector, actions: AppActions) -> None:
    detector.on_call = True
    poll(qtbot, feature, feature.watcher.call_started)
    clock.set(datetime(2026, 11, 24, 15, 1, tzinfo=PLUS1))
    feature.controller.catch_up()
    assert not feature.prompt.isVisible()
    detector.on_call = False
    poll(qtbot, feature, feature.watcher.call_ended)
    assert feature.prompt.isVisible() and feature.prompt.kind is ReminderKind.MICRO_BREAK
    assert not feature.note.isVisible()
    QTest.mouseClick(feature.prompt.not_now_button, Qt.MouseButton.LeftButton)
    detector.on_call = True
    poll(qtbot, feature, feature.watcher.call_started)
    detector.on_call = False
    poll(qtbot, feature, feature.watcher.call_ended)
    assert feature.note.isVisible() and not feature.prompt.isVisible()
    with qtbot.waitSignal(actions.log_dialog_requested):
        QTest.mouseClick(feature.note.log_button, Qt.MouseButton.LeftButton)


def test_a_call_starting_takes_the_prompt_back(
        qtbot: QtBot, feature: ReminderFeatureController, clock: ManualClock,
        detector: FakeDetector, actions: AppActions) -> None:
    clock.set(datetime(2026, 11, 24, 15, 1, tzinfo=PLUS1))
    feature.controller.catch_up()
    assert feature.prompt.isVisible()
    actions.on_call.setChecked(True)
    assert not feature.prompt.isVisible() and feature.watcher.on_call
    actions.on_call.setChecked(False)
    assert feature.prompt.isVisible()


def test_low_who5_is_stored_for_the_agent_and_shows_support(
        qtbot: QtBot, feature: ReminderFeatureController, journal: Journal,
        clock: ManualClock) -> None:
    now = clock.now()
    feature.controller.prompt_requested.emit(
        PlannedReminder(ReminderKind.WHO5, now, now + timedelta(hours=1)))
    for _ in range(5):
        one = next(b for b in feature.prompt.scale_buttons() if b.property("answer") == 1)
        QTest.mouseClick(one, Qt.MouseButton.LeftButton)
    scores = feature.check_ins.scores(CheckInKind.WHO5)
    assert scores == [(now.date(), 20)]
    assert feature.prompt.isVisible() and "0800 555 0100" in feature.prompt.text.text()
    assert journal.check_ins.answers(CheckInKind.WHO5) == [(1, 1, 1, 1, 1)]


def test_pause_and_resume_from_the_tray(
        qtbot: QtBot, feature: ReminderFeatureController, clock: ManualClock,
        actions: AppActions) -> None:
    with qtbot.waitSignal(feature.paused_changed) as blocker:
        actions.pause_requested.emit(30)
    assert blocker.args == [clock.now() + timedelta(minutes=30)]
    assert actions.resume.isVisible()
    assert not actions.pause_menu.menuAction().isVisible()
    with qtbot.waitSignal(feature.paused_changed) as blocker:
        actions.resume_requested.emit()
    assert blocker.args == [None] and not actions.resume.isVisible()


def test_settings_dialog_saves_and_rebuilds(
        qtbot: QtBot, feature: ReminderFeatureController, journal: Journal,
        actions: AppActions) -> None:
    actions.settings_requested.emit()
    dialog = feature._dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert not dialog.editors["support_line"].input.isEnabled()
    dialog.editors["micro_break_minutes"].set_value(45)
    with qtbot.waitSignal(feature.settings_changed):
        dialog._on_buttons_accepted()
    assert journal.settings.user_values()["micro_break_minutes"] == 45
    assert feature.effective.settings.micro_break_minutes == 45
    assert len(feature.bridge.jobs.scheduler.get_jobs()) == 1


def test_tough_calls_close_together_offer_a_reset(
        qtbot: QtBot, feature: ReminderFeatureController, journal: Journal,
        clock: ManualClock) -> None:
    from wellbeing_app.domain.validation import validate_call

    for minutes in (20, 10, 0):
        draft = validate_call(stress=8, categories=[], known_categories=[])
        journal.log_call(draft, clock.now() - timedelta(minutes=minutes))
        feature.on_call_logged()
    assert feature.prompt.isVisible() and feature.prompt.kind is ReminderKind.RESET


def test_no_second_reset_offer_while_the_acknowledgment_offers_one(
        qtbot: QtBot, feature: ReminderFeatureController, journal: Journal,
        clock: ManualClock) -> None:
    from wellbeing_app.domain.validation import validate_call

    feature.set_reset_covered(lambda: True)  # the acknowledgment is up with its exercise offer
    for minutes in (20, 10, 0):
        draft = validate_call(stress=8, categories=[], known_categories=[])
        journal.log_call(draft, clock.now() - timedelta(minutes=minutes))
        feature.on_call_logged()
    assert not feature.prompt.isVisible()


def test_no_policy_means_nothing_locked(qtbot: QtBot, journal: Journal, clock: ManualClock) -> None:
    settings = SettingsService(journal.settings, lambda: NO_POLICY)
    feature = ReminderFeatureController(journal, settings, clock, PLUS1, AppActions(),
                                        lambda: None,
                                        detector_factory=lambda _e, _m: FakeDetector(),
                                        events_factory=lambda: None)
    qtbot.addWidget(feature.prompt)
    qtbot.addWidget(feature.note)
    assert feature.effective.locked == frozenset()
    feature.stop()


def test_a_policy_support_line_reaches_the_acknowledgment(
        qtbot: QtBot, feature: ReminderFeatureController, journal: Journal,
        clock: ManualClock) -> None:
    from wellbeing_app.platform.resources import load_catalog
    from wellbeing_app.ui.calls.log_flow_controller import LogFlowController
    from wellbeing_app.usecases.call_logging import CallLogging

    catalog = load_catalog()
    calls = CallLogging(journal, lambda: catalog, clock,
                        support_line=lambda: feature.effective.settings.support_line)
    flow = LogFlowController(calls, lambda: catalog, lambda: None)
    qtbot.addWidget(flow.popup)
    assert flow.quick_log(10) is not None
    assert flow.popup.support.text() == "Support line: 0800 555 0100"
    flow.popup.dismiss()


def test_state_text_for_the_tooltip(
        qtbot: QtBot, feature: ReminderFeatureController, actions: AppActions) -> None:
    assert feature.state_text() == ""
    with qtbot.waitSignal(feature.state_changed):
        actions.pause_requested.emit(30)
    assert feature.state_text() == "reminders paused until 15:05"
    with qtbot.waitSignal(feature.state_changed):
        actions.on_call.setChecked(True)
    assert feature.state_text() == "on a call — reminders wait"
    actions.on_call.setChecked(False)
    actions.resume_requested.emit()
    assert feature.state_text() == ""


def test_polling_slows_down_when_no_provider_can_look(
        qtbot: QtBot, feature: ReminderFeatureController, detector: FakeDetector,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detector, "detect",
                        lambda: CallVerdict(False, "fake", "no sound server", available=False))
    feature.watcher.poll()
    assert feature.watcher._timer.interval() == 60_000
    monkeypatch.setattr(detector, "detect",
                        lambda: CallVerdict(False, "fake", "nothing is recording"))
    feature.watcher.poll()
    assert feature.watcher._timer.interval() == 3000


def test_events_make_polling_a_safety_net(qtbot: QtBot, journal: Journal, clock: ManualClock,
                                          tmp_path: Path) -> None:
    """The call starts after every poll was done: only the event can make us look again."""
    import sys

    from wellbeing_app.ui.reminders.pulse_event_watcher import PulseEventWatcher

    flag = tmp_path / "recording"
    script = (f"import pathlib, time\ntime.sleep(0.5)\npathlib.Path({str(flag)!r}).touch()\n"
              "print(\"Event 'new' on source-output #7\", flush=True)\ntime.sleep(30)\n")

    class FlagDetector:
        name = "flag"

        def detect(self) -> CallVerdict:
            return CallVerdict(flag.exists(), self.name)

    clock.set(datetime(2026, 11, 24, 14, 35, tzinfo=PLUS1))
    feature = ReminderFeatureController(
        journal, SettingsService(journal.settings, lambda: NO_POLICY), clock, PLUS1,
        AppActions(), lambda: None,
        detector_factory=lambda _e, _m: FlagDetector(),
        events_factory=lambda: PulseEventWatcher(sys.executable, ("-c", script)))
    qtbot.addWidget(feature.prompt)
    qtbot.addWidget(feature.note)
    try:
        with qtbot.waitSignal(feature.watcher.call_started, timeout=5000):
            feature.start()
            assert feature.events is not None and feature.events.is_running()
            assert feature.watcher._timer.interval() == 30_000
    finally:
        feature.stop()
    assert not feature.events.is_running()
    feature.stop()
    assert not feature.events.is_running()


def test_a_prompt_on_screen_at_a_language_switch_is_rebuilt_once_hidden(
        qtbot: QtBot, feature: ReminderFeatureController, clock: ManualClock) -> None:
    from PySide6.QtCore import QCoreApplication

    from wellbeing_app.ui.i18n.content_language import record_shown_language

    app = QCoreApplication.instance()
    assert app is not None
    now = clock.now()
    weekly = PlannedReminder(ReminderKind.WEEKLY_STRESS, now, now + timedelta(hours=1))
    shown = feature.prompt
    shown.present(weekly, "", None)
    record_shown_language(app, "de")  # what Translations.apply records on a switch
    try:
        feature.drop_idle_windows()
        assert feature.prompt is shown and shown.isVisible()  # on screen: kept as it is
        shown.hide()
        rebuilt = feature.prompt
        qtbot.addWidget(rebuilt)
        rebuilt.present(weekly, "", None)
        assert rebuilt is not shown
        one = next(b for b in rebuilt.scale_buttons() if b.property("answer") == 1)
        assert one.accessibleName() == "1: überhaupt nicht"
        rebuilt.hide()
    finally:
        record_shown_language(app, "en")
