"""Opens the exercise windows on request: tray, CLI channel, or the offer after a call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.exercises.exercise_request import (
    ExerciseRequest,
    parse_message,
    validate_request,
)
from wellbeing_app.domain.exercises.exercise_session import BREATHING, PMR
from wellbeing_app.store.journal import Journal
from wellbeing_app.usecases.exercise_offers import ExerciseOffer

if TYPE_CHECKING:
    from wellbeing_app.ui.exercises.exercise_window import ExerciseWindow


class ExerciseController(QObject):
    """Builds each exercise window once, on first use, and routes requests to it."""

    def __init__(self, library: Callable[[], ExerciseLibrary], journal: Journal, clock: Clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library  # asked when a window is built: the shown language
        self._journal = journal
        self._clock = clock
        self._windows: dict[str, ExerciseWindow] = {}
        # In use at a language switch: kept as it is, rebuilt once closed and its session saved.
        self._outdated: set[str] = set()

    def window(self, kind: str) -> ExerciseWindow:
        """The breathing or PMR window (built lazily)."""
        if kind in self._outdated and not self._in_use(self._windows[kind]):
            self._forget(kind)
        if kind not in self._windows:
            # Imported on first use: the windows cost ≈30 ms of imports the tray start can skip.
            from wellbeing_app.ui.exercises.breathing_window import BreathingWindow
            from wellbeing_app.ui.exercises.pmr_window import PmrWindow

            factory = BreathingWindow if kind == BREATHING else PmrWindow
            self._windows[kind] = factory(self._library(), self._journal, self._clock)
        return self._windows[kind]

    def open(self, request: ExerciseRequest, *, activate: bool = True,
             preset_before: int | None = None, ready: bool = False) -> ExerciseWindow:
        """Show the window the request names, preselecting its exercise."""
        window = self.window(request.kind)
        window.open_for(request, activate=activate, preset_before=preset_before, ready=ready)
        return window

    def open_breathing(self) -> None:
        """Tray: Breathe."""
        self.open(ExerciseRequest(BREATHING))

    def open_pmr(self) -> None:
        """Tray: Relax muscles."""
        self.open(ExerciseRequest(PMR))

    def open_message(self, raw: str) -> bool:
        """A ``breathe [ID]`` / ``relax [ID]`` message; ``False`` when it names no exercise."""
        request = parse_message(raw)
        if request is None:
            return False
        command = "breathe" if request.kind == BREATHING else "relax"
        try:
            validated = validate_request(command, request.exercise_id, self._library())
        except ValidationError:
            validated = ExerciseRequest(request.kind)
        self.open(validated)
        return True

    def open_offer(self, call_id: int, stress: int, offer: ExerciseOffer) -> ExerciseWindow:
        """The offer on the card taken: open it at the "before" question, linked to the call."""
        suggestion = offer.suggestion
        request = ExerciseRequest(suggestion.kind, suggestion.exercise_id,
                                  seconds=suggestion.seconds if suggestion.kind == BREATHING
                                  else None, call_id=call_id)
        return self.open(request, preset_before=stress, ready=True)

    def drop_idle_windows(self) -> None:
        """The language changed: every window is built again, in the new language, on next use.

        A window on screen or with a running session is kept until it is closed and its session
        saved (a session finishes in the words it started with); the others are forgotten now.
        """
        for kind, window in list(self._windows.items()):
            if self._in_use(window):
                self._outdated.add(kind)
            else:
                self._forget(kind)

    @staticmethod
    def _in_use(window: ExerciseWindow) -> bool:
        return window.isVisible() or window.controller.running

    def _forget(self, kind: str) -> None:
        window = self._windows.pop(kind)
        self._outdated.discard(kind)
        window.close()
        window.deleteLater()

    def close_all(self) -> None:
        """Close every window (a running session is stored as stopped)."""
        for window in self._windows.values():
            window.controller.stop()  # also when minimised, where close() sends no hide event
            window.close()
