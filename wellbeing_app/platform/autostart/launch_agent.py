"""macOS: a per-user LaunchAgent with ``RunAtLoad`` in ``~/Library/LaunchAgents``."""

from __future__ import annotations

import contextlib
import os
import plistlib
import re
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from wellbeing_app.platform.autostart.autostart_backend import (
    AUTOSTART_ID,
    AutostartError,
    AutostartStatus,
)

#: Runs ``launchctl`` with these arguments and returns its stdout ("" when it cannot run).
Launchctl = Callable[[Sequence[str]], str]


def run_launchctl(args: Sequence[str]) -> str:
    """The real ``launchctl``; an empty answer when it is missing or fails."""
    try:
        result = subprocess.run(["launchctl", *args], capture_output=True, text=True,
                                timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout


def switched_off_in_launchd(print_disabled: str, label: str) -> bool:
    """Whether ``launchctl print-disabled`` lists ``label`` as disabled.

    System Settings → Login Items → "Allow in the Background" switches agents off this way.
    macOS 13+ prints ``"label" => disabled``; older versions ``"label" => true``.
    """
    match = re.search(rf'"{re.escape(label)}"\s*=>\s*(\w+)', print_disabled)
    return match is not None and match.group(1) in {"disabled", "true"}


class LaunchAgent:
    """The login entry on macOS; launchd reads it at the next login.

    Args:
        directory: Normally ``~/Library/LaunchAgents``.
        launchctl: Runs ``launchctl`` (faked in tests).
        uid: The user's id, for the ``gui/<uid>`` launchd domain.
    """

    def __init__(self, directory: Path, launchctl: Launchctl = run_launchctl,
                 uid: int | None = None) -> None:
        self.path = directory / f"{AUTOSTART_ID}.plist"
        self._launchctl = launchctl
        # os.getuid does not exist on Windows, where the tests also build this class.
        self._domain = f"gui/{getattr(os, 'getuid', lambda: 0)() if uid is None else uid}"

    def status(self) -> AutostartStatus:
        """Enabled when the plist exists, runs at load, and launchd has not been told to skip it."""
        try:
            with self.path.open("rb") as handle:
                plist = plistlib.load(handle)
        except FileNotFoundError:
            return AutostartStatus(False, str(self.path))
        except (OSError, plistlib.InvalidFileException, ValueError) as error:
            raise AutostartError(f"Cannot read {self.path}: "
                                 f"{getattr(error, 'strerror', None) or error}") from error
        enabled = (bool(plist.get("RunAtLoad")) and not plist.get("Disabled", False)
                   and not switched_off_in_launchd(
                       self._launchctl(["print-disabled", self._domain]), AUTOSTART_ID))
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
        # Clear a switch-off from System Settings, so "on" means on (status() reads it back).
        self._launchctl(["enable", f"{self._domain}/{AUTOSTART_ID}"])

    def disable(self) -> None:
        """Delete the agent; launchd forgets it at the next login."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError(f"Cannot remove {self.path}: {error.strerror or error}") from error
