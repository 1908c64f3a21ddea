"""The floor: the smallest PySide6 tray app we can write, with the same icon."""

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

app = QApplication(["minimal-tray"])
app.setQuitOnLastWindowClosed(False)
icon = QIcon(str(Path(__file__).resolve().parents[1] / "resources" / "icon.svg"))
tray = QSystemTrayIcon(icon)
menu = QMenu()
menu.addAction("Quit", app.quit)
tray.setContextMenu(menu)
tray.show()
sys.exit(app.exec())
