"""A call detector the test switches by hand, implementing the providers' ``CallDetector``."""

from __future__ import annotations

from wellbeing_app.domain.reminders.call_state import CallVerdict


class FakeDetector:
    """On a call while ``on_call`` is True; ``name`` is the provider name the app records."""

    def __init__(self, name: str = "fake microphone") -> None:
        self.name = name
        self.on_call = False

    def detect(self) -> CallVerdict:
        """The verdict the test set."""
        return CallVerdict(self.on_call, self.name, "fake")
