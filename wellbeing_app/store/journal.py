"""The Journal façade: UI and CLI call it, nobody else writes SQL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from wellbeing_app.domain.calls import CallDraft, LoggedCall
from wellbeing_app.domain.day_summary import DaySummary, summarize
from wellbeing_app.store.migrations import apply_migrations

DB_FILENAME = "between-calls.db"


class StoreError(RuntimeError):
    """The journal file cannot be opened or written."""


def _row_to_call(row: dict[str, Any]) -> LoggedCall:
    return LoggedCall(
        id=int(row["id"]),
        at_utc=datetime.fromisoformat(row["at_utc"]),
        local_date=date.fromisoformat(row["local_date"]),
        utc_offset_minutes=int(row["utc_offset_minutes"]),
        stress=int(row["stress"]),
        categories=tuple(json.loads(row["categories"] or "[]")),
        escalated=bool(row["escalated"]),
        ended_for_abuse=bool(row["ended_for_abuse"]),
        note=row["note"] or "",
    )


def _draft_columns(draft: CallDraft) -> dict[str, Any]:
    return {
        "stress": draft.stress,
        "categories": json.dumps(list(draft.categories)),
        "escalated": int(draft.escalated),
        "ended_for_abuse": int(draft.ended_for_abuse),
        "note": draft.note,
    }


class Journal:
    """The agent's private journal in one SQLite file (WAL, synchronous=FULL)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @classmethod
    def open(cls, path: Path) -> Journal:
        """Open (creating if needed) the journal at ``path`` and migrate it."""
        try:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
            db = Database(conn)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA busy_timeout=5000")
            apply_migrations(db)
        except sqlite3.Error as error:
            raise StoreError(f"Cannot open the journal at {path}: {error}") from error
        return cls(db)

    @classmethod
    def in_memory(cls) -> Journal:
        """A throwaway journal for tests and the self-test."""
        db = Database(memory=True)
        apply_migrations(db)
        return cls(db)

    @property
    def database(self) -> Database:
        """The underlying sqlite-utils database, for sibling store modules."""
        return self._db

    def close(self) -> None:
        """Close the connection; the WAL is checkpointed by SQLite."""
        self._db.close()

    def quick_check(self) -> str:
        """``ok`` when SQLite finds the file healthy, otherwise its complaint."""
        row = self._db.execute("PRAGMA quick_check").fetchone()
        return str(row[0])

    # --- calls -----------------------------------------------------------------
    def log_call(self, draft: CallDraft, at: datetime) -> LoggedCall:
        """Store a validated draft at an aware moment; durable when this returns."""
        if at.tzinfo is None or at.utcoffset() is None:
            raise ValueError("log_call needs an aware datetime")
        offset = at.utcoffset()
        assert offset is not None
        record = {
            "at_utc": at.astimezone(UTC).isoformat(timespec="seconds"),
            "local_date": at.date().isoformat(),
            "utc_offset_minutes": int(offset.total_seconds() // 60),
            **_draft_columns(draft),
        }
        with self._db.atomic():
            table = self._db.table("calls")
            table.insert(record)
            call_id = int(str(table.last_pk))
        return self.get_call(call_id)

    def get_call(self, call_id: int) -> LoggedCall:
        """Fetch one entry or raise ``KeyError``."""
        rows = list(self._db.query("SELECT * FROM calls WHERE id = ?", [call_id]))
        if not rows:
            raise KeyError(call_id)
        return _row_to_call(rows[0])

    def update_call(self, call_id: int, draft: CallDraft) -> LoggedCall:
        """Replace the editable fields of an entry (adding details after a quick log)."""
        self.get_call(call_id)
        with self._db.atomic():
            self._db.table("calls").update(call_id, _draft_columns(draft))
        return self.get_call(call_id)

    def delete_call(self, call_id: int) -> LoggedCall | None:
        """Remove an entry and return what was removed, so it can be restored."""
        try:
            call = self.get_call(call_id)
        except KeyError:
            return None
        with self._db.atomic():
            self._db.execute("DELETE FROM calls WHERE id = ?", [call_id])
        return call

    def restore_call(self, call: LoggedCall) -> LoggedCall:
        """Put back an entry removed by ``delete_call`` with its original id and time."""
        record = {
            "id": call.id,
            "at_utc": call.at_utc.astimezone(UTC).isoformat(timespec="seconds"),
            "local_date": call.local_date.isoformat(),
            "utc_offset_minutes": call.utc_offset_minutes,
            **_draft_columns(call.draft),
        }
        with self._db.atomic():
            self._db.table("calls").insert(record, replace=True)
        return self.get_call(call.id)

    def calls(self, since: datetime | None = None) -> list[LoggedCall]:
        """Entries in time order, optionally from ``since`` on."""
        return list(self.iter_calls(since))

    def iter_calls(self, since: datetime | None = None) -> Iterator[LoggedCall]:
        """Stream entries in time order without loading them all."""
        if since is None:
            rows = self._db.query("SELECT * FROM calls ORDER BY at_utc, id")
        else:
            bound = since.astimezone(UTC).isoformat(timespec="seconds")
            rows = self._db.query(
                "SELECT * FROM calls WHERE at_utc >= ? ORDER BY at_utc, id", [bound]
            )
        for row in rows:
            yield _row_to_call(row)

    def count_calls(self) -> int:
        """How many entries the journal holds."""
        return int(self._db.execute("SELECT count(*) FROM calls").fetchone()[0])

    def day_summary(self, local_day: date) -> DaySummary:
        """Count and mean stress of the calls logged on a local calendar day."""
        rows = self._db.execute(
            "SELECT stress FROM calls WHERE local_date = ?", [local_day.isoformat()]
        ).fetchall()
        return summarize(int(row[0]) for row in rows)

    # --- settings --------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        """A JSON value stored under ``key``."""
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under ``key``."""
        with self._db.atomic():
            self._db.table("settings").insert(
                {"key": key, "value": json.dumps(value)}, replace=True
            )
