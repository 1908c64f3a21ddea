"""First start: shift picker, support line (or the organisation's), start at login, skip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from tests.support.running_app import running_app
from wellbeing_app.domain.settings.layers import NO_POLICY, Policy, parse_policy, resolve
from wellbeing_app.ui.welcome.welcome_window import WelcomeWindow, hotkey_help


class FakeAutostart:
    def __init__(self) -> None:
        self.enabled = False

    def is_enabled(self) -> bool:
        return self.enabled

    def set_enabled(self, enabled: bool) -> object:
        self.enabled = enabled
        return enabled


def make(qtbot: QtBot, policy: Policy = NO_POLICY,
         ) -> tuple[WelcomeWindow, list[dict[str, Any]], FakeAutostart, list[bool]]:
    saved: list[dict[str, Any]] = []
    autostart = FakeAutostart()
    window = WelcomeWindow(resolve(policy, {}), saved.append, autostart,
                           "wellbeing log-dialog")
    done: list[bool] = []
    window.finished_first_start.connect(lambda: done.append(True))
    qtbot.addWidget(window)
    return window, saved, autostart, done


def test_finish_stores_the_picked_shift_support_line_and_start_at_login(qtbot: QtBot) -> None:
    window, saved, autostart, done = make(qtbot)
    assert window.windowTitle() == "Welcome to Between Calls"
    assert [box.isChecked() for box in window.day_boxes] == [True] * 5 + [False] * 2
    window.day_boxes[4].setChecked(False)  # no Fridays
    window.day_boxes[5].setChecked(True)   # Saturdays
    window.start_edit.setTime(QTime(7, 30))
    window.end_edit.setTime(QTime(15, 0))
    window.support_edit.setText("EAP 0800 000 111")
    window.autostart_box.setChecked(True)
    window.finish()
    assert saved == [{"shifts": "mon,tue,wed,thu,sat 07:30-15:00",
                      "support_line": "EAP 0800 000 111"}]
    assert autostart.enabled and done and not window.isVisible()


def test_no_day_ticked_is_explained_and_nothing_is_stored(qtbot: QtBot) -> None:
    window, saved, _autostart, done = make(qtbot)
    for box in window.day_boxes:
        box.setChecked(False)
    window.finish()
    assert saved == [] and not done
    assert window.error.text() == "Tick at least one day you work."


def test_skip_keeps_the_defaults_but_ends_the_first_start(qtbot: QtBot) -> None:
    window, saved, autostart, done = make(qtbot)
    window.skip()
    assert saved == [] and done and not autostart.enabled


def test_a_support_line_set_by_policy_is_shown_not_edited(qtbot: QtBot) -> None:
    policy = parse_policy({"locked": {"support_line": "EAP 0800 222 333"}}, "test policy")
    window, saved, _autostart, _done = make(qtbot, policy)
    assert window.support_edit.isHidden()
    labels = [w.text() for w in window.findChildren(type(window.error))]
    assert "Set by your organisation: EAP 0800 222 333" in labels
    window.finish()
    assert all("support_line" not in change for change in saved)


def test_every_control_is_named_and_the_hotkey_help_fits_the_os(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTimeEdit

    window, *_ = make(qtbot)
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit) \
            + window.findChildren(QTimeEdit):
        assert widget.accessibleName() or widget.text(), widget
    assert "Custom Shortcuts" in hotkey_help("linux")
    assert "Shortcut key" in hotkey_help("win32")
    assert "Shortcuts" in hotkey_help("darwin")
    assert window.command_edit.text() == "wellbeing log-dialog"


def test_no_two_controls_share_a_mnemonic(qtbot: QtBot) -> None:
    from tests.support.mnemonics import clashing_mnemonics

    window, *_ = make(qtbot)
    assert clashing_mnemonics(window) == []


def test_enter_on_a_fresh_window_finishes_rather_than_starting_breathing(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, saved, _autostart, done = make(qtbot)
    asked: list[bool] = []
    window.breathing_requested.connect(lambda: asked.append(True))
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    target = window.focusWidget() or window  # this window's focus, whatever ran before
    QTest.keyClick(target, Qt.Key.Key_Return)
    assert done and not asked
    assert saved == [{"shifts": "mon,tue,wed,thu,fri 09:00-17:30"}]


def test_shown_again_it_starts_from_the_settings_in_force_now(qtbot: QtBot, tmp_path: Path) -> None:
    """Kept from the first start, it showed that day's shift, and Finish put it back."""
    from wellbeing_app.ui.welcome.welcome_feature import WelcomeFeature

    with running_app(tmp_path) as (app, actions, _panel):
        welcome = app.feature(WelcomeFeature)
        first = welcome.window
        assert first is not None and first.isVisible()  # the first start
        first.start_edit.setTime(QTime(7, 0))
        first.finish()
        assert "07:00" in app.settings.values.shifts
        app.settings.save({"shifts": "mon-fri 08:00-16:00"})  # later, in Settings
        actions.welcome_requested.emit()  # Settings → Show the welcome window again
        again = welcome.window
        assert again is not None and again.start_edit.time() == QTime(8, 0)
        again.finish()
        assert app.settings.values.shifts.endswith(" 08:00-16:00")  # not 07:00 again


def test_wellbeing_welcome_reopens_it(qtbot: QtBot, tmp_path: Path) -> None:
    from wellbeing_app.ui.welcome.welcome_feature import WelcomeFeature

    with running_app(tmp_path) as (app, _actions, _panel):
        welcome = app.feature(WelcomeFeature)
        assert welcome.window is not None
        welcome.window.skip()
        assert not welcome.window.isVisible()
        app.handle_message("welcome")  # what a second launch sends
        assert welcome.window is not None and welcome.window.isVisible()
        assert not app.flow.dialog.isVisible()  # not the log dialog
        welcome.window.skip()


def test_about_names_the_hotkey_command_the_welcome_window_gives(qtbot: QtBot) -> None:
    """About said 'wellbeing log-dialog': no such command in an installed copy, nor another
    data folder's instance."""
    import html

    from PySide6.QtWidgets import QLabel

    from wellbeing_app.ui.tray.about_dialog import AboutDialog
    from wellbeing_app.ui.welcome.welcome_feature import log_dialog_command

    command = log_dialog_command(("/opt/Between Calls/BetweenCalls", "--data-dir", "/d & e"))
    assert command == "'/opt/Between Calls/BetweenCalls' --data-dir '/d & e' log-dialog"
    about = AboutDialog(Path("/d & e"), command)
    qtbot.addWidget(about)
    assert any(html.escape(command) in label.text() for label in about.findChildren(QLabel))
