"""Composition root: resolve paths, take the single-instance lock, show the icon, then the rest."""

from __future__ import annotations

import argparse
import os
import sys
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from wellbeing_app import APP_DESKTOP_ID, APP_NAME
from wellbeing_app.domain.clock import Clock, SystemClock
from wellbeing_app.platform.autostart.windows_app_id import set_app_user_model_id
from wellbeing_app.platform.paths import DataDirError, ensure_writable, resolve_data_dir
from wellbeing_app.platform.resources import resource_path
from wellbeing_app.ui.i18n.translations import Translations
from wellbeing_app.ui.single_instance import SingleInstanceGuard
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.tray.icons import app_icon
from wellbeing_app.ui.tray.tray_controller import TrayController

if TYPE_CHECKING:
    from wellbeing_app.domain.calls.catalog import Catalog
    from wellbeing_app.domain.settings.layers import EffectiveSettings
    from wellbeing_app.store.journal import Journal
    from wellbeing_app.ui.calls.journal_watcher import JournalWatcher
    from wellbeing_app.ui.calls.log_flow_controller import LogFlowController
    from wellbeing_app.ui.exercises.exercise_controller import ExerciseController
    from wellbeing_app.ui.reminders.reminder_feature_controller import ReminderFeatureController
    from wellbeing_app.ui.team.auto_share_timer import AutoShareTimer
    from wellbeing_app.ui.team.team_entry_controller import TeamEntryController
    from wellbeing_app.ui.tray.fallback_panel import FallbackPanel
    from wellbeing_app.ui.trends.trends_window import TrendsWindow
    from wellbeing_app.ui.welcome.welcome_window import WelcomeWindow
    from wellbeing_app.ui.workload.workload_controller import WorkloadController


AFTER_ICON_DELAY_MS = 100
#: Remembered once the first-start window was finished or skipped (never shown again by itself).
WELCOME_DONE_KEY = "welcome.done"


