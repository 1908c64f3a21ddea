"""Detected call spans in the journal file: the only writer of ``call_spans``."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from wellbeing_app.domain.workload.call_span import (
    CallSpan,
    SpanProblem,
    SpanRefusedError,
    SpanSource,
    validate_manual_span,
)
from wellbeing_app.store.moment_columns import moment_columns, utc_text
from wellbeing_app.store.store_core import StoreCore

if TYPE_CHECKING:
    from wellbeing_app.domain.workload.workload_trend import SpanTime

_COLUMNS = ("id, start_utc, end_utc, local_date, utc_offset_minutes, source, recovered, "
            "heartbeat_utc")
_OPEN_END = "9999-12-31T23:59:59+00:00"
_INSERT_CLOSED = ("INSERT INTO call_spans (start_utc, local_date, utc_offset_minutes, end_utc, "
                  "heartbeat_utc, source) VALUES (?, ?, ?, ?, ?, ?)")


def _closed_values(start: datetime, end: datetime, source: SpanSource) -> tuple[Any, ...]:
    """A finished span's row for ``_INSERT_CLOSED`` (its last heartbeat is its end)."""
    return (*moment_columns(start), utc_text(end), utc_text(end), source.value)


def _row_to_span(row: tuple[Any, ...]) -> CallSpan:
    span_id, start, end, local_date, offset, source, recovered, beat = row
    return CallSpan(id=int(span_id), start=datetime.fromisoformat(start),
                    end=datetime.fromisoformat(end) if end else None, source=SpanSource(source),
                    local_date=date.fromisoformat(local_date), utc_offset_minutes=int(offset),
                    recovered=bool(recovered),
                    heartbeat=datetime.fromisoformat(beat) if beat else None)


def _refuse_overlap(conn: sqlite3.Connection, start: datetime, end: datetime) -> None:
    """``SpanRefusedError`` when ``[start, end)`` overlaps a stored span (an open one runs on)."""
    clash = conn.execute(
        "SELECT id FROM call_spans WHERE start_utc < ? AND coalesce(end_utc, ?) > ? LIMIT 1",
        (utc_text(end), _OPEN_END, utc_text(start))).fetchone()
    if clash is not None:
        raise SpanRefusedError("start", f"That overlaps span {clash[0]}; delete or change that one "
                                   "first.", SpanProblem.OVERLAP, int(clash[0]))


