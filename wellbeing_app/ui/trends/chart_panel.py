"""A chart with its numbers as a table: 'Show as table' switches, by keyboard too."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# The table's rows, worked out only when the table is first shown.
Rows = Callable[[], Sequence[Sequence[str]]]


class ChartPanel(QWidget):
    """Holds one chart view and a read-only table of the very numbers it draws.

    The table is what a screen reader or a keyboard user reads; the chart alone gives its
    values only on mouse hover. It is built when "Show as table" is first pressed, so the
    trends window's first paint pays for none of the hidden tables.
    """

    def __init__(self, chart: QWidget, title: str, headers: Sequence[str], rows: Rows,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._headers = list(headers)
        self._rows = rows
        self._chart = chart
        self._table: QTableWidget | None = None
        self.toggle = QCheckBox(self.tr("Show as table"))
        self.toggle.setAccessibleName(self.tr("Show “{0}” as a table").format(title))
        self.stack = QStackedWidget()
        self.stack.addWidget(chart)
        self.toggle.toggled.connect(self._on_toggle_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignRight)

    @property
    def table(self) -> QTableWidget:
        """The numbers as a table (built on first use)."""
        if self._table is None:
            self._table = self._build_table(self._headers, self._rows())
            self.stack.addWidget(self._table)
        return self._table

    def _build_table(self, headers: Sequence[str],
                     rows: Sequence[Sequence[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setAccessibleName(self.tr("{0} — table").format(self.title))
        table.setHorizontalHeaderLabels(list(headers))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        return table

    def showing_table(self) -> bool:
        """The table is on show instead of the chart."""
        return self._table is not None and self.stack.currentWidget() is self._table

    def _on_toggle_toggled(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self._chart)
