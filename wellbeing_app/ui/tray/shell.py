"""The one thing the app needs from its front: the tray icon, or the panel when there is none."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from wellbeing_app.ui.tray.app_actions import AppActions


class Shell(Protocol):
    """Implemented by ``TrayController`` and ``FallbackPanel``."""

    def show(self) -> None:
        """Appear (the icon in the tray, or the panel)."""

    def hide(self) -> None:
        """Disappear (at quit)."""

    def set_status(self, text: str) -> None:
        """Today's line (tooltip or panel label)."""

    def status_text(self) -> str:
        """Today's line as shown; what ``wellbeing status`` answers."""
        ...

    def notify(self, message: str) -> None:
        """A calm, non-blocking notice."""

    def set_paused(self, paused: bool) -> None:
        """Show that reminders are paused, or resumed."""

    def retranslate(self) -> None:
        """Set the shell's own words again in the shown language."""

    def anchor(self) -> QPoint | None:
        """Where cards should appear (the tray icon), when known."""
        ...


def make_shell(icon: QIcon, actions: AppActions, force_panel: bool = False) -> Shell:
    """The tray icon when the desktop has a tray, else the always-on-top panel; shown."""
    shell: Shell
    if QSystemTrayIcon.isSystemTrayAvailable() and not force_panel:
        from wellbeing_app.ui.tray.tray_controller import TrayController

        shell = TrayController(icon, actions)
    else:
        from wellbeing_app.ui.tray.fallback_panel import FallbackPanel

        shell = FallbackPanel(icon, actions)
    shell.show()
    return shell
