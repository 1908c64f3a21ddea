"""'Tough one? Log it': a small note near the tray for 8 seconds after a call ends."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wellbeing_app.ui.cards.notice_card import NoticeCard

VISIBLE_MS = 8000


class AfterCallNote(NoticeCard):
    """Focus-neutral; one click (or Alt+L once brought forward) opens the log dialog; fades.

    Signals:
        log_requested(): open the log dialog.
    """

    log_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("afterCallNote", parent)
        self.setWindowTitle(self.tr("Call ended"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VISIBLE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.log_button = QPushButton(self.tr("Tough one? &Log it"))
        self.log_button.clicked.connect(self._on_log_button_clicked)
        close = QPushButton("×")
        close.setToolTip(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self.body)
        layout.addWidget(QLabel(self.tr("Call ended.")))
        layout.addWidget(self.log_button)
        layout.addWidget(close)

    def present(self, anchor: QPoint | None) -> None:
        """Show for 8 seconds without taking focus."""
        self.show_card(anchor)
        self._timer.start()

    def on_recalled(self) -> None:
        """Shown again by 'Last notice…': another 8 seconds once the agent leaves it."""
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self.holds_attention():
            self._timer.start()
        else:
            self.hide()

    def _on_log_button_clicked(self) -> None:
        self.dismiss()
        self.log_requested.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        """No timer outlives the note."""
        self._timer.stop()
        super().hideEvent(event)
