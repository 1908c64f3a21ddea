"""macOS: a per-user LaunchAgent with ``RunAtLoad`` in ``~/Library/LaunchAgents``."""

from __future__ import annotations

import contextlib
import os
import plistlib
from collections.abc import Sequence
from pathlib import Path

from wellbeing_app.platform.autostart import AUTOSTART_ID, AutostartError, AutostartStatus


class LaunchAgent:
    """The login entry on macOS; launchd reads it at the next login.

    Args:
        directory: Normally ``~/Library/LaunchAgents``.
    """

    def __init__(self, directory: Path) -> None:
        self.path = directory / f"{AUTOSTART_ID}.plist"

    def status(self) -> AutostartStatus:
        """Enabled when the plist exists, is not ``Disabled`` and has ``RunAtLoad``."""
        try:
            with self.path.open("rb") as handle:
                plist = plistlib.load(handle)
        except FileNotFoundError:
            return AutostartStatus(False, str(self.path))
        except (OSError, plistlib.InvalidFileException, ValueError) as error:
            raise AutostartError(f"Cannot read {self.path}: {error}") from error
        enabled = bool(plist.get("RunAtLoad")) and not plist.get("Disabled", False)
        return AutostartStatus(enabled, str(self.path),
                               tuple(str(arg) for arg in plist.get("ProgramArguments", ())))

    def enable(self, command: Sequence[str]) -> None:
        """Write the agent: run once at login, never restarted by launchd when the user quits."""
        plist = {
            "Label": AUTOSTART_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "KeepAlive": False,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
        temp = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with temp.open("wb") as handle:
                plistlib.dump(plist, handle)
            os.replace(temp, self.path)
        except OSError as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise AutostartError(f"Cannot write {self.path}: {error.strerror or error}") from error

    def disable(self) -> None:
        """Delete the agent; launchd forgets it at the next login."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError(f"Cannot remove {self.path}: {error.strerror or error}") from error
