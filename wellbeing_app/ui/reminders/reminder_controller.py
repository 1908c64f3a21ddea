"""Which reminder prompt shows and when: the domain gate, fed by the scheduler and call state."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Signal

from wellbeing_app.domain.calls.tough_streak import reset_due
from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.reminders import reminder_gate as gate
from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind, plan_between
from wellbeing_app.domain.reminders.shifts import current_shift, parse_shifts
from wellbeing_app.domain.settings.declaration import Settings

RESET_FRESH = timedelta(minutes=30)


class ReminderController(QObject):
    """Holds the gate state; every input is a slot, every output a signal.

    Signals:
        prompt_requested(object): show this ``PlannedReminder`` now.
        prompt_withdrawn(): hide the prompt on show (a call started).
        pause_changed(object): reminders paused until this datetime, or ``None`` when resumed.
    """

    prompt_requested = Signal(object)
    prompt_withdrawn = Signal()
    pause_changed = Signal(object)

    def __init__(self, clock: Clock, zone: tzinfo, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = zone
        self._settings = settings
        self._on_call = False
        self._last_reset: datetime | None = None
        self.state = gate.GateState(cursor=clock.now())

    def set_settings(self, settings: Settings) -> None:
        """New settings apply to reminders due from now on."""
        self._settings = settings

    def catch_up(self) -> None:
        """Take in everything due since the last look (one sleep = many due), then maybe show."""
        now = self._clock.now()
        due = plan_between(self._settings, self.state.cursor, now + timedelta(seconds=1),
                           self._zone)
        self.state = gate.collect(self.state, due, now)
        self._release()

    def set_on_call(self, on_call: bool) -> None:
        """While on a call nothing shows (a prompt on show goes back); after it, it is offered."""
        self._on_call = on_call
        if on_call and self.state.showing is not None:
            self.state = gate.defer(self.state)
            self.prompt_withdrawn.emit()
        else:
            self._release()

    def calls_logged(self, call_times: list[datetime]) -> None:
        """After a log: several tough calls close together suggest a reset."""
        settings, now = self._settings, self._clock.now()
        if not settings.reset_after_tough_calls or not reset_due(
                call_times, now, settings.tough_call_count, settings.tough_call_window_minutes,
                self._last_reset):
            return
        self._last_reset = now
        self.offer_reset(ReminderKind.RESET)

    def offer_reset(self, kind: ReminderKind) -> None:
        """Offer a one-minute reset now, under the gate's rules (held during a call or pause)."""
        now = self._clock.now()
        reset = PlannedReminder(kind, now, now + RESET_FRESH)
        self.state = gate.collect(self.state, [reset], now)
        self._release()

    def shift_end(self) -> datetime | None:
        """End of the current shift, if the agent is in one."""
        shift = current_shift(parse_shifts(self._settings.shifts), self._clock.now(), self._zone)
        return shift.end if shift is not None else None

    def in_shift(self) -> bool:
        """True during a shift."""
        return self.shift_end() is not None

    def pause_for(self, minutes: int) -> None:
        """Pause for a while (``0`` = until the end of the current shift)."""
        until = self.shift_end() if minutes == 0 else self._clock.now() + timedelta(
            minutes=minutes)
        if until is None:
            return
        self.state = gate.pause(self.state, until)
        self.pause_changed.emit(until)

    def resume(self) -> None:
        """End a pause now."""
        self.state = gate.pause(self.state, None)
        self.pause_changed.emit(None)
        self._release()

    def paused_until(self) -> datetime | None:
        """When the current pause ends, or ``None``."""
        return self.state.paused_until if self.state.paused(self._clock.now()) else None

    def prompt_closed(self) -> None:
        """Answered or 'not now': the next waiting prompt may show."""
        self.state = gate.closed(self.state)
        self._release()

    def prompt_snoozed(self) -> None:
        """Offer the prompt again in ten minutes."""
        self.state = gate.snooze(self.state, self._clock.now())

    def _release(self) -> None:
        if self.state.paused_until is not None and not self.state.paused(self._clock.now()):
            self.state = gate.pause(self.state, None)
            self.pause_changed.emit(None)
        self.state, shown = gate.release(self.state, self._clock.now(), self._on_call)
        if shown is not None:
            self.prompt_requested.emit(shown)
