"""About Between Calls: version, where the data is, and the privacy promise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wellbeing_app import APP_NAME, __version__


class AboutDialog(QDialog):
    """Plain facts an agent or IT may need."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        text = QLabel(
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>A wellbeing companion for contact-center agents: log a tough call in "
            "seconds and take a short reset between calls.</p>"
            "<p><b>Private by design.</b> Everything stays on this computer. Nothing is "
            "shared unless you opt in.</p>"
            f"<p>Your data: <code>{data_dir}</code></p>"
            "<p>Keyboard: bind <code>wellbeing log-dialog</code> to a shortcut in your "
            "desktop settings to open the log dialog from anywhere.</p>"
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
