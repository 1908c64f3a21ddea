"""The settings in force for one journal: defaults < admin policy < the agent's choices."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.settings.layers import EffectiveSettings, Policy, resolve
from wellbeing_app.platform.settings.policy_sources import load_machine_policy
from wellbeing_app.store.settings_store import SettingsStore


def load_effective_settings(connection: sqlite3.Connection,
                            policy: Policy | None = None) -> EffectiveSettings:
    """What every feature should read (``Journal.get_setting`` sees only the agent's layer)."""
    return resolve(policy if policy is not None else load_machine_policy(),
                   SettingsStore(connection).user_values())


def setting_getter(connection: sqlite3.Connection,
                   policy: Policy | None = None) -> Callable[[str, Any], Any]:
    """A ``get(key, default)`` over the effective settings, so admin policy reaches the caller."""
    effective = load_effective_settings(connection, policy)

    def get(key: str, default: Any = None) -> Any:
        try:
            return effective.value(key)
        except ValidationError:  # not a declared setting
            return default

    return get
