"""One editor widget per declared setting, chosen from its type and metadata."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.settings.declaration import WEEKDAYS, SettingSpec
from wellbeing_app.ui.i18n.formats import weekday_name
from wellbeing_app.ui.i18n.languages import ENDONYMS, SYSTEM
from wellbeing_app.ui.settings.shift_picker import ShiftPickerDialog
from wellbeing_app.ui.settings.shift_reading import shift_reading
from wellbeing_app.ui.theme import mark_error


def setting_label(spec: SettingSpec) -> str:
    """The setting's label in the shown language (declared in the domain, marked there)."""
    return QCoreApplication.translate("Settings", spec.label)


def setting_help(spec: SettingSpec) -> str:
    """The setting's help text in the shown language."""
    return QCoreApplication.translate("Settings", spec.help)


def choice_label(choice: str) -> str:
    """Words for a stored choice id: weekday names from QLocale, languages by their own name."""
    if choice in WEEKDAYS:
        return weekday_name(WEEKDAYS.index(choice), short=False)
    if choice == SYSTEM:
        return QCoreApplication.translate("Settings", "Desktop language")
    return ENDONYMS.get(choice, choice)


class SettingEditor(QWidget):
    """The right input for a ``SettingSpec``, its help text and an inline error line."""

    def __init__(self, spec: SettingSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.title: QLabel | None = None
        self.choose_button: QPushButton | None = None
        self.reading: QLabel | None = None
        self.picker_dialog: ShiftPickerDialog | None = None
        self.input = self._make_input(spec)
        self.input.setObjectName(f"setting_{spec.key}")
        self.input.setToolTip(setting_help(spec))
        self.input.setAccessibleName(setting_label(spec))
        self.input.setAccessibleDescription(setting_help(spec))
        self.help = QLabel(setting_help(spec))
        self.help.setWordWrap(True)
        font = self.help.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.help.setFont(font)
        self.error = QLabel()
        self.error.setWordWrap(True)
        mark_error(self.error)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        if spec.editor == "path":
            browse = QPushButton(self.tr("Browse…"))
            browse.setAutoDefault(False)  # Enter in Settings means Save, not a file browser
            browse.setAccessibleName(self.tr("Browse for {0}").format(setting_label(spec).lower()))
            browse.clicked.connect(self._on_browse_clicked)
            row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(row)
        if spec.editor == "shifts":
            self._add_shift_helpers(row, layout)
        layout.addWidget(self.help)
        layout.addWidget(self.error)

    @staticmethod
    def _make_input(spec: SettingSpec) -> QWidget:
        if spec.kind is bool:
            return QCheckBox(setting_label(spec))
        if spec.kind is int:
            spin = QSpinBox()
            spin.setRange(int(spec.minimum or 0), int(spec.maximum or 0))
            return spin
        if spec.kind is float:
            double = QDoubleSpinBox()
            double.setDecimals(2)
            double.setSingleStep(0.1)
            double.setRange(float(spec.minimum or 0), float(spec.maximum or 0))
            return double
        if spec.choices:
            combo = QComboBox()
            for choice in spec.choices:  # words for the agent, the stored id as data
                combo.addItem(choice_label(choice), choice)
            return combo
        line = QLineEdit()
        line.setMaxLength(200)
        line.setClearButtonEnabled(True)
        for button in line.findChildren(QAbstractButton):  # the clear button Qt adds
            button.setAccessibleName(QCoreApplication.translate("SettingEditor", "Clear"))
        return line

    def value(self) -> Any:
        """What the agent entered (raw; the domain validates it)."""
        widget = self.input
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_value(self, value: Any) -> None:
        """Show a value."""
        widget = self.input
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(str(value))))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))

    def _add_shift_helpers(self, row: QHBoxLayout, layout: QVBoxLayout) -> None:
        """The shift text read back in the shown language, and a picker that writes it."""
        choose = QPushButton(self.tr("Choose &days and times…"))
        choose.setAutoDefault(False)  # Enter in Settings means Save
        choose.setAccessibleName(self.tr("Choose shift days and times"))
        choose.clicked.connect(self.open_shift_picker)
        row.addWidget(choose)
        self.choose_button = choose
        self.reading = QLabel()
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.reading.setWordWrap(True)
        self.reading.setAccessibleName(self.tr("How the app reads your shifts"))
        layout.addWidget(self.reading)
        assert isinstance(self.input, QLineEdit)
        self.input.textChanged.connect(self._show_reading)
        self._show_reading(self.input.text())

    def _show_reading(self, text: str) -> None:
        """Plain words for what is typed; nothing when it does not parse (Save explains why)."""
        assert self.reading is not None
        reading = shift_reading(text)
        self.reading.setText(self.tr("Reads as: {0}").format(reading) if reading else "")
        self.reading.setVisible(reading is not None)

    def open_shift_picker(self) -> ShiftPickerDialog:
        """The day-and-time picker, prefilled from the field; OK writes its text into the field."""
        dialog = ShiftPickerDialog(str(self.value()), self)
        dialog.accepted.connect(lambda: self._use_picked(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.picker_dialog = dialog
        dialog.open()
        return dialog

    def _use_picked(self, dialog: ShiftPickerDialog) -> None:
        if dialog.chosen is not None:
            self.set_value(dialog.chosen)
            self.input.setFocus()

    def lock(self, reason: str) -> None:
        """Read-only, and say why."""
        self.input.setEnabled(False)
        if self.choose_button is not None:
            self.choose_button.setEnabled(False)
        self.help.setText("<b>" + self.tr("Locked.") + f"</b> {reason} {setting_help(self.spec)}")

    def show_error(self, message: str) -> None:
        """An inline message under the field ('' hides it)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, setting_label(self.spec),
                                                  str(self.value()))
        if folder:
            self.set_value(folder)
