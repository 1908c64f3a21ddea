"""The Journal façade: UI and CLI call it, nobody else writes SQL."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellbeing_app.domain.calls.day_summary import DaySummary, summarize
from wellbeing_app.domain.calls.logged_call import CallDraft, LoggedCall
from wellbeing_app.store.schema_stamp import EXPECTED_MIGRATIONS

if TYPE_CHECKING:
    from sqlite_utils import Database

    from wellbeing_app.store.workload.span_store import SpanStore

DB_FILENAME = "between-calls.db"
_CALL_COLUMNS = ("id, at_utc, local_date, utc_offset_minutes, stress, categories, escalated, "
                 "ended_for_abuse, note")


class StoreError(RuntimeError):
    """The journal file cannot be opened or written."""


def _row_to_call(row: sqlite3.Row | tuple[Any, ...]) -> LoggedCall:
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


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _migrations_pending(conn: sqlite3.Connection) -> bool:
    """Cheap check with plain sqlite3: does any expected migration lack a record?"""
    try:
        applied = set(conn.execute("SELECT migration_set, name FROM _sqlite_migrations"))
    except sqlite3.OperationalError:
        return True
    expected = {(s, n) for s, names in EXPECTED_MIGRATIONS.items() for n in names}
    return not expected <= applied


class Journal:
    """The agent's private journal in one SQLite file (WAL, synchronous=FULL)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self._conn = conn
        self._database: Database | None = None
        self._path = path
        self._spans: SpanStore | None = None

    @classmethod
    def open(cls, path: Path) -> Journal:
        """Open (creating if needed) the journal at ``path`` and migrate it."""
        journal = cls(cls._connect(path), path)
        journal._migrate_if_pending()
        return journal

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(str(path), isolation_level=None)
            for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                           "busy_timeout=5000"):
                conn.execute(f"PRAGMA {pragma}")
        except sqlite3.Error as error:
            raise StoreError(f"Cannot open the journal at {path}: {error}") from error
        return conn

    def _migrate_if_pending(self) -> None:
        try:
            if _migrations_pending(self._conn):
                self.migrate()
        except sqlite3.Error as error:
            raise StoreError(f"Cannot open the journal at {self._path}: {error}") from error

    @classmethod
    def in_memory(cls) -> Journal:
        """A throwaway journal for tests and the self-test."""
        journal = cls(sqlite3.connect(":memory:", isolation_level=None))
        journal.migrate()
        return journal

    def migrate(self) -> list[str]:
        """Apply every pending named migration (imports sqlite-utils only now)."""
        from wellbeing_app.store.migrations import apply_migrations

        return apply_migrations(self.database)

    @property
    def database(self) -> Database:
        """A sqlite-utils view of the same connection, for migrations and sibling modules."""
        if self._database is None:
            from sqlite_utils import Database

            self._database = Database(self._conn)
        return self._database

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection (autocommit; use ``transaction()`` for multi-step writes)."""
        return self._conn

    @property
    def call_spans(self) -> SpanStore:
        """Detected call spans (sensed workload); the only writer of ``call_spans``."""
        if self._spans is None:
            from wellbeing_app.store.workload.span_store import SpanStore

            self._spans = SpanStore(lambda: self._conn, self.transaction)
        return self._spans

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: commit on success, roll back on any error.

        Inside another transaction it becomes a savepoint, so several writes (each in its own
        ``transaction()``) can be grouped into one outer transaction.
        """
        nested = self._conn.in_transaction
        self._conn.execute("SAVEPOINT journal_write" if nested else "BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            if self._conn.in_transaction:  # an error may already have ended it
                self._conn.execute("ROLLBACK TO journal_write" if nested else "ROLLBACK")
                if nested:
                    self._conn.execute("RELEASE journal_write")
            raise
        self._conn.execute("RELEASE journal_write" if nested else "COMMIT")

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the WAL."""
        self._conn.close()

    def quick_check(self) -> str:
        """``ok`` when SQLite finds the file healthy, otherwise its complaint."""
        return str(self._conn.execute("PRAGMA quick_check").fetchone()[0])

    # --- calls -----------------------------------------------------------------
    def log_call(self, draft: CallDraft, at: datetime) -> LoggedCall:
        """Store a validated draft at an aware moment; durable when this returns."""
        offset = at.utcoffset()
        if offset is None:
            raise ValueError("log_call needs an aware datetime")
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO calls (at_utc, local_date, utc_offset_minutes, stress, categories,"
                " escalated, ended_for_abuse, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (_utc_text(at), at.date().isoformat(), int(offset.total_seconds() // 60),
                 *_draft_values(draft)),
            )
            call_id = int(cursor.lastrowid or 0)
        return self.get_call(call_id)

    def get_call(self, call_id: int) -> LoggedCall:
        """Fetch one entry or raise ``KeyError``."""
        row = self._conn.execute(f"SELECT {_CALL_COLUMNS} FROM calls WHERE id = ?",
                                 (call_id,)).fetchone()
        if row is None:
            raise KeyError(call_id)
        return _row_to_call(row)

    def update_call(self, call_id: int, draft: CallDraft) -> LoggedCall:
        """Replace the editable fields of an entry (adding details after a quick log)."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE calls SET stress = ?, categories = ?, escalated = ?, ended_for_abuse = ?,"
                " note = ? WHERE id = ?", (*_draft_values(draft), call_id))
            if cursor.rowcount == 0:
                raise KeyError(call_id)
        return self.get_call(call_id)

    def delete_call(self, call_id: int) -> LoggedCall | None:
        """Remove an entry and return what was removed, so it can be restored."""
        try:
            call = self.get_call(call_id)
        except KeyError:
            return None
        with self.transaction() as conn:
            conn.execute("DELETE FROM calls WHERE id = ?", (call_id,))
        return call

    def restore_call(self, call: LoggedCall) -> LoggedCall:
        """Put back an entry removed by ``delete_call`` with its original id and time."""
        with self.transaction() as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO calls ({_CALL_COLUMNS}) VALUES ({', '.join('?' * 9)})",
                (call.id, _utc_text(call.at_utc), call.local_date.isoformat(),
                 call.utc_offset_minutes, *_draft_values(call.draft)),
            )
        return self.get_call(call.id)

    def calls(self, since: datetime | None = None) -> list[LoggedCall]:
        """Entries in time order, optionally from ``since`` on."""
        return list(self.iter_calls(since))

    def iter_calls(self, since: datetime | None = None) -> Iterator[LoggedCall]:
        """Stream entries in time order without loading them all."""
        if since is None:
            cursor = self._conn.execute(f"SELECT {_CALL_COLUMNS} FROM calls ORDER BY at_utc, id")
        else:
            cursor = self._conn.execute(
                f"SELECT {_CALL_COLUMNS} FROM calls WHERE at_utc >= ? ORDER BY at_utc, id",
                (_utc_text(since),))
        for row in cursor:
            yield _row_to_call(row)

    def call_ratings(self, since: datetime) -> list[tuple[date, float, int]]:
        """(local day, UTC epoch seconds, stress) of each call from ``since`` on, in time order.

        Three columns instead of whole entries: what the workload trend needs, cheaply.
        """
        rows = self._conn.execute(
            "SELECT local_date, (julianday(at_utc) - 2440587.5) * 86400.0, stress FROM calls "
            "WHERE at_utc >= ? ORDER BY at_utc", (_utc_text(since),)).fetchall()
        return [(date.fromisoformat(d), float(round(t)), int(s)) for d, t, s in rows]

    def import_calls(self, entries: Iterable[tuple[CallDraft, datetime]]) -> int:
        """Store many validated drafts in one transaction (demo data, imports); return how many."""
        rows = []
        for draft, at in entries:
            offset = at.utcoffset()
            if offset is None:
                raise ValueError("import_calls needs aware datetimes")
            rows.append((_utc_text(at), at.date().isoformat(), int(offset.total_seconds() // 60),
                         *_draft_values(draft)))
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO calls (at_utc, local_date, utc_offset_minutes, stress, categories,"
                " escalated, ended_for_abuse, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    def erase_everything(self) -> list[Path]:
        """Delete the journal file, its WAL, the backups and damaged copies; start again empty.

        Returns what was removed. The files are unlinked, not just emptied; an
        in-memory journal is emptied table by table instead.
        """
        if self._path is None:
            self._empty_every_table()
            return []
        from wellbeing_app.store.backups import BACKUP_DIR

        self._conn.close()
        removed: list[Path] = []
        try:
            folder = self._path.parent
            for target in [*folder.glob(f"{self._path.name}*"),
                           *folder.glob(f"{self._path.stem}.damaged-*")]:
                target.unlink(missing_ok=True)
                removed.append(target)
            if (folder / BACKUP_DIR).is_dir():
                shutil.rmtree(folder / BACKUP_DIR)
                removed.append(folder / BACKUP_DIR)
        finally:
            self._conn = self._connect(self._path)
            self._database = None
            self._migrate_if_pending()
        return removed

    def _empty_every_table(self) -> None:
        names = [row[0] for row in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' "
            "ESCAPE '\\' AND name NOT LIKE 'sqlite%'")]
        with self.transaction() as conn:
            for name in names:
                conn.execute(f'DELETE FROM "{name}"')

    def count_calls(self) -> int:
        """How many entries the journal holds."""
        return int(self._conn.execute("SELECT count(*) FROM calls").fetchone()[0])

    def day_summary(self, local_day: date) -> DaySummary:
        """Count and mean stress of the calls logged on a local calendar day."""
        rows = self._conn.execute("SELECT stress FROM calls WHERE local_date = ?",
                                  (local_day.isoformat(),)).fetchall()
        return summarize(int(row[0]) for row in rows)

    # --- settings --------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        """A JSON value stored under ``key``."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under ``key``."""
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                         (key, json.dumps(value)))
