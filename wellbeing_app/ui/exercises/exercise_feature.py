"""The exercises feature in the running app: tray actions, launch messages, the offer taken."""

from __future__ import annotations

from collections.abc import Callable

from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.launch_message import LaunchMessage
from wellbeing_app.ui.app_services import AppServices
from wellbeing_app.ui.exercises.exercise_controller import ExerciseController
from wellbeing_app.usecases.exercise_offers import ExerciseOffer


class ExerciseFeature:
    """Breathing and muscle relaxation, opened from the tray, the CLI or an offer."""

    # Named (translated) in the start-up notice when it cannot start.
    name = _t("BetweenCallsApp", "Breathing and muscle relaxation")

    def __init__(self, services: AppServices, library: Callable[[], ExerciseLibrary]) -> None:
        self._services = services
        self.controller = ExerciseController(library, services.journal, services.clock)

    def start(self) -> None:
        """Answer the tray's Breathe / Relax and the offer after a logged call."""
        actions = self._services.actions
        actions.breathe_requested.connect(self.controller.open_breathing)
        actions.relax_requested.connect(self.controller.open_pmr)
        self._services.flow.exercise_requested.connect(self._on_flow_exercise_requested)

    def stop(self) -> None:
        """Close every window (a running session is stored as stopped)."""
        self.controller.close_all()

    def retranslate(self) -> None:
        """The windows are rebuilt in the new language (one in use once closed)."""
        self.controller.drop_idle_windows()

    def handle(self, message: LaunchMessage, raw: str) -> bool:
        """``breathe [ID]`` / ``relax [ID]``."""
        if message in (LaunchMessage.BREATHE, LaunchMessage.RELAX):
            return self.controller.open_message(raw)
        return False

    def _on_flow_exercise_requested(self, call_id: int, stress: int, offer: ExerciseOffer
                                    ) -> None:
        self.controller.open_offer(call_id, stress, offer)
