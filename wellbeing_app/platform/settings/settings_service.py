"""The one settings service: effective values (defaults < machine policy < the agent), typed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.settings.declaration import POLICY_ONLY, Settings, spec_for
from wellbeing_app.domain.settings.layers import EffectiveSettings, Policy, resolve, validate_value
from wellbeing_app.platform.settings.policy_sources import load_machine_policy
from wellbeing_app.store.settings.settings_store import SettingsStore

SettingsListener = Callable[[EffectiveSettings], None]


class SettingLockedError(ValidationError):
    """The admin policy locks this key; the message carries the policy's reason."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(key, f"{key} is locked by your organisation's policy ({reason})")
        self.reason = reason


#: Why a policy-only key (the team's aggregator and enrollment keys) cannot be set here.
POLICY_ONLY_REASON = "only IT's policy sets it, never this computer"


class SettingsService:
    """Built once by the composition root (or a CLI command); everybody reads ``current``.

    ``save`` validates, refuses locked keys with the policy's reason, stores the agent's
    choices in one transaction and tells listeners once. ``reload`` re-reads the policy and the
    agent's layer (another process may have written them) and tells listeners only on a change.
    """

    def __init__(self, store: SettingsStore,
                 policy_loader: Callable[[], Policy] = load_machine_policy) -> None:
        self._store = store
        self._policy_loader = policy_loader
        self._listeners: list[SettingsListener] = []
        self._policy = policy_loader()
        self._current = resolve(self._policy, store.user_values())

    @property
    def current(self) -> EffectiveSettings:
        """The settings in force, their sources, the locked keys and any problems."""
        return self._current

    @property
    def values(self) -> Settings:
        """The typed effective values (a frozen dataclass)."""
        return self._current.settings

    @property
    def policy(self) -> Policy:
        """The machine policy as last read."""
        return self._policy

    def subscribe(self, listener: SettingsListener) -> Callable[[], None]:
        """Call ``listener(effective)`` after each change; returns the way to stop."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def check(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Validated, typed values for ``changes``; locked keys refused with the policy's reason."""
        typed: dict[str, Any] = {}
        for raw_key, raw in changes.items():
            key = spec_for(raw_key).key
            if key in self._current.locked:
                raise SettingLockedError(key, self._current.lock_reason)
            if key in POLICY_ONLY:
                raise SettingLockedError(key, POLICY_ONLY_REASON)
            typed[key] = validate_value(key, raw)
        return typed

    def save(self, changes: Mapping[str, Any]) -> EffectiveSettings:
        """Store the agent's choices (all or none) and apply them."""
        typed = self.check(changes)
        if typed:
            self._store.save(typed)
        self._apply(resolve(self._policy, self._store.user_values()))
        return self._current

    def reset(self, keys: Iterable[str]) -> EffectiveSettings:
        """Forget the agent's choices so the policy or the default applies again."""
        names = [spec_for(key).key for key in keys]
        for key in names:
            if key in self._current.locked:
                raise SettingLockedError(key, self._current.lock_reason)
        self._store.forget(names)
        self._apply(resolve(self._policy, self._store.user_values()))
        return self._current

    def reload(self, *, policy: bool = True) -> bool:
        """Re-read the agent's layer (and the policy); ``True`` when anything changed."""
        if policy:
            self._policy = self._policy_loader()
        return self._apply(resolve(self._policy, self._store.user_values()))

    def _apply(self, fresh: EffectiveSettings) -> bool:
        if fresh == self._current:
            return False
        self._current = fresh
        for listener in list(self._listeners):
            listener(fresh)
        return True
