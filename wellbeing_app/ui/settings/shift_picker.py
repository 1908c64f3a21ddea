"""Tick the days, pick the times: one shift rule without typing the shift mini-language.

Used by the welcome window and by the 'Choose days and times…' dialog in Settings, so both
look and behave alike (same mnemonics, same accessible names).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.reminders.shift_picker import (
    DEFAULT_PICK,
    PickedShift,
    pick_from_text,
    picked,
)
from wellbeing_app.domain.reminders.shifts import parse_shifts
from wellbeing_app.ui.i18n.formats import weekday_name
from wellbeing_app.ui.placement import grow_to_content
from wellbeing_app.ui.theme import mark_error


class ShiftPicker(QWidget):
    """Seven weekday boxes and a start and end time; ``pick()`` is ``None`` with no day ticked."""

    def __init__(self, pick: PickedShift = DEFAULT_PICK, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        days = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        keys = (self.tr("&Mon"), self.tr("T&ue"), self.tr("&Wed"), self.tr("T&hu"),
                self.tr("F&ri"), self.tr("S&at"), self.tr("Su&n"))
        for index, key in enumerate(keys):
            day = QCheckBox(key)
            day.setAccessibleName(weekday_name(index, short=False))
            self.day_boxes.append(day)
            days.addWidget(day)
        self.start_edit = self._time_edit(self.tr("Shift starts"))
        self.end_edit = self._time_edit(self.tr("Shift ends"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(days)
        form.addRow(self.tr("&Starts at"), self.start_edit)
        form.addRow(self.tr("&Ends at"), self.end_edit)
        self.set_pick(pick)

    @staticmethod
    def _time_edit(name: str) -> QTimeEdit:
        edit = QTimeEdit()
        # The locale's clock, as the shift's reading beside it and every other time in the app.
        edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        edit.setAccessibleName(name)
        return edit

    def set_pick(self, pick: PickedShift) -> None:
        """Show a pick."""
        for index, box in enumerate(self.day_boxes):
            box.setChecked(index in pick.days)
        self.start_edit.setTime(QTime(pick.start.hour, pick.start.minute))
        self.end_edit.setTime(QTime(pick.end.hour, pick.end.minute))

    def pick(self) -> PickedShift | None:
        """The ticked days and the times, or ``None`` when no day is ticked."""
        days = [i for i, box in enumerate(self.day_boxes) if box.isChecked()]
        if not days:
            return None
        start, end = self.start_edit.time(), self.end_edit.time()
        return picked(days, time(start.hour(), start.minute()), time(end.hour(), end.minute()))


class ShiftPickerDialog(QDialog):
    """Prefilled from the shift text; OK keeps ``chosen`` (the text to put in the field).

    Text with several rules (or none it can read) starts from the usual weekday shift, and a line
    says OK replaces what is there. Enter is OK, Esc cancels.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift days and times"))
        self.chosen: str | None = None
        pick = pick_from_text(text)
        self.picker = ShiftPicker(pick or DEFAULT_PICK)
        self.note = QLabel(self._note_text(text, pick))
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About the shifts in the field"))
        self.note.setVisible(bool(self.note.text()))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        mark_error(self.error)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.ok_button.setAccessibleName(self.tr("Use these days and times"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel, change nothing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.picker)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _note_text(self, text: str, pick: PickedShift | None) -> str:
        if pick is not None or not text.strip():
            return ""
        try:
            several = len(parse_shifts(text)) > 1
        except ValueError:
            several = False
        if several:
            return self.tr("The field holds several shifts. OK replaces them all with the one "
                           "shift you choose here.")
        return self.tr("The text in the field is not a shift the app can read. OK replaces it "
                       "with the shift you choose here.")

    def accept(self) -> None:
        """Keep the pick as shift text; with no day ticked, say so and stay open."""
        pick = self.picker.pick()
        if pick is None:
            self.error.setText(self.tr("Tick at least one day you work."))
            self.error.show()
            self.picker.day_boxes[0].setFocus()
            return
        self.chosen = pick.to_text()
        super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for the wrapped note in a long language."""
        super().showEvent(event)
        grow_to_content(self)
