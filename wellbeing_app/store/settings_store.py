"""The agent's own setting choices in the journal's ``settings`` table (key → JSON)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from wellbeing_app.domain.settings.declaration import setting_specs


class SettingsStore:
    """Reads and writes the declared keys; other features' keys in the table are left alone."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn = connection

    def user_values(self) -> dict[str, Any]:
        """Every declared key the agent has set, as stored (validated when layered)."""
        keys = [spec.key for spec in setting_specs()]
        marks = ",".join("?" * len(keys))
        rows = self._conn.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", keys)
        values: dict[str, Any] = {}
        for key, raw in rows.fetchall():
            try:
                values[str(key)] = json.loads(raw)
            except (TypeError, ValueError, RecursionError):  # validated (and reported) later
                values[str(key)] = raw
        return values

    def save(self, changes: dict[str, Any]) -> None:
        """Store several validated values in one transaction."""
        self._run_all("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                      [(key, json.dumps(value)) for key, value in changes.items()])

    def forget(self, keys: list[str]) -> None:
        """Drop the agent's choice so the policy or default applies again."""
        self._run_all("DELETE FROM settings WHERE key = ?", [(key,) for key in keys])

    def _run_all(self, sql: str, rows: list[tuple[str, ...]]) -> None:
        in_outer = self._conn.in_transaction
        if not in_outer:
            self._conn.execute("BEGIN IMMEDIATE")
        try:
            self._conn.executemany(sql, rows)
        except BaseException:
            if not in_outer:
                self._conn.execute("ROLLBACK")
            raise
        if not in_outer:
            self._conn.execute("COMMIT")
