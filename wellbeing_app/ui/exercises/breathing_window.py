"""The guided breathing window: a calm shape, the phase, seconds left and overall progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.exercises.breathing import Dose
from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.exercises.exercise_request import ExerciseRequest
from wellbeing_app.domain.exercises.exercise_session import BREATHING
from wellbeing_app.domain.exercises.exercise_timeline import (
    Position,
    Step,
    Timeline,
    shape_level,
)
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.exercises.breathing_setup_panel import BreathingSetupPanel
from wellbeing_app.ui.exercises.breathing_shape import BreathingShape
from wellbeing_app.ui.exercises.exercise_cues import ExerciseCues
from wellbeing_app.ui.exercises.exercise_session_controller import ANIMATION_TICK_MS, TEXT_TICK_MS
from wellbeing_app.ui.exercises.exercise_window import ExerciseWindow
from wellbeing_app.ui.exercises.step_words import StepWords
from wellbeing_app.ui.theme import scale_font

CHOICE_KEY = "exercises.breathing"
CAUTION_SEEN_KEY = "exercises.caution_seen"
SPEAK_PHASES_KEY = "exercises.breathing_speech"
REDUCED_MOTION_KEY = "exercises.reduced_motion"


def os_prefers_reduced_motion() -> bool:
    """True when the desktop asks apps to reduce motion (Qt ≥ 6.10 reports it)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "MotionPreference", None)
    if accessibility is None or preference is None:
        return False
    return bool(accessibility().motionPreference() == preference.ReducedMotion)


