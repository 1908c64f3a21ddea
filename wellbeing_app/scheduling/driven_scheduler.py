"""An APScheduler 3.x scheduler driven by one injected timer, running jobs in the caller's thread.

WORKAROUND: APScheduler 3.11's ``QtScheduler`` arms ``QTimer.singleShot`` and keeps its ``None``
return value, so it can never cancel a wait: every job change leaks one more timer loop. Its
default executor also runs jobs on a worker thread. Here one re-armable timer (``TimerPort``) and
the ``DebugExecutor`` (jobs run where the timer fires: the GUI thread) avoid both traps.
"""

from __future__ import annotations

from typing import Any

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler

from wellbeing_app.scheduling.timer_port import TimerPort


class DrivenScheduler(BaseScheduler):  # type: ignore[misc]
    """``BaseScheduler`` whose wake-ups all go through one ``TimerPort``."""

    def __init__(self, port: TimerPort, **options: Any) -> None:
        super().__init__(**options)
        self._port = port
        self.wakeups_armed = 0

    def shutdown(self, wait: bool = True) -> None:
        """Stop and disarm the timer."""
        super().shutdown(wait)
        self._port.arm(None)

    def wakeup(self) -> None:
        """Re-check jobs as soon as the event loop allows."""
        self._arm(0.0)

    def fire(self) -> None:
        """The timer expired: run due jobs, then arm for the next one."""
        wait_seconds = self._process_jobs()
        self._arm(wait_seconds)

    def _arm(self, seconds: float | None) -> None:
        if seconds is not None:
            self.wakeups_armed += 1
        self._port.arm(seconds)

    def _create_default_executor(self) -> DebugExecutor:
        return DebugExecutor()
