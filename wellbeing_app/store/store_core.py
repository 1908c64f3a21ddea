"""The one connection, the one transaction mechanism and the one change notification of a journal.

Only modules inside ``store/`` see this object; the ``Journal`` façade never hands it out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

#: Called after a commit with the names of the tables that changed.
ChangeListener = Callable[[frozenset[str]], None]


class StoreCore:
    """Owns the SQLite connection; every write goes through ``transaction()``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._listeners: list[ChangeListener] = []
        self._pending: set[str] = set()
        #: Commits announced so far in this process: a reader that remembers it knows if stale.
        self.commits = 0

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        """Every row of a read query."""
        return list(self.conn.execute(sql, tuple(params)).fetchall())

    def row(self, sql: str, params: Iterable[Any] = ()) -> tuple[Any, ...] | None:
        """The first row of a read query, or ``None``."""
        found: tuple[Any, ...] | None = self.conn.execute(sql, tuple(params)).fetchone()
        return found

    def one(self, sql: str, key: Any) -> tuple[Any, ...]:
        """The row a query finds by one key (its only ``?``), or ``KeyError(key)``."""
        found = self.row(sql, (key,))
        if found is None:
            raise KeyError(key)
        return found

    @contextmanager
    def transaction(self, *tables: str) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: commit on success, roll back on any error.

        Nested, it becomes a savepoint, so several writes can be grouped into one outer
        transaction. ``tables`` names what the write changes; listeners hear about it once the
        outermost transaction commits (never about a rolled-back write).
        """
        nested = self.conn.in_transaction
        self.conn.execute("SAVEPOINT journal_write" if nested else "BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:  # an error may already have ended it
                self.conn.execute("ROLLBACK TO journal_write" if nested else "ROLLBACK")
                if nested:
                    self.conn.execute("RELEASE journal_write")
            if not nested:
                self._pending.clear()
            raise
        self._pending.update(tables)
        self.conn.execute("RELEASE journal_write" if nested else "COMMIT")
        if not nested:
            self._notify()

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Call ``listener`` after each committed write; returns the way to stop."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _notify(self) -> None:
        changed, self._pending = frozenset(self._pending), set()
        if not changed:
            return
        self.commits += 1
        for listener in list(self._listeners):
            listener(changed)

    def announce(self, tables: Iterable[str]) -> None:
        """Tell listeners about a change made outside a transaction (the journal was replaced)."""
        self._pending.update(tables)
        self._notify()
