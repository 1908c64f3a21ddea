"""About Between Calls: version, where the data is, and the privacy promise."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wellbeing_app import APP_NAME, __version__


class AboutDialog(QDialog):
    """Plain facts an agent or IT may need."""

    def __init__(self, data_dir: Path, hotkey_command: str, parent: QWidget | None = None
                 ) -> None:
        """``hotkey_command`` is the welcome window's: this app, this data folder, log-dialog."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        text = QLabel(
            f"<h3>{APP_NAME} {__version__}</h3><p>"
            + self.tr("A wellbeing companion for contact-center agents: log a tough call in "
                      "seconds and take a short reset between calls.")
            + "</p><p>"
            + self.tr("<b>Private by design.</b> Everything stays on this computer. Nothing is "
                      "shared unless you opt in.")
            + "</p><p>"
            + self.tr("Your data: {path}").format(path=f"<code>{data_dir}</code>")
            + "</p><p>"
            + self.tr("Keyboard: bind {command} to a shortcut in your desktop settings to open "
                      "the log dialog from anywhere.").format(
                          command=f"<code>{html.escape(hotkey_command)}</code>")
            + "</p>"
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
