"""What the app remembers for the agent that is not a setting: last pattern, notes seen, toggles.

Kept apart from settings (no policy, no dialog page): a window's last choice must never be
mistaken for, or overwrite, something an administrator can preset or lock.
"""

from __future__ import annotations

import json
from typing import Any

from wellbeing_app.store.settings.settings_store import declared_keys
from wellbeing_app.store.store_core import StoreCore


class RememberedChoices:
    """Key → JSON in the ``remembered_choices`` table; declared settings keys are refused."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def get(self, key: str, default: Any = None) -> Any:
        """The remembered value, or ``default``."""
        self._check(key)
        row = self._core.row("SELECT value FROM remembered_choices WHERE key = ?", (key,))
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        """Remember a JSON-serialisable value."""
        self._check(key)
        with self._core.transaction("remembered") as conn:
            conn.execute("INSERT OR REPLACE INTO remembered_choices (key, value) VALUES (?, ?)",
                         (key, json.dumps(value)))

    @staticmethod
    def _check(key: str) -> None:
        if key in declared_keys():
            raise KeyError(f"{key} is a setting: change it through the settings service")
