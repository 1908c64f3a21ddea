"""``file:`` URIs for SQLite that survive any folder name (``%41``, ``#``, ``?``, spaces)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, urlencode


def sqlite_uri(path: Path, **query: str) -> str:
    """A percent-escaped ``file:`` URI for ``path``, with ``query`` such as ``mode="ro"``.

    Without escaping, SQLite decodes ``%41`` to ``A`` and cuts the path at ``?`` or ``#``, so the
    health check would look at another file (or create one in the parent folder).
    """
    text = Path(os.path.abspath(path)).as_posix()
    if not text.startswith("/"):  # Windows: C:/Users/... becomes /C:/Users/...
        text = "/" + text
    uri = "file://" + quote(text, safe="/:")
    return f"{uri}?{urlencode(query)}" if query else uri
