"""'Tough one? Log it': a small note near the tray for 8 seconds after a call ends."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from wellbeing_app.ui.placement import CARD_FLAGS, dress_as_card, place_near

VISIBLE_MS = 8000


class AfterCallNote(QFrame):
    """Focus-neutral; one click opens the log dialog; fades after 8 s.

    Signals:
        log_requested(): open the log dialog.
    """

    log_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, CARD_FLAGS)
        dress_as_card(self, "afterCallNote")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VISIBLE_MS)
        self._timer.timeout.connect(self.hide)
        self.log_button = QPushButton()
        self.log_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.close_button = QPushButton("×")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.hide)
        self.ended = QLabel()
        layout = QHBoxLayout(self)
        layout.addWidget(self.ended)
        layout.addWidget(self.log_button)
        layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Words in the shown language (set again on every showing)."""
        self.log_button.setText(self.tr("Tough one? Log it"))
        self.close_button.setToolTip(self.tr("Close"))
        self.ended.setText(self.tr("Call ended."))

    def present(self, anchor: QPoint | None) -> None:
        """Show for 8 seconds without taking focus."""
        self.retranslate()
        self.adjustSize()
        place_near(self, anchor)
        self.show()
        self._timer.start()

    def _on_log_button_clicked(self) -> None:
        self.hide()
        self.log_requested.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        """No timer outlives the note."""
        self._timer.stop()
        super().hideEvent(event)
