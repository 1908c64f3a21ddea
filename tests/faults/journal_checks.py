"""What must hold after any fault: the file is healthy, nothing acknowledged is missing, the
trend rollups still match the calls exactly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wellbeing_app.store.sqlite_uri import sqlite_uri


def journal_facts(path: Path) -> tuple[str, set[int], bool]:
    """(quick_check, every call id, rollups exact) read with plain sqlite3, read-only."""
    with sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True) as conn:
        health = str(conn.execute("PRAGMA quick_check").fetchone()[0])
        ids = {int(row[0]) for row in conn.execute("SELECT id FROM calls")}
        count, stress = conn.execute("SELECT count(*), coalesce(sum(stress), 0) FROM calls"
                                     ).fetchone()
        hour = conn.execute("SELECT coalesce(sum(calls), 0), coalesce(sum(stress_sum), 0) "
                            "FROM trend_day_hour").fetchone()
        tagged = conn.execute("SELECT coalesce(sum(json_array_length(categories)), 0) FROM calls"
                              ).fetchone()[0]
        per_category = conn.execute("SELECT coalesce(sum(calls), 0) FROM trend_day_category"
                                    ).fetchone()[0]
    conn.close()
    exact = (count, stress) == tuple(hour) and tagged == per_category
    return health, ids, exact
