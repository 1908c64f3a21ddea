"""Calls handled by hour and weekday, painted beside the stress heat map."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from wellbeing_app.domain.trends.stress_grid import HOURS, WEEKDAYS, StressGrid
from wellbeing_app.ui.i18n.formats import hour_text, weekday_name
from wellbeing_app.ui.trends.heat_map_widget import HeatMapWidget, slot_text

# The faintest filled cell stays visible against the window colour.
MIN_ALPHA = 0.15


class CallsHeatMap(HeatMapWidget):
    """The same grid widget, coloured by how many calls were handled (the desktop's accent)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._busiest = 0
        super().__init__(parent)
        self.setAccessibleName(self.tr("Calls handled by hour and weekday"))

    def set_grid(self, grid: StressGrid) -> None:
        """Show new numbers; the busiest slot sets the colour scale."""
        self._busiest = max(c.count for row in grid.cells for c in row)
        super().set_grid(grid)

    def summary(self) -> str:
        """A sentence for screen readers: the busiest slot and how many have calls."""
        cells = [(c.count, w, h) for w, row in enumerate(self._grid.cells)
                 for h, c in enumerate(row) if c.count]
        if not cells:
            return self.tr("No calls handled in this range.")
        count, weekday, hour = max(cells)
        return self.tr("{filled} of {total} hour slots have calls; the busiest is {weekday} "
                       "{hour} with %n call(s).", "", count).format(
            filled=len(cells), total=WEEKDAYS * HOURS, weekday=weekday_name(weekday),
            hour=hour_text(hour))

    def cell_text(self, weekday: int, hour: int) -> str:
        """The cell's count, as the hover tip says it."""
        count = self._grid.cell(weekday, hour).count
        when = slot_text(weekday, hour)
        if not count:
            return self.tr("{when}: no calls").format(when=when)
        return self.tr("{when}: %n call(s) handled", "", count).format(when=when)

    def cell_color(self, weekday: int, hour: int) -> QColor | None:
        """Deeper accent for busier hours; empty hours stay blank."""
        count = self._grid.cell(weekday, hour).count
        if not count:
            return None
        color = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        color.setAlphaF(MIN_ALPHA + (1 - MIN_ALPHA) * count / self._busiest)
        return color
