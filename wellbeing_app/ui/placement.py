"""Put small windows near the tray without covering the softphone, or each other."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

MARGIN = 12
GAP = 8
TITLE_BAR = 40  # room for the window manager's title bar and frame
#: A card near the tray: no taskbar entry, no frame, on top, and never takes the keyboard.
CARD_FLAGS = (Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
              | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus)



def _visible_cards(widget: QWidget) -> list[QRect]:
    """Other frameless cards already on screen (acknowledgment, reminder prompts, notes)."""
    flags = Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
    return [other.frameGeometry() for other in QApplication.topLevelWidgets()
            if other is not widget and other.isVisible()
            and (other.windowFlags() & flags) == flags]


def _first_free_y(x: int, y: int, size: QSize, taken: list[QRect], downward: bool) -> int:
    """Step past any card the new one would cover, away from the tray edge."""
    for _ in range(len(taken)):
        rect = QRect(QPoint(x, y), size)
        hit = next((r for r in taken if r.intersects(rect)), None)
        if hit is None:
            break
        y = hit.bottom() + GAP if downward else hit.top() - size.height() - GAP
    return y


def place_near(widget: QWidget, anchor: QPoint | None) -> None:
    """Move ``widget`` next to ``anchor`` (the tray icon), else to the bottom-right corner."""
    screen = QGuiApplication.screenAt(anchor) if anchor is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area: QRect = screen.availableGeometry()
    size = widget.sizeHint().expandedTo(widget.size())
    downward = anchor is not None and anchor.y() < area.center().y()
    if anchor is None:
        x = area.right() - size.width() - MARGIN
        y = area.bottom() - size.height() - MARGIN
    else:
        x = anchor.x() - size.width() // 2
        y = anchor.y() + MARGIN if downward else anchor.y() - size.height() - MARGIN
        if downward and not widget.windowFlags() & Qt.WindowType.FramelessWindowHint:
            # A window first shown is placed by its inside: its title bar went above ``y``,
            # over the tray icon (the log dialog covered it under a top panel).
            y += TITLE_BAR
    x = max(area.left() + MARGIN, min(x, area.right() - size.width() - MARGIN))
    y = _first_free_y(x, y, size, _visible_cards(widget), downward)
    y = max(area.top() + MARGIN, min(y, area.bottom() - size.height() - MARGIN))
    widget.move(x, y)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, smaller when the screen has less room.

    A 1366 × 768 laptop must still show the bottom row of buttons of a large window.
    """
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area: QRect = screen.availableGeometry()
        width = min(width, area.width() - 2 * MARGIN)
        height = min(height, area.height() - 2 * MARGIN - TITLE_BAR)
    widget.resize(width, height)


def grow_to_content(window: QWidget) -> None:
    """Make a window with wrapped text as high as its text needs, within the screen.

    Qt opens a window at most two thirds of the screen high, so on a 768- or 800-pixel screen
    a long translation's wrapped lines were squeezed and cut off.
    """
    needed = (window.heightForWidth(window.width()) if window.hasHeightForWidth()
              else window.sizeHint().height())
    if needed > window.height():
        fit_to_screen(window, window.width(), needed)
