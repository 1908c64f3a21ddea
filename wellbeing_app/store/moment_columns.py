"""How every table stores a moment: UTC ISO-8601 to the second, plus the local date and offset.

The local date and offset are kept as they were when it happened, so day buckets stay right
across DST and travel (DESIGN §3); a naive time has neither and is refused.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_text(moment: datetime) -> str:
    """UTC ISO-8601 to the second, as every table stores (and compares) moments."""
    if moment.utcoffset() is None:
        raise ValueError("the journal stores aware datetimes only")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def moment_columns(moment: datetime) -> tuple[str, str, int]:
    """(UTC text, local date, UTC offset in minutes) of an aware moment."""
    utc = utc_text(moment)
    offset = moment.utcoffset()
    assert offset is not None  # utc_text refused a naive moment
    return utc, moment.date().isoformat(), int(offset.total_seconds() // 60)
