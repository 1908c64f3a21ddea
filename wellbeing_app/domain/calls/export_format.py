"""CSV and JSON renderings of logged calls; every field, nothing hidden."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from wellbeing_app.domain.calls.logged_call import LoggedCall
from wellbeing_app.domain.export_text import records_to_csv, records_to_json

EXPORT_FIELDS: Sequence[str] = (
    "id",
    "at_utc",
    "at_local",
    "local_date",
    "utc_offset_minutes",
    "stress",
    "categories",
    "escalated",
    "ended_for_abuse",
    "note",
)


def call_to_record(call: LoggedCall) -> dict[str, Any]:
    """A JSON-ready dict with every stored field."""
    return {
        "id": call.id,
        "at_utc": call.at_utc.isoformat(),
        "at_local": call.at_local.isoformat(),
        "local_date": call.local_date.isoformat(),
        "utc_offset_minutes": call.utc_offset_minutes,
        "stress": call.stress,
        "categories": list(call.categories),
        "escalated": call.escalated,
        "ended_for_abuse": call.ended_for_abuse,
        "note": call.note,
    }


def to_json(calls: Iterable[LoggedCall]) -> str:
    """Pretty JSON list, UTF-8 friendly."""
    return records_to_json(call_to_record(c) for c in calls)


def to_csv(calls: Iterable[LoggedCall]) -> str:
    """CSV with a header row; categories joined by ``;``."""
    return records_to_csv(({**call_to_record(c), "categories": ";".join(c.categories)}
                           for c in calls), EXPORT_FIELDS)
