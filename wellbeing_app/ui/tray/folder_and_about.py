"""Two tray entries that need only the data folder: open it, and the About dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from wellbeing_app.ui.tray.app_actions import AppActions


def connect_folder_and_about(actions: AppActions, data_dir: Path, parent: object) -> None:
    """Answer *Open data folder* and *About*; ``parent`` owns the dialog when it is a widget."""
    def open_folder() -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))

    def about() -> None:
        # Built on first use.
        from wellbeing_app.platform.autostart.autostart_backend import Autostart
        from wellbeing_app.ui.tray.about_dialog import AboutDialog
        from wellbeing_app.ui.welcome.welcome_feature import log_dialog_command

        command = log_dialog_command(Autostart.for_this_user(data_dir).command)
        AboutDialog(data_dir, command, parent if isinstance(parent, QWidget) else None).exec()

    actions.open_data_folder_requested.connect(open_folder)
    actions.about_requested.connect(about)
