"""Tab captions keep their accents: the dots of "Ü" on a tab that is not selected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from wellbeing_app.ui.tab_captions import UnclippedCaptions, keep_caption_accents


def second_tab(caption: str, qtbot: QtBot, *, keep: bool) -> QImage:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    if keep:
        keep_caption_accents(tabs)
    tabs.addTab(QWidget(), "Schicht")
    tabs.addTab(QWidget(), caption)  # not selected: drawn lower, where Qt clipped it
    tabs.resize(300, 60)
    tabs.show()
    QApplication.processEvents()
    return tabs.tabBar().grab(tabs.tabBar().tabRect(1)).toImage()


def test_an_unselected_tab_shows_the_dots_of_its_umlaut(qtbot: QtBot) -> None:
    assert second_tab("Über", qtbot, keep=True) != second_tab("Uber", qtbot, keep=True)


def test_every_window_with_tabs_keeps_their_accents(tmp_path: Path) -> None:
    from tests.support.all_windows import every_window

    bars = {}
    for name, window in every_window(tmp_path):
        for tabs in window.findChildren(QTabWidget):
            bars[f"{name}: {tabs.tabText(0)}"] = isinstance(tabs.tabBar().style(),
                                                           UnclippedCaptions)
    assert len(bars) >= 3  # Settings, sharing, trends
    assert all(bars.values()), bars
