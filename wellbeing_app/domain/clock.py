"""Injected time, so rules and timelines are tested without waiting."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current, timezone-aware local time."""

    def now(self) -> datetime:
        """Return the current time with its UTC offset."""
        ...


class SystemClock:
    """The real wall clock in the machine's local timezone."""

    def now(self) -> datetime:
        """Return the local time, aware of its UTC offset."""
        return datetime.now().astimezone()


class ManualClock:
    """A clock that only moves when told to; used by tests and benchmarks."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start

    def now(self) -> datetime:
        """Return the pinned time."""
        return self._now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self._now += timedelta(seconds=seconds)

    def set(self, moment: datetime) -> None:
        """Jump to an exact moment (may go backwards, like a changed system clock)."""
        self._now = moment
