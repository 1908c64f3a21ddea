"""The first-start window in the running app: once on the first start, then only on request."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.launch_message import LaunchMessage
from wellbeing_app.ui.app_services import AppServices

if TYPE_CHECKING:
    from wellbeing_app.ui.welcome.welcome_window import WelcomeWindow

#: Remembered once the first-start window was finished or skipped (never shown again by itself).
WELCOME_DONE_KEY = "welcome.done"


def log_dialog_command(launch: Sequence[str]) -> str:
    """What to bind to a hotkey: this app (as started at login) with this data folder."""
    import shlex

    return shlex.join([*launch, "log-dialog"])


class WelcomeFeature:
    """Shows 'Welcome to Between Calls' on the first start; Settings and the CLI reopen it."""

    # Named (translated) in the start-up notice when it cannot start.
    name = _t("BetweenCallsApp", "First-start window")

    def __init__(self, services: AppServices) -> None:
        self._services = services
        self.window: WelcomeWindow | None = None

    def start(self) -> None:
        """Answer 'Show the welcome window again…'; open it if the first start is not done."""
        self._services.actions.welcome_requested.connect(self.open)
        if not self._services.journal.remembered.get(WELCOME_DONE_KEY, False):
            self.open()

    def stop(self) -> None:
        """Close the window (nothing is stored: closing is not finishing)."""
        if self.window is not None:
            self.window.hide()

    def handle(self, message: LaunchMessage, raw: str) -> bool:
        """``wellbeing welcome``."""
        if message is LaunchMessage.WELCOME:
            self.open()
            return True
        return False

    def retranslate(self) -> None:
        """Nothing to do: the window is built afresh each time it opens."""

    def open(self) -> None:
        """Show the window, focused (the agent started the app or asked for it).

        One not on screen is built again: a kept one showed the settings and the language of
        its first opening, and Finish stored that day's shift over one set since.
        """
        if self.window is not None and not self.window.isVisible():
            self.window.deleteLater()
            self.window = None
        if self.window is None:
            self.window = self._build()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _build(self) -> WelcomeWindow:
        # Imported here: a returning start never shows the window (idle memory budget).
        from wellbeing_app.platform.autostart.autostart_backend import Autostart
        from wellbeing_app.ui.welcome.welcome_window import WelcomeWindow

        services = self._services
        autostart = Autostart.for_this_user(services.data_dir)
        window = WelcomeWindow(services.settings.current, services.settings.save, autostart,
                               log_dialog_command(autostart.command))
        window.finished_first_start.connect(self._on_window_finished_first_start)
        window.breathing_requested.connect(services.actions.breathe_requested)
        return window

    def _on_window_finished_first_start(self) -> None:
        self._services.journal.remembered.set(WELCOME_DONE_KEY, True)
