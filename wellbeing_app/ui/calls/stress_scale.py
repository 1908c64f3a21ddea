"""The 0–10 rating as a row of buttons, also driven by the digit keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_app.domain.calls.logged_call import STRESS_MAX, STRESS_MIN


class StressScale(QWidget):
    """Eleven exclusive buttons with the anchors of the scale underneath.

    Signals:
        value_changed(int): the rating the agent picked.
    """

    value_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(4)
        for value in range(STRESS_MIN, STRESS_MAX + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFixedWidth(34)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(self.tr("Stress {value}").format(value=value))
            button.setObjectName(f"stress_{value}")
            self._group.addButton(button, value)
            row.addWidget(button)
        self._group.idClicked.connect(self.value_changed)
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); font-weight: 600;"
            " border: 1px solid palette(dark); border-radius: 4px; }"
        )
        anchors = QHBoxLayout()
        anchors.addWidget(QLabel(self.tr("0 = completely calm")))
        anchors.addStretch(1)
        anchors.addWidget(QLabel(self.tr("10 = worst distress imaginable")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(anchors)

    def value(self) -> int | None:
        """The chosen rating, or ``None`` before the agent picks one."""
        checked = self._group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        """Select a rating (``None`` clears the choice)."""
        if value is None:
            self._group.setExclusive(False)
            for button in self._group.buttons():
                button.setChecked(False)
            self._group.setExclusive(True)
            return
        button = self._group.button(value)
        if button is not None:
            button.setChecked(True)
            self.value_changed.emit(value)
