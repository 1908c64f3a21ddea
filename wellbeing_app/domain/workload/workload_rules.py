"""The thresholds that turn spans into calls, gaps and runs (from the settings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from wellbeing_app.domain.settings.declaration import Settings

#: A gap longer than this is time off (overnight, between shifts), not a gap between calls.
OFF_DUTY = timedelta(hours=4)


@dataclass(frozen=True)
class WorkloadRules:
    """Thresholds; defaults are the issue's: 20 s, 30 s, 3 minutes, 8 calls, 90 minutes."""

    short_span: timedelta = timedelta(seconds=20)
    back_to_back: timedelta = timedelta(seconds=30)
    recovery_gap: timedelta = timedelta(minutes=3)
    reset_calls: int = 8
    reset_minutes: int = 90

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkloadRules:
        """The rules the agent's (or the policy's) settings ask for."""
        return cls(short_span=timedelta(seconds=settings.short_span_seconds),
                   back_to_back=timedelta(seconds=settings.back_to_back_seconds),
                   recovery_gap=timedelta(seconds=settings.recovery_gap_seconds),
                   reset_calls=settings.run_reset_calls,
                   reset_minutes=settings.run_reset_minutes)