class BetweenCallsApp:
    """Owns every long-lived object. The icon comes first; store and dialogs right after."""

    def __init__(self, qapp: QApplication, data_dir: Path, clock: Clock,
                 force_panel: bool = False, translations: Translations | None = None) -> None:
        self.qapp = qapp
        self.translations = translations or Translations(qapp, resource_path("i18n"))
        self.data_dir = data_dir
        self.clock = clock
        self.icon = app_icon()
        qapp.setWindowIcon(self.icon)
        self.actions = AppActions()
        self.tray: TrayController | None = None
        self.panel: FallbackPanel | None = None
        if QSystemTrayIcon.isSystemTrayAvailable() and not force_panel:
            self.tray = TrayController(self.icon, self.actions)
            self.tray.show()
        else:
            from wellbeing_app.ui.tray.fallback_panel import FallbackPanel

            self.panel = FallbackPanel(self.icon, self.actions)
            self.panel.show()
        self.flow: LogFlowController | None = None
        self.journal: Journal | None = None
        self.watcher: JournalWatcher | None = None
        self.trends_window: TrendsWindow | None = None
        self.exercises: ExerciseController | None = None
        self.team: TeamEntryController | None = None
        self.auto_share: AutoShareTimer | None = None
        self.reminders: ReminderFeatureController | None = None
        self.welcome: WelcomeWindow | None = None
        self.workload: WorkloadController | None = None
        self._summary = ""

    @cached_property
    def catalog(self) -> Catalog:
        """Categories, flags and tips, parsed once and shared by every window."""
        from wellbeing_app.platform.resources import load_catalog

        return load_catalog()

    def finish_startup(self) -> None:
        """Open the store and wire the actions; runs once the icon is visible."""
        from wellbeing_app.store.journal import DB_FILENAME, Journal
        from wellbeing_app.ui.calls.journal_watcher import JournalWatcher
        from wellbeing_app.ui.calls.log_flow_controller import LogFlowController
        from wellbeing_app.ui.error_reporting import LOG

        self._recover_damaged_journal()
        self.journal = Journal.open(self.data_dir / DB_FILENAME)
        self.set_language(self._stored_language(self.journal))
        self._backup_if_due()
        self.flow = LogFlowController(self.journal, self.catalog, self.clock, self._anchor)
        self.flow.summary_changed.connect(self._on_flow_summary_changed)
        self.flow.call_logged.connect(self._backup_if_due)
        self.watcher = JournalWatcher(self.data_dir / DB_FILENAME)
        self.watcher.changed.connect(self.flow.refresh_summary)
        self.actions.log_dialog_requested.connect(self.flow.open_dialog)
        self.actions.quick_log_requested.connect(self.flow.quick_log)
        self._wire_exercises()
        self.actions.trends_requested.connect(self._on_trends)
        self.watcher.changed.connect(self._on_watcher_changed)
        self.actions.share_with_team_requested.connect(self._on_share_with_team)
        self.actions.team_view_requested.connect(self._on_team_view)
        self.actions.open_data_folder_requested.connect(self._on_open_data_folder)
        self.actions.about_requested.connect(self._on_about)
        self.actions.notice_requested.connect(self._on_notice)
        self.actions.quit_requested.connect(self.qapp.quit)
        self.flow.refresh_summary()
        self._start_reminders(self.journal)
        self._start_auto_share(self.journal)
        self.actions.welcome_requested.connect(self._on_welcome)
        if not self.journal.get_setting(WELCOME_DONE_KEY, False):
            self._on_welcome()
        LOG.info("started; data dir %s", self.data_dir)

    def _start_auto_share(self, journal: Journal) -> None:
        from wellbeing_app.ui.team.auto_share_timer import AutoShareTimer

        catalog = self.catalog
        self.auto_share = AutoShareTimer(journal, self.data_dir, self.clock,
                                         lambda: catalog.category_labels)
        self.auto_share.shared.connect(self.notify)
        self.auto_share.failed.connect(self.notify)
        self.auto_share.start()

    def _wire_exercises(self) -> None:
        from wellbeing_app.platform.resources import load_exercise_library
        from wellbeing_app.ui.exercises.exercise_controller import ExerciseController

        assert self.journal is not None and self.flow is not None
        self.exercises = ExerciseController(load_exercise_library(), self.journal, self.clock)
        self.flow.set_offer_provider(self.exercises.offer_text)
        self.flow.exercise_requested.connect(self._on_flow_exercise_requested)
        self.actions.breathe_requested.connect(self.exercises.open_breathing)
        self.actions.relax_requested.connect(self.exercises.open_pmr)

    def _recover_damaged_journal(self) -> None:
        from wellbeing_app.store.backups import recover_if_damaged
        from wellbeing_app.store.journal import DB_FILENAME

        stamp = self.clock.now().strftime("%Y%m%dT%H%M%S")
        recovery = recover_if_damaged(self.data_dir / DB_FILENAME, stamp)
        if recovery is None:
            return
        source = recovery.restored_from
        if source:
            message = QCoreApplication.translate(
                "BetweenCallsApp", "Your journal file was damaged. It was kept as {copy} and the "
                "backup {backup} was restored.").format(copy=recovery.damaged_copy.name,
                                                         backup=source.name)
        else:
            message = QCoreApplication.translate(
                "BetweenCallsApp", "Your journal file was damaged. It was kept as {copy}; no "
                "backup existed, so a new journal was started.").format(
                    copy=recovery.damaged_copy.name)
        self.notify(message)

    def _backup_if_due(self, *_args: object) -> None:
        from wellbeing_app.store.backups import backup_if_due
        from wellbeing_app.store.journal import DB_FILENAME

        if self.journal is not None:
            backup_if_due(self.journal.connection, self.data_dir / DB_FILENAME,
                          self.clock.now().date())

    def status_line(self) -> str:
        """The tooltip text: what ``wellbeing status`` reports."""
        if self.tray is not None:
            return self.tray.tooltip()
        return self.panel.status.text() if self.panel is not None else ""

    def _start_reminders(self, journal: Journal) -> None:
        """Shift-aware reminders, call awareness and Settings (issue 4)."""
        from wellbeing_app.platform.local_zone import local_zone
        from wellbeing_app.ui.reminders.reminder_feature_controller import ReminderFeatureController

        assert self.flow is not None and self.watcher is not None
        self.reminders = ReminderFeatureController(journal, self.clock, local_zone(),
                                                   self.actions, self._anchor)
        self.reminders.paused_changed.connect(self._on_reminders_paused_changed)
        self.reminders.settings_changed.connect(self._on_reminders_settings_changed)
        self.reminders.state_changed.connect(self._on_reminders_state_changed)
        reminders = self.reminders
        self.flow.set_support_line_source(lambda: reminders.effective.settings.support_line)
        flow = self.flow
        self.reminders.set_reset_covered(flow.is_offering_exercise)
        self.flow.call_logged.connect(self.reminders.on_call_logged)
        if self.exercises is not None:
            self.reminders.prompt.set_exercise_available(True)
            self.reminders.exercise_requested.connect(self.exercises.open_breathing)
        self.watcher.changed.connect(self.reminders.reload_settings)
        self._show_lead_actions(self.reminders.effective)
        self.reminders.settings_changed.connect(self._show_lead_actions)
        self._start_workload(journal, self.reminders)
        self.reminders.start()

    def _start_workload(self, journal: Journal, reminders: ReminderFeatureController) -> None:
        """Sensed workload (issue 16): before reminders start, so no call start is missed."""
        from wellbeing_app.ui.workload.workload_controller import WorkloadController

        self.workload = WorkloadController(journal, self.clock, reminders)

    @staticmethod
    def _stored_language(journal: Journal) -> str:
        """The effective ``language`` setting (policy, then the agent's choice)."""
        from wellbeing_app.platform.settings.effective_settings import load_effective_settings
        from wellbeing_app.platform.settings.policy_file import load_policy

        return load_effective_settings(journal.connection, load_policy()).settings.language

    def set_language(self, setting: str) -> None:
        """Show another language now: texts are set again, idle windows are rebuilt on use."""
        if setting == self.translations.setting:
            return
        self.translations.apply(setting)
        self.actions.retranslate()
        if self.panel is not None:
            self.panel.retranslate()
        if self.flow is not None:
            self.flow.drop_windows()
            self.flow.refresh_summary()
        if self.exercises is not None:
            self.exercises.drop_idle_windows()
        if self.team is not None:
            self.team.close_all()
            self.team = None
        if self.trends_window is not None:
            reopen = self.trends_window.isVisible()
            self.trends_window.close()
            self.trends_window.deleteLater()
            self.trends_window = None
            if reopen:
                self._on_trends()

    def _on_reminders_settings_changed(self, effective: EffectiveSettings) -> None:
        self.set_language(effective.settings.language)

    def _show_lead_actions(self, effective: EffectiveSettings) -> None:
        """Team view… is for a lead: offered only where a team folder is set."""
        self.actions.team_view.setVisible(bool(effective.settings.team_folder))

    def _on_reminders_paused_changed(self, until: object) -> None:
        from wellbeing_app.ui.tray.icons import paused_icon

        if self.tray is not None:
            self.tray.set_icon(self.icon if until is None else paused_icon(self.icon))
        if self.panel is not None:
            self.panel.show_notice(
                QCoreApplication.translate("BetweenCallsApp", "Reminders paused")
                if until is not None
                else QCoreApplication.translate("BetweenCallsApp", "Reminders resumed"))

    def notify(self, message: str) -> None:
        """A calm, non-blocking message."""
        if self.tray is not None:
            self.tray.show_message(APP_NAME, message)
        elif self.panel is not None:
            self.panel.show_notice(message)

    def shutdown(self) -> None:
        """Stop watchers, store a running exercise, and close the journal cleanly."""
        if self.exercises is not None:
            self.exercises.close_all()
        if self.team is not None:
            self.team.close_all()
        if self.workload is not None:
            self.workload.stop()
        if self.reminders is not None:
            self.reminders.stop()
        if self.auto_share is not None:
            self.auto_share.stop()
        if self.watcher is not None:
            self.watcher.stop()
        if self.journal is not None:
            self.journal.close()
        if self.tray is not None:
            self.tray.hide()

    def _anchor(self) -> QPoint | None:
        return self.tray.anchor() if self.tray is not None else None

    def _on_flow_summary_changed(self, text: str) -> None:
        self._summary = text
        state = self.reminders.state_text() if self.reminders is not None else ""
        line = f"{text} · {state}" if state else text
        if self.tray is not None:
            self.tray.set_tooltip(line)
        if self.panel is not None:
            self.panel.set_status(line)

    def _on_reminders_state_changed(self) -> None:
        self._on_flow_summary_changed(self._summary)

    def handle_message(self, message: str) -> None:
        """A second launch asked for something: an exercise, trends, team view or the log dialog."""
        if self.exercises is not None and self.exercises.open_message(message):
            return
        if message == "trends":
            self.actions.trends_requested.emit()
        elif message == "team-view":
            self.actions.team_view_requested.emit()
        elif message == "notice":
            self.actions.notice_requested.emit()
        elif message == "undo":
            if self.flow is not None and not self.flow.undo_last():
                self.notify(QCoreApplication.translate(
                    "BetweenCallsApp",
                    "Nothing to undo: Undo is offered for 10 seconds after logging."))
        elif message == "welcome":
            self.actions.welcome_requested.emit()
        else:
            self.actions.log_dialog_requested.emit()

    def _on_trends(self) -> None:
        # Imported here: Qt Charts and the window load only when first opened (start budget).
        from wellbeing_app.ui.trends.trends_window import TrendsWindow

        if self.journal is None or self.flow is None:
            return
        if self.trends_window is None:
            from wellbeing_app.domain.exercises.exercise_effect import exercise_label

            names = self.exercises.exercise_name if self.exercises is not None else exercise_label
            from wellbeing_app.domain.settings.declaration import Settings

            reminders = self.reminders
            self.trends_window = TrendsWindow(
                self.journal, self.catalog, self.clock, self.data_dir, label_for=names,
                settings=(lambda: reminders.effective.settings) if reminders else Settings)
            self.trends_window.data_changed.connect(self.flow.refresh_summary)
        self.trends_window.present()

    def _on_flow_exercise_requested(self, call_id: int) -> None:
        assert self.journal is not None and self.exercises is not None
        try:
            call = self.journal.get_call(call_id)
        except KeyError:
            return
        self.exercises.open_suggested(call.id, call.stress)

    def _team_entry(self) -> TeamEntryController | None:
        # Imported on first use: cryptography and the team windows stay out of start-up.
        from wellbeing_app.ui.team.team_entry_controller import TeamEntryController

        if self.team is None and self.journal is not None:
            self.team = TeamEntryController(self.journal, self.data_dir, self.clock,
                                            self.catalog.category_labels)
        return self.team

    def _on_share_with_team(self) -> None:
        team = self._team_entry()
        if team is not None:
            team.open_share_dialog()

    def _on_team_view(self) -> None:
        team = self._team_entry()
        if team is not None:
            team.open_team_view()

    def _on_watcher_changed(self) -> None:
        if self.trends_window is not None and self.trends_window.isVisible():
            self.trends_window.refresh()

    def _on_welcome(self) -> None:
        """The first-start window: on the first start, and later from Settings or the CLI."""
        import shlex

        from wellbeing_app.platform.autostart.autostart_backend import Autostart
        from wellbeing_app.ui.welcome.welcome_window import WelcomeWindow

        if self.journal is None or self.reminders is None:
            return
        if self.welcome is None or not self.welcome.isVisible():
            autostart = Autostart.for_this_user(self.data_dir)
            command = shlex.join([*autostart.command, "log-dialog"])
            self.welcome = WelcomeWindow(self.reminders.effective, self.reminders.save_settings,
                                         autostart, command)
            journal = self.journal
            self.welcome.finished_first_start.connect(
                lambda: journal.set_setting(WELCOME_DONE_KEY, True))
            if self.exercises is not None:
                self.welcome.breathing_requested.connect(self.exercises.open_breathing)
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()

    def _on_notice(self) -> None:
        from wellbeing_app.ui.cards.notice_card import NoticeCard

        card = NoticeCard.newest()
        if card is not None:
            card.bring_forward()
        else:
            self.notify(QCoreApplication.translate(
                "BetweenCallsApp",
                "No notice to show: nothing has popped up since you last closed one."))

    def _on_open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def _on_about(self) -> None:
        from wellbeing_app.ui.tray.about_dialog import AboutDialog

        parent: QWidget | None = self.panel
        AboutDialog(self.data_dir, parent).exec()


