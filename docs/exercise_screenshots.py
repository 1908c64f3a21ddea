"""Render the breathing and PMR windows mid-exercise to PNGs in docs/ (run under Xvfb or offscreen).

Usage: python docs/exercise_screenshots.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.exercises.exercise_request import ExerciseRequest
from wellbeing_app.platform.resources import load_exercise_library
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.exercises.breathing_window import BreathingWindow
from wellbeing_app.ui.exercises.pmr_window import PmrWindow


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = ManualClock(datetime(2026, 11, 24, 14, 30, tzinfo=UTC))
    journal = Journal.in_memory()
    library = load_exercise_library()
    breathing = BreathingWindow(library, journal, clock)
    breathing.open_for(ExerciseRequest("breathing", "cyclic_sigh", seconds=60))
    breathing.setup.start_button.click()
    breathing.before.scale.set_value(7)
    clock.advance(14.6)  # second breath, the top-up inhale: the shape is nearly full
    breathing.controller.tick()
    app.processEvents()
    breathing.grab().save(str(out / "breathing_window.png"))
    pmr = PmrWindow(library, journal, clock)
    pmr.open_for(ExerciseRequest("pmr", "desk_quick"))
    pmr.start_button.click()
    pmr.before.scale.set_value(8)
    clock.advance(35)  # second group, tensing
    pmr.controller.tick()
    app.processEvents()
    pmr.grab().save(str(out / "pmr_window.png"))
    breathing.close()
    pmr.close()
    journal.close()
    print(f"wrote {out / 'breathing_window.png'} and {out / 'pmr_window.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
