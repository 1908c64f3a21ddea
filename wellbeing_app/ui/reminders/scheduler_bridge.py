"""Qt side of scheduling: one timer drives APScheduler, one watchdog notices sleep and resume."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.scheduling.reminder_jobs import ReminderJobs

WATCHDOG_MS = 60_000
#: Wall time running ahead of monotonic time by more than this means the machine slept.
JUMP_SECONDS = 60.0
MAX_TIMER_MS = 2_147_483_647


class SchedulerBridge(QObject):
    """Jobs only emit ``reminders_due`` here, on the GUI thread; no timer is ever leaked.

    Signals:
        reminders_due(): the reminder job ran.
        watchdog_ticked(bool): once a minute; ``True`` when the wall clock jumped (sleep, resume,
            clock change).
    """

    reminders_due = Signal()
    watchdog_ticked = Signal(bool)

    def __init__(self, clock: Clock, monotonic: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._monotonic = monotonic
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(WATCHDOG_MS)
        # Precise, not coarse (±5 %): the call-span heartbeat rides on this tick and promises
        # at most one minute lost after a crash. Still one wake-up a minute.
        self._watchdog.setTimerType(Qt.TimerType.PreciseTimer)
        self._watchdog.timeout.connect(self.check_clock)
        self._last: tuple[datetime, float] = (clock.now(), monotonic())
        self.jobs = ReminderJobs(self, self.reminders_due.emit)

    def arm(self, seconds: float | None) -> None:
        """``TimerPort``: re-arm the one timer (a new wait replaces the old)."""
        if seconds is None:
            self._timer.stop()
            return
        self._timer.start(max(0, min(int(seconds * 1000), MAX_TIMER_MS)))

    def start(self, settings: Settings, zone: tzinfo) -> None:
        """Start the scheduler and the watchdog."""
        self._last = (self._clock.now(), self._monotonic())
        self.jobs.start(settings, zone)
        self._watchdog.start()

    def rebuild(self, settings: Settings, zone: tzinfo) -> None:
        """Settings changed: replace the job."""
        self.jobs.rebuild(settings, zone)

    def stop(self) -> None:
        """Stop everything; no timer keeps running."""
        self.jobs.stop()
        self._timer.stop()
        self._watchdog.stop()

    def active_timers(self) -> int:
        """How many of this bridge's timers are armed (tests and benchmarks)."""
        return sum(t.isActive() for t in self.findChildren(QTimer))

    def check_clock(self) -> None:
        """Watchdog: detect a wall-clock jump, then let listeners catch up."""
        wall, mono = self._clock.now(), self._monotonic()
        last_wall, last_mono = self._last
        self._last = (wall, mono)
        jumped = abs((wall - last_wall).total_seconds() - (mono - last_mono)) > JUMP_SECONDS
        if jumped:
            self.jobs.wakeup()
        self.watchdog_ticked.emit(jumped)

    def _on_timer_timeout(self) -> None:
        self.jobs.scheduler.fire()
