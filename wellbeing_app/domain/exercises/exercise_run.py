"""A running exercise: elapsed time net of pauses and skips, as a pure state value."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from wellbeing_app.domain.exercises.exercise_timeline import Position, Timeline


@dataclass(frozen=True)
class ExerciseRun:
    """Where a session is, given ``now``; every change returns a new value.

    Attributes:
        timeline: the steps being run.
        started_at: when the exercise began.
        paused_at: when the current pause began, ``None`` while running.
        paused_seconds: total length of earlier pauses.
        skipped_seconds: time jumped over by skipping groups.
        skipped_units: the groups (or cycles) skipped, in order.
    """

    timeline: Timeline
    started_at: datetime
    paused_at: datetime | None = None
    paused_seconds: float = 0.0
    skipped_seconds: float = 0.0
    skipped_units: tuple[int, ...] = ()

    @classmethod
    def start(cls, timeline: Timeline, now: datetime) -> ExerciseRun:
        """Begin at ``now``."""
        return cls(timeline=timeline, started_at=now)

    @property
    def paused(self) -> bool:
        """True while paused."""
        return self.paused_at is not None

    def elapsed(self, now: datetime) -> float:
        """Exercise seconds done: wall time minus pauses plus skips; never negative."""
        until = self.paused_at or now
        wall = (until - self.started_at).total_seconds() - self.paused_seconds
        return min(max(0.0, wall) + self.skipped_seconds, float(self.timeline.total_seconds))

    def position(self, now: datetime) -> Position:
        """The step running at ``now``."""
        return self.timeline.phase_at(self.elapsed(now))

    def pause(self, now: datetime) -> ExerciseRun:
        """Freeze the clock (a second pause is a no-op)."""
        return self if self.paused else replace(self, paused_at=now)

    def resume(self, now: datetime) -> ExerciseRun:
        """Carry on from where the pause froze it."""
        if self.paused_at is None:
            return self
        pause = max(0.0, (now - self.paused_at).total_seconds())
        return replace(self, paused_at=None, paused_seconds=self.paused_seconds + pause)

    def skip_unit(self, now: datetime) -> ExerciseRun:
        """Jump to the start of the next group (or the end) and remember the one skipped."""
        position = self.position(now)
        if position.step is None:
            return self
        target = self.timeline.next_unit_start(position.elapsed)
        return replace(
            self,
            skipped_seconds=self.skipped_seconds + (target - position.elapsed),
            skipped_units=(*self.skipped_units, position.step.unit),
        )

    def active_seconds(self, now: datetime) -> float:
        """Seconds actually spent exercising (pauses and skipped time excluded)."""
        return max(0.0, self.elapsed(now) - self.skipped_seconds)
