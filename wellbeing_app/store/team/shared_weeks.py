"""Which weeks were already shared, read with plain sqlite3 (no sqlite-utils at idle)."""

from __future__ import annotations

import sqlite3


def shared_weeks(connection: sqlite3.Connection) -> set[str]:
    """ISO weeks (``2026-W47``) with a summary in the agent's own audit trail."""
    try:
        rows = connection.execute("SELECT DISTINCT week FROM shared_summaries"
                                  " WHERE kind IN ('summary', 'sealed')").fetchall()
    except sqlite3.OperationalError:  # the team migration has not run yet
        return set()
    return {str(row[0]) for row in rows}
