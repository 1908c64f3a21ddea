"""Private files (keys, aggregator state): created owner-only, replaced atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

MAX_KEY_FILE_BYTES = 4096


class KeyFileError(OSError):
    """A key file exists already, is missing or is not a key of the expected kind."""


def create_private(path: Path, text: str) -> None:
    """Write a new file readable by its owner only (0600); never overwrite an existing one."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileError(f"{path} exists already; a key is never overwritten.") from None
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def replace_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically with owner-only permissions (0600)."""
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def read_private(path: Path, limit: int = MAX_KEY_FILE_BYTES) -> bytes:
    """Read a small private file, narrowing its permissions back to 0600 if someone widened them."""
    if not path.is_file():
        raise KeyFileError(f"{path} is not a key file.")
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o600)
    with path.open("rb") as stream:
        raw = stream.read(limit + 1)  # never more than the cap into memory
    if len(raw) > limit:
        raise KeyFileError(f"{path} is larger than a key file can be.")
    return raw
