"""Daily backups with SQLite's backup API, and recovery of a damaged, empty or missing journal."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wellbeing_app.store.private_files import make_private_dir, make_private_file
from wellbeing_app.store.sqlite_uri import sqlite_uri

BACKUP_DIR = "backups"
KEEP_DAYS = 7
#: Tables whose rows make a journal worth a backup; an empty journal never pushes good ones out.
_CONTENT_TABLES = ("calls", "exercise_sessions", "check_ins")


@dataclass(frozen=True)
class Recovery:
    """What happened to a journal that could not be used as it was.

    Attributes:
        damaged_copy: where the unusable file was moved (never deleted); ``None`` if it was missing.
        restored_from: the backup now in its place, or ``None`` when a new journal was started.
        reason: ``damaged``, ``empty`` (0 bytes) or ``missing``.
        orphan_wal: a write-ahead log found without its journal, moved aside unapplied.
    """

    damaged_copy: Path | None
    restored_from: Path | None
    reason: str = "damaged"
    orphan_wal: Path | None = None


def backup_dir(db_path: Path) -> Path:
    """``backups/`` beside the journal."""
    return db_path.parent / BACKUP_DIR


def _backups(db_path: Path) -> list[Path]:
    folder = backup_dir(db_path)
    return sorted(folder.glob(f"{db_path.stem}-*.db")) if folder.exists() else []


def has_content(conn: sqlite3.Connection) -> bool:
    """The journal holds at least one call, exercise session or check-in."""
    for table in _CONTENT_TABLES:
        try:
            if conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]:
                return True
        except sqlite3.OperationalError:  # that feature's table does not exist yet
            continue
    return False


def backup_if_due(conn: sqlite3.Connection, db_path: Path, today: date) -> Path | None:
    """Write today's backup once (online, consistent, 0600), keep the newest ``KEEP_DAYS``.

    An empty journal is not backed up: a week of empty backups would rotate the good ones out.
    """
    target = backup_dir(db_path) / f"{db_path.stem}-{today.isoformat()}.db"
    if target.exists() or not has_content(conn):
        return None
    make_private_dir(target.parent, parents=False)  # never recreate a vanished data folder
    partial = make_private_file(target.with_suffix(".partial"))
    try:
        with sqlite3.connect(partial) as copy:
            conn.backup(copy)
        copy.close()
        partial.replace(target)
    except BaseException:  # disk full, killed: never leave half a backup behind
        partial.unlink(missing_ok=True)
        raise
    for old in _backups(db_path)[:-KEEP_DAYS]:
        old.unlink(missing_ok=True)
    return target


def is_healthy(path: Path) -> bool:
    """``PRAGMA quick_check`` says ok (a missing file is healthy: it will be created).

    Opened read-write (``mode=rw`` never creates a file): after a crash SQLite must roll back a hot
    ``-journal`` or recover the ``-wal`` first, which a read-only connection cannot do; it would
    call a healthy journal damaged (found by kill -9 during a migration).
    """
    if not path.exists():
        return True
    try:
        with sqlite3.connect(sqlite_uri(path, mode="rw"), uri=True) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        conn.close()
    except sqlite3.DatabaseError:
        return False
    return bool(result == "ok")


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup that passes ``quick_check`` and holds something, or ``None``."""
    for candidate in reversed(_backups(db_path)):
        if candidate.stat().st_size > 0 and is_healthy(candidate):
            return candidate
    return None


def copy_journal(source_path: Path, target_path: Path) -> None:
    """A consistent owner-only copy of a journal file (backup API, not cp: its WAL comes along).

    Restores a backup over the journal, and gives the self-test its scratch copy.
    """
    make_private_file(target_path)
    with sqlite3.connect(sqlite_uri(source_path, mode="ro"), uri=True) as source, \
            sqlite3.connect(target_path) as target:
        source.backup(target)
    source.close()
    target.close()


def move_aside(db_path: Path, stamp: str) -> Path:
    """Rename the journal (and its ``-wal``/``-shm``) to ``*.damaged-STAMP.db``; never delete."""
    damaged = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    db_path.replace(damaged)
    for sidecar in ("-wal", "-shm"):
        extra = Path(str(db_path) + sidecar)
        if extra.exists():
            extra.replace(Path(str(damaged) + sidecar))
    return damaged


def recover_if_damaged(db_path: Path, stamp: str) -> Recovery | None:
    """Move a damaged journal aside (never delete it) and restore the newest good backup."""
    if is_healthy(db_path):
        return None
    damaged = move_aside(db_path, stamp)
    backup = newest_good_backup(db_path)
    if backup is not None:
        copy_journal(backup, db_path)
    return Recovery(damaged, backup)
