"""Daily backups with SQLite's backup API, and recovery from a damaged journal file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

BACKUP_DIR = "backups"
KEEP_DAYS = 7


@dataclass(frozen=True)
class Recovery:
    """What happened to a damaged journal: where it was moved and what replaced it."""

    damaged_copy: Path
    restored_from: Path | None


def backup_dir(db_path: Path) -> Path:
    """``backups/`` beside the journal."""
    return db_path.parent / BACKUP_DIR


def _backups(db_path: Path) -> list[Path]:
    folder = backup_dir(db_path)
    return sorted(folder.glob(f"{db_path.stem}-*.db")) if folder.exists() else []


def backup_if_due(conn: sqlite3.Connection, db_path: Path, today: date) -> Path | None:
    """Write today's backup once (online, consistent), keep the newest ``KEEP_DAYS``."""
    target = backup_dir(db_path) / f"{db_path.stem}-{today.isoformat()}.db"
    if target.exists():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with sqlite3.connect(partial) as copy:
        conn.backup(copy)
    copy.close()
    partial.replace(target)
    for old in _backups(db_path)[:-KEEP_DAYS]:
        old.unlink(missing_ok=True)
    return target


def is_healthy(path: Path) -> bool:
    """``PRAGMA quick_check`` says ok (a missing file is healthy: it will be created)."""
    if not path.exists():
        return True
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        conn.close()
    except sqlite3.DatabaseError:
        return False
    return bool(result == "ok")


def recover_if_damaged(db_path: Path, stamp: str) -> Recovery | None:
    """Move a damaged journal aside (never delete it) and restore the newest good backup."""
    if is_healthy(db_path):
        return None
    damaged = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    db_path.replace(damaged)
    for sidecar in ("-wal", "-shm"):
        extra = Path(str(db_path) + sidecar)
        if extra.exists():
            extra.replace(Path(str(damaged) + sidecar))
    for candidate in reversed(_backups(db_path)):
        if is_healthy(candidate):
            with sqlite3.connect(candidate) as source, sqlite3.connect(db_path) as target:
                source.backup(target)
            source.close()
            target.close()
            return Recovery(damaged, candidate)
    return Recovery(damaged, None)
