"""The tray and window icon, from the shipped SVG."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from wellbeing_app.platform.resources import resource_path


def app_icon() -> QIcon:
    """The Between Calls icon; Qt's SVG icon engine renders each size crisply on demand."""
    return QIcon(str(resource_path("icon.svg")))
