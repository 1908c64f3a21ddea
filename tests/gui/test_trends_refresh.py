"""The open trends window redraws once per change: its own edits and the tray's alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.running_app import running_app
from wellbeing_app.ui.trends.trends_feature import TrendsFeature
from wellbeing_app.ui.trends.trends_window import TrendsWindow


def counted(window: TrendsWindow) -> list[int]:
    """Counts the window's redraws from now on."""
    draws: list[int] = []
    redraw = window.refresh

    def counting() -> None:
        draws.append(1)
        redraw()

    window.refresh = counting  # type: ignore[method-assign]
    return draws


def test_a_delete_in_history_redraws_once_and_a_tray_log_redraws_once(qtbot: QtBot,
                                                                      tmp_path: Path) -> None:
    with running_app(tmp_path) as (app, actions, _panel):
        assert app.flow.quick_log(6) is not None
        app.flow.popup.close()
        actions.trends.trigger()
        window = app.feature(TrendsFeature).window
        assert window is not None and window.isVisible()
        try:
            window.tabs.setCurrentWidget(window.history)
            draws = counted(window)
            window.history.table.selectRow(0)
            window.history.delete_selected()  # the window redraws for its own edit at once
            for _ in range(5):
                QApplication.processEvents()  # the journal's own-write notice arrives after
            assert len(draws) == 1
            assert app.flow.quick_log(4) is not None  # a call from the tray, window open
            app.flow.popup.close()
            for _ in range(5):
                QApplication.processEvents()
            assert len(draws) == 2
            assert window.report is not None and window.report.total.count == 1
        finally:
            window.close()
