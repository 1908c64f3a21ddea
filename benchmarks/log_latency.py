"""Tray click → log dialog shown, and save-a-call latency (durable, synchronous=FULL).

Budgets (DESIGN.md §6): dialog shown ≤ 50 ms; save ≤ 10 ms.
Runs under Xvfb (real xcb windows) when available, else offscreen.
Usage: ``python -m benchmarks.log_latency`` from the repository root.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure_dialog() -> tuple[float, list[float]]:
    from PySide6.QtWidgets import QApplication

    from wellbeing_app.domain.clock import SystemClock
    from wellbeing_app.platform.resources import load_catalog
    from wellbeing_app.store.journal import Journal
    from wellbeing_app.ui.calls.log_flow_controller import LogFlowController

    qapp = QApplication.instance() or QApplication(["bench"])
    journal = Journal.in_memory()
    flow = LogFlowController(journal, load_catalog(), SystemClock(), lambda: None)

    def open_once() -> float:
        start = time.perf_counter()
        flow.open_dialog()
        qapp.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        flow.dialog.hide()
        qapp.processEvents()
        return elapsed

    first = open_once()
    return first, [open_once() for _ in range(50)]


def measure_save(runs: int = 300) -> list[float]:
    from wellbeing_app.domain.calls.logged_call import CallDraft
    from wellbeing_app.domain.clock import SystemClock
    from wellbeing_app.store.journal import DB_FILENAME, Journal

    clock = SystemClock()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as folder:
        journal = Journal.open(Path(folder) / DB_FILENAME)
        timings = []
        for index in range(runs):
            draft = CallDraft(stress=index % 11, categories=("hostile",), note="bench")
            start = time.perf_counter()
            journal.log_call(draft, clock.now())
            timings.append((time.perf_counter() - start) * 1000)
        journal.close()
    return timings


def main() -> None:
    from tests.support.x11 import x_with_tray

    try:
        with x_with_tray() as env:
            os.environ.update(env)
            first, again = measure_dialog()
    except FileNotFoundError:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        first, again = measure_dialog()
    saves = measure_save()
    print(f"{'':34}{'p50':>8}{'p95':>8}{'budget':>8}")
    print(f"{'dialog shown, first open (ms)':34}{first:>8.1f}{'':>8}{50:>8}")
    print(f"{'dialog shown, later opens (ms)':34}{statistics.median(again):>8.1f}"
          f"{percentile(again, 0.95):>8.1f}{50:>8}")
    print(f"{'save a call, durable (ms)':34}{statistics.median(saves):>8.2f}"
          f"{percentile(saves, 0.95):>8.2f}{10:>8}")
    print(f"(platform {os.environ.get('QT_QPA_PLATFORM')}; saves on {tempfile.gettempdir()}, "
          "WAL + synchronous=FULL)")


if __name__ == "__main__":
    main()
