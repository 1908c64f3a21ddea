"""Plain-Python aggregates over whole records: the oracles the SQL in ``TrendQueries`` must match.

Production never loads every call or session to aggregate them; the store sums in SQL. These
straightforward versions exist only so tests can check those sums on random histories.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from wellbeing_app.domain.calls.logged_call import LoggedCall
from wellbeing_app.domain.exercises.exercise_effect import ExerciseEffect, effects_from_sums
from wellbeing_app.domain.trends.stress_grid import StressGrid, grid_from_cells
from wellbeing_app.domain.trends.stress_tally import StressTally


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


def day_tallies(calls: Iterable[LoggedCall]) -> dict[date, StressTally]:
    """Tally calls by the local date stored with them (right across DST and travel)."""
    counts: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for call in calls:
        bucket = counts[call.local_date]
        bucket[0] += 1
        bucket[1] += call.stress
    return {day: StressTally(c, t) for day, (c, t) in counts.items()}


def category_counts(calls: Iterable[LoggedCall]) -> tuple[tuple[str, int], ...]:
    """How often each category was chosen, most frequent first (ties by id)."""
    counter: Counter[str] = Counter()
    for call in calls:
        counter.update(call.categories)
    return tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def grid_from_calls(calls: Iterable[LoggedCall]) -> StressGrid:
    """Bucket calls by local weekday (from the stored local date) and local hour."""
    return grid_from_cells(
        (call.local_date.weekday(), call.at_local.hour, 1, call.stress) for call in calls
    )
