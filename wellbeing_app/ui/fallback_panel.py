"""When the desktop has no system tray: a small always-on-top panel, same actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from wellbeing_app.ui.app_actions import AppActions

NO_TRAY_REASON = (
    "No system tray was found on this desktop, so Between Calls lives in this small panel."
)


class FallbackPanel(QWidget):
    """A tray stand-in that reuses the very same QActions."""

    def __init__(self, icon: QIcon, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle("Between Calls")
        self.setWindowIcon(icon)
        self.reason = QLabel(NO_TRAY_REASON)
        self.reason.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.status)
        layout.addWidget(self.notice)
        for action in (actions.log_dialog, actions.quick_log_menu.menuAction(),
                       actions.breathe, actions.relax,
                       actions.open_data_folder, actions.about, actions.quit):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setSizePolicy(button.sizePolicy().horizontalPolicy().Expanding,
                                 button.sizePolicy().verticalPolicy())
            layout.addWidget(button)
        self.setMaximumWidth(320)

    def show_notice(self, text: str) -> None:
        """A message the tray would show as a balloon (errors, recovery)."""
        self.notice.setText(text)
        self.notice.show()

    def set_status(self, text: str) -> None:
        """Mirror the tray tooltip (today's count and average)."""
        self.status.setText(text)
