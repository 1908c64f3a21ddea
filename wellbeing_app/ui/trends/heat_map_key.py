"""The heat map's colour key, in words: which colour means calm, moderate, tense, no calls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from wellbeing_app.ui.trends.heat_map_widget import stress_color


def _swatch(color: QColor | None, outline: QColor, size: QSize) -> QPixmap:
    pixmap = QPixmap(size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    if color is None:
        painter.setPen(outline)
        painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    else:
        painter.fillRect(0, 0, size.width(), size.height(), color)
    painter.end()
    return pixmap


def key_entries() -> list[tuple[float | None, str]]:
    """Mean stress shown by each swatch (``None``: a slot without calls) and its words."""
    return [(0.0, QCoreApplication.translate("HeatMapKey", "calm (0)")),
            (5.0, QCoreApplication.translate("HeatMapKey", "moderate (5)")),
            (10.0, QCoreApplication.translate("HeatMapKey", "very tense (10)")),
            (None, QCoreApplication.translate("HeatMapKey", "outline only: no calls"))]


class HeatMapKey(QWidget):
    """A row of swatches, each followed by its meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Colour key, mean stress:")))
        height = self.fontMetrics().height()
        outline = self.palette().color(QPalette.ColorRole.Mid)
        self.words: list[str] = []
        for mean, words in key_entries():
            swatch = QLabel()
            swatch.setPixmap(_swatch(None if mean is None else stress_color(mean), outline,
                                     QSize(height * 2, height)))
            swatch.setAccessibleName(words)
            row.addWidget(swatch)
            row.addWidget(QLabel(words))
            self.words.append(words)
        row.addStretch(1)
        self.setAccessibleName(self.tr("Colour key: ") + "; ".join(self.words))
