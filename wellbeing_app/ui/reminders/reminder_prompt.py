"""The reminder prompt: small, calm, non-modal, near the tray, and it never takes the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.reminders.check_ins import (
    WEEKLY_LABELS,
    WHO5_ANSWERS,
    WHO5_ITEMS,
    WHO5_STEM,
)
from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
from wellbeing_app.domain.reminders.reminder_texts import ReminderTexts
from wellbeing_app.ui.placement import CARD_FLAGS, dress_as_card, place_near

SCALES = {ReminderKind.PULSE: range(0, 11), ReminderKind.WEEKLY_STRESS: range(1, 6),
          ReminderKind.WHO5: range(0, 6)}
EXERCISE_LABELS = {ReminderKind.WIND_DOWN: "Breathe for a minute",
                   ReminderKind.RESET: "Start a 1-minute reset",
                   ReminderKind.RUN_RESET: "Start a 1-minute reset"}


def _quiet_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class ReminderPrompt(QFrame):
    """One prompt at a time; every button is one click and none takes focus.

    Signals:
        answered(str, list): check-in kind and its answers.
        snoozed(): 'Snooze 10 min'.
        dismissed(): 'Not now', 'Done' or 'Close'.
        exercise_requested(): a short exercise was asked for (wind-down, reset).
    """

    answered = Signal(str, list)
    snoozed = Signal()
    dismissed = Signal()
    exercise_requested = Signal()

    def __init__(self, texts: ReminderTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent, CARD_FLAGS)
        dress_as_card(self, "reminderPrompt")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMaximumWidth(420)
        self._texts = texts
        self._kind = ReminderKind.MICRO_BREAK
        self._answers: list[int] = []
        self._exercise_available = False
        self._shown_count = 0
        self._build()

    def _build(self) -> None:
        self.headline = QLabel()
        self.headline.setStyleSheet("font-weight: 600;")
        self.body = QLabel()
        self.extra = QLabel()
        self.question = QLabel()
        for label in (self.headline, self.body, self.extra, self.question):
            label.setWordWrap(True)
        self.scale_row = QHBoxLayout()
        self.exercise_button = _quiet_button("")
        self.exercise_button.clicked.connect(self._on_exercise_button_clicked)
        self.done_button = _quiet_button("Done")
        self.done_button.clicked.connect(self._on_dismiss_clicked)
        self.snooze_button = _quiet_button("Snooze 10 min")
        self.snooze_button.clicked.connect(self._on_snooze_button_clicked)
        self.not_now_button = _quiet_button("Not now")
        self.not_now_button.clicked.connect(self._on_dismiss_clicked)
        actions = QHBoxLayout()
        for button in (self.exercise_button, self.done_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.snooze_button)
        actions.addWidget(self.not_now_button)
        layout = QVBoxLayout(self)
        for label in (self.headline, self.body, self.extra, self.question):
            layout.addWidget(label)
        layout.addLayout(self.scale_row)
        layout.addLayout(actions)

    @property
    def kind(self) -> ReminderKind:
        """The kind of prompt on show."""
        return self._kind

    def set_exercise_available(self, available: bool) -> None:
        """Offer the exercise button only when the exercises feature is wired."""
        self._exercise_available = available

    def present(self, reminder: PlannedReminder, extra: str, anchor: QPoint | None) -> None:
        """Show a prompt without activating the window."""
        self._kind, self._answers = reminder.kind, []
        self._shown_count += 1
        self.headline.setText(self._texts.headlines[reminder.kind])
        self.body.setText(self._texts.body(reminder.kind, self._shown_count))
        self.extra.setText(extra)
        self.extra.setVisible(bool(extra))
        self.exercise_button.setText(EXERCISE_LABELS.get(reminder.kind, ""))
        self.exercise_button.setVisible(self._exercise_available
                                        and reminder.kind in EXERCISE_LABELS)
        self.done_button.setText("Good night" if reminder.kind is ReminderKind.WIND_DOWN
                                 else "Done")
        self.done_button.setVisible(reminder.kind not in SCALES)
        self.snooze_button.setVisible(True)
        self.not_now_button.setVisible(True)
        self._fill_scale()
        self.adjustSize()
        place_near(self, anchor)
        self.show()

    def show_support(self, text: str) -> None:
        """After a low score: calm words and the support line, closed with one click."""
        self._clear_scale()
        self.question.hide()
        self.body.setText(text)
        self.extra.hide()
        self.done_button.setText("Close")
        self.done_button.show()
        self.snooze_button.hide()
        self.not_now_button.hide()
        self.adjustSize()

    def scale_buttons(self) -> list[QPushButton]:
        """The answer buttons on show (tests and keyboard-free use)."""
        return [w for w in self.findChildren(QPushButton) if w.property("answer") is not None]

    def _clear_scale(self) -> None:
        while self.scale_row.count():
            item = self.scale_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _fill_scale(self) -> None:
        self._clear_scale()
        values = SCALES.get(self._kind)
        self.question.setVisible(self._kind is ReminderKind.WHO5)
        if values is None:
            return
        if self._kind is ReminderKind.WHO5:
            item = WHO5_ITEMS[len(self._answers)]
            self.question.setText(f"{WHO5_STEM} ({len(self._answers) + 1} of 5)\n{item}")
        for value in values:
            button = _quiet_button(str(value))
            button.setProperty("answer", value)
            # Compact, so 0–10 fits the card instead of stretching it across the screen.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("10") + 14)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setToolTip(self._hint(value))
            button.clicked.connect(lambda _=False, v=value: self._on_answer_clicked(v))
            self.scale_row.addWidget(button)

    def _hint(self, value: int) -> str:
        if self._kind is ReminderKind.WEEKLY_STRESS:
            return WEEKLY_LABELS[value - 1]
        if self._kind is ReminderKind.WHO5:
            return WHO5_ANSWERS[value]
        return {0: "completely calm", 10: "worst distress imaginable"}.get(value, "")

    def _on_answer_clicked(self, value: int) -> None:
        self._answers.append(value)
        if self._kind is ReminderKind.WHO5 and len(self._answers) < len(WHO5_ITEMS):
            self._fill_scale()
            return
        self._clear_scale()
        self.answered.emit(self._kind.value, list(self._answers))

    def _on_exercise_button_clicked(self) -> None:
        self.hide()
        self.exercise_requested.emit()
        self.dismissed.emit()

    def _on_snooze_button_clicked(self) -> None:
        self.hide()
        self.snoozed.emit()

    def _on_dismiss_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()
