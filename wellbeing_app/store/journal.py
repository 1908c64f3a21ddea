"""The Journal façade: the one front door to the agent's data for the UI, the CLI and use cases.

It owns every store (calls, exercise sessions, check-ins, settings, remembered choices, shares,
read-only trends), the one ``transaction()`` and the one change notification. It never hands
out its connection; nobody outside ``store/`` writes SQL.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_app.domain.calls.day_summary import DaySummary
from wellbeing_app.domain.calls.logged_call import CallDraft, LoggedCall
from wellbeing_app.store.calls.call_store import CallStore
from wellbeing_app.store.exercises.exercise_store import ExerciseStore
from wellbeing_app.store.network_folder import journal_mode_for
from wellbeing_app.store.reminders.check_in_store import CheckInStore
from wellbeing_app.store.schema_stamp import migrations_pending, recorded_migrations
from wellbeing_app.store.settings.remembered_choices import RememberedChoices
from wellbeing_app.store.settings.settings_store import SettingsStore
from wellbeing_app.store.sqlite_uri import sqlite_uri
from wellbeing_app.store.store_core import ChangeListener, StoreCore
from wellbeing_app.store.team.team_store import TeamStore
from wellbeing_app.store.workload.span_store import SpanStore

if TYPE_CHECKING:
    from wellbeing_app.store.trends.trend_queries import TrendQueries

DB_FILENAME = "between-calls.db"
_PRAGMAS = ("synchronous=FULL", "foreign_keys=ON")


class StoreError(RuntimeError):
    """The journal file cannot be opened or written."""


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        # busy_timeout first: switching the journal mode already needs the lock another process
        # may hold. WAL on a local disk; the rollback journal on a network share (WAL is unsafe).
        for pragma in ("busy_timeout=5000", f"journal_mode={journal_mode_for(path.parent)}",
                       *_PRAGMAS):
            conn.execute(f"PRAGMA {pragma}")
    except sqlite3.Error as error:
        raise StoreError(f"Cannot open the journal at {path}: {error}") from error
    return conn


class Journal:
    """The agent's private journal in one SQLite file (WAL on local disks, synchronous=FULL).

    Attributes:
        exercises: exercise sessions (the only writer of ``exercise_sessions``).
        check_ins: pulse, weekly stress and WHO-5 answers.
        settings: the agent's layer of declared settings (read through the settings service).
        remembered: remembered choices and window state, kept apart from settings.
        shares: the audit trail of team summaries and the week's raw figures.
        trends: read-only aggregates for the trends window and ``wellbeing stats``.
        call_spans: detected calls (sensed workload).
    """

    def __init__(self, core: StoreCore, path: Path | None = None) -> None:
        self._core = core
        self._path = path
        self._data_version = 0
        self._busy_timeout_ms: int | None = None  # set by the app; kept across a reconnect
        self._calls = CallStore(core)
        self.exercises = ExerciseStore(core)
        self.check_ins = CheckInStore(core)
        self.settings = SettingsStore(core)
        self.remembered = RememberedChoices(core)
        self.shares = TeamStore(core)
        self._trends: TrendQueries | None = None
        self.call_spans = SpanStore(core)

    @classmethod
    def open(cls, path: Path) -> Journal:
        """Open (creating if needed) the journal at ``path`` and migrate it."""
        journal = cls(StoreCore(_connect(path)), path)
        journal._migrate_if_pending()
        return journal

    @classmethod
    def open_read_only(cls, path: Path) -> Journal:
        """Open an existing journal without write access (every write fails, nothing changes)."""
        try:
            conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(f"Cannot open the journal at {path}: {error}") from error
        return cls(StoreCore(conn), path)

    @classmethod
    def in_memory(cls) -> Journal:
        """A throwaway journal for tests and the self-test."""
        journal = cls(StoreCore(sqlite3.connect(":memory:", isolation_level=None)))
        journal._core.conn.execute("PRAGMA foreign_keys=ON")
        journal.migrate()
        return journal

    @property
    def trends(self) -> TrendQueries:
        """Read-only aggregates, built on first use (the trend modules stay out of start-up)."""
        if self._trends is None:
            from wellbeing_app.store.trends.trend_queries import TrendQueries

            self._trends = TrendQueries(self._core)
        return self._trends

    @property
    def path(self) -> Path | None:
        """The journal file (``None`` in memory)."""
        return self._path

    def _migrate_if_pending(self) -> None:
        try:
            if migrations_pending(recorded_migrations(self._core.conn)):
                self.migrate()
        except sqlite3.Error as error:
            raise StoreError(f"Cannot open the journal at {self._path}: {error}") from error

    def migrate(self) -> list[str]:
        """Apply every pending named migration (imports sqlite-utils only now)."""
        from sqlite_utils import Database

        from wellbeing_app.store.migrations import apply_migrations

        return apply_migrations(Database(self._core.conn))

    def applied_migrations(self) -> set[tuple[str, str]]:
        """(migration set, name) of every migration recorded in the file."""
        return recorded_migrations(self._core.conn)

    def durability(self) -> dict[str, object]:
        """The pragmas that make writes durable, as SQLite reports them."""
        return {name: self._core.conn.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("journal_mode", "synchronous", "foreign_keys")}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several store writes: all-or-nothing (nested, a savepoint)."""
        with self._core.transaction():
            yield

    @property
    def in_transaction(self) -> bool:
        """A ``transaction()`` is open."""
        return self._core.conn.in_transaction

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Hear about every committed write (table names); returns the way to stop."""
        return self._core.subscribe(listener)

    @property
    def own_commits(self) -> int:
        """How many writes this process has committed (and announced) on this journal so far.

        A window that remembers the number when it draws can skip a redraw that nothing made
        stale; writes by other processes never count (``changed_elsewhere`` tells those).
        """
        return self._core.commits

    def changed_elsewhere(self) -> bool:
        """Another process committed since the last ask (our own writes never count).

        SQLite's ``data_version`` moves only for commits on other connections, so the file
        watcher can tell the CLI's writes from the app's own.
        """
        row = self._core.row("PRAGMA data_version")
        version = int(row[0]) if row else 0
        changed, self._data_version = version != self._data_version, version
        return changed

    def reopen(self) -> None:
        """Connect to the file at the same path again (its folder was replaced or restored)."""
        if self._path is None:
            return
        self._core.conn.close()
        self._connect_again(self._path)

    def _connect_again(self, path: Path) -> None:
        self._core.conn = _connect(path)
        self._migrate_if_pending()
        if self._busy_timeout_ms is not None:
            self.set_busy_timeout(self._busy_timeout_ms)

    def set_busy_timeout(self, milliseconds: int) -> None:
        """How long a write waits for another process's lock before failing (GUI: short).

        Kept when the journal reconnects (``reopen``, ``erase_everything``).
        """
        self._busy_timeout_ms = int(milliseconds)
        self._core.conn.execute(f"PRAGMA busy_timeout={self._busy_timeout_ms}")

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the WAL."""
        self._core.conn.close()

    def quick_check(self) -> str:
        """``ok`` when SQLite finds the file healthy, otherwise its complaint."""
        row = self._core.row("PRAGMA quick_check")
        return str(row[0]) if row else "no answer"

    def backup_if_due(self, today: date) -> Path | None:
        """Write today's backup once (SQLite's backup API); ``None`` if done or in memory."""
        from wellbeing_app.store.backups import backup_if_due

        if self._path is None:
            return None
        return backup_if_due(self._core.conn, self._path, today)

    # --- calls -----------------------------------------------------------------
    def log_call(self, draft: CallDraft, at: datetime) -> LoggedCall:
        """Store a validated draft at an aware moment; durable when this returns."""
        return self._calls.log(draft, at)

    def get_call(self, call_id: int) -> LoggedCall:
        """Fetch one entry or raise ``KeyError``."""
        return self._calls.get(call_id)

    def update_call(self, call_id: int, draft: CallDraft) -> LoggedCall:
        """Replace the editable fields of an entry (adding details after a quick log)."""
        return self._calls.update(call_id, draft)

    def delete_call(self, call_id: int) -> LoggedCall | None:
        """Remove an entry and return what was removed, so it can be restored."""
        return self._calls.delete(call_id)

    def restore_call(self, call: LoggedCall) -> LoggedCall:
        """Put back an entry removed by ``delete_call`` with its time (its id unless reused)."""
        return self._calls.restore(call)

    def calls(self, since: datetime | None = None) -> list[LoggedCall]:
        """Entries in time order, optionally from ``since`` on."""
        return list(self._calls.iterate(since))

    def call_times(self, since: datetime) -> list[datetime]:
        """UTC moments of the calls from ``since`` on."""
        return self._calls.stress_times_since(since)

    def call_ratings(self, since: datetime) -> list[tuple[date, float, int]]:
        """(local day, UTC epoch seconds, stress) of each call from ``since`` on, in time order.

        Three columns instead of whole entries: what the workload trend needs, cheaply.
        """
        return self._calls.ratings_since(since)

    def import_calls(self, entries: Iterable[tuple[CallDraft, datetime]]) -> int:
        """Store many validated drafts in one transaction (demo data, imports); return how many."""
        return self._calls.import_many(entries)

    def count_calls(self) -> int:
        """How many entries the journal holds."""
        return self._calls.count()

    def day_summary(self, local_day: date) -> DaySummary:
        """Count and mean stress of the calls logged on a local calendar day."""
        return self._calls.day_summary(local_day)

    # --- erasing ---------------------------------------------------------------
    def erase_everything(self) -> list[Path]:
        """Delete the journal file, its WAL, the backups and damaged copies; start again empty.

        Returns what was removed. The files are unlinked, not just emptied; an
        in-memory journal is emptied table by table instead.
        """
        if self._path is None:
            self._empty_every_table()
            return []
        from wellbeing_app.store.backups import BACKUP_DIR

        self._core.conn.close()
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
            self._connect_again(self._path)
        self._core.announce(self._table_names())
        return removed

    def _table_names(self) -> list[str]:
        return [str(row[0]) for row in self._core.rows(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' "
            "ESCAPE '\\' AND name NOT LIKE 'sqlite%'")]

    def _empty_every_table(self) -> None:
        names = self._table_names()
        with self._core.transaction(*names) as conn:
            for name in names:
                conn.execute(f'DELETE FROM "{name}"')
