"""The window half of ``wellbeing self-test``: build each window and drive the log flow."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from wellbeing_app.domain.clock import SystemClock
from wellbeing_app.domain.settings.layers import NO_POLICY
from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.platform.settings.settings_service import SettingsService
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.calls.acknowledgment_popup import AcknowledgmentPopup
from wellbeing_app.ui.calls.log_flow_controller import LogFlowController
from wellbeing_app.ui.calls.quick_log_dialog import QuickLogDialog
from wellbeing_app.ui.team.team_share_controller import TeamShareController
from wellbeing_app.ui.team.team_share_dialog import TeamShareDialog
from wellbeing_app.ui.team.team_view_window import TeamViewWindow
from wellbeing_app.ui.tray.about_dialog import AboutDialog
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.tray.fallback_panel import FallbackPanel
from wellbeing_app.ui.tray.icons import app_icon
from wellbeing_app.usecases.call_logging import CallLogging
from wellbeing_app.usecases.team_sharing import TeamSharing


def run_window_checks(qapp: QCoreApplication) -> list[str]:
    """Return a line per failed check; an empty list means healthy."""
    problems: list[str] = []
    icon = app_icon()
    if icon.isNull() or icon.pixmap(16, 16).isNull():
        problems.append("icon: the tray icon did not render")
    catalog = load_catalog()
    journal = Journal.in_memory()
    dialog = QuickLogDialog(catalog)
    popup = AcknowledgmentPopup()
    flow = LogFlowController(CallLogging(journal, lambda: catalog, SystemClock()), lambda: catalog,
                             lambda: None, dialog, popup)
    actions = AppActions()
    nowhere = Path("(self-test)")
    labels = catalog.category_labels
    sharing = TeamSharing(journal, SettingsService(journal.settings, lambda: NO_POLICY), nowhere,
                          SystemClock(), lambda: labels)
    share = TeamShareDialog(TeamShareController(sharing))
    team_view = TeamViewWindow(TeamSettings(), nowhere, SystemClock(), labels)
    about = AboutDialog(nowhere, "wellbeing log-dialog")
    windows = [dialog, popup, FallbackPanel(icon, actions), about, share, team_view]
    for window in windows:
        window.show()
        qapp.processEvents()
        if not window.isVisible():
            problems.append(f"window: {type(window).__name__} did not show")
        window.hide()
    flow.open_dialog()
    dialog.scale.set_value(6)
    dialog.try_submit()
    if journal.count_calls() != 1:
        problems.append("log flow: the dialog did not save a call")
    if not popup.isVisible():
        problems.append("log flow: no acknowledgment after saving")
    popup.dismiss()
    problems += _check_trends(qapp, journal)
    problems += _check_exercises(qapp, journal)
    problems += _check_reminders(qapp)
    for window in windows:
        window.deleteLater()
    journal.close()
    return problems


def _check_trends(qapp: QCoreApplication, journal: Journal) -> list[str]:
    """The trends window (and Qt Charts, which a frozen build must bundle) on one call."""
    from wellbeing_app.ui.trends.trends_window import TrendsWindow

    window = TrendsWindow(journal, load_catalog(), SystemClock(), Path("(self-test)"))
    window.present()
    qapp.processEvents()
    report = window.report
    problems = []
    if not window.isVisible() or report is None or report.total.count != 1:
        problems.append("window: TrendsWindow did not show the logged call")
    elif "stress" not in window.overview.chart_titles:
        problems.append("window: TrendsWindow drew no stress chart")
    window.hide()
    window.deleteLater()
    return problems


def _check_exercises(qapp: QCoreApplication, journal: Journal) -> list[str]:
    """Run a short breathing and PMR session on a manual clock; both must be stored."""
    from datetime import datetime

    from wellbeing_app.domain.clock import ManualClock
    from wellbeing_app.domain.exercises.exercise_request import ExerciseRequest
    from wellbeing_app.platform.resources import load_exercise_library
    from wellbeing_app.ui.exercises.exercise_controller import ExerciseController

    clock = ManualClock(datetime.now(UTC))
    library = load_exercise_library()
    controller = ExerciseController(lambda: library, journal, clock)
    for request in (ExerciseRequest("breathing", "sigh"), ExerciseRequest("pmr", "desk_quick")):
        window = controller.open(request, activate=False)
        qapp.processEvents()
        window.begin()
        window.before.rated.emit(None)
        clock.advance(3600)
        window.controller.tick()
        window.close()
    sessions = journal.exercises.sessions()
    if [s.exercise_id for s in sessions if s.completed] != ["sigh", "desk_quick"]:
        return ["exercises: a breathing or PMR session did not run to the end and save"]
    return []


def _check_reminders(qapp: QCoreApplication) -> list[str]:
    """The reminder prompt (every kind) and the Settings dialog built from the declaration."""
    from datetime import timedelta

    from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
    from wellbeing_app.domain.settings.layers import NO_POLICY, resolve
    from wellbeing_app.platform.resources import load_reminder_texts
    from wellbeing_app.ui.reminders.reminder_prompt import ReminderPrompt
    from wellbeing_app.ui.settings.settings_dialog import SettingsDialog

    problems: list[str] = []
    prompt = ReminderPrompt(load_reminder_texts())
    now = SystemClock().now()
    for kind in ReminderKind:
        prompt.present(PlannedReminder(kind, now, now + timedelta(hours=1)), "", None)
        qapp.processEvents()
        if not prompt.isVisible():
            problems.append(f"window: ReminderPrompt did not show a {kind.value} prompt")
        prompt.hide()
    dialog = SettingsDialog(resolve(NO_POLICY, {}), lambda _changes: None)
    dialog.show()
    qapp.processEvents()
    if not dialog.isVisible() or dialog.changes() != ({}, {}):
        problems.append("window: SettingsDialog did not show the defaults unchanged")
    dialog.hide()
    for widget in (prompt, dialog):
        widget.deleteLater()
    return problems
