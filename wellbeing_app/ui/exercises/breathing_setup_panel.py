"""Choosing a breathing pattern and how long: presets, cycles, or a custom pattern."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.exercises.breathing import (
    CUSTOM_ID,
    CUSTOM_ORDER,
    BreathingPattern,
    Dose,
    breathing_timeline,
    custom_phase_range,
    cycles_for,
    default_dose,
    max_cycles,
    validate_custom_pattern,
)
from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.exercises.exercise_timeline import Timeline
from wellbeing_app.ui.exercises.step_words import StepWords
from wellbeing_app.ui.theme import mark_error

DURATION_MINUTES = (1, 2, 5)
CYCLES = "cycles"
CUSTOM_PHASES = 4


class BreathingSetupPanel(QWidget):
    """Pattern, dose and custom phases, with the resulting length and an inline error.

    Signals:
        start_requested(): the agent pressed Start with a valid choice.
    """

    start_requested = Signal()

    def __init__(self, library: ExerciseLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._step_words = StepWords(self)
        self._build_choices()
        self._build_custom()
        self._build_feedback()
        self._lay_out()
        self.pattern_box.currentIndexChanged.connect(self._on_pattern_box_changed)
        self.dose_box.currentIndexChanged.connect(self._refresh)
        self.cycles.valueChanged.connect(self._refresh)
        for box in self.custom:
            box.valueChanged.connect(self._refresh)
        self.set_custom((4, 0, 6, 0))
        self._on_pattern_box_changed()

    def _build_choices(self) -> None:
        self.pattern_box = QComboBox()
        for pattern in self._library.patterns:
            self.pattern_box.addItem(pattern.name, pattern.id)
        self.pattern_box.addItem(self.tr("Custom…"), CUSTOM_ID)
        self.pattern_box.setAccessibleName(self.tr("Pattern"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.dose_box = QComboBox()
        for minutes in DURATION_MINUTES:
            self.dose_box.addItem(self.tr("%n minute(s)", "", minutes), minutes * 60)
        self.dose_box.addItem(self.tr("Cycles"), CYCLES)
        self.dose_box.setAccessibleName(self.tr("Duration"))
        self.cycles = QSpinBox()
        self.cycles.setSuffix(self.tr(" cycles"))
        self.cycles.setAccessibleName(self.tr("Cycles"))

    def _build_custom(self) -> None:
        self.custom = [QSpinBox() for _ in range(CUSTOM_PHASES)]
        names = (self.tr("In"), self.tr("Hold"), self.tr("Out"), self.tr("Rest"))
        spoken = (self.tr("Custom in seconds"), self.tr("Custom hold seconds"),
                  self.tr("Custom out seconds"), self.tr("Custom rest seconds"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for name, accessible, box in zip(names, spoken, self.custom, strict=True):
            box.setRange(0, self._library.custom_phase_max)
            box.setSuffix(self.tr(" s"))
            box.setAccessibleName(accessible)
            row.addWidget(QLabel(name))
            row.addWidget(box)
        self.custom_row = QWidget()
        self.custom_row.setLayout(row)

    def _build_feedback(self) -> None:
        self.length = QLabel()
        self.error = QLabel()
        mark_error(self.error)
        self.error.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet("font-size: small;")
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start_button_clicked)

    def _lay_out(self) -> None:
        form = self._form = QFormLayout()
        form.addRow(self.tr("Pattern"), self.pattern_box)
        form.addRow("", self.summary)
        form.addRow(self.tr("Custom"), self.custom_row)
        form.addRow(self.tr("Duration"), self.dose_box)
        form.addRow("", self.cycles)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.length, self.error, self.source):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.start_button)

    def pattern(self) -> BreathingPattern:
        """The chosen pattern; raises ``ValidationError`` for a bad custom one."""
        pattern_id = str(self.pattern_box.currentData())
        if pattern_id == CUSTOM_ID:
            return validate_custom_pattern(
                [box.value() for box in self.custom], phase_max=self._library.custom_phase_max,
                breath_min=self._library.custom_breath_min)
        return self._library.pattern(pattern_id)

    def dose(self) -> Dose:
        """Duration or cycles as chosen."""
        data = self.dose_box.currentData()
        return Dose(cycles=self.cycles.value()) if data == CYCLES else Dose(seconds=int(data))

    def timeline(self) -> Timeline:
        """The timeline of the current choice (capped)."""
        pattern = self.pattern()
        cycles = cycles_for(pattern, self.dose(), self._library.session_max_seconds)
        return breathing_timeline(pattern, cycles)

    def select(self, pattern_id: str, dose: Dose | None = None) -> None:
        """Preselect a pattern (and a dose; else the pattern's default)."""
        index = self.pattern_box.findData(pattern_id)
        if index >= 0:
            self.pattern_box.setCurrentIndex(index)
        if dose is not None:
            self._show_dose(dose)
        self._refresh()

    def set_custom(self, seconds: tuple[int, ...] | list[int]) -> None:
        """Fill the custom phase boxes (in, hold, out, rest)."""
        for box, value in zip(self.custom, seconds, strict=False):
            box.setValue(int(value))

    def _show_dose(self, dose: Dose) -> None:
        if dose.cycles is not None:
            self.dose_box.setCurrentIndex(self.dose_box.findData(CYCLES))
            self.cycles.setValue(dose.cycles)
            return
        best = min(DURATION_MINUTES, key=lambda minutes: abs(minutes * 60 - (dose.seconds or 60)))
        self.dose_box.setCurrentIndex(self.dose_box.findData(best * 60))

    def _on_pattern_box_changed(self) -> None:
        is_custom = self.pattern_box.currentData() == CUSTOM_ID
        self._form.setRowVisible(self.custom_row, is_custom)
        if not is_custom:
            pattern = self._library.pattern(str(self.pattern_box.currentData()))
            self.cycles.setRange(1, max_cycles(pattern, self._library.session_max_seconds))
            self._show_dose(default_dose(pattern))
        self._refresh()

    def _refresh(self) -> None:
        try:
            pattern = self.pattern()
        except ValidationError as error:
            self.error.setText(self._custom_problem() or error.message)
            self.start_button.setEnabled(False)
            return
        self.error.clear()
        self.start_button.setEnabled(True)
        self.cycles.setRange(1, max_cycles(pattern, self._library.session_max_seconds))
        self._form.setRowVisible(self.cycles, self.dose_box.currentData() == CYCLES)
        timeline = self.timeline()
        total = timeline.total_seconds
        length = self.tr("%n cycle(s) · {duration}", "", timeline.unit_count).format(
            duration=f"{total // 60}:{total % 60:02d}")
        if pattern.max_cycles:
            length += " · " + self.tr("at most %n cycle(s)", "", pattern.max_cycles)
        self.length.setText(length)
        custom = pattern.id == CUSTOM_ID
        self.summary.setText(self._custom_summary() if custom else pattern.summary)
        source = self.tr("your own pattern") if custom else pattern.source
        self.source.setText(self.tr("Source: {source}").format(source=source))

    def _custom_summary(self) -> str:
        """The custom phases in the shown language ("breathe in 4 · breathe out 6")."""
        return " · ".join(f"{self._step_words.word(kind).lower()} {box.value()}"
                          for kind, box in zip(CUSTOM_ORDER, self.custom, strict=True)
                          if box.value())

    def _custom_problem(self) -> str:
        """Why the custom boxes do not make a pattern, in the shown language ('' if they do)."""
        if self.pattern_box.currentData() != CUSTOM_ID:
            return ""
        for kind, box in zip(CUSTOM_ORDER, self.custom, strict=True):
            low, high = custom_phase_range(kind, phase_max=self._library.custom_phase_max,
                                           breath_min=self._library.custom_breath_min)
            if not low <= box.value() <= high:
                return self.tr("{phase}: {seconds} s is outside {low}–{high} s.").format(
                    phase=self._step_words.word(kind).lower(), seconds=box.value(), low=low,
                    high=high)
        return ""

    def _on_start_button_clicked(self) -> None:
        try:
            self.timeline()
        except ValidationError as error:
            self.error.setText(error.message)
            return
        self.start_requested.emit()
