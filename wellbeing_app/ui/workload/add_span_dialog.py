"""Add a call by hand: start and end on the chosen day (or the next), refused with one line."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.ui.i18n.formats import weekday_date
from wellbeing_app.ui.theme import mark_error


def _time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
    edit.setAccessibleName(name)
    return edit


class AddSpanDialog(QDialog):
    """Asks for the times only; the panel saves them and answers with ``show_error`` or hides it.

    Signals:
        submitted(object, object, bool): the start and end ``datetime.time`` chosen, and
            whether the call ended the next day (a call across midnight).
    """

    submitted = Signal(object, object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a call — Between Calls"))
        self.day = date.today()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.start_edit = _time_edit(self.tr("Call started at"))
        self.end_edit = _time_edit(self.tr("Call ended at"))
        form = QFormLayout()
        form.addRow(self.tr("&Started at:"), self.start_edit)
        form.addRow(self.tr("&Ended at:"), self.end_edit)
        self.next_day = QCheckBox(self.tr("Ends the &next day"))
        self.next_day.setAccessibleName(self.tr("The call ended the next day"))
        form.addRow("", self.next_day)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        mark_error(self.error)
        self.error.setVisible(False)
        buttons = QDialogButtonBox()
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setDefault(True)  # Enter adds
        self.add_button.setAccessibleName(self.tr("Add this call"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def prepare(self, day: date, start: time, end: time) -> None:
        """A fresh form for one day, with suggested times and no message."""
        self.day = day
        self.intro.setText(self.tr("A call on {day} that detection missed or got wrong. It "
                                   "counts like a detected call and is marked as added by hand.")
                           .format(day=weekday_date(day)))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))
        self.next_day.setChecked(False)
        self.show_error("")
        self.adjustSize()  # another day's intro may wrap differently
        self.start_edit.setFocus()

    def times(self) -> tuple[time, time]:
        """The chosen start and end, to the minute."""
        start, end = self.start_edit.time(), self.end_edit.time()
        return time(start.hour(), start.minute()), time(end.hour(), end.minute())

    def show_error(self, message: str) -> None:
        """One line under the times ('' hides it); the form keeps what was typed."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if self.isVisible():
            self.adjustSize()  # wrapped lines get the height they need

    def _on_add_button_clicked(self) -> None:
        self.submitted.emit(*self.times(), self.next_day.isChecked())
