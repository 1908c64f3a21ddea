"""CSV and JSON renderings of call spans for the agent's export; every stored field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from wellbeing_app.domain.export_text import records_to_csv, records_to_json
from wellbeing_app.domain.workload.call_span import CallSpan

SPAN_FIELDS: Sequence[str] = ("id", "start_utc", "end_utc", "start_local", "local_date",
                              "utc_offset_minutes", "source", "recovered")


def span_to_record(span: CallSpan) -> dict[str, Any]:
    """A JSON-ready dict; ``end_utc`` is ``None`` for a call still going on."""
    return {"id": span.id, "start_utc": span.start.isoformat(),
            "end_utc": span.end.isoformat() if span.end is not None else None,
            "start_local": span.start_local.isoformat(),
            "local_date": span.local_date.isoformat(),
            "utc_offset_minutes": span.utc_offset_minutes, "source": span.source.value,
            "recovered": span.recovered}


def spans_to_json(spans: Iterable[CallSpan]) -> str:
    """Pretty JSON list."""
    return records_to_json(span_to_record(s) for s in spans)


def spans_to_csv(spans: Iterable[CallSpan]) -> str:
    """CSV with a header row; an open span has an empty end."""
    return records_to_csv(({**span_to_record(s), "end_utc": s.end.isoformat() if s.end else ""}
                           for s in spans), SPAN_FIELDS)
