"""Windows: on a call while an app's microphone consent entry says 'in use' (stop time 0)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from wellbeing_app.domain.reminders.call_state import CallVerdict

CONSENT_KEY = (r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager"
               r"\ConsentStore\microphone")


@dataclass(frozen=True)
class ConsentEntry:
    """One app's microphone usage times (FILETIME; ``stop == 0`` means still in use)."""

    app: str
    last_used_start: int
    last_used_stop: int


class ConsentReader(Protocol):
    """Reads the consent store (the registry, or recorded values in tests)."""

    def entries(self) -> list[ConsentEntry]:
        """Every packaged and non-packaged app entry."""
        ...


def apps_in_use(entries: list[ConsentEntry]) -> list[str]:
    """Apps whose microphone use has started and not stopped."""
    return [e.app for e in entries if e.last_used_start > 0 and e.last_used_stop == 0]


class WindowsCallDetector:
    """Polls the consent store; Windows itself keeps it current for the privacy indicator."""

    name = "microphone (Windows privacy)"

    def __init__(self, reader: ConsentReader) -> None:
        self._reader = reader

    def detect(self) -> CallVerdict:
        """Read the store once."""
        try:
            apps = apps_in_use(self._reader.entries())
        except OSError as error:
            return CallVerdict(False, self.name, f"registry unreadable: {error}", available=False)
        if apps:
            return CallVerdict(True, self.name, "in use by " + ", ".join(sorted(apps)))
        return CallVerdict(False, self.name, "microphone not in use")


class RegistryConsentReader:
    """The real reader (Windows only): HKCU consent store, packaged apps and ``NonPackaged``."""

    def entries(self) -> list[ConsentEntry]:
        """Walk the two levels of the store."""
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        def children(key: Any) -> Iterator[tuple[str, Any]]:
            index = 0
            while True:
                try:
                    name = winreg.EnumKey(key, index)
                except OSError:
                    return
                yield name, winreg.OpenKey(key, name)
                index += 1

        def value(key: Any, which: str) -> int:
            try:
                return int(winreg.QueryValueEx(key, which)[0])
            except OSError:
                return 0

        def entry(name: str, key: Any) -> ConsentEntry:
            return ConsentEntry(name.replace("#", "\\"), value(key, "LastUsedTimeStart"),
                                value(key, "LastUsedTimeStop"))

        found: list[ConsentEntry] = []
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, CONSENT_KEY) as root:
            for name, key in children(root):
                if name == "NonPackaged":
                    found += [entry(n, k) for n, k in children(key)]
                else:
                    found.append(entry(name, key))
        return found
