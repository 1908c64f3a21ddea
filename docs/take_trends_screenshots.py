"""Screenshots of the trends window on demo data, into docs/ (run under a display).

    DISPLAY=:102 .venv/bin/python docs/take_trends_screenshots.py

The exercise sessions and weekly check-ins go into the real tables of those features.
"""

from __future__ import annotations

import runpy
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.demo.demo_history import DemoCall, DemoExercise, demo_history
from wellbeing_app.domain.demo.demo_sessions import demo_session_record
from wellbeing_app.domain.demo.demo_spans import demo_spans
from wellbeing_app.domain.reminders.check_ins import CheckInKind, score_check_in
from wellbeing_app.domain.trends.trend_range import TrendRange
from wellbeing_app.domain.workload.call_span import SpanSource
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.ui.i18n.translations import Translations

if TYPE_CHECKING:
    from wellbeing_app.ui.trends.trends_window import TrendsWindow

OUT = Path(__file__).resolve().parent
ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 24, 17, 30, tzinfo=ZONE)


def demo_journal(path: Path) -> Journal:
    """A year of demo calls, exercises and weekly check-ins."""
    journal = Journal.open(path)
    items = list(demo_history(end=NOW.date(), days=400, per_day=6, seed=11, zone=ZONE,
                              categories=load_catalog().category_ids))
    journal.import_calls((i.draft, i.at) for i in items if isinstance(i, DemoCall))
    journal.exercises.record_many(
        demo_session_record(i) for i in items if isinstance(i, DemoExercise))
    weeks = [3, 3, 2, 3, 3, 4, 3, 3, 4, 4, 3, 4, 4, 5]
    check_ins = journal.check_ins
    for n, score in enumerate(weeks):
        check_ins.add(score_check_in(CheckInKind.WEEKLY_STRESS, [score]),
                      NOW - timedelta(weeks=len(weeks) - 1 - n))
    return journal


def add_detected_calls(journal: Journal) -> None:
    """Two weeks of detected calls up to yesterday, then this afternoon's, one still going on."""
    spans = demo_spans(NOW.date() - timedelta(days=1), 14, 14, seed=5, zone=ZONE)
    journal.call_spans.import_spans([(s, e, SpanSource.MICROPHONE) for s, e in spans])
    today = NOW.replace(second=0, microsecond=0)
    for start, end, source in ((14, 20.5, SpanSource.MICROPHONE), (21, 21.2, SpanSource.MICROPHONE),
                               (35, 47, SpanSource.WINDOW), (48, 52.5, SpanSource.MICROPHONE),
                               (60, 66, SpanSource.MICROPHONE)):
        journal.call_spans.import_spans([(today - timedelta(minutes=90 - start),
                                          today - timedelta(minutes=90 - end), source)])
    journal.call_spans.open_span(today - timedelta(minutes=4), SpanSource.MANUAL)


def shoot_detected_calls(window: TrendsWindow, journal: Journal) -> None:
    """The Detected calls page on today, right after deleting a wrong span (Undo offered)."""
    add_detected_calls(journal)
    window.refresh()
    panel = window.show_spans()
    panel.show_day(NOW.date())
    panel.table.selectRow(4)
    panel.delete_selected()
    panel.table.selectRow(1)
    for _ in range(3):  # the page was just built: let its table settle to the window's width
        QApplication.processEvents()
    shoot(window, "trends-detected-calls.png")


def shoot(widget: QWidget, name: str) -> None:
    """Save one widget as a PNG."""
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def dark_palette() -> QPalette:
    """What a dark desktop hands the app (Xvfb has no colour scheme of its own)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#202124"), (roles.Base, "#2b2c30"),
                        (roles.WindowText, "#e8eaed"), (roles.Text, "#e8eaed"),
                        (roles.Button, "#303134"), (roles.ButtonText, "#e8eaed"),
                        (roles.Midlight, "#3c4043")):
        palette.setColor(role, QColor(color))
    return palette


def main() -> int:
    """Take every screenshot."""
    qapp = QApplication(sys.argv[:1])
    qapp.setStyle("Fusion")
    from wellbeing_app.ui.trends.trends_window import TrendsWindow

    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        # British English with its plural forms ("1 call", "4 calls") and dates.
        qm_dir = Path(scratch) / "qm"
        runpy.run_path(str(OUT.parent / "scripts" / "translations.py"))["release"](qm_dir)
        Translations(qapp, qm_dir).apply("en")
        journal = demo_journal(Path(scratch) / DB_FILENAME)
        window = TrendsWindow(journal, load_catalog(), ManualClock(NOW), Path(scratch))
        window.resize(1000, 900)
        window.present()
        shoot(window, "trends-30d.png")
        window.set_range(TrendRange.YEAR)
        bar = window.overview.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        shoot(window, "trends-1y-heat-map.png")
        bar.setValue(bar.maximum())
        shoot(window, "trends-1y-exercises-check-ins.png")
        window.tabs.setCurrentWidget(window.history)
        shoot(window, "trends-history.png")
        window.tabs.setCurrentWidget(window.data_panel)
        shoot(window, "trends-your-data.png")
        window.data_panel.request_erase()
        dialog = window.data_panel.erase_dialog
        assert dialog is not None
        dialog.go_to_step_two()
        shoot(dialog, "trends-erase-step-two.png")
        dialog.reject()
        shoot_detected_calls(window, journal)
        window.tabs.setCurrentWidget(window.overview)
        qapp.setPalette(dark_palette())
        window.set_range(TrendRange.QUARTER)
        shoot(window, "trends-90d-dark.png")
        window.hide()
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
