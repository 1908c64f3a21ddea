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
        from wellbeing_app.ui.tray.about_dialog import AboutDialog  # built on first use

        AboutDialog(data_dir, parent if isinstance(parent, QWidget) else None).exec()

    actions.open_data_folder_requested.connect(open_folder)
    actions.about_requested.connect(about)
