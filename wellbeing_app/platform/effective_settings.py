"""The settings in force for one journal: defaults < admin policy file < the agent's choices."""

from __future__ import annotations

import sqlite3

from wellbeing_app.domain.settings_layers import EffectiveSettings, Policy, resolve
from wellbeing_app.platform.policy_file import load_policy
from wellbeing_app.store.settings_store import SettingsStore


def load_effective_settings(connection: sqlite3.Connection,
                            policy: Policy | None = None) -> EffectiveSettings:
    """What every feature should read (``Journal.get_setting`` sees only the agent's layer)."""
    return resolve(policy if policy is not None else load_policy(),
                   SettingsStore(connection).user_values())
