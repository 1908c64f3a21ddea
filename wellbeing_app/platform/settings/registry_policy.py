r"""Windows Group Policy: ``HKLM\SOFTWARE\Policies\BetweenCalls`` (and ``HKCU\…`` per user).

Values directly under the key are locked settings (the ADMX "Between Calls" policies); values
under its ``Recommended`` subkey are presets the agent may change (the "default settings"
policies); ``LockReason`` is the sentence shown next to a locked setting. Only administrators can
write either hive's ``Policies`` key, which is why Windows reads no policy file.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Protocol

from wellbeing_app import APP_ID
from wellbeing_app.domain.settings.layers import Policy, parse_policy

POLICY_KEY = rf"SOFTWARE\Policies\{APP_ID}"
RECOMMENDED_SUBKEY = "Recommended"
REASON_VALUE = "LockReason"
MACHINE_HIVE = "HKLM"
USER_HIVE = "HKCU"


class PolicyValues(Protocol):
    """Reads every value of one registry key (faked in tests, ``winreg`` on Windows)."""

    def values(self, hive: str, key: str) -> Mapping[str, object] | None:
        """Value name → data, or None when the key does not exist."""
        ...


def policy_key_name(hive: str) -> str:
    """The full name an admin sees in regedit, e.g. ``HKLM`` + ``POLICY_KEY``."""
    return f"{hive}\\{POLICY_KEY}"


def _by_setting_name(values: Mapping[str, object]) -> dict[str, object]:
    """Registry value names are case-insensitive; setting keys are lower case."""
    return {name.lower(): data for name, data in values.items()
            if name.lower() != REASON_VALUE.lower()}


def read_registry_policy(source: PolicyValues, hive: str) -> Policy | None:
    """The policy under one hive, validated like the policy file; None when nothing is set."""
    locked = source.values(hive, POLICY_KEY)
    presets = source.values(hive, f"{POLICY_KEY}\\{RECOMMENDED_SUBKEY}")
    if not locked and not presets:
        return None
    origin = policy_key_name(hive)
    data: dict[str, object] = {"locked": _by_setting_name(locked or {}),
                               "defaults": _by_setting_name(presets or {})}
    reason = {n.lower(): v for n, v in (locked or {}).items()}.get(REASON_VALUE.lower())
    if isinstance(reason, str) and reason.strip():
        data["reason"] = reason
    return parse_policy(data, origin)


def winreg_policy_values() -> PolicyValues:
    """The real registry (Windows only)."""
    if sys.platform == "win32":
        from wellbeing_app.platform.winreg_registry import WinregPolicyValues

        return WinregPolicyValues()
    raise OSError("The Windows registry exists only on Windows.")
