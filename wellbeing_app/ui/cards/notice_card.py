"""A card near the tray that never takes the keyboard by itself, yet is reachable by keyboard.

Shown without activation and announced politely to screen readers; ``bring_forward`` (the
``wellbeing notice`` command, the tray's **Last notice…**) gives it focus on request.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.ui.placement import CARD_FLAGS, place_near
from wellbeing_app.ui.theme import scale_font


class NoticeCard(QDialog):
    """Base of every card. A dialog (exposed to assistive technology as one), frameless.

    Subclasses put their widgets in ``self.body`` and call ``show_card`` instead of ``show``.
    ``dismiss`` is the agent closing it; a card that only timed out stays recallable.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, CARD_FLAGS)
        self.setObjectName(name)
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.body = QFrame(self)
        self.body.setObjectName(f"{name}Body")
        self.body.setFrameShape(QFrame.Shape.StyledPanel)
        self.body.setStyleSheet(f"#{name}Body {{ border: 1px solid palette(highlight);"
                                " border-radius: 8px; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body)
        self.presented_at = 0
        self.recallable = False

    @staticmethod
    def headline_label() -> QLabel:
        """The card's first line: the desktop's font in bold, wrapped."""
        label = QLabel()
        scale_font(label, 1.0, bold=True)
        label.setWordWrap(True)
        return label

    # --- showing ----------------------------------------------------------------------------
    def show_card(self, anchor: QPoint | None) -> None:
        """Show near ``anchor`` without taking focus, and announce the text politely."""
        self._set_focus_neutral(True)
        self.adjustSize()
        # adjustSize() does not ask wrapped labels how tall they get at the chosen width; a
        # longer translation would be cut off at the bottom, so grow to what the width needs.
        outer = self.layout()
        if outer is not None and outer.hasHeightForWidth():
            self.resize(self.width(), max(self.height(), outer.totalHeightForWidth(self.width())))
        place_near(self, anchor)
        self.show()
        self.presented_at = time.monotonic_ns()
        self.recallable = True
        self.announce()

    def announce(self, text: str = "") -> None:
        """Say ``text`` (default: the card's visible words) without moving focus."""
        message = text or self.spoken_text()
        if not message or not QAccessible.isActive():
            return
        event = QAccessibleAnnouncementEvent(self, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    def spoken_text(self) -> str:
        """The visible labels, top to bottom: what a sighted agent reads on the card."""
        words = [label.text() for label in self.body.findChildren(QLabel)
                 if label.isVisibleTo(self) and label.text()]
        return " ".join(words)

    def bring_forward(self) -> None:
        """Show it again if needed, activate it and focus its first button."""
        if not self.isVisible():
            self.on_recalled()
        self._set_focus_neutral(False)
        self.show()
        self.raise_()
        self.activateWindow()
        button = self.first_button()
        if button is not None:
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_recalled(self) -> None:
        """A timed-out card is shown again (subclasses restart what it needs)."""

    def first_button(self) -> QAbstractButton | None:
        """The first visible, enabled button in tab order."""
        for button in self.body.findChildren(QAbstractButton):
            if button.isVisibleTo(self) and button.isEnabled():
                return button
        return None

    def holds_attention(self) -> bool:
        """The agent is on this card with the keyboard: timers wait."""
        return self.isActiveWindow()

    def dismiss(self) -> None:
        """The agent closed it: hide and never recall it."""
        self.recallable = False
        self.hide()

    def reject(self) -> None:
        """Esc closes the card like its Close button."""
        self.dismiss()

    def _set_focus_neutral(self, neutral: bool) -> None:
        if bool(self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus) != neutral:
            self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, neutral)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, neutral)

    @staticmethod
    def newest() -> NoticeCard | None:
        """The card presented last that the agent has not closed (shown or timed out)."""
        cards = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, NoticeCard) and w.recallable]
        return max(cards, key=lambda card: card.presented_at, default=None)
