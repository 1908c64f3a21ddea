"""The team feature in the running app: weekly automatic sharing and the two team windows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.launch_message import LaunchMessage
from wellbeing_app.domain.settings.layers import EffectiveSettings
from wellbeing_app.ui.app_services import AppServices
from wellbeing_app.ui.team.auto_share_timer import AutoShareTimer

if TYPE_CHECKING:
    from wellbeing_app.ui.team.team_entry_controller import TeamEntryController


class TeamFeature:
    """The hourly auto-share check now; the windows (and cryptography) on first use."""

    # Named (translated) in the start-up notice when it cannot start.
    name = _t("BetweenCallsApp", "Team sharing")

    def __init__(self, services: AppServices) -> None:
        self._services = services
        self.auto_share = AutoShareTimer(services.sharing)
        self._entry: TeamEntryController | None = None
        self._outdated = False  # the windows were built before a language switch
        self._unsubscribe: Callable[[], None] = lambda: None

    def start(self) -> None:
        """Connect the tray's team items and begin the hourly check."""
        actions, notify = self._services.actions, self._services.notify
        actions.share_with_team_requested.connect(self._on_share_requested)
        actions.team_view_requested.connect(self._on_team_view_requested)
        self.auto_share.shared.connect(notify)
        self.auto_share.failed.connect(notify)
        self.auto_share.start()
        self._show_lead_items(self._services.settings.current)
        self._unsubscribe = self._services.settings.subscribe(self._show_lead_items)

    def stop(self) -> None:
        """Stop the check and close the windows."""
        self.auto_share.stop()
        self._unsubscribe()
        if self._entry is not None:
            self._entry.close_all()

    def handle(self, message: LaunchMessage, raw: str) -> bool:
        """``team-view``."""
        if message is LaunchMessage.TEAM_VIEW:
            self.entry().open_team_view()
            return True
        return False

    def retranslate(self) -> None:
        """The team windows are built again, in the new language, on next use.

        One on screen stays as it is until closed: closing it would ask about unsaved sharing
        choices in the middle of the switch.
        """
        self._outdated = self._entry is not None
        self._drop_outdated()

    def entry(self) -> TeamEntryController:
        """The window opener, built on first use."""
        self._drop_outdated()
        if self._entry is None:
            # Imported on first use: cryptography and the team windows stay out of start-up.
            from wellbeing_app.ui.team.team_entry_controller import TeamEntryController

            services = self._services
            self._entry = TeamEntryController(services.sharing, services.data_dir,
                                              services.clock)
        return self._entry

    def _drop_outdated(self) -> None:
        """Forget the windows built before a language switch once none is on screen."""
        if not self._outdated or self._entry is None or self._entry.on_screen():
            return
        self._entry.close_all()
        self._entry.deleteLater()
        self._entry = None
        self._outdated = False

    def _show_lead_items(self, effective: EffectiveSettings) -> None:
        """Team view… is for a lead: offered only where a team folder is set."""
        self._services.actions.team_view.setVisible(bool(effective.settings.team_folder))

    def _on_share_requested(self) -> None:
        self.entry().open_share_dialog()

    def _on_team_view_requested(self) -> None:
        self.entry().open_team_view()
