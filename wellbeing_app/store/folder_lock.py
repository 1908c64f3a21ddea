"""A short exclusive lock on the data folder while the journal is checked, repaired and migrated.

Parallel ``wellbeing log`` processes on a fresh folder would otherwise race to create the
schema ("database is locked", "table already exists") or to restore the same backup.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wellbeing_app.store.private_files import FILE_MODE, make_private_file

LOCK_FILENAME = ".journal-open.lock"


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the folder's open-lock (blocking; released on exit, also if the process dies)."""
    path = make_private_file(folder / LOCK_FILENAME)
    descriptor = os.open(path, os.O_RDWR, FILE_MODE)
    try:
        _lock(descriptor)
        try:
            yield
        finally:
            _unlock(descriptor)
    finally:
        os.close(descriptor)


if sys.platform == "win32":  # pragma: no cover - exercised under Wine
    import msvcrt

    def _lock(descriptor: int) -> None:
        while True:
            try:
                msvcrt.locking(descriptor, msvcrt.LK_LOCK, 1)  # retries for ~10 s itself
                return
            except OSError:
                continue

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX)

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
