"""The brief, non-blocking note after saving: a kind word, one tip, and Undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_app.domain.calls.acknowledgment import Acknowledgment
from wellbeing_app.ui.cards.notice_card import NoticeCard
from wellbeing_app.ui.theme import scale_font

UNDO_SECONDS = 10
VISIBLE_SECONDS = 14
SERIOUS_VISIBLE_SECONDS = 30


class AcknowledgmentPopup(NoticeCard):
    """A frameless card near the tray; takes the keyboard only when brought forward.

    Signals:
        undo_requested(int): remove the call just logged.
        details_requested(int): open the dialog to add details to it.
        exercise_requested(int): the agent took the offered exercise after this call.
    """

    undo_requested = Signal(int)
    details_requested = Signal(int)
    exercise_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("acknowledgment", parent)
        self.setWindowTitle(self.tr("Logged"))
        self.setMaximumWidth(380)
        self._call_id = 0
        self._undo_left = 0
        self._visible_left = 0
        self._serious = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._build()

    def _build(self) -> None:
        self.headline = self.headline_label()
        self.tip = QLabel()
        self.tip.setWordWrap(True)
        self.supervisor = QLabel()
        self.supervisor.setWordWrap(True)
        self.support = QLabel()
        self.support.setWordWrap(True)
        self.support.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.details_button = QPushButton(self.tr("Add &details…"))
        self.details_button.clicked.connect(self._on_details_button_clicked)
        self.offer_button = QPushButton()
        self.offer_button.setObjectName("offer")
        scale_font(self.offer_button, 1.0, bold=True)
        self.offer_button.clicked.connect(self._on_offer_button_clicked)
        self.offer_button.hide()
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        for button in (self.undo_button, self.details_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self.body)
        for label in (self.headline, self.tip, self.supervisor, self.support):
            layout.addWidget(label)
        layout.addWidget(self.offer_button)
        layout.addLayout(buttons)

    def present(self, call_id: int, ack: Acknowledgment, anchor: QPoint | None,
                offer: str = "", details: bool = True) -> None:
        """Show the message for a freshly saved call; Undo stays live for 10 s.

        Args:
            call_id: the call just saved.
            ack: what to say.
            anchor: where the tray icon is, if known.
            offer: text of the exercise offer ("Take 60 seconds? …"); empty for none.
            details: offer "Add details…" (a rating-only log); not after a detailed one.
        """
        self._call_id = call_id
        # A serious call's words come from the content; the plain receipt is worded here.
        self.headline.setText(ack.headline if ack.serious
                              else self.tr("Logged · stress {0}/10").format(ack.stress))
        self.tip.setText(ack.tip)
        self.tip.setVisible(bool(ack.tip))
        self.supervisor.setText(ack.supervisor_suggestion)
        self.supervisor.setVisible(bool(ack.supervisor_suggestion))
        self.support.setText(self.tr("Support line: {0}").format(ack.support_line)
                             if ack.support_line else "")
        self.support.setVisible(bool(ack.support_line))
        self.details_button.setVisible(details)
        self.offer_button.setText(f"&{offer}" if offer else "")
        self.offer_button.setAccessibleName(offer)
        self.offer_button.setVisible(bool(offer))
        self._undo_left = UNDO_SECONDS
        self._serious = ack.serious
        self._visible_left = SERIOUS_VISIBLE_SECONDS if ack.serious else VISIBLE_SECONDS
        self._refresh_undo()
        self.show_card(anchor)
        self._tick.start()

    def show_undone(self) -> None:
        """Confirm the undo, then fade out shortly."""
        self.headline.setText(self.tr("Removed. Nothing was kept."))
        for label in (self.tip, self.supervisor, self.support):
            label.hide()
        self.details_button.hide()
        self.offer_button.hide()
        self._undo_left = 0
        self._visible_left = 2
        self.recallable = False
        self._refresh_undo()
        self.adjustSize()
        self.announce(self.headline.text())
        if self.holds_attention():
            self.close_button.setFocus()

    @property
    def call_id(self) -> int:
        """The call this card is about."""
        return self._call_id

    def can_undo(self) -> bool:
        """Undo is still offered for ``call_id``."""
        return self._undo_left > 0

    def dismiss(self) -> None:
        """Hide and stop counting."""
        self._tick.stop()
        super().dismiss()

    def on_recalled(self) -> None:
        """Shown again by 'Last notice…': stay as long as a fresh card would."""
        self._visible_left = SERIOUS_VISIBLE_SECONDS if self._serious else VISIBLE_SECONDS
        self._tick.start()

    def advance(self, seconds: int = 1) -> None:
        """Count down; the timer calls this once a second, tests call it directly.

        While the agent is on the card with the keyboard, nothing counts down.
        """
        if self.holds_attention():
            return
        for _ in range(seconds):
            self._undo_left = max(0, self._undo_left - 1)
            self._visible_left -= 1
        self._refresh_undo()
        if self._visible_left <= 0:
            self._tick.stop()
            self.hide()

    def _refresh_undo(self) -> None:
        self.undo_button.setEnabled(self._undo_left > 0)
        self.undo_button.setVisible(self._undo_left > 0)
        self.undo_button.setText(self.tr("&Undo ({0})").format(self._undo_left))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.setAccessibleDescription(
            self.tr("Removes the call just logged; {0} seconds left").format(self._undo_left))

    def _on_tick_timeout(self) -> None:
        self.advance(1)

    def _on_undo_button_clicked(self) -> None:
        if self._undo_left > 0:
            self.undo_requested.emit(self._call_id)

    def _on_offer_button_clicked(self) -> None:
        self.dismiss()
        self.exercise_requested.emit(self._call_id)

    def _on_details_button_clicked(self) -> None:
        self.dismiss()
        self.details_requested.emit(self._call_id)

    def hideEvent(self, event: QHideEvent) -> None:
        """No timer keeps running for a hidden card."""
        self._tick.stop()
        super().hideEvent(event)
