"""The ``settings`` table's one writer: the agent's own choices of declared settings (key → JSON).

Only the settings service reads this layer; everybody else reads effective values from it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from wellbeing_app.domain.settings.declaration import setting_specs
from wellbeing_app.store.store_core import StoreCore


def declared_keys() -> frozenset[str]:
    """Every key declared in ``domain/settings/declaration.py``."""
    return frozenset(spec.key for spec in setting_specs())


class SettingsStore:
    """Reads and writes the declared keys; remembered choices live apart (``RememberedChoices``)."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def user_values(self) -> dict[str, Any]:
        """Every declared key the agent has set, as stored (validated when layered)."""
        keys = sorted(declared_keys())
        marks = ",".join("?" * len(keys))
        values: dict[str, Any] = {}
        for key, raw in self._core.rows(
                f"SELECT key, value FROM settings WHERE key IN ({marks})", keys):
            try:
                values[str(key)] = json.loads(raw)
            except (TypeError, ValueError, RecursionError):  # validated (and reported) later
                values[str(key)] = raw
        return values

    def save(self, changes: Mapping[str, Any]) -> None:
        """Store several validated values in one transaction."""
        self._check(changes)
        with self._core.transaction("settings") as conn:
            conn.executemany("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                             [(key, json.dumps(value)) for key, value in changes.items()])

    def forget(self, keys: list[str]) -> None:
        """Drop the agent's choice so the policy or default applies again."""
        self._check(keys)
        with self._core.transaction("settings") as conn:
            conn.executemany("DELETE FROM settings WHERE key = ?", [(key,) for key in keys])

    @staticmethod
    def _check(keys: Mapping[str, Any] | list[str]) -> None:
        unknown = set(keys) - declared_keys()
        if unknown:
            raise KeyError(f"not declared settings: {sorted(unknown)}")
