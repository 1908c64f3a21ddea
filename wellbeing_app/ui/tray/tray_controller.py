"""The tray icon: a listener that shows state and forwards clicks to AppActions."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from wellbeing_app import APP_NAME
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.tray.icons import paused_icon


class TrayController(QObject):
    """Owns the QSystemTrayIcon and its menu; has no logic of its own (a ``Shell``)."""

    def __init__(self, icon: QIcon, actions: AppActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._base_icon = icon
        self._menu = QMenu()
        actions.fill_menu(self._menu)
        self._tray = QSystemTrayIcon(icon, self)
        self._tray.setContextMenu(self._menu)
        self._tray.activated.connect(self._on_tray_activated)

    @property
    def menu(self) -> QMenu:
        """The context menu (exposed for tests and screenshots)."""
        return self._menu

    def show(self) -> None:
        """Put the icon in the tray."""
        self._tray.show()

    def hide(self) -> None:
        """Take the icon out of the tray."""
        self._tray.hide()

    def set_icon(self, icon: QIcon) -> None:
        """Show a state in the icon (e.g. reminders paused)."""
        self._tray.setIcon(icon)

    def icon(self) -> QIcon:
        """The icon on show."""
        return self._tray.icon()

    def set_tooltip(self, text: str) -> None:
        """Today's count and mean stress, kept fresh by the app."""
        self._tray.setToolTip(text)

    def tooltip(self) -> str:
        """The current tooltip text."""
        return self._tray.toolTip()

    def anchor(self) -> QPoint | None:
        """Where the icon is on screen, when the platform tells us."""
        geometry: QRect = self._tray.geometry()
        return geometry.center() if geometry.isValid() and not geometry.isEmpty() else None

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self._actions.log_dialog_requested.emit()

    def show_message(self, title: str, message: str) -> None:
        """A calm OS notification that does not take focus."""
        self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 6000)

    # --- Shell ----------------------------------------------------------------------------
    def set_status(self, text: str) -> None:
        """Today's line in the tooltip."""
        self.set_tooltip(text)

    def status_text(self) -> str:
        """What ``wellbeing status`` reports."""
        return self.tooltip()

    def notify(self, message: str) -> None:
        """A calm, non-blocking notice."""
        self.show_message(APP_NAME, message)

    def retranslate(self) -> None:
        """The menu follows its actions, which retranslate themselves."""

    def set_paused(self, paused: bool) -> None:
        """Reminders paused: the icon says so."""
        self.set_icon(paused_icon(self._base_icon) if paused else self._base_icon)
