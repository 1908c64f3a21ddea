"""Small readers for Qt widgets whose accessors may return ``None``."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The text of a table cell that must exist (a missing item fails the test here)."""
    item = table.item(row, column)
    assert item is not None, f"no item at row {row}, column {column}"
    return item.text()
