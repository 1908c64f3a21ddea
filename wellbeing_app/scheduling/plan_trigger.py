"""An APScheduler trigger that fires at exactly the times the domain reminder plan lists."""

from __future__ import annotations

from datetime import datetime, tzinfo

from apscheduler.triggers.base import BaseTrigger

from wellbeing_app.domain.reminders.reminder_plan import next_after
from wellbeing_app.domain.settings.declaration import Settings


class PlanTrigger(BaseTrigger):  # type: ignore[misc]
    """Next fire time = the next planned reminder (UTC steps: DST neither skips nor doubles)."""

    def __init__(self, settings: Settings, zone: tzinfo) -> None:
        self._settings = settings
        self._zone = zone

    def get_next_fire_time(self, previous_fire_time: datetime | None,
                           now: datetime) -> datetime | None:
        """The first planned reminder after the previous fire time (or after ``now``)."""
        after = previous_fire_time if previous_fire_time is not None else now
        upcoming = next_after(self._settings, after, self._zone)
        return upcoming.at if upcoming is not None else None

    def __str__(self) -> str:
        return "reminder plan"
