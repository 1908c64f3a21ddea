"""The settings in force for one journal: defaults < admin policy < the agent's choices.

A one-shot read for code that has no settings service at hand; the running app and the CLI
build one ``SettingsService`` instead.
"""

from __future__ import annotations

from wellbeing_app.domain.settings.layers import EffectiveSettings, Policy, resolve
from wellbeing_app.platform.settings.policy_sources import load_machine_policy
from wellbeing_app.store.settings.settings_store import SettingsStore


def load_effective_settings(store: SettingsStore,
                            policy: Policy | None = None) -> EffectiveSettings:
    """Layer the machine policy (every source the platform reads) over the agent's choices."""
    return resolve(policy if policy is not None else load_machine_policy(), store.user_values())
