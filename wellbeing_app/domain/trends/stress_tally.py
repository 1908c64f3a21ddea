"""A count and a sum of stress ratings: the unit every trend aggregate is built from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class StressTally:
    """How many ratings and their total; the mean is derived, never stored."""

    count: int = 0
    total: int = 0

    @property
    def mean(self) -> float | None:
        """Mean rating, or ``None`` when nothing was rated (a gap, not a zero)."""
        return self.total / self.count if self.count else None

    def __add__(self, other: StressTally) -> StressTally:
        return StressTally(self.count + other.count, self.total + other.total)


EMPTY_TALLY = StressTally()


def tally(ratings: Iterable[int]) -> StressTally:
    """Tally a list of ratings."""
    values = list(ratings)
    return StressTally(len(values), sum(values))


def combine(tallies: Iterable[StressTally]) -> StressTally:
    """Sum of several tallies."""
    result = EMPTY_TALLY
    for item in tallies:
        result = result + item
    return result
