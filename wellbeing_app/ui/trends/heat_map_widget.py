"""A painted weekday × hour grid of mean stress; hover names the cell's exact numbers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wellbeing_app.domain.calls.logged_call import STRESS_MAX
from wellbeing_app.domain.trends.stress_grid import (
    EMPTY_GRID,
    HOURS,
    WEEKDAYS,
    StressGrid,
)
from wellbeing_app.ui.i18n.formats import decimal, hour_text, weekday_name

LABEL_WIDTH = 40
HEADER_HEIGHT = 18
CALM = QColor("#5aa469")
MIDDLE = QColor("#e9c46a")
TENSE = QColor("#d1495b")


def hour_slot(hour: int) -> str:
    """An hour of the day as a slot: 14:00–15:00 (23:00–00:00 at the end of the day)."""
    return f"{hour_text(hour)}–{hour_text(hour + 1)}"


def slot_text(weekday: int, hour: int) -> str:
    """A grid cell in words: Monday 14:00–15:00."""
    return f"{weekday_name(weekday, short=False)} {hour_slot(hour)}"


def stress_color(mean: float) -> QColor:
    """Blend from calm green (0) through amber (5) to red (10), by mean stress."""
    share = max(0.0, min(1.0, mean / STRESS_MAX))
    start, end = (CALM, MIDDLE) if share < 0.5 else (MIDDLE, TENSE)
    part = share * 2 if share < 0.5 else share * 2 - 1
    return QColor.fromRgbF(
        start.redF() + (end.redF() - start.redF()) * part,
        start.greenF() + (end.greenF() - start.greenF()) * part,
        start.blueF() + (end.blueF() - start.blueF()) * part)


class HeatMapWidget(QWidget):
    """Shows a ``StressGrid`` it is given; it never reads the database itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = EMPTY_GRID
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(LABEL_WIDTH + HOURS * 14, HEADER_HEIGHT + WEEKDAYS * 16))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Stress by hour and weekday"))

    def set_grid(self, grid: StressGrid) -> None:
        """Show new numbers."""
        self._grid = grid
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """A sentence for screen readers: how many cells have entries."""
        filled = sum(1 for row in self._grid.cells for cell in row if cell.count)
        return self.tr("{filled} of {total} hour slots have entries.").format(
            filled=filled, total=WEEKDAYS * HOURS)

    def sizeHint(self) -> QSize:
        """Room for 24 readable columns."""
        return QSize(LABEL_WIDTH + HOURS * 26, HEADER_HEIGHT + WEEKDAYS * 24)

    def cell_rect(self, weekday: int, hour: int) -> QRect:
        """Where a cell is painted."""
        width = (self.width() - LABEL_WIDTH) / HOURS
        height = (self.height() - HEADER_HEIGHT) / WEEKDAYS
        return QRect(int(LABEL_WIDTH + hour * width), int(HEADER_HEIGHT + weekday * height),
                     max(1, int(width) - 1), max(1, int(height) - 1))

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """The (weekday, hour) under a point, if any."""
        if point.x() < LABEL_WIDTH or point.y() < HEADER_HEIGHT:
            return None
        hour = int((point.x() - LABEL_WIDTH) / ((self.width() - LABEL_WIDTH) / HOURS))
        weekday = int((point.y() - HEADER_HEIGHT) / ((self.height() - HEADER_HEIGHT) / WEEKDAYS))
        return (weekday, hour) if weekday < WEEKDAYS and hour < HOURS else None

    def cell_text(self, weekday: int, hour: int) -> str:
        """The exact numbers of a cell, as the hover tip says them."""
        cell = self._grid.cell(weekday, hour)
        when = slot_text(weekday, hour)
        if not cell.count:
            return self.tr("{when}: no entries").format(when=when)
        return self.tr("{when}: mean stress {mean} over %n call(s)", "", cell.count).format(
            when=when, mean=decimal(cell.mean or 0))

    def cell_color(self, weekday: int, hour: int) -> QColor | None:
        """A cell's fill by its mean stress; ``None`` leaves an empty cell blank."""
        mean = self._grid.cell(weekday, hour).mean
        return None if mean is None else stress_color(mean)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Labels, then one rectangle per cell; empty cells stay blank (a gap, not a zero)."""
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        for hour in range(0, HOURS, 3):
            rect = self.cell_rect(0, hour)
            painter.drawText(QRect(rect.x(), 0, rect.width() * 3, HEADER_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{hour:02d}")
        for weekday in range(WEEKDAYS):
            rect = self.cell_rect(weekday, 0)
            painter.setPen(text)
            painter.drawText(QRect(0, rect.y(), LABEL_WIDTH - 4, rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             weekday_name(weekday))
            for hour in range(HOURS):
                color = self.cell_color(weekday, hour)
                cell_rect = self.cell_rect(weekday, hour)
                if color is None:
                    painter.setPen(palette.color(QPalette.ColorRole.Midlight))
                    painter.drawRect(cell_rect.adjusted(0, 0, -1, -1))
                else:
                    painter.fillRect(cell_rect, color)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Show the hovered cell's numbers."""
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.cell_text(*cell), self)
        super().mouseMoveEvent(event)
