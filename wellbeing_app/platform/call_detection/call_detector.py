"""The small interface every call-detection provider implements."""

from __future__ import annotations

from typing import Protocol

from wellbeing_app.domain.reminders.call_state import CallVerdict


class CallDetector(Protocol):
    """Answers 'is the agent on a call right now?' cheaply (a poll of at most a few ms)."""

    name: str

    def detect(self) -> CallVerdict:
        """Look once and return the verdict."""
        ...
