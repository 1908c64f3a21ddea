"""Logged calls: the only writer of the ``calls`` table."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from wellbeing_app.domain.calls.day_summary import DaySummary, summarize
from wellbeing_app.domain.calls.logged_call import CallDraft, LoggedCall
from wellbeing_app.store.moment_columns import moment_columns, utc_text
from wellbeing_app.store.store_core import StoreCore

CALL_COLUMNS = ("id, at_utc, local_date, utc_offset_minutes, stress, categories, escalated, "
                "ended_for_abuse, note")
_INSERT = ("INSERT INTO calls (at_utc, local_date, utc_offset_minutes, stress, categories,"
           " escalated, ended_for_abuse, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
#: Tables a write to ``calls`` changes (the trend rollups follow by trigger).
CALL_TABLES = ("calls", "trend_day_hour", "trend_day_category")


def row_to_call(row: sqlite3.Row | tuple[Any, ...]) -> LoggedCall:
    """A ``calls`` row (in ``CALL_COLUMNS`` order) as the domain's ``LoggedCall``."""
    (call_id, at_utc, local_date, offset, stress, categories, escalated, ended, note) = row
    return LoggedCall(
        id=int(call_id),
        at_utc=datetime.fromisoformat(at_utc),
        local_date=date.fromisoformat(local_date),
        utc_offset_minutes=int(offset),
        stress=int(stress),
        categories=tuple(json.loads(categories or "[]")),
        escalated=bool(escalated),
        ended_for_abuse=bool(ended),
        note=note or "",
    )


def _draft_values(draft: CallDraft) -> tuple[Any, ...]:
    return (draft.stress, json.dumps(list(draft.categories)), int(draft.escalated),
            int(draft.ended_for_abuse), draft.note)


class CallStore:
    """Reads and writes ``calls``; the Journal exposes these as its own methods."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def log(self, draft: CallDraft, at: datetime) -> LoggedCall:
        """Store a validated draft at an aware moment; durable when this returns."""
        values = moment_columns(at)
        with self._core.transaction(*CALL_TABLES) as conn:
            call_id = int(conn.execute(_INSERT, (*values, *_draft_values(draft))).lastrowid or 0)
        return self.get(call_id)

    def get(self, call_id: int) -> LoggedCall:
        """Fetch one entry or raise ``KeyError``."""
        return row_to_call(self._core.one(f"SELECT {CALL_COLUMNS} FROM calls WHERE id = ?",
                                          call_id))

    def update(self, call_id: int, draft: CallDraft) -> LoggedCall:
        """Replace the editable fields of an entry."""
        with self._core.transaction(*CALL_TABLES) as conn:
            cursor = conn.execute(
                "UPDATE calls SET stress = ?, categories = ?, escalated = ?, ended_for_abuse = ?,"
                " note = ? WHERE id = ?", (*_draft_values(draft), call_id))
            if cursor.rowcount == 0:
                raise KeyError(call_id)
        return self.get(call_id)

    def delete(self, call_id: int) -> LoggedCall | None:
        """Remove an entry and return what was removed, so it can be restored."""
        try:
            call = self.get(call_id)
        except KeyError:
            return None
        with self._core.transaction(*CALL_TABLES, "exercise_sessions") as conn:
            conn.execute("DELETE FROM calls WHERE id = ?", (call_id,))
        return call

    def restore(self, call: LoggedCall) -> LoggedCall:
        """Put back an entry removed by ``delete`` with its original time, and its id if free.

        SQLite hands the highest id out again once its row is deleted, so a call logged since may
        hold it: the entry then comes back under a new id, and the newer call stays.
        """
        with self._core.transaction(*CALL_TABLES) as conn:
            taken = conn.execute("SELECT 1 FROM calls WHERE id = ?", (call.id,)).fetchone()
            cursor = conn.execute(
                f"INSERT INTO calls ({CALL_COLUMNS}) VALUES ({', '.join('?' * 9)})",
                (None if taken else call.id, utc_text(call.at_utc), call.local_date.isoformat(),
                 call.utc_offset_minutes, *_draft_values(call.draft)))
        return self.get(int(cursor.lastrowid or 0))

    def iterate(self, since: datetime | None = None) -> Iterator[LoggedCall]:
        """Stream entries in time order without loading them all."""
        if since is None:
            cursor = self._core.conn.execute(
                f"SELECT {CALL_COLUMNS} FROM calls ORDER BY at_utc, id")
        else:
            cursor = self._core.conn.execute(
                f"SELECT {CALL_COLUMNS} FROM calls WHERE at_utc >= ? ORDER BY at_utc, id",
                (utc_text(since),))
        for row in cursor:
            yield row_to_call(row)

    def import_many(self, entries: Iterable[tuple[CallDraft, datetime]]) -> int:
        """Store many validated drafts in one transaction; return how many."""
        rows = [(*moment_columns(at), *_draft_values(draft)) for draft, at in entries]
        with self._core.transaction(*CALL_TABLES) as conn:
            conn.executemany(_INSERT, rows)
        return len(rows)

    def count(self) -> int:
        """How many entries the journal holds."""
        row = self._core.row("SELECT count(*) FROM calls")
        return int(row[0]) if row else 0

    def day_summary(self, local_day: date) -> DaySummary:
        """Count and mean stress of the calls logged on a local calendar day."""
        rows = self._core.rows("SELECT stress FROM calls WHERE local_date = ?",
                               (local_day.isoformat(),))
        return summarize(int(row[0]) for row in rows)

    def ratings_since(self, since: datetime) -> list[tuple[date, float, int]]:
        """(local day, UTC epoch seconds, stress) of each call from ``since`` on, in time order."""
        rows = self._core.rows(
            "SELECT local_date, (julianday(at_utc) - 2440587.5) * 86400.0, stress FROM calls "
            "WHERE at_utc >= ? ORDER BY at_utc", (utc_text(since),))
        return [(date.fromisoformat(d), float(round(t)), int(s)) for d, t, s in rows]

    def stress_times_since(self, since: datetime) -> list[datetime]:
        """UTC moments of the calls from ``since`` on (the tough-streak rule needs only these)."""
        rows = self._core.rows("SELECT at_utc FROM calls WHERE at_utc >= ? ORDER BY at_utc",
                               (utc_text(since),))
        return [datetime.fromisoformat(row[0]) for row in rows]
