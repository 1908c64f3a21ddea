"""The trends window on real (in-memory) data: ranges, heat map, history, export, erase."""

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.support.widgets import cell_text
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.demo.demo_history import DemoCall, demo_history
from wellbeing_app.domain.trends.trend_range import TrendRange
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.trends.heat_map_widget import HeatMapWidget
from wellbeing_app.ui.trends.insight_text import insight_text
from wellbeing_app.ui.trends.trends_overview import no_insight_text
from wellbeing_app.ui.trends.trends_window import TrendsWindow

ZONE = ZoneInfo("Europe/Berlin")


class Fixture:
    def __init__(self, qtbot: QtBot, tmp_path: Path, clock: ManualClock, days: int) -> None:
        self.journal = Journal.open(tmp_path / DB_FILENAME)
        self.tmp_path = tmp_path
        self.chosen: list[Path | None] = []
        items = demo_history(end=clock.now().date() - timedelta(days=1), days=days, per_day=5,
                             seed=7, zone=ZONE, categories=load_catalog().category_ids)
        self.journal.import_calls((i.draft, i.at) for i in items if isinstance(i, DemoCall))
        self.window = TrendsWindow(self.journal, load_catalog(), clock, tmp_path,
                                   choose_path=lambda fmt, _s: self.chosen.pop(0))
        qtbot.addWidget(self.window)


