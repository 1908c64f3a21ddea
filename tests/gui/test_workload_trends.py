"""The trends window with detected calls: calls handled beside tough calls, share, heat map."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.demo.demo_spans import demo_spans
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.domain.trends.trend_range import TrendRange
from wellbeing_app.domain.workload.call_span import SpanSource
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.ui.trends.trends_window import TrendsWindow
from wellbeing_app.ui.workload.workload_section import WorkloadSection

ZONE = ZoneInfo("Europe/Berlin")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> Iterator[TrendsWindow]:
    journal = Journal.open(tmp_path / DB_FILENAME)
    end = clock.now().date() - timedelta(days=1)
    spans = list(demo_spans(end, 40, 30, seed=3, zone=ZONE))
    journal.call_spans.import_spans([(s, e, SpanSource.MICROPHONE) for s, e in spans])
    # Tough calls logged right after every 12th call: most late in a run, rated higher.
    journal.import_calls((CallDraft(stress=8 if i % 24 else 4), e + timedelta(seconds=5))
                         for i, (_s, e) in enumerate(spans) if i % 12 == 11)
    trends = TrendsWindow(journal, load_catalog(), clock, tmp_path, settings=Settings)
    qtbot.addWidget(trends)
    yield trends
    trends.hide()
    journal.close()


def test_calls_handled_sit_beside_tough_calls_with_share_and_heat_map(
        window: TrendsWindow) -> None:
    window.present()
    window.set_range(TrendRange.MONTH)
    overview = window.overview
    assert overview.chart_titles[:3] == ["stress", "count", "heat map"]
    assert "workload" in overview.chart_titles
    section = overview.workload_section
    assert isinstance(section, WorkloadSection) and section.isVisible()
    page, stress_box = overview.widget(), overview.heat_map.parentWidget()
    while stress_box is not None and not isinstance(stress_box, QGroupBox):
        stress_box = stress_box.parentWidget()  # the map sits in its chart/table panel
    assert page is not None and stress_box is not None
    layout = page.layout()
    assert layout is not None and layout.indexOf(section) == 3  # after "Tough calls per day"
    assert layout.indexOf(stress_box) == 4  # the stress map right after the calls map
    assert window.workload is not None
    handled = sum(p.calls_handled for p in window.workload.days)
    assert f"<b>{handled}</b> calls handled" in section.headline.text()
    assert "% logged as tough" in section.headline.text()
    busy = max(window.workload.days, key=lambda p: p.calls_handled)
    assert f"{busy.calls_handled} calls handled" in section.day_text(busy.day)
    assert "no calls detected" in section.day_text(window.workload.days[0].day - timedelta(1))
    assert section.heat_map.accessibleName() == "Calls handled by hour and weekday"
    assert "the busiest is" in section.heat_map.accessibleDescription()
    assert section.heat_map.cell_color(5, 3) is None  # Saturday night: no calls


def test_without_spans_nothing_about_workload_shows(qtbot: QtBot, tmp_path: Path,
                                                   clock: ManualClock) -> None:
    journal = Journal.open(tmp_path / DB_FILENAME)
    journal.log_call(CallDraft(stress=6), clock.now() - timedelta(hours=1))
    trends = TrendsWindow(journal, load_catalog(), clock, tmp_path)
    qtbot.addWidget(trends)
    trends.present()
    assert trends.workload is None and trends.overview.workload_section is None
    assert "workload" not in trends.overview.chart_titles
    trends.hide()
    journal.close()


def test_the_long_run_insight_is_rendered_in_the_shown_language() -> None:
    from wellbeing_app.domain.trends.insights import Insight
    from wellbeing_app.ui.trends.insight_text import insight_text

    insight = Insight("long_runs", "fallback", (
        ("after_long_runs", 7.1), ("otherwise", 5.4), ("calls", 42), ("long_run_calls", 12),
        ("run_length", 10)))
    assert insight_text(insight, str) == ("Your stress is higher after runs of 10+ "
                                          "back-to-back calls: 7.1 vs 5.4 over 42 calls.")


def test_ui_export_writes_the_spans_beside_the_calls(qtbot: QtBot, tmp_path: Path,
                                                     clock: ManualClock) -> None:
    import json

    journal = Journal.open(tmp_path / DB_FILENAME)
    journal.call_spans.add(clock.now() - timedelta(hours=1), clock.now() - timedelta(minutes=55))
    target = tmp_path / "mine.json"
    trends = TrendsWindow(journal, load_catalog(), clock, tmp_path,
                          choose_path=lambda _fmt, _s: target)
    qtbot.addWidget(trends)
    assert trends.data_panel.export("json") == target
    (span,) = json.loads((tmp_path / "mine-call-spans.json").read_text(encoding="utf-8"))
    assert span["source"] == "manual" and span["end_utc"] is not None
    assert "1 span in" in trends.data_panel.status.text()
    journal.close()
