"""The reminder prompt: small, calm, non-modal, near the tray, and it never takes the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.reminders.check_ins import (
    WHO5_ANSWERS,
    WHO5_ITEMS,
    WHO5_STEM,
)
from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
from wellbeing_app.domain.reminders.reminder_texts import ReminderTexts
from wellbeing_app.ui.cards.notice_card import NoticeCard
from wellbeing_app.ui.i18n.content_language import content_language

SCALES = {ReminderKind.PULSE: range(0, 11), ReminderKind.WEEKLY_STRESS: range(1, 6),
          ReminderKind.WHO5: range(0, 6)}
#: The instrument's order: the WHO-5 form lists "All of the time" (5) first.
WORDED_SCALES = (ReminderKind.WHO5, ReminderKind.WEEKLY_STRESS)
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}


def exercise_label(kind: ReminderKind) -> str:
    """The exercise button's text for prompts that offer one ('' for the others)."""
    labels = {ReminderKind.WIND_DOWN: QCoreApplication.translate("ReminderPrompt",
                                                                 "&Breathe for a minute"),
              ReminderKind.RESET: QCoreApplication.translate("ReminderPrompt",
                                                             "&Start a 1-minute reset"),
              ReminderKind.RUN_RESET: QCoreApplication.translate("ReminderPrompt",
                                                                 "&Start a 1-minute reset")}
    return labels.get(kind, "")


