"""The reminders feature in the running app: shift reminders, call awareness and Settings."""

from __future__ import annotations

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.launch_message import LaunchMessage
from wellbeing_app.platform.local_zone import local_zone
from wellbeing_app.ui.app_services import AppServices
from wellbeing_app.ui.reminders.reminder_feature_controller import ReminderFeatureController


class ReminderFeature:
    """Owns the reminder controller and wires it to the log flow, the shell and the status."""

    # Named (translated) in the start-up notice when it cannot start.
    name = _t("BetweenCallsApp", "Reminders, call detection and Settings")

    def __init__(self, services: AppServices, exercises_available: bool) -> None:
        self._services = services
        self.controller = ReminderFeatureController(
            services.journal, services.settings, services.clock, local_zone(),
            services.actions, services.shell.anchor)
        self.controller.set_exercise_available(exercises_available)

    def start(self) -> None:
        """Schedule reminders; listen to logged calls and external settings changes."""
        services, controller = self._services, self.controller
        controller.paused_changed.connect(self._on_controller_paused_changed)
        controller.state_changed.connect(services.refresh_status)
        controller.set_reset_covered(services.flow.is_offering_exercise)
        controller.exercise_requested.connect(services.actions.breathe_requested)
        services.flow.call_logged.connect(controller.on_call_logged)
        controller.start()

    def stop(self) -> None:
        """Stop every timer and the detector thread."""
        self.controller.stop()

    def handle(self, message: LaunchMessage, raw: str) -> bool:
        """Reminders answer no launch message."""
        return False

    def retranslate(self) -> None:
        """The prompt and the note are built again, in the new language, on next use."""
        self.controller.drop_idle_windows()

    def state_text(self) -> str:
        """'on a call — reminders wait', 'reminders paused until 14:30', or ''."""
        return self.controller.state_text()

    def _on_controller_paused_changed(self, until: object) -> None:
        self._services.shell.set_paused(until is not None)
