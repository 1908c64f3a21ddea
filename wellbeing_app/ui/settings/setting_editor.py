"""One editor widget per declared setting, chosen from its type and metadata."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
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

from wellbeing_app.domain.settings.declaration import SettingSpec

CHOICE_LABELS = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
                 "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}


class SettingEditor(QWidget):
    """The right input for a ``SettingSpec``, its help text and an inline error line."""

    def __init__(self, spec: SettingSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.title: QLabel | None = None
        self.input = self._make_input(spec)
        self.input.setObjectName(f"setting_{spec.key}")
        self.input.setToolTip(spec.help)
        self.input.setAccessibleName(spec.label)
        self.input.setAccessibleDescription(spec.help)
        self.help = QLabel(spec.help)
        self.help.setWordWrap(True)
        font = self.help.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.help.setFont(font)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setForegroundRole(QPalette.ColorRole.BrightText)
        self.error.setStyleSheet("color: palette(bright-text);")
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        if spec.editor == "path":
            browse = QPushButton(self.tr("Browse…"))
            browse.setAccessibleName(self.tr("Browse for {0}").format(spec.label.lower()))
            browse.clicked.connect(self._on_browse_clicked)
            row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(row)
        layout.addWidget(self.help)
        layout.addWidget(self.error)

    @staticmethod
    def _make_input(spec: SettingSpec) -> QWidget:
        if spec.kind is bool:
            return QCheckBox(spec.label)
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
                combo.addItem(CHOICE_LABELS.get(choice, choice), choice)
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

    def lock(self, reason: str) -> None:
        """Read-only, and say why."""
        self.input.setEnabled(False)
        self.help.setText(f"<b>Locked.</b> {reason} {self.spec.help}")

    def show_error(self, message: str) -> None:
        """An inline message under the field ('' hides it)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.spec.label, str(self.value()))
        if folder:
            self.set_value(folder)
