"""Mean stress before and after each exercise, from the agent's own ratings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wellbeing_app.domain.trends.stress_tally import StressTally


@dataclass(frozen=True)
class ExerciseEffect:
    """Before and after tallies of one exercise over the sessions rated both times."""

    exercise_id: str
    before: StressTally
    after: StressTally

    @property
    def sessions(self) -> int:
        """Sessions with both ratings."""
        return self.before.count

    @property
    def change(self) -> float:
        """Mean after minus mean before; negative means the rating went down."""
        return (self.after.total - self.before.total) / self.sessions


def effects_from_sums(rows: Iterable[tuple[str, int, int, int]]) -> tuple[ExerciseEffect, ...]:
    """Build from ``(exercise_id, sessions, sum_before, sum_after)``; biggest drop first."""
    effects = [
        ExerciseEffect(exercise_id, StressTally(n, before), StressTally(n, after))
        for exercise_id, n, before, after in rows
        if n > 0
    ]
    return tuple(sorted(effects, key=lambda e: (e.change, e.exercise_id)))


def exercise_label(exercise_id: str) -> str:
    """A readable name when no catalog label is at hand: ``cyclic_sigh`` → ``Cyclic sigh``."""
    text = exercise_id.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:] if text else "Exercise"