class BreathingWindow(ExerciseWindow):
    """Pattern and duration are chosen here and remembered; Esc stops, Space pauses."""

    def __init__(self, library: ExerciseLibrary, journal: Journal, clock: Clock,
                 cues: ExerciseCues | None = None, parent: QWidget | None = None) -> None:
        super().__init__(library, journal, clock, BREATHING, CAUTION_SEEN_KEY, cues, parent)
        self.setWindowTitle(self.tr("Breathe — Between Calls"))
        self.step_words = StepWords(self)
        self.setup = BreathingSetupPanel(library)
        self.setup.start_requested.connect(self._on_setup_start_requested)
        self.reduced_motion = QCheckBox(self.tr("Reduced motion"))
        self.reduced_motion.setToolTip(self.tr(
            "No growing shape: a steady bar and text instead. On automatically when your "
            "desktop asks for less motion."))
        self.reduced_motion.setChecked(bool(journal.remembered.get(REDUCED_MOTION_KEY, False))
                                       or os_prefers_reduced_motion())
        self.reduced_motion.toggled.connect(self._on_reduced_motion_toggled)
        self.setup.layout().insertWidget(3, self.reduced_motion)  # type: ignore[union-attr]
        self.speak_phases = self.cue_box(
            self.tr("Speak the phases"),
            self.tr("Says \u201cBreathe in\u201d, \u201cHold\u201d, \u201cBreathe out\u201d "
                    "through your computer's speech engine"), SPEAK_PHASES_KEY,
            self.switch_speech, self.tr("Speak the phases (no speech engine: text only)"))
        self.setup.layout().insertWidget(4, self.speak_phases)  # type: ignore[union-attr]
        self.assemble(self.setup, self._build_run(), library.caution)
        self._shown_index = -1
        self._restore_choice()
        self.resize(380, 520)

    def _build_run(self) -> QWidget:
        self.cycle_label = QLabel()
        self.cycle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shape = BreathingShape()
        self.phase = QLabel()
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.phase, 1.6, bold=True)
        self.seconds_left = QLabel()
        self.seconds_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.seconds_left, 1.3)
        self.phase_bar = QProgressBar()
        self.phase_bar.setTextVisible(False)
        self.phase_bar.setAccessibleName(self.tr("Seconds through this phase"))
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%p% of the session"))
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.pause_button = QPushButton(self.tr("Pause (Space)"))
        self.pause_button.clicked.connect(self.controller.toggle_pause)
        self.stop_button = QPushButton(self.tr("Stop (Esc)"))
        self.stop_button.clicked.connect(self.controller.stop)
        for button in (self.pause_button, self.stop_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        run = QWidget()
        layout = QVBoxLayout(run)
        layout.addWidget(self.cycle_label)
        layout.addWidget(self.shape, 1)
        layout.addWidget(self.phase_bar)
        layout.addWidget(self.phase)
        layout.addWidget(self.seconds_left)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._apply_motion_mode()
        return run

    # --- choice -----------------------------------------------------------------------------
    def apply_request(self, request: ExerciseRequest) -> None:
        """Preselect the requested pattern, and the 60 s quick dose when offered after a call."""
        super().apply_request(request)
        if request.exercise_id:
            dose = Dose(seconds=request.seconds) if request.seconds else None
            self.setup.select(request.exercise_id, dose)

    def selection(self) -> tuple[str, Timeline, tuple[str, ...]]:
        """The pattern id and timeline the setup panel holds."""
        return str(self.setup.pattern_box.currentData()), self.setup.timeline(), ()

    def _restore_choice(self) -> None:
        saved = self.journal.remembered.get(CHOICE_KEY, {}) or {}
        if isinstance(saved.get("custom"), list):
            self.setup.set_custom(saved["custom"])
        pattern_id = str(saved.get("pattern", self.library.default_pattern))
        dose = None
        if isinstance(saved.get("cycles"), int):
            dose = Dose(cycles=saved["cycles"])
        elif isinstance(saved.get("seconds"), int):
            dose = Dose(seconds=saved["seconds"])
        self.setup.select(pattern_id, dose)

    def _on_setup_start_requested(self) -> None:
        dose = self.setup.dose()
        self.journal.remembered.set(CHOICE_KEY, {
            "pattern": str(self.setup.pattern_box.currentData()),
            "seconds": dose.seconds, "cycles": dose.cycles,
            "custom": [box.value() for box in self.setup.custom],
        })
        self.begin()

    def begin(self) -> None:
        """Ask the before-rating; the breath counter starts afresh."""
        self._shown_index = -1
        super().begin()

    # --- running ----------------------------------------------------------------------------
    def spoken_intro(self, step: Step) -> str:
        """The phase's name, said as it begins ("Breathe in."), when speaking is on."""
        label = self.step_words.label(step)
        return f"{label}." if label else ""

    def _on_reduced_motion_toggled(self, on: bool) -> None:
        self.journal.remembered.set(REDUCED_MOTION_KEY, on)
        self._apply_motion_mode()

    def _apply_motion_mode(self) -> None:
        reduced = self.reduced_motion.isChecked()
        self.shape.setVisible(not reduced)
        self.phase_bar.setVisible(reduced)
        self.controller.set_tick_interval(TEXT_TICK_MS if reduced else ANIMATION_TICK_MS)

    def show_position(self, position: Position) -> None:
        """Shape size, phase name, whole seconds left and overall progress."""
        step = position.step
        self.progress.setValue(round(position.progress * 100))
        if step is None:
            self.phase.setText(self.tr("Done"))
            self.seconds_left.clear()
            return
        self.shape.set_level(shape_level(position))
        if position.index != self._shown_index:
            self._show_step_text(position)
        label = self.step_words.label(step)
        self.phase.setText(self.tr("Paused · {step}").format(step=label)
                           if self.controller.paused else label)
        left = position.whole_seconds_left
        self.seconds_left.setText(self.tr("{seconds} s").format(seconds=left))
        self.phase_bar.setRange(0, step.seconds)
        self.phase_bar.setValue(step.seconds - left)

    def _show_step_text(self, position: Position) -> None:
        """Cycle count; changes once per step, not per frame."""
        self._shown_index = position.index
        step = position.step
        assert step is not None
        name = self.setup.pattern_box.currentText().rstrip("…")
        cycles = self.controller.unit_count
        where = (self.tr("getting ready") if step.unit < 0
                 else self.tr("breath {index} of {total}").format(index=step.unit + 1,
                                                                 total=cycles))
        self.cycle_label.setText(f"{name} · {where}")

    def _on_controller_paused_changed(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume (Space)") if paused else self.tr("Pause (Space)"))

