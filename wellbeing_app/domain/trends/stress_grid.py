"""Mean stress by local hour of day and weekday: the heat map's numbers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wellbeing_app.domain.trends.stress_tally import EMPTY_TALLY, StressTally, combine

HOURS = 24
WEEKDAYS = 7
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class StressGrid:
    """``cells[weekday][hour]``; weekday 0 is Monday, hours are local to the agent."""

    cells: tuple[tuple[StressTally, ...], ...]

    def cell(self, weekday: int, hour: int) -> StressTally:
        """The tally of one weekday × hour cell."""
        return self.cells[weekday][hour]

    def by_hour(self) -> tuple[StressTally, ...]:
        """All weekdays summed, per hour of day."""
        return tuple(combine(row[hour] for row in self.cells) for hour in range(HOURS))

    def by_weekday(self) -> tuple[StressTally, ...]:
        """All hours summed, per weekday."""
        return tuple(combine(row) for row in self.cells)

    @property
    def total(self) -> StressTally:
        """Every call in the grid."""
        return combine(self.by_weekday())


def grid_from_cells(cells: Iterable[tuple[int, int, int, int]]) -> StressGrid:
    """Build from ``(weekday, hour, count, total)`` rows, such as a SQL GROUP BY returns."""
    table = [[EMPTY_TALLY] * HOURS for _ in range(WEEKDAYS)]
    for weekday, hour, count, total in cells:
        if not (0 <= weekday < WEEKDAYS and 0 <= hour < HOURS):
            raise ValueError(f"no such grid cell: weekday {weekday}, hour {hour}")
        table[weekday][hour] = table[weekday][hour] + StressTally(count, total)
    return StressGrid(tuple(tuple(row) for row in table))


EMPTY_GRID = grid_from_cells(())
