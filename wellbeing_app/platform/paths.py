"""Where the agent's data lives, and making sure we can write there."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from wellbeing_app import APP_ID
from wellbeing_app.store.private_files import make_private_dir

DATA_DIR_ENV = "WELLBEING_DATA_DIR"


class DataDirError(OSError):
    """The data directory cannot be created or written."""


def default_data_dir() -> Path:
    """The per-user data directory of this OS (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False, roaming=False))


def resolve_data_dir(option: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """``--data-dir`` wins over ``WELLBEING_DATA_DIR``, which wins over the OS default."""
    chosen = option or environ.get(DATA_DIR_ENV) or ""
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def ensure_writable(directory: Path) -> Path:
    """Create the directory (owner-only) if needed and prove a file can be written in it.

    The probe has a name of its own per call, so parallel processes never delete each other's.
    """
    if directory.exists() and not directory.is_dir():
        raise DataDirError(f"The data directory {directory} is a file, not a folder.")
    try:
        make_private_dir(directory)
        descriptor, probe = tempfile.mkstemp(dir=directory, prefix=".write-test-")
        os.close(descriptor)
        os.unlink(probe)
    except OSError as error:
        reason = error.strerror or str(error)
        raise DataDirError(f"Cannot write to the data directory {directory}: {reason}") from error
    return directory
