"""Tray click → log dialog shown, save-a-call latency, and the whole after-save path.

Budgets (DESIGN.md §6): dialog shown ≤ 50 ms; save ≤ 10 ms, durable (synchronous=FULL); the
whole after-save path (save, acknowledgment, exercise offer) on 5 years of history ≤ 10 ms p95.
The history is the trends benchmark's: 100,000 calls and the exercise sessions after some
(≈22 k). Runs under Xvfb (real xcb windows) when available, else offscreen.
Usage: ``python -m benchmarks.log_latency [--calls 100000]`` from the repository root.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
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
    from wellbeing_app.usecases.call_logging import CallLogging

    qapp = QApplication.instance() or QApplication(["bench"])
    journal = Journal.in_memory()
    catalog = load_catalog()
    flow = LogFlowController(CallLogging(journal, lambda: catalog, SystemClock()),
                             lambda: catalog, lambda: None)

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


def timed(action: Callable[[], object], runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def measure_after_save(calls: int, runs: int = 200) -> dict[str, list[float]]:
    """Save + acknowledgment + offer on a 5-year journal, as the tray does it (use case and card).

    Also times what the offer cost before (every exercise session loaded), for the record.
    """
    from PySide6.QtWidgets import QApplication

    from benchmarks.trends_benchmark import fill
    from wellbeing_app.domain.calls.acknowledgment import compose_acknowledgment
    from wellbeing_app.domain.calls.logged_call import CallDraft
    from wellbeing_app.domain.clock import SystemClock
    from wellbeing_app.domain.exercises.exercise_session import suggest_exercise
    from wellbeing_app.platform.resources import load_catalog, load_exercise_library
    from wellbeing_app.store.journal import DB_FILENAME, Journal
    from wellbeing_app.ui.calls.log_flow_controller import LogFlowController
    from wellbeing_app.usecases.call_logging import CallLogging
    from wellbeing_app.usecases.exercise_offers import ExerciseOffers

    qapp = QApplication.instance() or QApplication(["bench"])
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as folder:
        path = Path(folder) / DB_FILENAME
        stored, sessions = fill(path, calls)
        print(f"history: {stored:,} calls, {sessions:,} exercise sessions")
        journal = Journal.open(path)
        catalog = load_catalog()
        library = load_exercise_library()
        offers = ExerciseOffers(journal, lambda: library)
        use_case = CallLogging(journal, lambda: catalog, SystemClock(), offers)
        flow = LogFlowController(use_case, lambda: catalog, lambda: None)
        results = {
            "use case, rating 8 (offer reads history)":
                timed(lambda: use_case.log(CallDraft(stress=8, categories=("hostile",))), runs),
            "use case, rating 4": timed(lambda: use_case.log(CallDraft(stress=4)), runs),
            "acknowledgment + offer alone, rating 8": timed(
                lambda: (compose_acknowledgment(CallDraft(stress=8), catalog, seed=1),
                         offers.for_stress(8)), runs),
            "tray quick log, rating 9 (card shown)":
                timed(lambda: (flow.quick_log(9), qapp.processEvents()), runs),
            "before: offer from every session loaded":
                timed(lambda: suggest_exercise(8, journal.exercises.sessions()), 5),
        }
        flow.popup.dismiss()
        journal.close()
    return results


def main() -> None:
    from tests.support.x11 import x_with_tray

    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100_000)
    options = parser.parse_args()

    try:
        with x_with_tray() as env:
            os.environ.update(env)
            first, again = measure_dialog()
            after_save = measure_after_save(options.calls)
    except FileNotFoundError:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        first, again = measure_dialog()
        after_save = measure_after_save(options.calls)
    saves = measure_save()
    print(f"{'':34}{'p50':>8}{'p95':>8}{'budget':>8}")
    print(f"{'dialog shown, first open (ms)':34}{first:>8.1f}{'':>8}{50:>8}")
    print(f"{'dialog shown, later opens (ms)':34}{statistics.median(again):>8.1f}"
          f"{percentile(again, 0.95):>8.1f}{50:>8}")
    print(f"{'save a call, durable (ms)':34}{statistics.median(saves):>8.2f}"
          f"{percentile(saves, 0.95):>8.2f}{10:>8}")
    print(f"(platform {os.environ.get('QT_QPA_PLATFORM')}; saves on {tempfile.gettempdir()}, "
          "WAL + synchronous=FULL)")
    print("\nwhole after-save path (save + acknowledgment + exercise offer), 5-year history:")
    for name, values in after_save.items():
        print(f"{name:44}{statistics.median(values):>8.2f}{percentile(values, 0.95):>8.2f}"
              f"{10:>8}  ms p50 / p95 / budget")


if __name__ == "__main__":
    main()
