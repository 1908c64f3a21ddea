"""Composition root: open the store, build each service once, start the features in a loop.

Every start-up step is isolated: one that fails is logged with its traceback and named in one
calm notice, and the rest still starts. Logging a call, Quit and the single-instance channel
(wired by ``launch``) never depend on a feature.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.launch_message import LaunchMessage
from wellbeing_app.domain.settings.layers import NO_POLICY, Policy
from wellbeing_app.platform.settings.policy_sources import load_machine_policy
from wellbeing_app.platform.settings.settings_service import SettingsService
from wellbeing_app.store.journal import DB_FILENAME
from wellbeing_app.store.pending_calls import reopening_call_writer
from wellbeing_app.ui.app_services import AppServices, Feature
from wellbeing_app.ui.calls.journal_watcher import JournalWatcher
from wellbeing_app.ui.calls.log_flow_controller import LogFlowController
from wellbeing_app.ui.error_reporting import LOG
from wellbeing_app.ui.feature_modules import feature_builders
from wellbeing_app.ui.i18n.content_language import language_for_setting
from wellbeing_app.ui.reminders.reminder_feature import ReminderFeature
from wellbeing_app.ui.start_up_notice import start_up_notice
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.tray.folder_and_about import connect_folder_and_about
from wellbeing_app.ui.tray.shell import Shell
from wellbeing_app.usecases.call_logging import CallLogging
from wellbeing_app.usecases.exercise_offers import ExerciseOffers
from wellbeing_app.usecases.journal_opening import open_journal
from wellbeing_app.usecases.shown_content import ShownContent
from wellbeing_app.usecases.team_sharing import TeamSharing

T = TypeVar("T")
F = TypeVar("F")
TR = "BetweenCallsApp"  # the translation context of the notices the root composes
POLICY_PART = _t("BetweenCallsApp", "Your organisation's policy")
#: The GUI waits at most this long for another process's write lock, then keeps the call.
GUI_BUSY_TIMEOUT_MS = 250


class BetweenCallsApp:
    """Owns every long-lived object; built once the icon is on screen."""

    def __init__(self, shell: Shell, actions: AppActions, data_dir: Path, clock: Clock,
                 policy_loader: Callable[[], Policy] = load_machine_policy) -> None:
        self.shell, self.actions, self.data_dir, self.clock = shell, actions, data_dir, clock
        self._policy_loader = policy_loader
        opening = open_journal(data_dir / DB_FILENAME, self._stamp())
        self.journal, self.broken = opening.journal, list(opening.broken)
        if opening.notices:  # one message: which file, which backup, where recent entries are
            self.notify(" ".join(QCoreApplication.translate(TR, notice.text).format(**notice.values)
                                 for notice in opening.notices))
        self._step(_t("BetweenCallsApp", "Daily backup"),
                   lambda: self.journal.backup_if_due(clock.now().date()))
        self.settings = SettingsService(self.journal.settings, self._load_policy)
        self.content = ShownContent(language_for_setting(self.settings.values.language))
        library = self._step(_t("BetweenCallsApp", "Breathing and muscle relaxation"),
                             self.content.library)
        offers = ExerciseOffers(self.journal, self.content.library) if library else None
        self.journal.set_busy_timeout(GUI_BUSY_TIMEOUT_MS)
        self.call_writer = reopening_call_writer(self.journal, self._stamp)
        self.calls = CallLogging(self.journal, self.content.catalog, clock, offers,
                                 lambda: self.settings.values.support_line, self.call_writer)
        self.flow = LogFlowController(self.calls, self.content.catalog, shell.anchor)
        self.flow.notice_requested.connect(self.notify)
        self.watcher = JournalWatcher(self.journal)
        sharing = TeamSharing(self.journal, self.settings, data_dir, clock,
                              lambda: self.content.catalog().category_labels)
        self.services = AppServices(data_dir, clock, self.journal, self.settings, self.content,
                                    actions, shell, self.flow, self.watcher, sharing,
                                    self.refresh_status, self.notify)
        self._wire()
        self.features: list[Feature] = []  # filled in start order; stopped in reverse
        self._start_features(library)
        self.refresh_status()
        self._tell_what_broke()
        LOG.info("started; data dir %s", data_dir)

    # --- start-up steps ---------------------------------------------------------------------
    def _step(self, part: str, action: Callable[[], T]) -> T | None:
        """Run one start-up step; a failure is logged, remembered for the notice, and skipped."""
        try:
            return action()
        except Exception:  # noqa: BLE001 - isolation: one broken part never stops the rest
            LOG.exception("start-up step failed: %s", part)
            self.broken.append(part)
            return None

    def _load_policy(self) -> Policy:
        try:
            return self._policy_loader()
        except Exception:  # noqa: BLE001 - an unreadable policy must not stop the app
            LOG.exception("cannot read the admin policy")
            if POLICY_PART not in self.broken:
                self.broken.append(POLICY_PART)
            return NO_POLICY

    def _start_features(self, library: ExerciseLibrary | None) -> None:
        """Build every feature, then start each; a failing one is named and left out."""
        for name, build in feature_builders(self.services, library, self.features):
            feature = self._step(name, build)
            if feature is not None:
                self.features.append(feature)
        for feature in list(self.features):
            if self._step(feature.name, lambda f=feature: _started(f)) is None:  # type: ignore[misc]
                self.features.remove(feature)
                with suppress(Exception):  # undo what a half-started feature began
                    feature.stop()

    def _tell_what_broke(self) -> None:
        if notice := start_up_notice(self.broken, self.settings.current.problems):
            self.notify(notice)

    def _stamp(self) -> str:
        """Names a backup a repair takes: the local time, to the second."""
        return self.clock.now().strftime("%Y%m%dT%H%M%S")

    # --- wiring -----------------------------------------------------------------------------
    def _wire(self) -> None:
        actions, flow = self.actions, self.flow
        actions.log_dialog_requested.connect(flow.open_dialog)
        actions.quick_log_requested.connect(flow.quick_log)
        connect_folder_and_about(actions, self.data_dir, self.shell)
        flow.summary_changed.connect(self._on_flow_summary_changed)
        flow.call_logged.connect(self._on_flow_call_logged)
        self.watcher.changed.connect(self._on_watcher_changed)

    def feature(self, kind: type[F]) -> F:
        """The running feature of that class (``LookupError`` if it did not start)."""
        for feature in self.features:
            if isinstance(feature, kind):
                return feature
        raise LookupError(kind.__name__)

    def notify(self, message: str) -> None:
        """A calm, non-blocking message (also logged, so support can see what the agent saw)."""
        LOG.info("notice: %s", message)
        self.shell.notify(message)

    def status_line(self) -> str:
        """The tooltip text: what ``wellbeing status`` reports."""
        return self.shell.status_text()

    def refresh_status(self) -> None:
        """Recompute today's line (and the reminder state) on the shell."""
        self.flow.refresh_summary()

    def handle_message(self, raw: str) -> None:
        """A second launch asked for something; the log dialog unless a feature answers."""
        message = LaunchMessage.of(raw)
        if message is not None and any(f.handle(message, raw) for f in self.features):
            return
        self.actions.log_dialog_requested.emit()

    def shutdown(self) -> None:
        """Stop the features, store a running exercise, and close the journal cleanly."""
        self.call_writer.flush_at_quit()
        self.flow.stop()
        for feature in reversed(self.features):
            self._step(f"stopping {feature.name}", feature.stop)
        self.watcher.stop()
        self.journal.close()
        self.shell.hide()

    # --- slots ------------------------------------------------------------------------------
    def _on_flow_summary_changed(self, text: str) -> None:
        states = [f.state_text() for f in self.features if isinstance(f, ReminderFeature)]
        line = " · ".join(part for part in (text, *states) if part)
        self.shell.set_status(line)

    def _on_flow_call_logged(self, _call: object) -> None:
        try:
            self.journal.backup_if_due(self.clock.now().date())
        except OSError as error:  # a full disk must not look like a lost entry
            LOG.exception("backup failed")
            self.notify(QCoreApplication.translate(
                "BetweenCallsApp", "Your call is saved, but today's backup could not be written: "
                "{0}").format(error))

    def _on_watcher_changed(self, external: bool) -> None:
        if external:
            self.settings.reload()  # the CLI may have changed settings; the policy re-read too
        self.flow.refresh_summary()


def _started(feature: Feature) -> Feature:
    feature.start()
    return feature
