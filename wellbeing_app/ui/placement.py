"""Put small windows near the tray without covering the softphone."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 12


def place_near(widget: QWidget, anchor: QPoint | None) -> None:
    """Move ``widget`` next to ``anchor`` (the tray icon), else to the bottom-right corner."""
    screen = QGuiApplication.screenAt(anchor) if anchor is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area: QRect = screen.availableGeometry()
    size = widget.sizeHint().expandedTo(widget.size())
    if anchor is None:
        x = area.right() - size.width() - MARGIN
        y = area.bottom() - size.height() - MARGIN
    else:
        x = anchor.x() - size.width() // 2
        below = anchor.y() < area.center().y()
        y = anchor.y() + MARGIN if below else anchor.y() - size.height() - MARGIN
    x = max(area.left() + MARGIN, min(x, area.right() - size.width() - MARGIN))
    y = max(area.top() + MARGIN, min(y, area.bottom() - size.height() - MARGIN))
    widget.move(x, y)
