"""When to write last week's team summary without being asked (once opted in)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from wellbeing_app.domain.iso_week import IsoWeek


def week_due_for_auto_share(now: datetime, *, enabled: bool, opted_in: bool,
                            opted_in_at: datetime | None,
                            shared_weeks: Collection[str]) -> IsoWeek | None:
    """Last ISO week, if it ended after the agent opted in and was not shared yet.

    A week that was already under way when the agent opted in is never shared on its own: the
    agent's first automatic share is a week that began after they saw the preview and said yes.
    """
    if not (enabled and opted_in) or opted_in_at is None:
        return None
    this_week = IsoWeek.containing(now.date())
    last_week = this_week.previous()
    if opted_in_at.date() >= last_week.monday:
        return None
    return None if str(last_week) in shared_weeks else last_week
