"""The calm circle that grows on inhale, rests on holds and shrinks on exhale."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_FRACTION = 0.35
CALM = QColor("#2f8f83")


class BreathingShape(QWidget):
    """Paints one soft circle whose size follows ``level`` (0 = empty … 1 = full lungs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setAccessibleName(self.tr("Breathing guide"))

    def sizeHint(self) -> QSize:
        """Room for a comfortable circle."""
        return QSize(260, 260)

    @property
    def level(self) -> float:
        """The size last set, 0 … 1."""
        return self._level

    def set_level(self, level: float) -> None:
        """Resize the circle; repaints only when the change is visible (≥ 1/1000)."""
        level = min(1.0, max(0.0, level))
        if abs(level - self._level) >= 0.001:
            self._level = level
            self.update()

    def radius(self) -> float:
        """Current radius in pixels."""
        full = min(self.width(), self.height()) / 2 - 6
        return full * (MIN_FRACTION + (1 - MIN_FRACTION) * self._level)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A filled circle with a soft edge; no text, the window says the phase."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        center = QPointF(self.width() / 2, self.height() / 2)
        radius = self.radius()
        gradient = QRadialGradient(center, max(radius, 1.0))
        inner = QColor(CALM)
        inner.setAlpha(200)
        outer = QColor(CALM)
        outer.setAlpha(90)
        gradient.setColorAt(0.0, inner)
        gradient.setColorAt(1.0, outer)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(center, radius, radius)
        painter.end()
