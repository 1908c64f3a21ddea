"""Logging calls so that nothing the agent logged is lost while the journal cannot take it.

Two things make a write impossible for a while: another process holds the write lock (a
``wellbeing`` command, a sync tool), or the data folder was deleted or moved while the app runs,
so SQLite would write into a file nobody can reach any more. In both cases the entry is kept in
memory, in order, the caller is told it is *not saved yet*, and ``flush()`` writes it later.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wellbeing_app.domain.calls.logged_call import CallDraft, LoggedCall
from wellbeing_app.store.journal import Journal, StoreError
from wellbeing_app.store.journal_opening import reopen_journal
from wellbeing_app.store.private_files import make_private_dir

LOG = logging.getLogger("wellbeing_app")


@dataclass(frozen=True)
class PendingCall:
    """An entry the agent logged that is not in the journal yet."""

    draft: CallDraft
    at: datetime


class JournalGoneError(StoreError):
    """The journal file is no longer where it was opened (its folder was deleted or moved)."""


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``, or ``None`` when it is not there."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


class SafeCallWriter:
    """The one way the app logs a call: write now, or keep it and say so.

    Args:
        journal: the open journal; its file is checked before every write (never in memory).
        reopen: opens the journal again once its folder is back; ``False`` when not yet.
    """

    def __init__(self, journal: Journal, reopen: Callable[[], bool] | None = None) -> None:
        self._journal = journal
        self._path = journal.path
        self._identity = file_identity(self._path) if self._path is not None else None
        self._reopen = reopen
        self._pending: list[PendingCall] = []
        self.last_problem = ""

    @property
    def pending(self) -> tuple[PendingCall, ...]:
        """Entries waiting in memory, oldest first."""
        return tuple(self._pending)

    def log(self, draft: CallDraft, at: datetime) -> LoggedCall | None:
        """The saved entry, or ``None`` when it was kept in memory (see ``last_problem``)."""
        if self._pending:
            self.flush()
        if self._pending:
            self._pending.append(PendingCall(draft, at))
            return None
        try:
            return self._write(PendingCall(draft, at))
        except (sqlite3.Error, OSError, StoreError) as error:
            self._keep(PendingCall(draft, at), error)
            return None

    def flush(self) -> list[LoggedCall]:
        """Write what waits, oldest first; stop at the first entry that still cannot be written."""
        saved: list[LoggedCall] = []
        while self._pending:
            try:
                saved.append(self._write(self._pending[0]))
            except (sqlite3.Error, OSError, StoreError) as error:
                self.last_problem = _describe(error, self._path)
                break
            self._pending.pop(0)
        if not self._pending:
            self.last_problem = ""
        return saved

    def flush_at_quit(self) -> None:
        """At Quit nothing acknowledged may be lost: a vanished folder is made anew for them."""
        if not self._pending or self._path is None:
            return
        with suppress(OSError):
            make_private_dir(self._path.parent)
        self.flush()
        if self._pending:
            LOG.error("%d kept calls could not be saved at quit: %s", len(self._pending),
                      [(p.at.isoformat(), p.draft) for p in self._pending])

    def _keep(self, entry: PendingCall, error: BaseException) -> None:
        self._pending.append(entry)
        self.last_problem = _describe(error, self._path)

    def _write(self, entry: PendingCall) -> LoggedCall:
        self._check_present()
        return self._journal.log_call(entry.draft, entry.at)

    def _check_present(self) -> None:
        if self._path is None:
            return
        now = file_identity(self._path)
        if now is not None and now == self._identity:
            return
        if self._path.parent.is_dir() and self._reopen is not None and self._reopen():
            self._identity = file_identity(self._path)
            return
        raise JournalGoneError(f"The data folder {self._path.parent} is gone.")


def reopening_call_writer(journal: Journal, stamp: Callable[[], str]) -> SafeCallWriter:
    """The app's writer: calls wait in memory while the journal is locked or its folder is gone.

    Once the folder is back, the journal is opened again through the usual checks (``stamp``
    names a backup taken by a repair); the in-memory fallback has no folder to lose.
    """
    path = journal.path
    if path is None:
        return SafeCallWriter(journal)

    def reopen() -> bool:
        try:  # the journal keeps its short GUI busy timeout across the reconnect
            reopen_journal(journal, path, stamp())
        except (StoreError, OSError, sqlite3.Error):
            return False
        return True

    return SafeCallWriter(journal, reopen)


def _describe(error: BaseException, path: Path | None) -> str:
    text = str(error)
    if isinstance(error, JournalGoneError):
        return text
    if "locked" in text or "busy" in text:
        return "Another program is writing to the journal right now."
    where = f" ({path})" if path is not None else ""
    return f"The journal cannot be written{where}: {text}"