def _launch_message(args: argparse.Namespace) -> str:
    """What this launch asks of the app; ``breathe``/``relax`` ids are checked here (exit 2)."""
    if args.command not in ("breathe", "relax"):
        return (args.command if args.command in ("trends", "team-view", "welcome")
                else "log-dialog")
    from wellbeing_app.domain.exercises.exercise_request import validate_request
    from wellbeing_app.platform.resources import load_exercise_library

    exercise = getattr(args, "pattern" if args.command == "breathe" else "script", None)
    return validate_request(args.command, exercise, load_exercise_library()).to_message()


def _handoff(data_dir: Path, message: str) -> int:
    """Another instance holds the lock: hand it this launch's request."""
    from wellbeing_app.ui.single_instance import send_to_running

    if send_to_running(data_dir, message):
        what = {"trends": "the trends window", "log-dialog": "the log dialog",
                "team-view": "the team view",
                "welcome": "the welcome window"}.get(message, "the exercise")
        print(f"{APP_NAME} is already running; it will show {what}.")
        return 0
    print(f"wellbeing: error: {APP_NAME} seems to be running but does not answer.",
          file=sys.stderr)
    return 1


def _after_icon(app: BetweenCallsApp, guard: SingleInstanceGuard,
                command: str | None, message: str) -> None:
    """Everything that can wait until the icon is on screen."""
    from wellbeing_app.ui.error_reporting import configure_logging, install_excepthook

    configure_logging(app.data_dir / "logs")
    install_excepthook(app.notify)
    app.finish_startup()
    guard.listen()
    guard.message_received.connect(app.handle_message)
    guard.set_status_provider(app.status_line)
    if command in ("log-dialog", "trends", "breathe", "relax", "team-view", "welcome"):
        app.handle_message(message)


