"""Type sizes and state colours taken from the desktop: its font size, palette and contrast.

Widgets never hard-code pixel font sizes or colours; they ask here, so a larger desktop font
or a high-contrast theme reaches every window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

#: Two tones per state: one readable on a light window, one on a dark window.
_ERROR = (QColor(0xB3, 0x26, 0x1E), QColor(0xF2, 0xB8, 0xB5))
_GOOD = (QColor(0x1A, 0x6B, 0x1A), QColor(0xA8, 0xDA, 0xA8))


def high_contrast() -> bool:
    """The desktop asks for high contrast (Qt ≥ 6.10 reads the OS setting)."""
    style_hints = QGuiApplication.styleHints()  # kept: the accessibility hints belong to it
    accessibility = style_hints.accessibility()
    return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """The desktop's font, ``factor`` times its size (never a pixel size)."""
    font = widget.font()
    base = QGuiApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor)
    font.setBold(bold)
    widget.setFont(font)


def _state_colour(widget: QWidget, tones: tuple[QColor, QColor]) -> QColor:
    palette = widget.palette()
    if high_contrast():
        return palette.color(QPalette.ColorRole.WindowText)
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return tones[1] if dark else tones[0]


def _tint(widget: QWidget, colour: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


def mark_error(widget: QWidget, on: bool = True) -> None:
    """Bold, in the palette's error tone (plain text colour in high contrast); ``False`` undoes."""
    if not on:
        widget.setPalette(QPalette())
        scale_font(widget, 1.0)
        return
    _tint(widget, _state_colour(widget, _ERROR))
    scale_font(widget, 1.0, bold=True)


def mark_good(widget: QWidget) -> None:
    """The palette's success tone (plain text colour in high contrast)."""
    _tint(widget, _state_colour(widget, _GOOD))
