"""The in-memory reminder job, rebuilt from the settings at start and on every change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, tzinfo

from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.scheduling.driven_scheduler import DrivenScheduler
from wellbeing_app.scheduling.plan_trigger import PlanTrigger
from wellbeing_app.scheduling.timer_port import TimerPort

JOB_ID = "reminders"
#: A laptop asleep for hours still gets its (one, coalesced) run on wake.
MISFIRE_GRACE_SECONDS = 12 * 3600


class ReminderJobs:
    """Owns the scheduler; ``on_due`` is called (in the timer's thread) when reminders fall due."""

    def __init__(self, port: TimerPort, on_due: Callable[[], None]) -> None:
        self.scheduler = DrivenScheduler(port, timezone=UTC)
        self._on_due = on_due

    def start(self, settings: Settings, zone: tzinfo) -> None:
        """Start with the job for these settings."""
        self.rebuild(settings, zone)
        self.scheduler.start()

    def rebuild(self, settings: Settings, zone: tzinfo) -> None:
        """Replace the job (never add a second one)."""
        self.scheduler.add_job(self._on_due, trigger=PlanTrigger(settings, zone), id=JOB_ID,
                               replace_existing=True, coalesce=True, max_instances=1,
                               misfire_grace_time=MISFIRE_GRACE_SECONDS)

    def wakeup(self) -> None:
        """Recompute the wait, e.g. after the machine slept."""
        if self.scheduler.running:
            self.scheduler.wakeup()

    def stop(self) -> None:
        """Shut the scheduler down and disarm its timer."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