def run_app(args: argparse.Namespace, clock: Clock | None = None) -> int:
    """Start the tray app (or hand off to the running one)."""
    try:
        data_dir = ensure_writable(resolve_data_dir(getattr(args, "data_dir", None)))
    except DataDirError as error:
        print(f"wellbeing: error: {error}", file=sys.stderr)
        return 2
    from wellbeing_app.domain.errors import ValidationError

    try:
        message = _launch_message(args)
    except ValidationError as error:
        print(f"wellbeing: error: {error.message}", file=sys.stderr)
        return 2
    # Windows: tie this process to the Start-menu shortcut's id, before the first window.
    set_app_user_model_id()
    # A fixed argv[0] gives a stable WM_CLASS ("wellbeing") however we were launched.
    qapp = QApplication(["wellbeing"])
    qapp.setApplicationName(APP_NAME)
    # The installed .desktop file's name (packaging/linux), so Wayland shells match our windows.
    qapp.setDesktopFileName(APP_DESKTOP_ID)
    qapp.setQuitOnLastWindowClosed(False)
    guard = SingleInstanceGuard(data_dir)
    if not guard.lock():
        return _handoff(data_dir, message)
    translations = Translations(qapp, resource_path("i18n"))
    translations.apply("system")  # the stored choice follows once the journal is open
    app = BetweenCallsApp(qapp, data_dir, clock or SystemClock(),
                          force_panel=os.environ.get("WELLBEING_FORCE_PANEL") == "1",
                          translations=translations)
    # Give the tray host a moment to embed the icon before the store loads (start budget).
    QTimer.singleShot(AFTER_ICON_DELAY_MS,
                      lambda: _after_icon(app, guard, args.command, message))
    try:
        return qapp.exec()
    finally:
        app.shutdown()
        guard.release()


