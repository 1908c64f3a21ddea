"""Tab captions that keep their accents: "Über" must never show as "Uber".

Qt draws a tab's caption clipped to a text box only as high as the font; Fusion moves the tabs
that are not selected down by two pixels, so at common desktop sizes (DejaVu Sans 9 pt) the dots
of "Ü" and the tails of "g" were cut off — German "Übungen" and "Über", French "À propos".
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QTabWidget


class UnclippedCaptions(QProxyStyle):
    """The desktop's own style, drawing item text whole even where its box is a pixel short."""

    def drawItemText(self, painter: QPainter, rect: QRect, flags: int,
                     palette: QPalette | Qt.GlobalColor | QColor, enabled: bool, text: str,
                     textRole: QPalette.ColorRole = QPalette.ColorRole.NoRole) -> None:  # noqa: N803
        """Qt's drawing, told not to clip: a caption may reach a pixel past its box."""
        super().drawItemText(painter, rect, flags | Qt.TextFlag.TextDontClip, palette, enabled,
                             text, textRole)


def keep_caption_accents(tabs: QTabWidget) -> None:
    """Give ``tabs``' bar the unclipped style (kept alive by the bar; the palette is untouched)."""
    style = UnclippedCaptions(QApplication.style().name())
    style.setParent(tabs.tabBar())
    tabs.tabBar().setStyle(style)
