"""Render the welcome window, a card brought forward with focus and a chart as a table (Xvfb).

Usage: python docs/a11y_screenshots.py [OUTPUT_DIR]   (needs DISPLAY, e.g. under xvfb-run)
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from wellbeing_app.domain.calls.acknowledgment import compose_acknowledgment
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.demo.demo_history import DemoCall, demo_history
from wellbeing_app.domain.settings.layers import NO_POLICY, resolve
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.ui.calls.acknowledgment_popup import AcknowledgmentPopup
from wellbeing_app.ui.trends.chart_panel import ChartPanel
from wellbeing_app.ui.trends.trends_window import TrendsWindow
from wellbeing_app.ui.welcome.welcome_window import WelcomeWindow

ZONE = ZoneInfo("Europe/Berlin")


def settle(app: QApplication, ms: int = 400) -> None:
    """Let the window map, take focus and paint."""
    QTimer.singleShot(ms, app.quit)
    app.exec()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


class StartAtLoginOff:
    """Stands in for the OS entry, so making the picture never touches the real one."""

    def is_enabled(self) -> bool:
        return False

    def set_enabled(self, enabled: bool) -> object:
        return enabled


def welcome(app: QApplication, out: Path) -> None:
    window = WelcomeWindow(resolve(NO_POLICY, {}), lambda _changes: None, StartAtLoginOff(),
                           "wellbeing log-dialog")
    window.show()
    window.activateWindow()
    settle(app)
    save(window, out / "welcome-window.png")
    window.hide()


def focused_card(app: QApplication, out: Path) -> None:
    catalog = load_catalog()
    card = AcknowledgmentPopup()
    draft = CallDraft(stress=8)
    ack = compose_acknowledgment(draft, catalog, seed=3, support_line="EAP 0800 000 111")
    card.present(12, ack, None, offer="Take 60 seconds? Cyclic sighing")
    card.bring_forward()  # what 'wellbeing notice' or Last notice… does
    settle(app)
    save(card, out / "card-focused.png")
    card.dismiss()


def chart_table(app: QApplication, out: Path, folder: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 24, 16, 0, tzinfo=UTC))
    journal = Journal.open(folder / DB_FILENAME)
    items = demo_history(end=clock.now().date() - timedelta(days=1), days=40, per_day=4, seed=5,
                         zone=ZONE, categories=load_catalog().category_ids)
    journal.import_calls((i.draft, i.at) for i in items if isinstance(i, DemoCall))
    window = TrendsWindow(journal, load_catalog(), clock, folder)
    window.present()
    panel = window.overview.findChildren(ChartPanel)[0]
    panel.toggle.setChecked(True)
    panel.toggle.setFocus()
    window.resize(900, 620)
    settle(app)
    save(window, out / "trends-chart-as-table.png")
    window.close()
    journal.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    welcome(app, out)
    focused_card(app, out)
    with tempfile.TemporaryDirectory() as folder:
        chart_table(app, out, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
