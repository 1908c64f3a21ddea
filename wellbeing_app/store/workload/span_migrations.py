"""The workload feature's schema: the ``call_spans`` table (imported only to migrate)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Migrations

WORKLOAD_MIGRATIONS = Migrations("between_calls_workload")


@WORKLOAD_MIGRATIONS(name="0001_call_spans")
def _create_call_spans(db: Any) -> None:
    db["call_spans"].create(
        {"id": int, "start_utc": str, "end_utc": str, "heartbeat_utc": str, "local_date": str,
         "utc_offset_minutes": int, "source": str, "recovered": int},
        pk="id", not_null={"start_utc", "heartbeat_utc", "local_date", "utc_offset_minutes",
                           "source"},
        defaults={"recovered": 0}, if_not_exists=True,
    )
    db["call_spans"].create_index(["start_utc"], if_not_exists=True)
    db["call_spans"].create_index(["local_date"], if_not_exists=True)
    # At most one open span, ever: a second start can never double a call.
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS call_spans_one_open "
               "ON call_spans ((end_utc IS NULL)) WHERE end_utc IS NULL")
