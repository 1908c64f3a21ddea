"""The real registry behind ``windows_run_key.Registry`` and ``registry_policy`` (Windows only)."""

from __future__ import annotations

import sys
from collections.abc import Mapping

from wellbeing_app.platform.autostart.autostart_backend import AutostartError

if sys.platform == "win32":
    import winreg

    class WinregRegistry:
        """HKEY_CURRENT_USER through the standard library's ``winreg``."""

        def read(self, key: str, name: str) -> str | bytes | None:
            """The value, or None when the key or value is missing."""
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                    value, _kind = winreg.QueryValueEx(handle, name)
            except FileNotFoundError:
                return None
            except OSError as error:
                raise AutostartError(f"Cannot read HKCU\\{key}\\{name}: {error}") from error
            return value if isinstance(value, str | bytes) else None

        def write_string(self, key: str, name: str, value: str) -> None:
            """Create the key if needed and set a REG_SZ value."""
            try:
                with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0,
                                        winreg.KEY_SET_VALUE) as handle:
                    winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)
            except OSError as error:
                raise AutostartError(f"Cannot write HKCU\\{key}\\{name}: {error}") from error

        def delete(self, key: str, name: str) -> None:
            """Delete a value; no error when it is missing."""
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0,
                                    winreg.KEY_SET_VALUE) as handle:
                    winreg.DeleteValue(handle, name)
            except FileNotFoundError:
                return
            except OSError as error:
                raise AutostartError(f"Cannot change HKCU\\{key}\\{name}: {error}") from error

    _HIVES = {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}

    class WinregPolicyValues:
        """Every value of a policy key, read through the 64-bit view (where GPO writes)."""

        def values(self, hive: str, key: str) -> Mapping[str, object] | None:
            """Value name → data (REG_DWORD as int, REG_SZ as str); None when the key is missing."""
            access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
            try:
                with winreg.OpenKey(_HIVES[hive], key, 0, access) as handle:
                    found: dict[str, object] = {}
                    index = 0
                    while True:
                        try:
                            name, data, _kind = winreg.EnumValue(handle, index)
                        except OSError:  # no more values
                            return found
                        found[name] = data
                        index += 1
            except FileNotFoundError:
                return None
