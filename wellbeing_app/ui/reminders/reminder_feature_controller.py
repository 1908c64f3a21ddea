"""Wires reminders, call awareness, prompts and settings together for the running app."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QWidget

from wellbeing_app.domain.calls.logged_call import LoggedCall
from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.reminders.check_ins import (
    CheckInKind,
    needs_support,
    score_check_in,
    support_message,
)
from wellbeing_app.domain.reminders.reminder_plan import RESETS, PlannedReminder, ReminderKind
from wellbeing_app.domain.settings.layers import EffectiveSettings
from wellbeing_app.platform.call_detection.combined_call_detector import CombinedCallDetector
from wellbeing_app.platform.settings.settings_service import SettingsService
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.i18n.formats import decimal, time_text
from wellbeing_app.ui.i18n.outdated_windows import OutdatedWindows
from wellbeing_app.ui.reminders.call_watcher import CallWatcher
from wellbeing_app.ui.reminders.pulse_event_watcher import PulseEventWatcher
from wellbeing_app.ui.reminders.reminder_controller import ReminderController
from wellbeing_app.ui.reminders.scheduler_bridge import SchedulerBridge
from wellbeing_app.ui.tray.app_actions import AppActions

if TYPE_CHECKING:
    from wellbeing_app.ui.calls.after_call_note import AfterCallNote
    from wellbeing_app.ui.reminders.reminder_prompt import ReminderPrompt
    from wellbeing_app.ui.settings.settings_dialog import SettingsDialog

DetectorFactory = Callable[[EffectiveSettings, Callable[[], bool]], Any]
EventsFactory = Callable[[], PulseEventWatcher | None]


def _default_detector(effective: EffectiveSettings, manual: Callable[[], bool]) -> Any:
    return CombinedCallDetector.from_settings(effective.settings, manual)


def _default_events() -> PulseEventWatcher | None:
    supported = sys.platform.startswith("linux") and PulseEventWatcher.supported()
    return PulseEventWatcher() if supported else None


class ReminderFeatureController(QObject):
    """Owns the scheduler bridge, the gate, the call watcher and the prompts.

    The prompt, the after-call note and the Settings dialog are built (and their modules
    imported) on first use: most starts show none of them (idle memory budget).

    Signals:
        settings_changed(object): the new ``EffectiveSettings``.
        paused_changed(object): paused until this datetime, or ``None``.
        exercise_requested(): a prompt asked for a short exercise.
        state_changed(): on a call / paused changed; see ``state_text``.
        call_started(str): a call began; the provider that saw it.
        call_ended(): it ended, after the gate heard it and before the after-call note, so a
            listener may offer a prompt that wins over the note.
    """

    settings_changed = Signal(object)
    paused_changed = Signal(object)
    exercise_requested = Signal()
    state_changed = Signal()
    call_started = Signal(str)
    call_ended = Signal()

    def __init__(self, journal: Journal, settings: SettingsService, clock: Clock, zone: tzinfo,
                 actions: AppActions, anchor: Callable[[], QPoint | None],
                 detector_factory: DetectorFactory = _default_detector,
                 events_factory: EventsFactory = _default_events,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reset_covered: Callable[[], bool] = lambda: False
        self._journal, self._clock, self._zone = journal, clock, zone
        self._actions, self._anchor = actions, anchor
        self._settings = settings
        self._detector_factory = detector_factory
        self.check_ins = journal.check_ins
        values = settings.values
        self.bridge = SchedulerBridge(clock, parent=self)
        self.controller = ReminderController(clock, zone, values, self)
        self.watcher = CallWatcher(self._detector_factory(self.effective, lambda: False),
                                   values.call_poll_seconds, self)
        self._prompt: ReminderPrompt | None = None
        self._note: AfterCallNote | None = None
        self._outdated = OutdatedWindows()  # built before a language switch
        self._exercise_available = False
        self.events = events_factory()
        if self.events is not None:
            self.events.setParent(self)
            self.events.streams_changed.connect(self.watcher.poll)
            self.events.available_changed.connect(self.watcher.set_event_driven)
        self._connect()
        self._unsubscribe = settings.subscribe(self._on_settings_changed)

    def _connect(self) -> None:
        self.bridge.reminders_due.connect(self.controller.catch_up)
        self.bridge.watchdog_ticked.connect(self._on_bridge_watchdog_ticked)
        self.controller.prompt_requested.connect(self._on_controller_prompt_requested)
        self.controller.prompt_withdrawn.connect(self._on_controller_prompt_withdrawn)
        self.controller.pause_changed.connect(self._on_controller_pause_changed)
        self.watcher.call_started.connect(self._on_watcher_call_started)
        self.watcher.call_ended.connect(self._on_watcher_call_ended)
        self._actions.pause_requested.connect(self.controller.pause_for)
        self._actions.resume_requested.connect(self.controller.resume)
        self._actions.on_call_toggled.connect(self.watcher.set_manual)
        self._actions.settings_requested.connect(self.open_settings)

    @property
    def effective(self) -> EffectiveSettings:
        """The settings in force (the settings service's, never a copy kept here)."""
        return self._settings.current

    @property
    def prompt(self) -> ReminderPrompt:
        """The reminder prompt, built on first use in the content language of that moment."""
        self._prompt = self._outdated.current(self._prompt)
        if self._prompt is None:
            from wellbeing_app.platform.resources import load_reminder_texts
            from wellbeing_app.ui.i18n.content_language import content_language
            from wellbeing_app.ui.reminders.reminder_prompt import ReminderPrompt

            prompt = ReminderPrompt(load_reminder_texts(content_language()))
            prompt.set_exercise_available(self._exercise_available)
            prompt.snoozed.connect(self.controller.prompt_snoozed)
            prompt.dismissed.connect(self.controller.prompt_closed)
            prompt.answered.connect(self._on_prompt_answered)
            prompt.exercise_requested.connect(self.exercise_requested)
            self._prompt = prompt
        return self._prompt

    @property
    def note(self) -> AfterCallNote:
        """'Tough one? Log it', built on first use."""
        self._note = self._outdated.current(self._note)
        if self._note is None:
            from wellbeing_app.ui.calls.after_call_note import AfterCallNote

            self._note = AfterCallNote()
            self._note.log_requested.connect(self._actions.log_dialog_requested)
        return self._note

    def set_exercise_available(self, available: bool) -> None:
        """Whether prompts may offer a short exercise (the exercises feature started)."""
        self._exercise_available = available
        if self._prompt is not None:
            self._prompt.set_exercise_available(available)

    def drop_idle_windows(self) -> None:
        """The language changed: the prompt and the note are rebuilt on next use.

        One on screen stays as it is until it is hidden.
        """
        self._outdated.mark(self._prompt, self._note)
        self._prompt = self._outdated.current(self._prompt)
        self._note = self._outdated.current(self._note)

    def start(self) -> None:
        """Start scheduling and, during a shift, call watching."""
        self.bridge.start(self.effective.settings, self._zone)
        self._on_bridge_watchdog_ticked(False)

    def stop(self) -> None:
        """Stop every timer and the detector thread."""
        self._unsubscribe()
        self.bridge.stop()
        if self.events is not None:
            self.events.stop()
        self.watcher.stop()
        self._on_controller_prompt_withdrawn()
        if self._note is not None:
            self._note.hide()

    def _on_settings_changed(self, fresh: EffectiveSettings) -> None:
        """Rebuild the job, the gate rules and the detector."""
        settings = fresh.settings
        self.bridge.rebuild(settings, self._zone)
        self.controller.set_settings(settings)
        self.watcher.set_detector(self._detector_factory(fresh, lambda: False),
                                  settings.call_poll_seconds)
        self.settings_changed.emit(fresh)

    def save_settings(self, changes: dict[str, Any]) -> None:
        """Store the agent's choices (locked keys refused); listeners apply them."""
        self._settings.save(changes)

    def open_settings(self, parent: QWidget | None = None) -> SettingsDialog:
        """Show the Settings dialog (non-blocking)."""
        from wellbeing_app.ui.settings.settings_dialog import SettingsDialog

        origin = self.effective_policy_origin() or self.tr("none found")
        about = (self.tr("Policy file: {origin}").format(origin=origin) + "<br>"
                 + self.tr("Your data stays on this computer unless you opt in to sharing."))
        dialog = SettingsDialog(self.effective, self.save_settings, about, parent,
                                on_welcome=self._actions.welcome_requested.emit)
        dialog.setModal(False)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self._dialog = dialog
        return dialog

    def state_text(self) -> str:
        """'on a call — reminders wait', 'reminders paused until 14:30', or ''."""
        if self.watcher.on_call:
            return self.tr("on a call — reminders wait")
        until = self.controller.paused_until()
        if until is not None:
            return self.tr("reminders paused until {time}").format(
                time=time_text(until.astimezone(self._zone).time()))
        return ""

    def effective_policy_origin(self) -> str:
        """Where the admin policy came from ('' when none)."""
        return self._settings.policy.origin

    def on_call_logged(self, _call: LoggedCall | None = None) -> None:
        """After a log: maybe suggest a reset (several tough calls close together)."""
        now = self._clock.now()
        window = timedelta(minutes=self.effective.settings.tough_call_window_minutes)
        times = self._journal.call_times(now - window)
        self.controller.calls_logged(times)

    def _on_bridge_watchdog_ticked(self, _jumped: bool) -> None:
        self.controller.catch_up()
        in_shift = self.controller.in_shift()
        self._actions.set_in_shift(in_shift)
        self.watcher.set_active(in_shift)
        if self.events is not None:
            if in_shift and self.effective.settings.detect_microphone:
                self.events.start()
            else:
                self.events.stop()

    def set_reset_covered(self, covered: Callable[[], bool]) -> None:
        """While ``covered()`` holds, a reset suggestion would repeat an offer already shown."""
        self._reset_covered = covered

    def _on_controller_prompt_requested(self, reminder: PlannedReminder) -> None:
        if reminder.kind in RESETS and self._reset_covered():
            return  # the acknowledgment on screen already offers the same reset
        extra = ""
        if reminder.kind is ReminderKind.WIND_DOWN:
            today = self._clock.now().astimezone(self._zone).date()
            summary = self._journal.day_summary(today)
            extra = (self.tr("Today: %n tough call(s), avg {mean}", "", summary.count).format(
                mean=decimal(summary.mean_stress, 0)) if summary.mean_stress is not None
                else self.tr("Today: no tough calls logged"))
        self.prompt.present(reminder, extra, self._anchor())

    def _on_controller_prompt_withdrawn(self) -> None:
        if self._prompt is not None:
            self._prompt.hide()

    def _on_controller_pause_changed(self, until: datetime | None) -> None:
        self._actions.set_paused(until is not None)
        self.paused_changed.emit(until)
        self.state_changed.emit()

    def _on_prompt_answered(self, kind: str, answers: list[int]) -> None:
        try:
            answer = score_check_in(CheckInKind(kind), answers)
        except (ValidationError, ValueError):
            self.prompt.hide()
            self.controller.prompt_closed()
            return
        previous = [s for _, s in self.check_ins.scores(CheckInKind.WEEKLY_STRESS)]
        self.check_ins.add(answer, self._clock.now())
        if needs_support(answer, previous):
            self.prompt.show_support(support_message(answer, self.effective.settings.support_line))
            return
        self.prompt.hide()
        self.controller.prompt_closed()

    def _on_watcher_call_started(self) -> None:
        if self._note is not None:
            self._note.hide()
        self.controller.set_on_call(True)
        verdict = self.watcher.last_verdict
        self.call_started.emit(verdict.provider if verdict is not None else "")
        self.state_changed.emit()

    def _on_watcher_call_ended(self) -> None:
        self.controller.set_on_call(False)
        self.call_ended.emit()
        self.state_changed.emit()
        prompt_shown = self._prompt is not None and self._prompt.isVisible()
        if self.effective.settings.after_call_note and not prompt_shown:
            self.note.present(self._anchor())
