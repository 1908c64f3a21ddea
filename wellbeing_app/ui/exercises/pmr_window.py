"""Progressive muscle relaxation step by step: group, how to tense, tense and release."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.exercises.exercise_request import ExerciseRequest
from wellbeing_app.domain.exercises.exercise_session import PMR
from wellbeing_app.domain.exercises.exercise_timeline import Position, Step, Timeline
from wellbeing_app.domain.exercises.pmr import PmrScript, group_of, pmr_timeline
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.exercises.exercise_cues import ExerciseCues
from wellbeing_app.ui.exercises.exercise_session_controller import TEXT_TICK_MS
from wellbeing_app.ui.exercises.exercise_window import SPEECH_KEY, ExerciseWindow
from wellbeing_app.ui.exercises.step_words import StepWords
from wellbeing_app.ui.theme import scale_font

SCRIPT_KEY = "exercises.pmr_script"
SAFETY_SEEN_KEY = "exercises.pmr_safety_seen"
#: Steps said in bold: the words carry the meaning, so no colour is needed (high contrast).
BOLD_STEPS = frozenset({"tense", "release", "recall"})


class PmrWindow(ExerciseWindow):
    """Script chosen here and remembered; S skips a group, Space pauses, Esc stops."""

    def __init__(self, library: ExerciseLibrary, journal: Journal, clock: Clock,
                 cues: ExerciseCues | None = None, parent: QWidget | None = None) -> None:
        super().__init__(library, journal, clock, PMR, SAFETY_SEEN_KEY, cues, parent)
        self.step_words = StepWords(self)
        self.setWindowTitle(self.tr("Relax muscles — Between Calls"))
        notes = self.tr("Before you start:") + "\n• " + "\n• ".join(library.safety)
        self.speech = self.cue_box(
            self.tr("Speak the steps"),
            self.tr("Spoken guidance through your computer's speech engine"), SPEECH_KEY,
            self.switch_speech, self.tr("Speak the steps (no speech engine: text only)"))
        self.assemble(self._build_setup(), self._build_run(), notes)
        saved = str(journal.remembered.get(SCRIPT_KEY, library.default_script))
        self._select_script(saved)
        self.resize(420, 460)

    def _build_setup(self) -> QWidget:
        self.script_box = QComboBox()
        for script in self.library.scripts:
            self.script_box.addItem(script.name, script.id)
        self.script_box.setAccessibleName(self.tr("Script"))
        self.script_box.currentIndexChanged.connect(self._on_script_box_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet("font-size: small;")
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        setup = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Script"), self.script_box)
        layout = QVBoxLayout(setup)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        advice = QLabel(self.tr("Sit comfortably. Tense firmly but never to pain; skip any "
                                "group that hurts (S)."))
        advice.setWordWrap(True)
        layout.addWidget(advice)
        layout.addWidget(self.source)
        layout.addWidget(self.speech)
        layout.addStretch(1)
        layout.addWidget(self.start_button)
        return setup

    def _build_run(self) -> QWidget:
        self.group_name = QLabel()
        scale_font(self.group_name, 1.45, bold=True)
        self.group_name.setWordWrap(True)
        self.step_label = QLabel()
        scale_font(self.step_label, 1.3)
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.countdown, 2.8)
        self.group_count = QLabel()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%p% of the script"))
        self.progress.setAccessibleName(self.tr("Progress through the script"))
        self.pause_button = QPushButton(self.tr("Pause (Space)"))
        self.pause_button.clicked.connect(self.controller.toggle_pause)
        self.skip_button = QPushButton(self.tr("Skip group (S)"))
        self.skip_button.setToolTip(self.tr("Skip this group, for example an injured or painful "
                                            "area"))
        self.skip_button.clicked.connect(self.controller.skip_unit)
        self.stop_button = QPushButton(self.tr("Stop (Esc)"))
        self.stop_button.clicked.connect(self.controller.stop)
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.skip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        run = QWidget()
        layout = QVBoxLayout(run)
        for widget in (self.group_count, self.group_name, self.step_label, self.instruction):
            layout.addWidget(widget)
        layout.addWidget(self.countdown, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.controller.set_tick_interval(TEXT_TICK_MS)
        return run

    # --- choice -----------------------------------------------------------------------------
    def script(self) -> PmrScript:
        """The script chosen in the setup page."""
        return self.library.script(str(self.script_box.currentData()))

    def apply_request(self, request: ExerciseRequest) -> None:
        """Preselect the requested script."""
        super().apply_request(request)
        if request.exercise_id:
            self._select_script(request.exercise_id)

    def selection(self) -> tuple[str, Timeline, tuple[str, ...]]:
        """Script id, its timeline and the group ids (for the skipped list)."""
        script = self.script()
        return script.id, pmr_timeline(script), tuple(g.id for g in script.groups)

    def _select_script(self, script_id: str) -> None:
        index = self.script_box.findData(script_id)
        self.script_box.setCurrentIndex(max(0, index))
        self._on_script_box_changed()

    def _on_script_box_changed(self) -> None:
        script = self.script()
        total = pmr_timeline(script).total_seconds
        # The summary may already say so, in its own language.
        said = self.tr("shortened", "word looked for in a script's summary") \
            in script.summary.lower()
        shortened = " " + self.tr("(shortened form)") if script.shortened and not said else ""
        self.summary.setText(f"{script.summary}{shortened} · {total // 60}:{total % 60:02d}")
        self.source.setText(self.tr("Source: {source}").format(source=script.source))

    def _on_start_button_clicked(self) -> None:
        self.journal.remembered.set(SCRIPT_KEY, self.script().id)
        self.begin()

    # --- running ----------------------------------------------------------------------------
    def show_position(self, position: Position) -> None:
        """Group, step, instruction, countdown and progress through the script."""
        self.progress.setValue(round(position.progress * 100))
        step = position.step
        if step is None:
            self.step_label.setText(self.tr("Done"))
            self.countdown.clear()
            return
        script = self.script()
        group = group_of(script, step.unit)
        self.group_name.setText(group.name if group else "")
        self.group_count.setText(self.tr("Group {index} of {total}").format(
            index=step.unit + 1, total=len(script.groups)) if group else "")
        words = self.step_words
        # The group's name is already the headline: preparing says "Get ready", not "Next: …".
        label = (self.tr("Get ready") if step.kind == "prepare" and group
                 else words.label(step, group.name if group else ""))
        self.step_label.setText(self.tr("Paused · {step}").format(step=label)
                                if self.controller.paused else label)
        scale_font(self.step_label, 1.3, bold=step.kind in BOLD_STEPS)
        self.instruction.setText(words.detail(step))
        self.countdown.setText(str(position.whole_seconds_left))

    def spoken_intro(self, step: Step) -> str:
        """The voice names the group and how to tense it as the group is prepared."""
        group = group_of(self.script(), step.unit) if step.kind == "prepare" else None
        return f"{group.name}. {self.step_words.detail(step)}" if group else ""

    def _on_controller_paused_changed(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume (Space)") if paused else self.tr("Pause (Space)"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """S skips the current group while running."""
        if event.key() == Qt.Key.Key_S and self.controller.running and not event.modifiers():
            self.controller.skip_unit()
            return
        super().keyPressEvent(event)
