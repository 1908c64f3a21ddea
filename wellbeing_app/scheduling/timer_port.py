"""The one thing the scheduler needs from a GUI toolkit: a single re-armable timer."""

from __future__ import annotations

from typing import Protocol


class TimerPort(Protocol):
    """A single timer; arming it again replaces the previous wait (so nothing leaks)."""

    def arm(self, seconds: float | None) -> None:
        """Fire once after ``seconds`` (``None`` disarms)."""
        ...
