"""The real app, opened window by window for the accessibility audit (runs in the venv).

Started by ``test_accessibility_audit.py`` under Xvfb and a private D-Bus session with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``. It builds the app through its composition root, then for
each scene name read from stdin opens those windows through the app's own entry points and
prints ``ready <scene>``; the test reads the tree over AT-SPI from outside the process.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from wellbeing_app.app import BetweenCallsApp
from wellbeing_app.domain.clock import SystemClock
from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
from wellbeing_app.ui.exercises.exercise_feature import ExerciseFeature
from wellbeing_app.ui.reminders.reminder_feature import ReminderFeature
from wellbeing_app.ui.team.team_feature import TeamFeature
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.tray.fallback_panel import FallbackPanel
from wellbeing_app.ui.tray.icons import app_icon
from wellbeing_app.ui.tray.shell import make_shell
from wellbeing_app.ui.trends.trends_feature import TrendsFeature

Scene = Callable[[BetweenCallsApp], None]


def _prompt(kind: ReminderKind) -> Scene:
    def open_prompt(app: BetweenCallsApp) -> None:
        now = app.clock.now()
        prompt = app.feature(ReminderFeature).controller.prompt
        prompt.present(PlannedReminder(kind, now, now + timedelta(hours=1)), "", None)
    return open_prompt


def _cards(app: BetweenCallsApp) -> None:
    app.actions.log_dialog_requested.emit()
    app.flow.dialog.hide()
    app.flow.quick_log(8)
    app.feature(ReminderFeature).controller.note.present(None)


def _tab(window: QWidget | None, index: int) -> None:
    assert window is not None
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(index)


def _exercise(kind: str, page: int) -> Scene:
    def open_exercise(app: BetweenCallsApp) -> None:
        (app.actions.breathe_requested if kind == "breathing"
         else app.actions.relax_requested).emit()
        window = app.feature(ExerciseFeature).controller.window(kind)
        if page >= 1:
            window.begin()
        if page >= 2:
            window.before.rated.emit(None)
    return open_exercise


def _trends(index: int) -> Scene:
    def open_trends(app: BetweenCallsApp) -> None:
        app.actions.trends_requested.emit()
        _tab(app.feature(TrendsFeature).window, index)
    return open_trends


def _trends_tables(app: BetweenCallsApp) -> None:
    from wellbeing_app.ui.trends.chart_panel import ChartPanel

    _trends(0)(app)
    window = app.feature(TrendsFeature).window
    assert window is not None
    for panel in window.findChildren(ChartPanel):
        panel.toggle.setChecked(True)


def _trends_calls(add: bool) -> Scene:
    """The Detected calls page on yesterday (demo data has calls there), or its add dialog."""
    def open_calls(app: BetweenCallsApp) -> None:
        _trends(0)(app)
        window = app.feature(TrendsFeature).window
        assert window is not None
        panel = window.show_spans()
        panel.show_day(panel.day - timedelta(days=1))
        if add:
            panel.open_add_dialog()
    return open_calls


def _shift_picker(app: BetweenCallsApp) -> None:
    """Settings → Shift → Choose days and times… (the welcome window's picker in a dialog)."""
    from wellbeing_app.ui.settings.settings_dialog import SettingsDialog

    app.actions.settings_requested.emit()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SettingsDialog) and w.isVisible())
    dialog.editors["shifts"].open_shift_picker()


def _share(index: int) -> Scene:
    def open_share(app: BetweenCallsApp) -> None:
        app.actions.share_with_team_requested.emit()
        _tab(app.feature(TeamFeature).entry().share_dialog, index)
    return open_share


SCENES: dict[str, Scene] = {
    "welcome": lambda app: app.actions.welcome_requested.emit(),
    "log-dialog": lambda app: app.actions.log_dialog_requested.emit(),
    "cards": _cards,
    "pulse": _prompt(ReminderKind.PULSE),
    "weekly": _prompt(ReminderKind.WEEKLY_STRESS),
    "who5": _prompt(ReminderKind.WHO5),
    "wind-down": _prompt(ReminderKind.WIND_DOWN),
    "settings": lambda app: app.actions.settings_requested.emit(),
    "shift-picker": _shift_picker,
    "breathing-setup": _exercise("breathing", 0),
    "breathing-rating": _exercise("breathing", 1),
    "breathing-run": _exercise("breathing", 2),
    "pmr-setup": _exercise("pmr", 0),
    "pmr-run": _exercise("pmr", 2),
    "trends-overview": _trends(0),
    "trends-tables": _trends_tables,
    "trends-history": _trends(1),
    "trends-calls": _trends_calls(add=False),
    "trends-add-call": _trends_calls(add=True),
    "trends-data": _trends(3),
    "share-privacy": _share(0),
    "share-preview": _share(1),
    "share-history": _share(2),
    "team-view": lambda app: app.actions.team_view_requested.emit(),
}


def _close_windows(app: BetweenCallsApp) -> None:
    """Hide what the previous scene opened; the fallback panel stays (it is the tray)."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and not isinstance(widget, FallbackPanel):
            widget.close()
            widget.hide()


def main(data_dir: Path) -> int:
    """Build the app, then serve scene requests from stdin until it closes."""
    qapp = QApplication(["wellbeing"])
    qapp.setApplicationName("Between Calls")
    qapp.setQuitOnLastWindowClosed(False)
    actions = AppActions()
    app = BetweenCallsApp(make_shell(app_icon(), actions, force_panel=True), actions, data_dir,
                          SystemClock())

    def on_line() -> None:
        line = sys.stdin.readline().strip()
        if not line:
            qapp.quit()
            return
        _close_windows(app)
        SCENES[line](app)
        # Let the windows map and the bridge register them before the reader looks.
        QTimer.singleShot(300, lambda: print(f"ready {line}", flush=True))

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_line)
    print("ready start", flush=True)
    try:
        return qapp.exec()
    finally:
        app.shutdown()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
