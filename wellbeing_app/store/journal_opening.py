"""The one routine that opens the agent's journal, whatever state the file is in.

It runs under the folder's open-lock and, before SQLite touches the file:

- restores the newest good backup over a 0-byte or missing journal (never a silent empty one);
- moves a damaged journal aside and restores a backup (``verify=True``, the app's start);
- keeps a write-ahead log found without its journal aside instead of letting SQLite apply it;
- refuses, without writing, a journal written by a newer version;
- creates the folder 0700 and the files 0600.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from wellbeing_app.store.backups import (
    Recovery,
    copy_journal,
    move_aside,
    newest_good_backup,
    recover_if_damaged,
)
from wellbeing_app.store.folder_lock import folder_lock
from wellbeing_app.store.journal import Journal, StoreError
from wellbeing_app.store.private_files import (
    make_private_dir,
    make_private_file,
    tighten_if_present,
)
from wellbeing_app.store.schema_stamp import recorded_migrations, unknown_migration
from wellbeing_app.store.sqlite_uri import sqlite_uri

SIDECARS = ("-wal", "-shm")
T = TypeVar("T")


class NewerJournalError(StoreError):
    """The journal was written by a newer version; this one must not change it."""


@dataclass(frozen=True)
class OpenedJournal:
    """The open journal and, when its file had to be repaired, what was done.

    What the agent is told about a repair is worded once, in ``usecases/journal_opening.py``.
    """

    journal: Journal
    recovery: Recovery | None = None


def open_journal(path: Path, stamp: str, verify: bool = False) -> OpenedJournal:
    """Repair if needed, refuse a newer schema, then open and migrate the journal at ``path``.

    Args:
        path: the journal file.
        stamp: names moved-aside copies (``YYYYmmddTHHMMSS``).
        verify: also run ``PRAGMA quick_check`` first (the app's start; the CLI skips it).

    Raises:
        NewerJournalError: written by a newer version (nothing was written).
        StoreError: the file cannot be opened.
    """
    journal, recovery = _checked_open(path, stamp, verify, lambda: Journal.open(path))
    return OpenedJournal(journal, recovery)


def reopen_journal(journal: Journal, path: Path, stamp: str) -> Recovery | None:
    """Open ``journal`` again at ``path`` through the same checks (its folder came back)."""
    return _checked_open(path, stamp, False, journal.reopen)[1]


def _checked_open(path: Path, stamp: str, verify: bool,
                  connect: Callable[[], T]) -> tuple[T, Recovery | None]:
    """The one sequence, under the folder's open-lock: repair, refuse newer, private, connect."""
    make_private_dir(path.parent)
    try:
        with folder_lock(path.parent):
            recovery = _repair(path, stamp, verify)
            refuse_newer_schema(path)
            make_private_file(path)
            connected = connect()
            for sidecar in SIDECARS:
                tighten_if_present(Path(str(path) + sidecar))
    except sqlite3.Error as error:
        raise StoreError(f"Cannot open the journal at {path}: {error}") from error
    return connected, recovery


def _repair(path: Path, stamp: str, verify: bool) -> Recovery | None:
    if not path.exists():
        return _replace_missing(path, stamp)
    if path.stat().st_size == 0:
        return _replace_empty(path, stamp)
    return recover_if_damaged(path, stamp) if verify else None


def _set_orphan_wal_aside(path: Path, stamp: str) -> Path | None:
    """A ``-wal`` without its journal belongs to no journal we know: keep it, do not apply it."""
    wal = Path(str(path) + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return None
    kept = path.with_name(f"{path.stem}.orphan-wal-{stamp}")
    wal.replace(kept)
    Path(str(path) + "-shm").unlink(missing_ok=True)
    return kept


def _replace_missing(path: Path, stamp: str) -> Recovery | None:
    orphan = _set_orphan_wal_aside(path, stamp)
    backup = newest_good_backup(path)
    if backup is None:
        return Recovery(None, None, "missing", orphan) if orphan is not None else None
    copy_journal(backup, path)
    return Recovery(None, backup, "missing", orphan)


def _replace_empty(path: Path, stamp: str) -> Recovery | None:
    orphan = _set_orphan_wal_aside(path, stamp)
    backup = newest_good_backup(path)
    if backup is None:
        return Recovery(None, None, "empty", orphan) if orphan is not None else None
    damaged = move_aside(path, stamp)
    copy_journal(backup, path)
    return Recovery(damaged, backup, "empty", orphan)


def refuse_newer_schema(path: Path) -> None:
    """Raise ``NewerJournalError`` when the file records a migration this build does not know."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        # rw, not ro: a hot journal left by a crash must be rolled back before anything is read.
        with sqlite3.connect(sqlite_uri(path, mode="rw"), uri=True) as conn:
            unknown = unknown_migration(recorded_migrations(conn))
        conn.close()
    except sqlite3.DatabaseError:
        return  # damaged: opening reports it
    if unknown is not None:
        raise NewerJournalError(
            f"The journal at {path} was written by a newer version of Between Calls "
            f"(it has migration {unknown[0]}/{unknown[1]}); this version will not change it. "
            "Install the newer version to go on.")