def run_in_running_app(args: argparse.Namespace) -> int:
    """``notice`` / ``undo``: only the running app can act; without one, say so (exit 1)."""
    from wellbeing_app.ui.single_instance import send_to_running

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if send_to_running(data_dir, args.command):
        return 0
    print(f"wellbeing: error: {APP_NAME} is not running for {data_dir}.", file=sys.stderr)
    return 1


def run_status(args: argparse.Namespace) -> int:
    """Print the running app's summary line, or say that it is not running (exit 1)."""
    from wellbeing_app.ui.single_instance import query_running

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    reply = query_running(data_dir)
    if reply is None:
        print(f"{APP_NAME} is not running for {data_dir}.", file=sys.stderr)
        return 1
    print(reply)
    return 0


def self_test_windows(args: argparse.Namespace) -> int:
    """Build every window offscreen and check the log flow; print what failed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    from wellbeing_app.ui.window_self_test import run_window_checks

    def quiet_offscreen(_kind: object, _context: object, message: str) -> None:
        # The offscreen platform reports window-manager calls it cannot do; that is not a fault.
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet_offscreen)
    qapp = QApplication.instance() or QApplication(["wellbeing"])
    problems = run_window_checks(qapp)
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    if not problems:
        print("self-test passed: store, migrations, content and every window are healthy")
    return 1 if problems else 0
