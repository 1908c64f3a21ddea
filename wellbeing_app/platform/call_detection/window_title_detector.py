"""Optional: on a call while the softphone's window is in front (title contains a text)."""

from __future__ import annotations

import sys
from collections.abc import Callable

from wellbeing_app.domain.reminders.call_state import CallVerdict
from wellbeing_app.platform.command_runner import CommandRunner


def foreground_title_reader(runner: CommandRunner,
                            platform: str = sys.platform) -> Callable[[], str | None]:
    """A function returning the title of the window in front, or ``None`` when unknown."""
    if platform == "win32":
        return _windows_title
    if platform.startswith("linux") and runner.available("xdotool"):
        return lambda: runner.run(["xdotool", "getactivewindow", "getwindowname"])
    return lambda: None


def _windows_title() -> str | None:
    if sys.platform != "win32":
        return None
    import ctypes

    user32 = ctypes.windll.user32
    handle = user32.GetForegroundWindow()
    buffer = ctypes.create_unicode_buffer(512)
    user32.GetWindowTextW(handle, buffer, 512)
    return str(buffer.value)


class WindowTitleDetector:
    """Case-insensitive substring match on the foreground window's title."""

    name = "softphone window"

    def __init__(self, pattern: str, read_title: Callable[[], str | None]) -> None:
        self._pattern = pattern.strip().casefold()
        self._read_title = read_title

    def detect(self) -> CallVerdict:
        """Look at the window in front once."""
        title = self._read_title()
        if title is None:
            return CallVerdict(False, self.name, "cannot see the window in front", available=False)
        if self._pattern and self._pattern in title.casefold():
            return CallVerdict(True, self.name, f"in front: {title.strip()[:60]}")
        return CallVerdict(False, self.name, "softphone not in front")
