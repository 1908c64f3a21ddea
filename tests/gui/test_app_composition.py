"""The composition root wires the actions to the store, and recovers a damaged journal."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wellbeing_app.app import BetweenCallsApp
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.store.journal import DB_FILENAME


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> Iterator[BetweenCallsApp]:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    built = BetweenCallsApp(qapp, tmp_path, clock, force_panel=True)
    built.finish_startup()
    yield built
    if built.flow is not None:
        built.flow.popup.dismiss()
        built.flow.dialog.hide()
    if built.panel is not None:
        built.panel.close()
    built.shutdown()


def test_quick_log_action_reaches_the_journal_and_the_panel(app: BetweenCallsApp) -> None:
    assert app.panel is not None and app.journal is not None
    assert "no tough calls" in app.status_line()
    app.actions.quick_log_menu.actions()[2].trigger()  # "8"
    assert [c.stress for c in app.journal.calls()] == [8]
    assert app.status_line() == "1 tough call today · avg 8"


def test_log_dialog_action_opens_the_dialog(app: BetweenCallsApp) -> None:
    app.actions.log_dialog.trigger()
    assert app.flow is not None and app.flow.dialog.isVisible()


def test_first_start_writes_todays_backup(app: BetweenCallsApp, tmp_path: Path) -> None:
    backups = list((tmp_path / "backups").glob("*.db"))
    assert [b.name for b in backups] == ["between-calls-2026-11-24.db"]


def test_damaged_journal_is_recovered_and_the_agent_told(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    (tmp_path / DB_FILENAME).write_bytes(b"not a database" * 200)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    built = BetweenCallsApp(qapp, tmp_path, clock, force_panel=True)
    try:
        built.finish_startup()
        assert built.panel is not None
        assert "Your journal file was damaged" in built.panel.notice.text()
        assert list(tmp_path.glob("between-calls.damaged-*.db"))
        assert built.journal is not None and built.journal.count_calls() == 0
    finally:
        assert built.panel is not None
        built.panel.close()
        built.shutdown()


def test_reminder_prompts_offer_the_exercises_feature(app: BetweenCallsApp, qtbot: QtBot) -> None:
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind

    assert app.reminders is not None and app.exercises is not None
    now = app.clock.now()
    app.reminders.controller.prompt_requested.emit(
        PlannedReminder(ReminderKind.WIND_DOWN, now, now + timedelta(hours=1)))
    prompt = app.reminders.prompt
    assert prompt.isVisible() and prompt.exercise_button.isVisible()
    assert "Today:" in prompt.extra.text()
    QTest.mouseClick(prompt.exercise_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()
    window = app.exercises.window("breathing")
    assert window.isVisible()
    window.close()