@pytest.fixture
def trends(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> Iterator[Fixture]:
    fixture = Fixture(qtbot, tmp_path, clock, days=400)
    yield fixture
    fixture.window.hide()
    fixture.journal.close()


@pytest.mark.parametrize("trend_range", list(TrendRange))
def test_every_range_renders_charts_heat_map_and_insights(
    trends: Fixture, qtbot: QtBot, trend_range: TrendRange
) -> None:
    trends.window.present()
    trends.window.set_range(trend_range)
    report = trends.window.report
    assert report is not None and report.range is trend_range and not report.is_empty
    overview = trends.window.overview
    assert overview.chart_titles[:3] == ["stress", "count", "heat map"]
    assert "categories" in overview.chart_titles
    assert len(report.days) == (trend_range.days or len(report.days))
    assert overview.heat_map.isVisible()
    expected = (["• " + insight_text(i, overview._label_for) for i in report.insights]
                or [f"• {no_insight_text()}"])
    assert [label.text() for label in overview.insight_labels] == expected
    checked = [b.text() for b in trends.window.range_buttons.buttons() if b.isChecked()]
    assert checked == [trend_range.label]


def test_demo_year_supports_the_hardest_hour_and_weekday(trends: Fixture) -> None:
    trends.window.present()
    trends.window.set_range(TrendRange.YEAR)
    assert trends.window.report is not None
    kinds = {i.kind for i in trends.window.report.insights}
    assert {"hardest_hour", "hardest_weekday"} <= kinds


def test_heat_map_paints_and_names_exact_numbers(trends: Fixture, qtbot: QtBot) -> None:
    trends.window.present()
    trends.window.set_range(TrendRange.YEAR)
    heat_map = trends.window.overview.heat_map
    report = trends.window.report
    assert report is not None
    image = heat_map.grab().toImage()
    monday_two_pm = heat_map.cell_rect(0, 14).center()
    empty_night = heat_map.cell_rect(0, 3).center()
    assert image.pixelColor(monday_two_pm) != image.pixelColor(empty_night)
    cell = report.grid.cell(0, 14)
    assert heat_map.cell_at(monday_two_pm) == (0, 14)
    assert heat_map.cell_text(0, 14) == (
        f"Monday 14:00–15:00: mean stress {cell.mean:.1f} over {cell.count} calls")
    assert heat_map.cell_text(0, 3) == "Monday 03:00–04:00: no entries"


def test_empty_journal_explains_how_to_start(qtbot: QtBot, tmp_path: Path,
                                             clock: ManualClock) -> None:
    journal = Journal.in_memory()
    window = TrendsWindow(journal, load_catalog(), clock, tmp_path)
    qtbot.addWidget(window)
    window.present()
    assert window.overview.empty_label.isVisible()
    assert "Log a tough call" in window.overview.empty_label.text()
    assert window.overview.chart_titles == []
    window.hide()
    journal.close()


def test_history_filters_edits_deletes_and_undoes(trends: Fixture, qtbot: QtBot) -> None:
    window, history = trends.window, trends.window.history
    window.present()
    window.set_range(TrendRange.QUARTER)
    window.tabs.setCurrentWidget(history)
    total = history.table.rowCount()
    assert total > 0 and "entries" in history.count_label.text()
    history.category.setCurrentIndex(history.category.findData("hostile"))
    shown = history.table.rowCount()
    assert 0 < shown < total
    assert all("Angry or hostile" in cell_text(history.table, r, 2) for r in range(shown))
    history.table.selectRow(0)
    target = history.selected_call()
    assert target is not None
    history.edit_selected()
    dialog = history.dialog
    assert dialog is not None and dialog.editing_id == target.id
    dialog.scale.set_value(1)
    with qtbot.waitSignal(window.data_changed):
        dialog.try_submit()
    assert trends.journal.get_call(target.id).stress == 1
    history.table.selectRow(0)
    with qtbot.waitSignal(window.data_changed):
        history.delete_selected()
    with pytest.raises(KeyError):
        trends.journal.get_call(target.id)
    assert history.undo_button.isEnabled() and "stress 1" in history.undo_label.text()
    history.undo_delete()
    assert trends.journal.get_call(target.id).stress == 1
    assert not history.undo_button.isEnabled()


def test_export_csv_and_json_from_the_ui(trends: Fixture) -> None:
    panel = trends.window.data_panel
    trends.chosen += [trends.tmp_path / "out.json", trends.tmp_path / "out.csv", None]
    assert panel.export("json") == trends.tmp_path / "out.json"
    records = json.loads((trends.tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(records) == trends.journal.count_calls()
    assert panel.export("csv") is not None
    assert (trends.tmp_path / "out.csv").read_text().startswith("id,at_utc,")
    assert panel.export("csv") is None  # cancelled
    assert "Exported" in panel.status.text()


def test_erase_needs_two_steps_and_really_deletes(trends: Fixture, qtbot: QtBot) -> None:
    trends.journal.log_call(CallDraft(stress=9, note="secret"),
                            datetime(2026, 11, 24, 9, tzinfo=ZONE))
    backups = trends.tmp_path / "backups"
    backups.mkdir()
    (backups / "old.db").write_text("copy")
    panel = trends.window.data_panel
    panel.request_erase()
    dialog = panel.erase_dialog
    assert dialog is not None
    names_the_file = f"The file is {trends.tmp_path / DB_FILENAME}."
    assert any(names_the_file in label.text() for label in dialog.findChildren(QLabel))
    dialog.accept()  # step one cannot erase
    assert trends.journal.count_calls() > 0
    dialog.go_to_step_two()
    dialog.confirm.setText("erase")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.setText("ERASE")
    with qtbot.waitSignal(trends.window.data_changed):
        dialog.erase_button.click()
    assert trends.journal.count_calls() == 0 and not backups.exists()
    assert b"secret" not in (trends.tmp_path / DB_FILENAME).read_bytes()
    assert trends.window.report is not None and trends.window.report.is_empty


def test_erase_step_two_enter_erases_only_after_the_word(trends: Fixture,
                                                         qtbot: QtBot) -> None:
    panel = trends.window.data_panel
    trends.window.show()
    panel.request_erase()
    dialog = panel.erase_dialog
    assert dialog is not None and not dialog.erase_button.isVisible()  # not on step one
    dialog.go_to_step_two()
    QTest.keyClicks(dialog.confirm, "erase")
    QTest.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter neither erased nor silently cancelled
    dialog.confirm.clear()
    QTest.keyClicks(dialog.confirm, "ERASE")
    with qtbot.waitSignal(trends.window.data_changed):
        QTest.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert trends.journal.count_calls() == 0


def test_tray_menu_offers_trends(qtbot: QtBot) -> None:
    actions = AppActions()
    from PySide6.QtWidgets import QMenu
    menu = QMenu()
    actions.fill_menu(menu)
    assert "&Trends…" in [a.text() for a in menu.actions()]
    with qtbot.waitSignal(actions.trends_requested):
        actions.trends.trigger()


def test_charts_load_only_when_the_window_opens() -> None:
    code = ("import sys, wellbeing_app.app, wellbeing_app.ui.tray.app_actions\n"
            "assert 'PySide6.QtCharts' not in sys.modules, 'charts imported at start'\n"
            "import wellbeing_app.ui.trends.trends_window\n"
            "assert 'PySide6.QtCharts' in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_heat_map_alone_with_an_empty_grid(qtbot: QtBot) -> None:
    widget = HeatMapWidget()
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    assert widget.cell_at(widget.cell_rect(6, 23).center()) == (6, 23)
    assert widget.summary() == "0 of 168 hour slots have entries."
    assert date.today()  # the widget needs no clock


def test_hover_texts_and_gap_runs() -> None:
    from wellbeing_app.domain.trends.trend_series import DayPoint
    from wellbeing_app.ui.trends.trends_overview import day_text, rolling_runs

    d = date(2026, 11, 2)
    days = (DayPoint(d, 2, 5.0, 5.0), DayPoint(d + timedelta(days=1), 0, None, None),
            DayPoint(d + timedelta(days=2), 1, 8.0, 8.0), DayPoint(d + timedelta(days=3), 0,
                                                                   None, 8.0))
    assert rolling_runs(days) == [[(d, 5.0)], [(d + timedelta(days=2), 8.0),
                                               (d + timedelta(days=3), 8.0)]]
    points = {p.day: p for p in days}
    assert day_text(points, d) == "Mon 2 Nov 2026: 2 calls, mean stress 5.0 · 7-day mean 5.0"
    assert day_text(points, d + timedelta(days=2)) == (
        "Wed 4 Nov 2026: 1 call, mean stress 8.0 · 7-day mean 8.0")
    assert day_text(points, d + timedelta(days=3)) == (
        "Thu 5 Nov 2026: no entries · 7-day mean 8.0")
    assert day_text(points, d + timedelta(days=9)) == "Wed 11 Nov 2026: no entries"


def test_charts_follow_a_dark_palette(trends: Fixture, qtbot: QtBot) -> None:
    from PySide6.QtCharts import QChart, QChartView
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    try:
        app.setPalette(dark)
        trends.window.present()
        views = trends.window.overview.findChildren(QChartView)
        assert views and all(v.chart().theme() == QChart.ChartTheme.ChartThemeDark
                             for v in views)
    finally:
        app.setPalette(original)
    trends.window.refresh()
    views = trends.window.overview.findChildren(QChartView)
    assert all(v.chart().theme() == QChart.ChartTheme.ChartThemeLight for v in views)


def test_the_window_fits_on_a_small_screen(trends: Fixture) -> None:
    area = trends.window.screen().availableGeometry()
    assert area.height() < 820  # the offscreen screen is smaller than the wanted size
    assert trends.window.height() + 40 <= area.height()


def test_ctrl_w_closes_the_window(qtbot: QtBot, trends: Fixture) -> None:
    trends.window.show()
    trends.window.activateWindow()
    qtbot.waitUntil(trends.window.isActiveWindow)
    QTest.keyClick(trends.window.windowHandle(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not trends.window.isVisible()


def test_every_chart_has_a_keyboard_reachable_table_of_its_numbers(
    trends: Fixture, qtbot: QtBot
) -> None:
    from wellbeing_app.ui.i18n.formats import decimal, weekday_date
    from wellbeing_app.ui.trends.chart_panel import ChartPanel
    from wellbeing_app.ui.trends.heat_map_key import HeatMapKey

    trends.window.present()
    trends.window.set_range(TrendRange.MONTH)
    report = trends.window.report
    assert report is not None
    panels = trends.window.overview.findChildren(ChartPanel)
    titles = [panel.title for panel in panels]
    assert titles[:3] == ["Stress after tough calls (0–10)", "Tough calls per day",
                          "Stress by hour and weekday (your local time)"]
    for panel in panels:
        assert panel.toggle.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert panel.toggle.accessibleName() == f"Show “{panel.title}” as a table"
        assert not panel.showing_table()
        QTest.keyClick(panel.toggle, Qt.Key.Key_Space)  # what a keyboard user presses
        assert panel.showing_table() and panel.table.rowCount() > 0
        assert panel.table.accessibleName() == f"{panel.title} — table"
    stress = panels[0].table
    with_entries = [p for p in report.days if p.count]
    assert stress.rowCount() == len(with_entries)
    first = with_entries[0]
    assert [cell_text(stress, 0, c) for c in range(4)] == [
        weekday_date(first.day), str(first.count), decimal(first.mean_stress or 0),
        "—" if first.rolling_mean is None else decimal(first.rolling_mean)]
    heat = panels[2].table
    assert heat.rowCount() == sum(1 for row in report.grid.cells for cell in row if cell.count)
    key = trends.window.overview.findChild(HeatMapKey)
    assert key is not None
    assert key.words == ["calm (0)", "moderate (5)", "very tense (10)", "outline only: no calls"]


def test_history_undo_tells_a_screen_reader_which_entry_it_brings_back(trends: Fixture,
                                                                       qtbot: QtBot) -> None:
    window, history = trends.window, trends.window.history
    window.present()
    window.set_range(TrendRange.QUARTER)
    window.tabs.setCurrentWidget(history)
    history.table.selectRow(0)
    with qtbot.waitSignal(window.data_changed):
        history.delete_selected()
    text = history.undo_label.text()
    assert text.startswith("Deleted the entry of")
    assert history.undo_button.accessibleDescription() == text  # focus skips the label
    history.undo_delete()
    assert history.undo_button.accessibleDescription() == ""
