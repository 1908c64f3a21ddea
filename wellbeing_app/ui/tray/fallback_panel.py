"""When the desktop has no system tray: a small always-on-top panel, same actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QToolButton, QVBoxLayout, QWidget

from wellbeing_app import APP_NAME
from wellbeing_app.ui.tray.app_actions import AppActions


class FallbackPanel(QMainWindow):
    """A tray stand-in that reuses the very same QActions (a ``Shell``)."""

    def __init__(self, icon: QIcon, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon)
        self.reason = QLabel()
        self.retranslate()
        self.reason.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self._central())
        layout.addWidget(self.reason)
        layout.addWidget(self.status)
        layout.addWidget(self.notice)
        self._buttons: dict[QAction, QToolButton] = {}
        for action in actions.in_order():  # the whole tray menu: trends, settings, pause too
            button = QToolButton()
            self._buttons[action] = button
            button.setVisible(action.isVisible())
            action.changed.connect(self._on_action_changed)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setSizePolicy(button.sizePolicy().horizontalPolicy().Expanding,
                                 button.sizePolicy().verticalPolicy())
            layout.addWidget(button)
        self.setMaximumWidth(320)
        # Only here: in the tray menu "Ctrl+L" would read like a global hotkey, which it is not.
        QShortcut(QKeySequence("Ctrl+L"), self, actions.log_dialog.trigger)

    def retranslate(self) -> None:
        """The panel's own words in the shown language (the buttons follow their actions)."""
        self.reason.setText(self.tr("No system tray was found on this desktop, so Between "
                                    "Calls lives in this small panel."))

    def _on_action_changed(self) -> None:
        """Pause and Resume take turns, as in the tray menu."""
        for action, button in self._buttons.items():
            button.setVisible(action.isVisible())

    def show_notice(self, text: str) -> None:
        """A message the tray would show as a balloon (errors, recovery)."""
        self.notice.setText(text)
        self.notice.show()

    def set_status(self, text: str) -> None:
        """Mirror the tray tooltip (today's count and average)."""
        self.status.setText(text)

    def _central(self) -> QWidget:
        """The main window's content; a main window is what assistive technology calls a frame."""
        central = QWidget(self)
        self.setCentralWidget(central)
        return central

    # --- Shell ----------------------------------------------------------------------------
    def status_text(self) -> str:
        """What ``wellbeing status`` reports."""
        return self.status.text()

    def notify(self, message: str) -> None:
        """A calm, non-blocking notice."""
        self.show_notice(message)

    def set_paused(self, paused: bool) -> None:
        """Reminders paused or resumed: said in the notice line."""
        self.show_notice(QCoreApplication.translate("BetweenCallsApp", "Reminders paused")
                         if paused else
                         QCoreApplication.translate("BetweenCallsApp", "Reminders resumed"))

    def anchor(self) -> QPoint | None:
        """The panel has no tray icon to anchor cards to."""
        return None
