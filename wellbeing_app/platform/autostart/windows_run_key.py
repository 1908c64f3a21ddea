r"""Windows: a value under ``HKCU\...\CurrentVersion\Run``, as the installer writes it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from typing import Protocol

from wellbeing_app.platform.autostart.autostart_backend import AutostartError, AutostartStatus

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
#: Where Task Manager's "Startup apps" records a switched-off entry (first byte odd = off).
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
#: The value name; packaging/windows/BetweenCalls.iss writes the same one.
VALUE_NAME = "BetweenCalls"


class Registry(Protocol):
    """The few HKEY_CURRENT_USER operations the Run key needs (faked in tests)."""

    def read(self, key: str, name: str) -> str | bytes | None:
        """The value, or None when the key or value is missing."""
        ...

    def write_string(self, key: str, name: str, value: str) -> None:
        """Create the key if needed and set a REG_SZ value."""
        ...

    def delete(self, key: str, name: str) -> None:
        """Delete a value; no error when it is missing."""
        ...


class WindowsRunKey:
    """Start at login through the per-user Run key (no admin rights needed).

    Args:
        registry: HKEY_CURRENT_USER access; ``winreg_registry()`` in production.
    """

    def __init__(self, registry: Registry) -> None:
        self._registry = registry

    def status(self) -> AutostartStatus:
        """Enabled when our Run value exists and Task Manager has not switched it off."""
        location = f"HKCU\\{RUN_KEY}\\{VALUE_NAME}"
        value = self._registry.read(RUN_KEY, VALUE_NAME)
        if not isinstance(value, str) or not value:
            return AutostartStatus(False, location)
        approved = self._registry.read(APPROVED_KEY, VALUE_NAME)
        switched_off = isinstance(approved, bytes) and bool(approved) and approved[0] % 2 == 1
        return AutostartStatus(not switched_off, location, tuple(_split(value)))

    def enable(self, command: Sequence[str]) -> None:
        """Write the Run value and clear a Task Manager "disabled" mark, so it really runs."""
        self._registry.write_string(RUN_KEY, VALUE_NAME, subprocess.list2cmdline(list(command)))
        self._registry.delete(APPROVED_KEY, VALUE_NAME)

    def disable(self) -> None:
        """Delete the Run value (and any Task Manager mark for it)."""
        self._registry.delete(RUN_KEY, VALUE_NAME)
        self._registry.delete(APPROVED_KEY, VALUE_NAME)


def _split(command_line: str) -> list[str]:
    """Split a Windows command line the way the Run key's quoting needs (quoted paths)."""
    parts: list[str] = []
    current, quoted = "", False
    for char in command_line:
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            if current:
                parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current] if current else parts


def winreg_registry() -> Registry:
    """The real HKEY_CURRENT_USER (Windows only)."""
    if sys.platform == "win32":
        from wellbeing_app.platform.winreg_registry import WinregRegistry

        return WinregRegistry()
    raise AutostartError("The Windows registry exists only on Windows.")
