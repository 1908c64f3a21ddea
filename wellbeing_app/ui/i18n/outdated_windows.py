"""Windows built in the language shown before a live switch: kept while on screen, then dropped."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class OutdatedWindows:
    """What was built before the switch; ``current`` says when to build a window again."""

    def __init__(self) -> None:
        self._waiting: list[QWidget] = []

    def mark(self, *widgets: QWidget | None) -> None:
        """The language changed: these windows are outdated (one on screen stays until hidden)."""
        self._waiting = [widget for widget in widgets if widget is not None]

    def gone(self, widget: QWidget | None) -> bool:
        """True, and ``widget`` deleted, when it is outdated and hidden: the caller forgets it."""
        if widget is None or widget.isVisible() or not any(w is widget for w in self._waiting):
            return False
        self._waiting = [w for w in self._waiting if w is not widget]
        widget.deleteLater()
        return True

    def current(self, widget: W | None) -> W | None:
        """``widget`` as long as it may be shown; ``None`` once ``gone`` (build it again)."""
        return None if self.gone(widget) else widget
