"""The sensed-workload feature in the running app: call spans from call detection."""

from __future__ import annotations

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.launch_message import LaunchMessage
from wellbeing_app.ui.app_services import AppServices
from wellbeing_app.ui.reminders.reminder_feature_controller import ReminderFeatureController
from wellbeing_app.ui.workload.workload_controller import WorkloadController


class WorkloadFeature:
    """Listens to the reminders' call watcher; installed before reminders start (no call missed)."""

    # Named (translated) in the start-up notice when it cannot start.
    name = _t("BetweenCallsApp", "Sensed workload")

    def __init__(self, services: AppServices, reminders: ReminderFeatureController) -> None:
        self.controller = WorkloadController(services.journal, services.clock, reminders)

    def start(self) -> None:
        """Already listening since it was built."""

    def stop(self) -> None:
        """Quitting during a call: the span ends now."""
        self.controller.stop()

    def handle(self, message: LaunchMessage, raw: str) -> bool:
        """Workload answers no launch message."""
        return False

    def retranslate(self) -> None:
        """No windows of its own."""