class SpanStore:
    """Owned by the Journal (``journal.call_spans``); every write in the Journal's transaction."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._core.transaction("call_spans")

    def open_span(self, start: datetime, source: SpanSource) -> CallSpan:
        """A call started: write its start now (its first heartbeat too)."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO call_spans (start_utc, local_date, utc_offset_minutes, heartbeat_utc,"
                " source) VALUES (?, ?, ?, ?, ?)",
                (*moment_columns(start), utc_text(start), source.value))
        return self.get(int(cursor.lastrowid or 0))

    def close_open(self, end: datetime) -> CallSpan | None:
        """The call ended: close the open span (never before its start); ``None`` if none."""
        current = self.open_span_now()
        if current is None:
            return None
        with self._transaction() as conn:
            conn.execute("UPDATE call_spans SET end_utc = max(start_utc, ?), heartbeat_utc = "
                         "max(start_utc, ?) WHERE id = ? AND end_utc IS NULL",
                         (utc_text(end), utc_text(end), current.id))
        return self.get(current.id)

    def heartbeat(self, at: datetime) -> bool:
        """Note that the app is alive during the open span; False when no span is open."""
        with self._transaction() as conn:
            cursor = conn.execute("UPDATE call_spans SET heartbeat_utc = max(start_utc, ?) "
                                  "WHERE end_utc IS NULL", (utc_text(at),))
        return cursor.rowcount > 0

    def close_at_heartbeat(self) -> list[CallSpan]:
        """After a crash (or a sleep): close an open span at its last heartbeat, once."""
        with self._transaction() as conn:  # read and close in one go: nothing opens between
            rows = conn.execute("SELECT id FROM call_spans WHERE end_utc IS NULL").fetchall()
            conn.execute("UPDATE call_spans SET end_utc = heartbeat_utc, recovered = 1 "
                         "WHERE end_utc IS NULL")
        return [self.get(int(row[0])) for row in rows]

    def open_heartbeat(self) -> datetime | None:
        """The open span's last heartbeat, or ``None`` when no span is open."""
        row = self._core.row("SELECT heartbeat_utc FROM call_spans WHERE end_utc IS NULL")
        return None if row is None else datetime.fromisoformat(row[0])

    def open_span_now(self) -> CallSpan | None:
        """The span still open, if any."""
        row = self._core.row(f"SELECT {_COLUMNS} FROM call_spans WHERE end_utc IS NULL")
        return None if row is None else _row_to_span(row)

    def add(self, start: datetime, end: datetime) -> CallSpan:
        """A manual correction; refused when it overlaps another span."""
        validate_manual_span(start, end)
        with self._transaction() as conn:
            _refuse_overlap(conn, start, end)
            cursor = conn.execute(_INSERT_CLOSED, _closed_values(start, end, SpanSource.MANUAL))
        return self.get(int(cursor.lastrowid or 0))

    def restore(self, span: CallSpan) -> CallSpan:
        """Put a deleted, finished span back as it was: times, source, id (Undo).

        The id is kept unless a span recorded since took it (SQLite hands the highest id out
        again once its span is deleted); then the span comes back under a new id. Refused when
        a span recorded or added since overlaps it; nothing changes then.
        """
        if span.end is None:
            raise ValueError("only a finished span can be restored")
        with self._transaction() as conn:
            _refuse_overlap(conn, span.start, span.end)
            taken = conn.execute("SELECT 1 FROM call_spans WHERE id = ?", (span.id,)).fetchone()
            cursor = conn.execute(
                "INSERT INTO call_spans (id, start_utc, local_date, utc_offset_minutes, end_utc, "
                "heartbeat_utc, source, recovered) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (None if taken else span.id, utc_text(span.start), span.local_date.isoformat(),
                 span.utc_offset_minutes, utc_text(span.end), utc_text(span.end),
                 span.source.value, int(span.recovered)))
        return self.get(int(cursor.lastrowid or 0))

    def delete(self, span_id: int) -> CallSpan | None:
        """Remove a span and return it, or ``None`` when there is no such span."""
        try:
            span = self.get(span_id)
        except KeyError:
            return None
        with self._transaction() as conn:
            conn.execute("DELETE FROM call_spans WHERE id = ?", (span_id,))
        return span

    def get(self, span_id: int) -> CallSpan:
        """One span, or ``KeyError``."""
        return _row_to_span(self._core.one(f"SELECT {_COLUMNS} FROM call_spans WHERE id = ?",
                                           span_id))

    def spans(self, since: datetime | None = None,
              until: datetime | None = None) -> list[CallSpan]:
        """Spans starting in ``[since, until)``, in time order."""
        low = utc_text(since) if since is not None else ""
        high = utc_text(until) if until is not None else _OPEN_END
        rows = self._core.rows(
            f"SELECT {_COLUMNS} FROM call_spans WHERE start_utc >= ? AND start_utc < ? "
            "ORDER BY start_utc, id", (low, high))
        return [_row_to_span(row) for row in rows]

    def span_times(self, since: datetime, until: datetime) -> list[SpanTime]:
        """Spans starting in ``[since, until)`` as epoch seconds with their local day and hour.

        SQLite does the date arithmetic, so a year of spans loads in milliseconds; an open
        span ends at its heartbeat.
        """
        # Imported here: the trend modules stay out of the tray start (idle memory budget).
        from wellbeing_app.domain.workload.workload_trend import SpanTime

        rows = self._core.rows(
            "SELECT (julianday(start_utc) - 2440587.5) * 86400.0, "
            "(julianday(coalesce(end_utc, heartbeat_utc)) - 2440587.5) * 86400.0, local_date, "
            "utc_offset_minutes FROM call_spans WHERE start_utc >= ? AND start_utc < ? "
            "ORDER BY start_utc, id", (utc_text(since), utc_text(until)))
        days: dict[str, date] = {}  # a year has 365 distinct days, not 22,000
        return [SpanTime(round(start), round(end),  # stored to the second; julianday drifts
                         days.get(day) or days.setdefault(day, date.fromisoformat(day)),
                         int((round(start) + offset * 60) % 86400 // 3600))
                for start, end, day, offset in rows]

    def import_spans(self, spans: list[tuple[datetime, datetime, SpanSource]]) -> int:
        """Many closed spans in one transaction (demo data, benchmarks); return how many."""
        rows = [_closed_values(start, end, source) for start, end, source in spans]
        with self._transaction() as conn:
            conn.executemany(_INSERT_CLOSED, rows)
        return len(rows)
