"""Owner-only files and folders: notes about abusive calls are nobody else's business.

POSIX: folders 0700, files 0600, whatever the umask. On Windows the data folder lives in
``%LOCALAPPDATA%``, whose default ACL grants the user, SYSTEM and Administrators only; the modes
here are no-ops there and ``platform/windows_acl.py`` checks that ACL instead of assuming it.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def make_private_dir(folder: Path, parents: bool = True) -> Path:
    """Create ``folder`` (and, unless told not to, its parents) and make it owner-only if ours."""
    folder.mkdir(parents=parents, exist_ok=True)
    _tighten(folder, FOLDER_MODE)
    return folder


def make_private_file(path: Path) -> Path:
    """Create ``path`` empty as 0600 if missing (never truncating), or tighten it if ours."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        _tighten(path, FILE_MODE)
        return path
    os.close(descriptor)
    _tighten(path, FILE_MODE)  # O_CREAT's mode is masked by the umask; 000 must not widen it
    return path


def tighten_if_present(path: Path) -> None:
    """Owner-only for a file that may or may not exist (``-wal``, ``-shm``, a log)."""
    with contextlib.suppress(FileNotFoundError):
        _tighten(path, FILE_MODE)


def _tighten(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    info = path.stat()
    if info.st_uid != os.getuid():
        return  # not ours to change (a shared folder someone pointed us at)
    if stat.S_IMODE(info.st_mode) != mode:
        path.chmod(mode)
