"""The real HKEY_CURRENT_USER behind ``windows_run_key.Registry`` (imported on Windows only)."""

from __future__ import annotations

import sys

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
