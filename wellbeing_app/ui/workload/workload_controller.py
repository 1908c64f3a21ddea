"""Records call spans from call detection and offers the resets a long run of calls earns."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.reminders.reminder_plan import ReminderKind
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.reminders.reminder_feature_controller import ReminderFeatureController
from wellbeing_app.usecases.workload import SpanRecorder, run_reset_earned

LOG = logging.getLogger(__name__)


class WorkloadController(QObject):
    """A listener only: it adds no timer and no wake-up of its own.

    Spans open and close on the call watcher's events; the heartbeat rides on the scheduler's
    once-a-minute watchdog; the reset goes through the reminder gate like every other prompt
    (never during a call, never taking focus, snooze / not now).

    Signals:
        spans_changed(): a span was opened, closed or recovered.
    """

    spans_changed = Signal()

    def __init__(self, journal: Journal, clock: Clock, reminders: ReminderFeatureController,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._reminders = reminders
        self._last_offered: datetime | None = None
        self.recorder = SpanRecorder(journal, clock, lambda: reminders.effective.settings)
        recovered = self.recorder.recover()
        if recovered:
            LOG.info("closed %d call span(s) at their last heartbeat", len(recovered))
        reminders.call_started.connect(self._on_reminders_call_started)
        reminders.call_ended.connect(self._on_reminders_call_ended)
        reminders.bridge.watchdog_ticked.connect(self._on_bridge_watchdog_ticked)

    def stop(self) -> None:
        """Quitting during a call: the span ends now."""
        if self.recorder.call_ended() is not None:
            self.spans_changed.emit()

    def _on_reminders_call_started(self, provider: str) -> None:
        if not self._reminders.controller.in_shift():
            return  # only during a shift
        if self.recorder.call_started(provider) is not None:
            self.spans_changed.emit()

    def _on_reminders_call_ended(self) -> None:
        if self.recorder.call_ended() is None:
            return
        self.spans_changed.emit()
        now = self._clock.now()
        if run_reset_earned(self._journal, now, self._reminders.effective.settings,
                            self._last_offered):
            self._last_offered = now
            self._reminders.controller.offer_reset(ReminderKind.RUN_RESET)

    def _on_bridge_watchdog_ticked(self, jumped: bool) -> None:
        watcher = self._reminders.watcher
        if not self._reminders.controller.in_shift():
            self.stop()  # the shift ended during a call: nothing is recorded outside shifts
        elif jumped:
            verdict = watcher.last_verdict if watcher.on_call else None
            if self.recorder.resumed(verdict.provider if verdict is not None else None):
                self.spans_changed.emit()
        else:
            self.recorder.heartbeat()
