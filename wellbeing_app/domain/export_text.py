"""The agent's exports as text: one JSON and one CSV writer for every kind of record."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any


def records_to_json(records: Iterable[dict[str, Any]]) -> str:
    """A pretty JSON list, UTF-8 friendly, ending in a newline."""
    return json.dumps(list(records), indent=2, ensure_ascii=False) + "\n"


def records_to_csv(records: Iterable[dict[str, Any]], fields: Sequence[str]) -> str:
    """CSV with a header row of ``fields``, one row per record (values already flat)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue()