class ReminderPrompt(NoticeCard):
    """One prompt at a time; every button is one click or one key; it takes focus only on request.

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
        super().__init__("reminderPrompt", parent)
        self.setWindowTitle(self.tr("Reminder"))
        self.setMaximumWidth(420)
        self._texts = texts
        self._kind = ReminderKind.MICRO_BREAK
        self._answers: list[int] = []
        self._exercise_available = False
        self._shown_count = 0
        self._build()

    def _build(self) -> None:
        self.headline = self.headline_label()
        self.text = QLabel()
        self.extra = QLabel()
        self.question = QLabel()
        for label in (self.text, self.extra, self.question):
            label.setWordWrap(True)
        self.scale_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.scale_ends = QHBoxLayout()
        self.low_end = QLabel()
        self.high_end = QLabel()
        self.scale_ends.addWidget(self.low_end)
        self.scale_ends.addStretch(1)
        self.scale_ends.addWidget(self.high_end)
        self.exercise_button = QPushButton()
        self.exercise_button.clicked.connect(self._on_exercise_button_clicked)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.clicked.connect(self._on_dismiss_clicked)
        self.snooze_button = QPushButton(self.tr("S&nooze 10 min"))
        self.snooze_button.clicked.connect(self._on_snooze_button_clicked)
        self.not_now_button = QPushButton(self.tr("Not &now"))
        self.not_now_button.clicked.connect(self._on_dismiss_clicked)
        actions = QHBoxLayout()
        for button in (self.exercise_button, self.done_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.snooze_button)
        actions.addWidget(self.not_now_button)
        layout = QVBoxLayout(self.body)
        for label in (self.headline, self.text, self.extra, self.question):
            layout.addWidget(label)
        layout.addLayout(self.scale_row)
        layout.addLayout(self.scale_ends)
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
        self.setWindowTitle(self._texts.headlines[reminder.kind])
        self.headline.setText(self._texts.headlines[reminder.kind])
        self.text.setText(self._texts.body(reminder.kind, self._shown_count))
        self.extra.setText(extra)
        self.extra.setVisible(bool(extra))
        self.exercise_button.setText(exercise_label(reminder.kind))
        self.exercise_button.setVisible(self._exercise_available
                                        and bool(exercise_label(reminder.kind)))
        self.done_button.setText(self.tr("&Good night") if reminder.kind is ReminderKind.WIND_DOWN
                                 else self.tr("&Done"))
        self.done_button.setVisible(reminder.kind not in SCALES)
        self.snooze_button.setText(self.tr("S&nooze 10 min"))  # again: the language may change
        self.not_now_button.setText(self.tr("Not &now"))
        self.snooze_button.setVisible(True)
        self.not_now_button.setVisible(True)
        self._fill_scale()
        self.show_card(anchor)

    def show_support(self, text: str) -> None:
        """After a low score: calm words and the support line, closed with one click."""
        self._clear_scale()
        self.question.hide()
        self.text.setText(text)
        self.extra.hide()
        self.done_button.setText(self.tr("&Close"))
        self.done_button.show()
        self.snooze_button.hide()
        self.not_now_button.hide()
        self.adjustSize()
        self.recallable = True
        self.announce(text)
        if self.holds_attention():
            self.done_button.setFocus()

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
        self.low_end.hide()
        self.high_end.hide()

    def _fill_scale(self) -> None:
        self._clear_scale()
        values = SCALES.get(self._kind)
        self.question.setVisible(self._kind is ReminderKind.WHO5)
        if values is None:
            return
        if self._kind is ReminderKind.WHO5:
            item = WHO5_ITEMS[len(self._answers)]
            text = self.tr("{0} ({1} of 5)\n{2}").format(WHO5_STEM, len(self._answers) + 1, item)
            if content_language() != "en":
                # The instrument is valid only in its official wording (DESIGN.md §8).
                text += "\n" + self.tr("The WHO-5 is shown in English: its official wording in "
                                        "your language has not been verified yet.")
            self.question.setText(text)
        worded = self._kind in WORDED_SCALES
        self.scale_row.setDirection(QBoxLayout.Direction.TopToBottom if worded
                                    else QBoxLayout.Direction.LeftToRight)
        order = reversed(values) if self._kind is ReminderKind.WHO5 else values
        for value in order:
            self.scale_row.addWidget(self._answer_button(value, worded))
        if not worded:
            self.low_end.setText(self.tr("{0} = {1}").format(values[0], self._hint(values[0])))
            self.high_end.setText(self.tr("{0} = {1}").format(values[-1], self._hint(values[-1])))
            self.low_end.show()
            self.high_end.show()

    def _answer_button(self, value: int, worded: bool) -> QPushButton:
        hint = self._hint(value)
        words = hint[:1].upper() + hint[1:]
        button = QPushButton(f"&{value}  {words}" if worded
                             else f"&{value}" if value < 10 else str(value))
        button.setProperty("answer", value)
        name = self.tr("{0}: {1}").format(value, hint) if hint else \
            self.tr("{0} of {1}").format(value, SCALES[self._kind][-1])
        button.setAccessibleName(name)
        button.setToolTip(name)
        if not worded:
            # Compact, so 0–10 fits the card instead of stretching it across the screen.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("10") + 14)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False, v=value: self._on_answer_clicked(v))
        return button

    def _hint(self, value: int) -> str:
        if self._kind is ReminderKind.WEEKLY_STRESS:
            return self._texts.weekly_labels[value - 1]
        if self._kind is ReminderKind.WHO5:
            return WHO5_ANSWERS[value]
        return {0: self.tr("completely calm"),
                10: self.tr("worst distress imaginable")}.get(value, "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit key answers the question on show (10: Tab to it); Esc is 'Not now'."""
        digit = DIGIT_KEYS.get(Qt.Key(event.key()))
        values = SCALES.get(self._kind)
        if digit is not None and values is not None and digit in values and self.scale_buttons():
            self._on_answer_clicked(digit)
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc: the same as 'Not now'."""
        self._on_dismiss_clicked()

    def _on_answer_clicked(self, value: int) -> None:
        self._answers.append(value)
        if self._kind is ReminderKind.WHO5 and len(self._answers) < len(WHO5_ITEMS):
            self._fill_scale()
            self.announce(self.question.text())
            buttons = self.scale_buttons()
            if self.holds_attention() and buttons:
                buttons[0].setFocus()
            return
        self._clear_scale()
        self.recallable = False  # answered: 'Last notice…' never brings it back
        self.answered.emit(self._kind.value, list(self._answers))

    def _on_exercise_button_clicked(self) -> None:
        self.dismiss()
        self.exercise_requested.emit()
        self.dismissed.emit()

    def _on_snooze_button_clicked(self) -> None:
        self.dismiss()
        self.snoozed.emit()

    def _on_dismiss_clicked(self) -> None:
        self.dismiss()
        self.dismissed.emit()
