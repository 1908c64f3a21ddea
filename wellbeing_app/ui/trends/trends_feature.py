"""The trends feature in the running app: the window on request, kept fresh on every change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.launch_message import LaunchMessage
from wellbeing_app.ui.app_services import AppServices

if TYPE_CHECKING:
    from wellbeing_app.ui.trends.trends_window import TrendsWindow


class TrendsFeature:
    """Builds the trends window on first use (Qt Charts load only then)."""

    # Named (translated) in the start-up notice when it cannot start.
    name = _t("BetweenCallsApp", "Trends")

    def __init__(self, services: AppServices, label_for: Callable[[str], str]) -> None:
        self._services = services
        self._label_for = label_for
        self.window: TrendsWindow | None = None

    def start(self) -> None:
        """Answer the tray's Trends item; redraw an open window when the journal changes."""
        self._services.actions.trends_requested.connect(self.open)
        self._services.watcher.changed.connect(self._on_watcher_changed)

    def stop(self) -> None:
        """Close the window."""
        if self.window is not None:
            self.window.close()

    def handle(self, message: LaunchMessage, raw: str) -> bool:
        """``trends``."""
        if message is LaunchMessage.TRENDS:
            self.open()
            return True
        return False

    def retranslate(self) -> None:
        """Rebuild the window in the new language (reopened if it was on screen)."""
        if self.window is None:
            return
        reopen = self.window.isVisible()
        self.window.close()
        self.window.deleteLater()
        self.window = None
        if reopen:
            self.open()

    def open(self) -> None:
        """Show the window (built once)."""
        # Imported here: Qt Charts and the window load only when first opened (start budget).
        from wellbeing_app.platform.local_zone import local_zone
        from wellbeing_app.ui.trends.trends_window import TrendsWindow

        if self.window is None:
            services = self._services
            settings = services.settings
            self.window = TrendsWindow(services.journal, services.content.catalog(), services.clock,
                                       services.data_dir, label_for=self._label_for,
                                       effective=lambda: settings.current, zone=local_zone)
        self.window.present()

    def _on_watcher_changed(self, external: bool) -> None:
        if self.window is None or not self.window.isVisible():
            return
        if external:  # another process wrote: always read again
            self.window.refresh()
        else:  # this process wrote; the window may have redrawn for it already (its own edits)
            self.window.refresh_if_stale()
