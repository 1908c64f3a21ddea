"""macOS managed preferences: the policy an MDM installs from our ``.mobileconfig``.

The profile's payload (type ``org.betweencalls.BetweenCalls``) lands in
``/Library/Managed Preferences/org.betweencalls.BetweenCalls.plist`` (per machine) or in the
user's folder below it (per user), as a dictionary with the policy file's three entries:
``reason`` (text), ``defaults`` and ``locked`` (dictionaries of settings). Only root writes there.
"""

from __future__ import annotations

from pathlib import Path

from wellbeing_app import APP_DESKTOP_ID
from wellbeing_app.domain.settings.layers import Policy, fail_safe_policy, parse_policy

MANAGED_FOLDER = Path("/Library/Managed Preferences")
PLIST_NAME = f"{APP_DESKTOP_ID}.plist"
PLIST_MAX_BYTES = 256 * 1024
_ENTRIES = ("reason", "defaults", "locked")


def managed_plist_paths(user: str) -> list[Path]:
    """The machine-wide file first, then the user's (MDM user channel)."""
    machine = MANAGED_FOLDER / PLIST_NAME
    return [machine, MANAGED_FOLDER / user / PLIST_NAME] if user else [machine]


def read_managed_preferences(path: Path) -> Policy | None:
    """One managed plist; None when absent; a broken one is reported and fails safe, never fatal."""
    if not path.is_file():
        return None
    # Imported here: plistlib brings the XML parser (pyexpat), which no other start needs.
    import plistlib

    try:
        if path.stat().st_size > PLIST_MAX_BYTES:
            raise ValueError(f"larger than {PLIST_MAX_BYTES // 1024} KiB")
        with path.open("rb") as handle:
            data = plistlib.load(handle)
        if not isinstance(data, dict):
            raise ValueError("not a dictionary")
    except (OSError, ValueError, plistlib.InvalidFileException) as error:
        return fail_safe_policy(str(path), f"{path}: unreadable: {error}")
    # An MDM adds its own Payload*/PayloadUUID keys next to ours; only ours are read.
    return parse_policy({k: v for k, v in data.items() if k in _ENTRIES}, str(path))
