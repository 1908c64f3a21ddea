"""Digests of files whose signature already checked out, so a re-read skips only that step."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

DIGEST_BYTES = 32
VERIFIED_CACHE_FILENAME = "team-verified-signatures.bin"
MAX_ENTRIES = 1_000_000


class VerifiedCache:
    """SHA-256 digests of exact file bytes whose Ed25519 signature was valid.

    A file that changes by one byte has another digest and is verified again; everything else
    (size cap, JSON, schema, ranges, names) is still checked on every read.
    """

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self.digests: set[bytes] = set()
        self._loaded = 0
        if path is not None and path.is_file():
            raw = path.read_bytes()[: MAX_ENTRIES * DIGEST_BYTES]
            self.digests = {raw[i:i + DIGEST_BYTES]
                            for i in range(0, len(raw) - DIGEST_BYTES + 1, DIGEST_BYTES)}
            self._loaded = len(self.digests)

    def save(self) -> None:
        """Write the digests back atomically when new ones were added."""
        if self._path is None or len(self.digests) == self._loaded:
            return
        data = b"".join(sorted(self.digests)[-MAX_ENTRIES:])
        handle, temp = tempfile.mkstemp(dir=self._path.parent, prefix=".verified-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temp, self._path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        self._loaded = len(self.digests)
