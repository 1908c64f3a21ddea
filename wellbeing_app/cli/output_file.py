"""Writing a file a command was asked for (``--output``, ``--html``) all at once or not at all."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path


def _refuse_special(target: Path) -> None:
    """A FIFO, device or folder is never replaced by a file (nor written into)."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(target)) from error
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a FIFO or device)"
        raise OSError(errno.EINVAL, f"the output is {kind}; name a file", str(target))


def write_atomically(target: Path, text: str) -> None:
    """Write to a temp file beside the target, then rename: no half-written file.

    Raises:
        OSError: naming ``target`` (not the temp file) when it cannot be written.
    """
    target = target.expanduser()
    _refuse_special(target)
    try:
        handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-")
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(target)) from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temp_name, target)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(target)) from error
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
