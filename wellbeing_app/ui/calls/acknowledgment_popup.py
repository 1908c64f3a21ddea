"""The brief, non-blocking note after saving: a kind word, one tip, and Undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_app.domain.calls.acknowledgment import Acknowledgment
from wellbeing_app.ui.placement import CARD_FLAGS, dress_as_card, place_near

UNDO_SECONDS = 10
VISIBLE_SECONDS = 14
SERIOUS_VISIBLE_SECONDS = 30


class AcknowledgmentPopup(QFrame):
    """A frameless, focus-neutral card near the tray; never takes the keyboard.

    Signals:
        undo_requested(int): remove the call just logged.
        details_requested(int): open the dialog to add details to it.
        exercise_requested(int): the agent took the offered exercise after this call.
    """

    undo_requested = Signal(int)
    details_requested = Signal(int)
    exercise_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, CARD_FLAGS)
        dress_as_card(self, "acknowledgment")
        self.setMaximumWidth(380)
        self._call_id = 0
        self._undo_left = 0
        self._visible_left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._build()

    def _build(self) -> None:
        self.headline = QLabel()
        self.headline.setStyleSheet("font-weight: 600;")
        self.headline.setWordWrap(True)
        self.tip = QLabel()
        self.tip.setWordWrap(True)
        self.supervisor = QLabel()
        self.supervisor.setWordWrap(True)
        self.support = QLabel()
        self.support.setWordWrap(True)
        self.support.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton()
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.details_button = QPushButton(self.tr("Add details…"))
        self.details_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details_button.clicked.connect(self._on_details_button_clicked)
        self.offer_button = QPushButton()
        self.offer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.offer_button.setObjectName("offer")
        self.offer_button.setStyleSheet("#offer { font-weight: 600; }")
        self.offer_button.clicked.connect(self._on_offer_button_clicked)
        self.offer_button.hide()
        close = QPushButton(self.tr("Close"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        for button in (self.undo_button, self.details_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        for label in (self.headline, self.tip, self.supervisor, self.support):
            layout.addWidget(label)
        layout.addWidget(self.offer_button)
        layout.addLayout(buttons)

    def present(self, call_id: int, ack: Acknowledgment, anchor: QPoint | None,
                offer: str = "") -> None:
        """Show the message for a freshly saved call; Undo stays live for 10 s.

        Args:
            call_id: the call just saved.
            ack: what to say.
            anchor: where the tray icon is, if known.
            offer: text of the exercise offer ("Take 60 seconds? …"); empty for none.
        """
        self._call_id = call_id
        self.headline.setText(ack.headline)
        self.tip.setText(ack.tip)
        self.tip.setVisible(bool(ack.tip))
        self.supervisor.setText(ack.supervisor_suggestion)
        self.supervisor.setVisible(bool(ack.supervisor_suggestion))
        self.support.setText(self.tr("Support line: {number}").format(number=ack.support_line)
                             if ack.support_line else "")
        self.support.setVisible(bool(ack.support_line))
        self.details_button.setVisible(True)
        self.offer_button.setText(offer)
        self.offer_button.setVisible(bool(offer))
        self._undo_left = UNDO_SECONDS
        self._visible_left = SERIOUS_VISIBLE_SECONDS if ack.serious else VISIBLE_SECONDS
        self._refresh_undo()
        self.adjustSize()
        place_near(self, anchor)
        self.show()
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
        self._refresh_undo()
        self.adjustSize()

    def dismiss(self) -> None:
        """Hide and stop counting."""
        self._tick.stop()
        self.hide()

    def advance(self, seconds: int = 1) -> None:
        """Count down; the timer calls this once a second, tests call it directly."""
        for _ in range(seconds):
            self._undo_left = max(0, self._undo_left - 1)
            self._visible_left -= 1
        self._refresh_undo()
        if self._visible_left <= 0:
            self.dismiss()

    def _refresh_undo(self) -> None:
        self.undo_button.setEnabled(self._undo_left > 0)
        self.undo_button.setVisible(self._undo_left > 0)
        self.undo_button.setText(self.tr("Undo ({seconds})").format(seconds=self._undo_left))

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
