"""Breathing animation smoothness and cost: frame-interval p50/p99 and CPU share of one core.

Runs the real BreathingWindow (long exhale, the between-calls default) on the system clock for
a shortened, configurable session, recording when the shape actually repaints; then a minimal
PySide6 widget that repaints a circle from a 16 ms timer, as the floor on this machine.
Budget (DESIGN.md §6): frame interval p99 ≤ 20 ms and ≤ 10 % of one core.

Usage (under X, e.g. Xvfb):  DISPLAY=:101 python benchmarks/breathing_animation.py --seconds 60
"""

from __future__ import annotations

import argparse
import itertools
import math
import resource
import statistics
import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEventLoop, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from wellbeing_app.domain.clock import SystemClock
from wellbeing_app.domain.exercises.exercise_request import ExerciseRequest
from wellbeing_app.platform.resources import load_exercise_library
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.exercises.breathing_shape import BreathingShape
from wellbeing_app.ui.exercises.breathing_window import BreathingWindow

P99_BUDGET_MS = 20.0
CPU_BUDGET = 0.10


class FloorWidget(QWidget):
    """The minimal animation: a circle whose size follows a sine, repainted every 16 ms."""

    def __init__(self) -> None:
        super().__init__()
        self.resize(380, 520)
        self.frames: list[float] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(16)
        self._timer.timeout.connect(self.update)

    def run(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self.frames.append(time.perf_counter())
        radius = 60 + 60 * (0.5 + 0.5 * math.sin(self._clock.elapsed() / 1000 * math.pi / 5))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#2f8f83"))
        painter.drawEllipse(QPointF(190, 200), radius, radius)
        painter.end()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def wait(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def measure(start: Callable[[], None], stop: Callable[[], None], frames: list[float],
            seconds: float) -> tuple[float, float, float, int]:
    """Run for ``seconds``; return p50 and p99 frame interval (ms), CPU share, frame count."""
    wait(0.5)  # let the window map and settle
    frames.clear()
    start()
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    wait(seconds)
    cpu, wall = cpu_seconds() - cpu0, time.perf_counter() - wall0
    stop()
    intervals = [(b - a) * 1000 for a, b in itertools.pairwise(frames)]
    if len(intervals) < 2:
        return float("nan"), float("nan"), cpu / wall, len(frames)
    cuts = statistics.quantiles(intervals, n=100)
    return statistics.median(intervals), cuts[98], cpu / wall, len(frames)


def breathing(seconds: float, what: str) -> tuple[float, float, float, int]:
    """The real window; ``what`` is ``ticks`` (timeline samples) or ``paints`` (repaints).

    Repaint gaps include the frames skipped on purpose at the turn of a breath, where the eased
    shape moves less than 1/1000 of its size; the tick interval is the animation's frame clock.
    """
    frames: list[float] = []
    original = BreathingShape.paintEvent

    def recording_paint(self: BreathingShape, event: QPaintEvent) -> None:
        if what == "paints":
            frames.append(time.perf_counter())
        original(self, event)

    BreathingShape.paintEvent = recording_paint  # type: ignore[method-assign]
    journal = Journal.in_memory()
    window = BreathingWindow(load_exercise_library(), journal, SystemClock())
    window.reduced_motion.setChecked(False)
    window.open_for(ExerciseRequest("breathing", "long_exhale"))
    window.setup.dose_box.setCurrentIndex(window.setup.dose_box.findData(300))
    if what == "ticks":
        window.controller.position_listeners.append(lambda _p: frames.append(time.perf_counter()))

    def start() -> None:
        window.setup.start_button.click()
        window.before.skip_button.click()

    result = measure(start, window.controller.stop, frames, seconds)
    window.close()
    BreathingShape.paintEvent = original  # type: ignore[method-assign]
    journal.close()
    return result


def floor(seconds: float) -> tuple[float, float, float, int]:
    """The minimal PySide6 animation on the same machine."""
    widget = FloorWidget()
    widget.show()
    result = measure(widget.run, widget.stop, widget.frames, seconds)
    widget.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0,
                        help="length of each measured run (the issue's figure is 60)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    print(f"platform {app.platformName()}, {args.seconds:.0f} s per run")
    rows = [("breathing ticks", breathing(args.seconds, "ticks")),
            ("breathing paints", breathing(args.seconds, "paints")),
            ("minimal PySide6", floor(args.seconds))]
    for name, (p50, p99, cpu, count) in rows:
        print(f"{name:<17} frames {count:5d}  interval p50 {p50:5.1f} ms  p99 {p99:5.1f} ms  "
              f"CPU {cpu * 100:4.1f} % of one core")
    (p50, p99, cpu, _), (_f50, f99, fcpu, _) = rows[0][1], rows[2][1]
    print(f"ratio to minimal: p99 {p99 / f99:.2f}×, CPU {cpu / fcpu:.2f}×" if fcpu else "")
    ok = p99 <= P99_BUDGET_MS and cpu <= CPU_BUDGET
    print(f"budget p99 ≤ {P99_BUDGET_MS:.0f} ms and CPU ≤ {CPU_BUDGET:.0%}: "
          f"{'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
