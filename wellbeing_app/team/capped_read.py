"""Read one untrusted team-folder file: size-capped, never blocking, regular files only."""

from __future__ import annotations

import os
import stat

from wellbeing_app.domain.team.summary_validation import (
    REASON_NOT_REGULAR,
    REASON_OVERSIZE,
    SummaryError,
)

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
#: A FIFO opened without it waits for a writer forever; with it, open returns at once.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def read_capped(path: str, limit: int, listed_size: int | None = None) -> bytes:
    """Open without following links or blocking, check it is a regular file, read ≤ ``limit``.

    ``listed_size`` (from the directory listing) refuses a huge file without opening it. The
    type is checked on the open descriptor, so a file swapped for a FIFO or a device after the
    folder was listed is refused, not waited on.
    """
    if listed_size is not None and listed_size > limit:
        raise SummaryError(REASON_OVERSIZE, f"{listed_size:,} bytes; the limit is {limit:,}")
    descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _BINARY)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise SummaryError(REASON_NOT_REGULAR, "a FIFO, device or folder, not a file")
        if info.st_size > limit:
            raise SummaryError(REASON_OVERSIZE, f"{info.st_size:,} bytes; the limit is {limit:,}")
        raw = os.read(descriptor, limit + 1)
    finally:
        os.close(descriptor)
    if len(raw) > limit:
        raise SummaryError(REASON_OVERSIZE, f"more than {limit:,} bytes")
    return raw
