"""What both exercise windows share: setup → rating → run → rating → done, keys, options."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.exercises.exercise_request import ExerciseRequest
from wellbeing_app.domain.exercises.exercise_session import StoredSession
from wellbeing_app.domain.exercises.exercise_timeline import Position, Step, Timeline
from wellbeing_app.platform.resources import resource_path
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.exercises.exercise_cues import ExerciseCues, qt_chime, qt_speaker
from wellbeing_app.ui.exercises.exercise_rating_panel import ExerciseRatingPanel
from wellbeing_app.ui.exercises.exercise_session_controller import ExerciseSessionController
from wellbeing_app.ui.placement import place_near

ON_TOP_KEY = "exercises.always_on_top"
SOUND_KEY = "exercises.sound"
SPEECH_KEY = "exercises.speech"
CHIME_WAV = ("exercises", "sounds", "phase_chime.wav")


class ExerciseWindow(QMainWindow):
    """Base of ``BreathingWindow`` and ``PmrWindow``; subclasses add setup and run views.

    Signals:
        session_finished(object): the ``StoredSession`` once the after-rating is in (or skipped).
    """

    session_finished = Signal(object)

    def __init__(self, library: ExerciseLibrary, journal: Journal, clock: Clock, kind: str,
                 notes_key: str, cues: ExerciseCues | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.cues = cues or ExerciseCues(lambda: qt_chime(resource_path(*CHIME_WAV), self),
                                         lambda: qt_speaker(self), self)
        self.library = library
        self.journal = journal
        self.clock = clock
        self._notes_key = notes_key
        self.request = ExerciseRequest(kind)
        self.controller = ExerciseSessionController(clock, journal.exercises, kind,
                                                    self)
        self.controller.position_listeners.append(self._on_controller_position_changed)
        self.controller.paused_changed.connect(self._on_controller_paused_changed)
        self.controller.session_saved.connect(self._on_controller_session_saved)
        self._placed = False
        self.pages = QStackedWidget()
        self.before = ExerciseRatingPanel(self.before_question(), self.tr("Skip and start"))
        self.before.rated.connect(self._on_before_rated)
        self.choose_button = QPushButton(self.tr("Choose another exercise…"))
        self.choose_button.clicked.connect(self.show_setup)
        self.before.add_button(self.choose_button)
        self.after = ExerciseRatingPanel(self.after_question())
        self.after.rated.connect(self._on_after_rated)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("notes")
        self.notes.setStyleSheet("#notes { background: palette(alternate-base); padding: 8px; }")
        self.notes_button = QPushButton(self.tr("Safety notes"))
        self.notes_button.setCheckable(True)
        self.notes_button.toggled.connect(self.notes.setVisible)
        self.on_top = QCheckBox(self.tr("Keep on top"))
        self.on_top.setToolTip(self.tr("Keep this window above others (handy on small screens)"))
        self.on_top.setChecked(bool(journal.remembered.get(ON_TOP_KEY, False)))
        self.on_top.toggled.connect(self._on_on_top_toggled)
        self.sound = self.cue_box(
            self.tr("Sound cue"), self.tr("A soft chime at each change of phase"), SOUND_KEY,
            self._switch_sound, self.tr("Sound cue (no audio device: silent)"))
        self.controller.step_listeners.append(self._on_controller_step)

    def before_question(self) -> str:
        """The rating asked before an exercise starts."""
        return self.tr("Before you start: how stressed do you feel right now?")

    def after_question(self) -> str:
        """The rating asked when it ends."""
        return self.tr("And now, how stressed do you feel?")

    # --- layout, filled by subclasses -----------------------------------------------------
    def assemble(self, setup: QWidget, run: QWidget, notes: str) -> None:
        """Put the pages together; subclasses call this at the end of their constructor."""
        self.notes.setText(notes)
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(self.done_label)
        again = QPushButton(self.tr("Another round"))
        again.clicked.connect(self.show_setup)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(again)
        row.addStretch(1)
        row.addWidget(close)
        done_layout.addLayout(row)
        done_layout.addStretch(1)
        for page in (setup, self.before, run, self.after, done):
            self.pages.addWidget(page)
        footer = QHBoxLayout()
        footer.addWidget(self.notes_button)
        footer.addStretch(1)
        footer.addWidget(self.sound)
        footer.addWidget(self.on_top)
        layout = QVBoxLayout(self._central())
        layout.addWidget(self.notes)
        layout.addWidget(self.pages, 1)
        layout.addLayout(footer)
        first_time = not self.journal.remembered.get(self._notes_key, False)
        self.notes_button.setChecked(first_time)
        self.notes.setVisible(first_time)
        self._apply_on_top(self.on_top.isChecked())

    def selection(self) -> tuple[str, Timeline, tuple[str, ...]]:
        """Exercise id, timeline and unit ids of what the setup page chose (subclass)."""
        raise NotImplementedError

    def show_position(self, position: Position) -> None:
        """Update the run view (subclass)."""
        raise NotImplementedError

    def apply_request(self, request: ExerciseRequest) -> None:
        """Preselect what a request names (subclass may extend)."""
        self.request = request

    def spoken_intro(self, step: Step) -> str:
        """What the voice says as a step is prepared (PMR: the group and how to tense)."""
        return ""

    def _on_controller_step(self, step: Step) -> None:
        self.cues.on_step(step, self.spoken_intro(step))

    def cue_box(self, text: str, tip: str, key: str, switch: Callable[[bool], bool],
                missing: str) -> QCheckBox:
        """A remembered on/off box for a cue (sound, speech).

        ``switch(on)`` turns the cue on or off and says whether it can play; ticked while it
        cannot, the box says ``missing`` instead of ``text``.
        """
        box = QCheckBox(text)
        box.setToolTip(tip)

        def on_toggled(on: bool) -> None:
            self.journal.remembered.set(key, on)
            if not switch(on) and on:
                box.setText(missing)
        box.toggled.connect(on_toggled)
        box.setChecked(bool(self.journal.remembered.get(key, False)))
        return box

    def _switch_sound(self, on: bool) -> bool:
        self.cues.sound_on = on
        return self.cues.sound_available()

    def switch_speech(self, on: bool) -> bool:
        """Turn spoken guidance on or off; False when there is no speech engine."""
        self.cues.speech_on = on
        return self.cues.speech_available()

    # --- flow -----------------------------------------------------------------------------
    def open_for(self, request: ExerciseRequest, *, activate: bool = True,
                 preset_before: int | None = None, ready: bool = False) -> None:
        """Show the setup page for ``request``; take focus only when the agent asked.

        Args:
            request: which exercise to preselect (and the call it follows).
            activate: take keyboard focus (only when the agent opened the window).
            preset_before: a rating to highlight in the before question (the call's).
            ready: skip the setup page and ask the before-rating at once (the offer after a
                call: one more click starts it).
        """
        if self.controller.running:
            self.raise_()
            return
        self.apply_request(request)
        self._preset_before = preset_before
        self.show_setup()
        if ready:
            self.begin()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        if not self._placed:
            place_near(self, None)  # first time: the tray corner, clear of the softphone
            self._placed = True
        self.show()
        if activate:
            self.raise_()
            self.activateWindow()

    def show_setup(self) -> None:
        """Back to choosing an exercise."""
        self.pages.setCurrentIndex(0)

    def begin(self) -> None:
        """Setup done: ask for the before-rating (the call's rating is highlighted)."""
        self.journal.remembered.set(self._notes_key, True)
        self.before.reset(self.before_question(), getattr(self, "_preset_before", None))
        self.pages.setCurrentWidget(self.before)
        self.before.setFocus()

    def _on_before_rated(self, rating: int | None) -> None:
        exercise_id, timeline, unit_ids = self.selection()
        self.notes_button.setChecked(False)  # read once; one click brings the notes back
        self.pages.setCurrentIndex(2)
        self.controller.start(exercise_id, timeline, stress_before=rating,
                              call_id=self.request.call_id, unit_ids=unit_ids)

    def _on_controller_position_changed(self, position: Position) -> None:
        self.show_position(position)

    def _on_controller_paused_changed(self, paused: bool) -> None:
        """Subclasses relabel their pause button."""

    def _on_controller_session_saved(self, session: StoredSession) -> None:
        if not self.isVisible():
            return
        self.after.reset(self.after_question())
        self.pages.setCurrentWidget(self.after)
        self.after.setFocus()

    def _on_after_rated(self, rating: int | None) -> None:
        self.controller.rate_after(rating)
        saved = self.controller.saved
        before = "-" if saved is None or saved.stress_before is None else saved.stress_before
        after = "-" if rating is None else rating
        state = (self.tr("Well done.") if saved is not None and saved.completed
                 else self.tr("Stopped — that's fine."))
        saved_text = self.tr("Saved in your journal · stress {before} → {after}.").format(
            before=before, after=after)
        self.done_label.setText(f"{state} {saved_text}")
        self.pages.setCurrentIndex(4)
        if saved is not None:
            self.session_finished.emit(saved)

    def _on_on_top_toggled(self, on: bool) -> None:
        self.journal.remembered.set(ON_TOP_KEY, on)
        self._apply_on_top(on)

    def _apply_on_top(self, on: bool) -> None:
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:
            self.show()

    # --- keys and closing -----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc stops a running exercise (or closes); Space pauses and resumes; Enter starts."""
        running = self.pages.currentIndex() == 2 and self.controller.running
        if event.key() == Qt.Key.Key_Escape:
            if running:
                self.controller.stop()
            else:
                self.close()
            return
        if running and event.key() == Qt.Key.Key_Space:
            self.controller.toggle_pause()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._click_default():
            return
        super().keyPressEvent(event)

    def _click_default(self) -> bool:
        """Enter presses the page's default button (Start); a plain window has no QDialog to."""
        page = self.pages.currentWidget()
        for button in page.findChildren(QPushButton) if page is not None else []:
            if button.isDefault() and button.isVisible() and button.isEnabled():
                button.click()
                return True
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        """Closing mid-exercise stores it as stopped; no timer outlives the window.

        A spontaneous hide (the window manager minimising it) leaves the session running.
        """
        if not event.spontaneous():
            self.controller.stop()
        super().hideEvent(event)

    def _central(self) -> QWidget:
        """The main window's content; a main window is what assistive technology calls a frame."""
        central = QWidget(self)
        self.setCentralWidget(central)
        return central
