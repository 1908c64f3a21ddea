"""Trends on 5 years of heavy use: 100,000 calls plus exercises, and a year of call spans.

Prints the time of each aggregate query (median of several runs, budget 50 ms), of the
trends window's first paint (budget 300 ms) and of its Detected calls page (100 ms), as figures
and as ratios to the budget.

    .venv/bin/python benchmarks/trends_benchmark.py [--calls 100000] [--spans-per-day 60]
        [--keep DIR]

Runs on whatever Qt platform is set (offscreen by default; use xcb under Xvfb for a real one).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.demo.demo_history import DemoCall, DemoExercise, demo_history
from wellbeing_app.domain.demo.demo_sessions import demo_session_record
from wellbeing_app.domain.demo.demo_spans import demo_spans
from wellbeing_app.domain.trends.trend_range import TrendRange
from wellbeing_app.domain.trends.trend_report import range_start, tallies_since
from wellbeing_app.domain.workload.call_span import SpanSource
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.store.trends.trend_queries import TrendQueries

QUERY_BUDGET_MS = 50.0
PAINT_BUDGET_MS = 300.0
#: The Detected calls page lists one day: it should feel instant.
PAGE_BUDGET_MS = 100.0
ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 24)
DAYS = 5 * 365 + 1


def fill_spans(path: Path, per_day: int) -> int:
    """A year of detected calls, ``per_day`` every day (sensed workload beside the stress)."""
    journal = Journal.open(path)
    spans = demo_spans(TODAY, 365, per_day, seed=42, zone=ZONE, weekends=True)
    stored = journal.call_spans.import_spans([(s, e, SpanSource.MICROPHONE) for s, e in spans])
    journal.close()
    return stored


def fill(path: Path, calls: int) -> tuple[int, int]:
    """100k calls over 5 years (about 79 per working day) and the exercises after some."""
    journal = Journal.open(path)  # the exercises migration creates exercise_sessions
    items = list(demo_history(end=TODAY, days=DAYS, per_day=calls / 1200, seed=42, zone=ZONE,
                              categories=load_catalog().category_ids))
    generated = [i for i in items if isinstance(i, DemoCall)]
    step = len(generated) / calls  # thin evenly, so the calls still span all 5 years
    demo_calls = [generated[int(n * step)] for n in range(min(calls, len(generated)))]
    sessions = [i for i in items if isinstance(i, DemoExercise)]
    stored = journal.import_calls((c.draft, c.at) for c in demo_calls)
    exercised = journal.exercises.record_many(demo_session_record(s) for s in sessions)
    journal.close()
    return stored, exercised


def median_ms(action: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def row(name: str, ms: float, budget: float) -> None:
    verdict = "ok" if ms <= budget else "OVER"
    print(f"  {name:<44} {ms:8.1f} ms   {ms / budget:5.2f} × budget  {verdict}")


def bench_range(queries: TrendQueries, trend_range: TrendRange, first: date | None) -> None:
    start = range_start(trend_range, TODAY, first)
    since = tallies_since(trend_range, TODAY, first)
    print(f"aggregate queries, range {trend_range.value} (from {start}):")
    row("day tallies (hourly rollup, GROUP BY day)", median_ms(lambda: queries.day_tallies(since)),
        QUERY_BUDGET_MS)
    row("category counts (category rollup)",
        median_ms(lambda: queries.category_counts(start)), QUERY_BUDGET_MS)
    row("weekday × hour grid (hourly rollup)",
        median_ms(lambda: queries.stress_grid(start)), QUERY_BUDGET_MS)
    row("exercise before/after (GROUP BY exercise)",
        median_ms(lambda: queries.exercise_effects(start)), QUERY_BUDGET_MS)
    row("history, first page of 200", median_ms(lambda: queries.history(start, None)),
        QUERY_BUDGET_MS)
    row("history of one category, first page", median_ms(
        lambda: queries.history(start, "hostile")), QUERY_BUDGET_MS)
    row("whole report incl. insights (all of the above)",
        median_ms(lambda: queries.report(trend_range, TODAY)), QUERY_BUDGET_MS)


def bench_queries(journal: Journal) -> None:
    queries = journal.trends
    first = queries.first_day()
    for trend_range in (TrendRange.MONTH, TrendRange.YEAR, TrendRange.ALL):
        bench_range(queries, trend_range, first)
    at = datetime(2026, 11, 24, 16, 0, tzinfo=ZONE)
    saved: list[int] = []
    print("writes (the rollup triggers run inside each save):")
    row("save a logged call, durable (budget 10 ms)", median_ms(
        lambda: saved.append(journal.log_call(CallDraft(stress=6, categories=("urgent",)), at).id)
    ), 10.0)
    for call_id in saved:
        journal.delete_call(call_id)


def settle(qapp: Any, window: Any, watch: Any) -> None:
    """Process events until the window is exposed and a spin brings no further paint."""
    deadline = time.perf_counter() + 3
    while time.perf_counter() < deadline:
        before = watch.last
        qapp.processEvents()
        handle = window.windowHandle()
        if handle is not None and handle.isExposed() and watch.last == before and before:
            return
        time.sleep(0.001)


def bench_first_paint(journal: Journal, data_dir: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication(sys.argv[:1])

    class PaintWatch(QObject):
        last = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                PaintWatch.last = time.perf_counter()
            return False

    watch = PaintWatch()
    qapp.installEventFilter(watch)
    clock = ManualClock(datetime(2026, 11, 24, 17, 0, tzinfo=ZONE))
    start, cpu_start = time.perf_counter(), time.process_time()
    from wellbeing_app.ui.trends.trends_window import TrendsWindow  # cold: Qt Charts loads here

    window = TrendsWindow(journal, load_catalog(), clock, data_dir)
    window.present()
    settle(qapp, window, PaintWatch)
    first_paint = (PaintWatch.last - start) * 1000
    cpu = (time.process_time() - cpu_start) * 1000  # what other processes' load cannot inflate
    print(f"trends window on the {qapp.platformName()} platform:")
    row("first open to first paint (cold, 30 days)", first_paint, PAINT_BUDGET_MS)
    row("  of it CPU time of this process", cpu, PAINT_BUDGET_MS)
    for trend_range in (TrendRange.WEEK, TrendRange.YEAR, TrendRange.ALL):
        begin = time.perf_counter()
        window.set_range(trend_range)
        settle(qapp, window, PaintWatch)
        row(f"switch to {trend_range.value}, query and repaint", (PaintWatch.last - begin) * 1000,
            PAINT_BUDGET_MS)
    begin = time.perf_counter()
    panel = window.show_spans()  # built on first show: 60 spans of today
    settle(qapp, window, PaintWatch)
    row("Detected calls page, first show and paint", (PaintWatch.last - begin) * 1000,
        PAGE_BUDGET_MS)
    begin = time.perf_counter()
    panel.show_day(panel.day - timedelta(days=1))
    settle(qapp, window, PaintWatch)
    row("  another day, query and repaint", (PaintWatch.last - begin) * 1000, PAGE_BUDGET_MS)
    window.hide()
    qapp.removeEventFilter(watch)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--spans-per-day", type=int, default=60,
                        help="detected calls a day over the last year (0 = none)")
    parser.add_argument("--keep", metavar="DIR", help="build (or reuse) the data set here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="trends-bench-") as scratch:
        data_dir = Path(args.keep or scratch)
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / DB_FILENAME
        if not path.exists():
            begin = time.perf_counter()
            stored, exercised = fill(path, args.calls)
            print(f"built {stored:,} calls and {exercised:,} exercise sessions over "
                  f"{DAYS} days in {time.perf_counter() - begin:.1f} s "
                  f"({path.stat().st_size / 1e6:.1f} MB)")
            if args.spans_per_day:
                print(f"added {fill_spans(path, args.spans_per_day):,} call spans over 365 days")
        journal = Journal.open(path)
        first = journal.trends.first_day()
        print(f"{journal.count_calls():,} calls from {first} to {TODAY}; "
              f"SQLite {__import__('sqlite3').sqlite_version}")
        bench_queries(journal)
        bench_first_paint(journal, data_dir)
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
