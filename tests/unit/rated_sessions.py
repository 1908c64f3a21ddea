"""Per-session records grouped in Python: the oracle the SQL sums in ``TrendQueries`` must match."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from wellbeing_app.domain.exercises.exercise_effect import ExerciseEffect, effects_from_sums


@dataclass(frozen=True)
class RatedSession:
    """One finished session with both ratings."""

    exercise_id: str
    stress_before: int
    stress_after: int


def exercise_effects(records: Iterable[RatedSession]) -> tuple[ExerciseEffect, ...]:
    """Group plain records by exercise; biggest drop first."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for record in records:
        row = sums[record.exercise_id]
        row[0] += 1
        row[1] += record.stress_before
        row[2] += record.stress_after
    return effects_from_sums((key, n, b, a) for key, (n, b, a) in sums.items())
