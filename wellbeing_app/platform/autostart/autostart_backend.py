"""Start at login: one small interface, one backend per OS, and the command they launch."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from wellbeing_app import APP_DESKTOP_ID

#: Reverse-DNS id shared by the .desktop file, the LaunchAgent label and the installers.
AUTOSTART_ID = APP_DESKTOP_ID
#: The windowed executable in the frozen bundle (the console one is ``wellbeing``).
GUI_EXECUTABLE = "BetweenCalls"


class AutostartError(OSError):
    """The login entry could not be read or changed; the message says where and why."""


@dataclass(frozen=True)
class AutostartStatus:
    """Whether the app starts at login, and where the OS keeps that entry."""

    enabled: bool
    location: str
    command: tuple[str, ...] = ()


class AutostartBackend(Protocol):
    """How one OS records a program to start at login."""

    def status(self) -> AutostartStatus:
        """Read the entry as the OS will honour it at the next login."""
        ...

    def enable(self, command: Sequence[str]) -> None:
        """Create or replace the entry so ``command`` runs at login."""
        ...

    def disable(self) -> None:
        """Remove the entry; no error when there is none."""
        ...


def launch_command(data_dir: Path | None = None) -> tuple[str, ...]:
    """The command that starts the tray app, frozen or from source.

    Args:
        data_dir: A data directory to pass on (only when it is not the OS default).
    """
    executable = Path(sys.executable)
    if getattr(sys, "frozen", False):
        suffix = ".exe" if sys.platform == "win32" else ""
        gui = executable.with_name(GUI_EXECUTABLE + suffix)
        command: tuple[str, ...] = (str(gui if gui.exists() else executable),)
    else:
        pythonw = executable.with_name("pythonw.exe")
        python = pythonw if sys.platform == "win32" and pythonw.exists() else executable
        command = (str(python), "-m", "wellbeing_app")
    if data_dir is not None:
        command += ("--data-dir", str(data_dir))
    return command


def backend_for_platform(platform: str = sys.platform,
                         environ: Mapping[str, str] = os.environ,
                         home: Path | None = None) -> AutostartBackend:
    """The backend of this OS: Run key, LaunchAgent, or XDG autostart entry."""
    home = home or Path.home()
    if platform == "win32":
        from wellbeing_app.platform.autostart.windows_run_key import WindowsRunKey, winreg_registry

        return WindowsRunKey(winreg_registry())
    if platform == "darwin":
        from wellbeing_app.platform.autostart.launch_agent import LaunchAgent

        return LaunchAgent(home / "Library" / "LaunchAgents")
    from wellbeing_app.platform.autostart.xdg_autostart_entry import (
        XdgAutostartEntry,
        xdg_config_home,
    )

    return XdgAutostartEntry(xdg_config_home(environ, home) / "autostart")


class Autostart:
    """What the settings page and the CLI use: read, switch on, switch off.

    Args:
        backend: The OS's way of starting programs at login.
        command: The command the entry launches (see ``launch_command``).
    """

    def __init__(self, backend: AutostartBackend, command: Sequence[str]) -> None:
        self._backend = backend
        self._command = tuple(command)

    @classmethod
    def for_this_user(cls, data_dir: Path) -> Autostart:
        """This OS's backend, launching this copy of the app on ``data_dir``.

        The ``--data-dir`` option is written into the entry only when ``data_dir`` is not the
        OS default, so a default install keeps a plain, stable command.
        """
        from wellbeing_app.platform.paths import default_data_dir

        custom = data_dir.resolve() != default_data_dir().resolve()
        return cls(backend_for_platform(), launch_command(data_dir.resolve() if custom else None))

    @property
    def command(self) -> tuple[str, ...]:
        """The command the entry launches (the same one a hotkey should run)."""
        return self._command

    def status(self) -> AutostartStatus:
        """The entry as the OS sees it (so the UI shows the truth, not a remembered setting)."""
        return self._backend.status()

    def is_enabled(self) -> bool:
        """True when the app will start at the next login."""
        return self._backend.status().enabled

    def set_enabled(self, enabled: bool) -> AutostartStatus:
        """Switch start-at-login on or off and return the resulting status."""
        if enabled:
            self._backend.enable(self._command)
        else:
            self._backend.disable()
        return self._backend.status()
