"""The one-click 0–10 rating before and after an exercise; skippable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_app.ui.calls.stress_scale import StressScale


class ExerciseRatingPanel(QWidget):
    """A question, the 0–10 scale and Skip; one click on a number answers.

    Signals:
        rated(object): the rating picked (``int``), or ``None`` when skipped.
    """

    rated = Signal(object)

    def __init__(self, question: str, skip_text: str = "", parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: 600;")
        self.scale = StressScale()
        self.scale.value_changed.connect(self._on_scale_value_changed)
        self.skip_button = QPushButton(skip_text or self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Carry on without a rating (the digit keys 0–9 also "
                                            "answer)"))
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.hint = QLabel(self.tr("Click a number, or press 0–9. Your ratings show what helps "
                                   "you."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-size: small;")
        row = self._row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.scale)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self._armed = True

    def add_button(self, button: QPushButton) -> None:
        """Another way out of the question, at the left of the button row."""
        self._row.insertWidget(0, button)

    def reset(self, question: str | None = None, preset: int | None = None) -> None:
        """Ready for a new answer; ``preset`` only highlights a suggestion, it does not answer."""
        if question is not None:
            self.question.setText(question)
        self._armed = False
        self.scale.set_value(preset)
        self._armed = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits answer at once (10 needs a click); Enter takes the highlighted rating."""
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.scale.set_value(int(key) - int(Qt.Key.Key_0))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.scale.value() is not None:
            self.rated.emit(self.scale.value())  # the call's rating, offered after logging
            return
        super().keyPressEvent(event)

    def _on_scale_value_changed(self, value: int) -> None:
        if self._armed:
            self.rated.emit(value)

    def _on_skip_button_clicked(self) -> None:
        self.rated.emit(None)
