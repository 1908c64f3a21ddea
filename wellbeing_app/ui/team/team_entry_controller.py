"""Opens the team windows from the tray: the agent's sharing dialog and the lead's team view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.ui.team.team_share_controller import TeamShareController
from wellbeing_app.ui.team.team_share_dialog import TeamShareDialog
from wellbeing_app.ui.team.team_view_window import TeamViewWindow
from wellbeing_app.usecases.team_sharing import TeamSharing


class TeamEntryController(QObject):
    """Builds each team window once, on first use, and brings it to the front after that."""

    def __init__(self, sharing: TeamSharing, data_dir: Path, clock: Clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sharing = sharing
        self._data_dir = data_dir
        self._clock = clock
        self.share_dialog: TeamShareDialog | None = None
        self.team_view: TeamViewWindow | None = None

    def open_share_dialog(self) -> None:
        """Show the privacy explanation, opt-ins, preview and history."""
        if self.share_dialog is None:
            controller = TeamShareController(self._sharing, self)
            self.share_dialog = TeamShareDialog(controller)
        else:
            self.share_dialog.reload()
        self._raise(self.share_dialog)

    def open_team_view(self) -> None:
        """Show the team view and read the folder again, under the settings in force now."""
        settings = self._settings()
        if self.team_view is None:
            self.team_view = TeamViewWindow(settings, self._data_dir, self._clock,
                                            self._sharing.labels())
        else:
            self.team_view.use_settings(settings)
        self._raise(self.team_view)
        self.team_view.refresh()

    def on_screen(self) -> bool:
        """Either window is shown."""
        return any(window is not None and window.isVisible()
                   for window in (self.share_dialog, self.team_view))

    def close_all(self) -> None:
        """Close both windows (at shutdown)."""
        for window in (self.share_dialog, self.team_view):
            if window is not None:
                window.close()

    def _settings(self) -> TeamSettings:
        try:
            return self._sharing.settings()
        except ValidationError:
            return TeamSettings()  # the view still works with the safe defaults

    @staticmethod
    def _raise(window: TeamShareDialog | TeamViewWindow) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
