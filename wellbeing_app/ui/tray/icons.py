"""The tray and window icon, from the shipped SVG."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from wellbeing_app.platform.resources import resource_path


def app_icon() -> QIcon:
    """The Between Calls icon; Qt's SVG icon engine renders each size crisply on demand."""
    return QIcon(str(resource_path("icon.svg")))


PAUSED_BADGE_SIZES = (16, 22, 24, 32, 48, 64)


def paused_icon(base: QIcon) -> QIcon:
    """The app icon with a pause badge (two bars) in the lower-right corner."""
    # Imported here: touching QPainter at import time costs ~14 ms before the icon shows.
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPainter

    icon = QIcon()
    for size in PAUSED_BADGE_SIZES:
        pixmap = base.pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = size * 0.5
        left, top = size - side, size - side
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#3c4043"))
        painter.drawEllipse(QRectF(left, top, side, side))
        painter.setBrush(QColor("#ffffff"))
        bar_w, bar_h = side * 0.16, side * 0.5
        for offset in (0.3, 0.54):
            painter.drawRect(QRectF(left + side * offset, top + side * 0.25, bar_w, bar_h))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
