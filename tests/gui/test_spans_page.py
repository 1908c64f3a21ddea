"""The Detected calls page of the trends window: see a day's spans, delete and undo, add one."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.support.widgets import cell_text
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.domain.settings.layers import NO_POLICY, EffectiveSettings, resolve
from wellbeing_app.domain.workload.call_span import SpanSource
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.ui.i18n.formats import time_text
from wellbeing_app.ui.trends.trends_window import TrendsWindow
from wellbeing_app.ui.workload.add_span_dialog import AddSpanDialog
from wellbeing_app.ui.workload.spans_panel import SpansPanel
from wellbeing_app.usecases.workload import list_spans

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 24, 16, 30, tzinfo=ZONE)
DAY = NOW.date() - timedelta(days=1)


def at(day: date, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute, second), ZONE)


class Page:
    """A journal with three spans yesterday, one the day before and a call going on now."""

    def __init__(self, qtbot: QtBot, tmp_path: Path,
                 effective: EffectiveSettings | None = None) -> None:
        self.journal = Journal.open(tmp_path / DB_FILENAME)
        self.clock = ManualClock(NOW)
        spans = self.journal.call_spans
        spans.import_spans([
            (at(DAY, 9, 0), at(DAY, 9, 6, 30), SpanSource.MICROPHONE),
            (at(DAY, 9, 6, 45), at(DAY, 9, 6, 55), SpanSource.MICROPHONE),  # 10 s: not a call
            (at(DAY, 11, 0), at(DAY, 11, 20), SpanSource.WINDOW),
            (at(DAY - timedelta(days=1), 15, 0), at(DAY - timedelta(days=1), 15, 9),
             SpanSource.MICROPHONE)])
        spans.open_span(at(NOW.date(), 16, 20), SpanSource.MANUAL)
        spans.heartbeat(NOW)  # the running app's watchdog beats once a minute in a call
        chosen = effective or resolve(NO_POLICY, {})
        self.window = TrendsWindow(self.journal, load_catalog(), self.clock, tmp_path,
                                   settings=lambda: chosen.settings, effective=lambda: chosen)
        qtbot.addWidget(self.window)
        self.window.present()

    def open(self) -> SpansPanel:
        panel = self.window.show_spans()
        panel.show_day(DAY)
        return panel

    def calls_handled(self) -> int:
        assert self.window.workload is not None
        return sum(p.calls_handled for p in self.window.workload.days)


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[Page]:
    fixture = Page(qtbot, tmp_path)
    yield fixture
    fixture.window.hide()
    fixture.journal.close()


def rows(panel: SpansPanel) -> list[list[str]]:
    table = panel.table
    return [[cell_text(table, r, c) for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def add_dialog(panel: SpansPanel) -> AddSpanDialog:
    panel.add_button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_times(dialog: AddSpanDialog, start: QTime, end: QTime) -> None:
    dialog.start_edit.setTime(start)
    dialog.end_edit.setTime(end)


def test_the_page_is_built_only_when_first_shown(page: Page) -> None:
    assert page.window.spans is None  # the first paint does not pay for it
    page.window.tabs.setCurrentWidget(page.window.calls_page)
    assert page.window.spans is not None
    assert page.window.tabs.tabText(page.window.tabs.currentIndex()) == "Detected call&s"


def test_a_day_lists_its_spans_with_times_length_source_and_whether_they_count(
        page: Page) -> None:
    panel = page.open()
    assert rows(panel) == [
        [time_text(time(9, 0)), time_text(time(9, 6)), "6 min 30 s", "Microphone", "Yes"],
        [time_text(time(9, 6)), time_text(time(9, 6)), "10 s", "Microphone",
         "No, shorter than 20 s"],
        [time_text(time(11, 0)), time_text(time(11, 20)), "20 min 0 s", "Softphone window",
         "Yes"]]
    assert "2 calls handled" in panel.summary.text()
    assert "1 too short to count" in panel.summary.text()
    panel.previous_button.click()
    assert [r[0] for r in rows(panel)] == [time_text(time(15, 0))]
    panel.today_button.click()
    assert rows(panel) == [[time_text(time(16, 20)), "in progress", "10 min 0 s",
                            "By hand (toggle or added)", "In progress"]]
    assert not panel.next_button.isEnabled()  # no future days
    panel.table.selectRow(0)
    assert not panel.delete_button.isEnabled()  # a call still going on is not deleted
    panel.delete_selected()
    assert "still going on" in panel.message.text()
    assert len(list_spans(page.journal)) == 5


def test_delete_key_removes_the_span_and_undo_puts_it_back_as_it_was(page: Page,
                                                                     qtbot: QtBot) -> None:
    panel = page.open()
    before = page.calls_handled()
    original = next(s for s in list_spans(page.journal) if s.start == at(DAY, 11, 0))
    page.window.activateWindow()
    qtbot.waitUntil(page.window.isActiveWindow)
    panel.table.setFocus()
    panel.table.selectRow(2)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [r[0] for r in rows(panel)] == [time_text(time(9, 0)), time_text(time(9, 6))]
    assert original.id not in [s.id for s in list_spans(page.journal)]
    assert page.calls_handled() == before - 1  # the trends figures follow
    assert panel.undo_button.isEnabled()
    assert time_text(time(11, 0)) in panel.undo_label.text()
    assert panel.undo_button.accessibleDescription() == panel.undo_label.text()
    QTest.keySequence(page.window, QKeySequence(QKeySequence.StandardKey.Undo))  # Ctrl+Z
    assert original in list_spans(page.journal)  # same id, times and source
    assert rows(panel)[2][3] == "Softphone window"
    assert page.calls_handled() == before
    assert not panel.undo_button.isEnabled()


def test_undo_is_refused_with_a_message_when_a_new_span_overlaps(page: Page) -> None:
    panel = page.open()
    panel.table.selectRow(0)
    panel.delete_button.click()
    dialog = add_dialog(panel)
    type_times(dialog, QTime(9, 1), QTime(9, 3))
    dialog.add_button.click()
    panel.undo_button.click()
    assert "overlaps the call of" in panel.message.text()
    assert panel.undo_button.isEnabled()  # still there to try again
    assert len(list_spans(page.journal)) == 5


@pytest.mark.parametrize(("start", "end", "message"), [
    (QTime(10, 0), QTime(9, 30), "The end must be after the start. Nothing was saved."),
    (QTime(10, 0), QTime(10, 0), "The end must be after the start. Nothing was saved."),
    (QTime(0, 30), QTime(23, 0), "A call can be at most 12 hours long. Nothing was saved."),
    (QTime(11, 10), QTime(11, 40), "That overlaps the call of Mon 23 Nov 2026, {} to {}; "
                                   "delete that one first if it is wrong. Nothing was saved."),
])
def test_a_bad_range_shows_one_line_and_saves_nothing(page: Page, start: QTime, end: QTime,
                                                      message: str) -> None:
    panel = page.open()
    before = list_spans(page.journal)
    dialog = add_dialog(panel)
    type_times(dialog, start, end)
    dialog.add_button.click()
    assert dialog.error.isVisible()
    assert dialog.error.text() == message.format(time_text(time(11, 0)), time_text(time(11, 20)))
    assert dialog.isVisible()  # what was typed stays
    assert list_spans(page.journal) == before


def test_a_good_call_added_by_keyboard_appears_and_the_figures_change(page: Page) -> None:
    panel = page.open()
    before = page.calls_handled()
    dialog = add_dialog(panel)
    type_times(dialog, QTime(13, 0), QTime(13, 12))
    QTest.keyClick(dialog.end_edit, Qt.Key.Key_Return)  # Enter adds
    assert not dialog.isVisible()
    assert rows(panel)[3] == [time_text(time(13, 0)), time_text(time(13, 12)), "12 min 0 s",
                              "By hand (toggle or added)", "Yes"]
    assert "3 calls handled" in panel.summary.text()
    assert page.calls_handled() == before + 1
    added = max(list_spans(page.journal), key=lambda s: s.id)
    assert (added.start, added.end, added.source) == (at(DAY, 13, 0), at(DAY, 13, 12),
                                                      SpanSource.MANUAL)


def test_a_locked_journal_is_said_in_the_dialog_and_nothing_is_added(page: Page,
                                                                     tmp_path: Path) -> None:
    panel = page.open()
    before = list_spans(page.journal)
    page.journal.set_busy_timeout(50)
    dialog = add_dialog(panel)
    type_times(dialog, QTime(13, 0), QTime(13, 12))
    other = sqlite3.connect(tmp_path / DB_FILENAME)  # a command holding the write lock
    other.execute("BEGIN IMMEDIATE")
    try:
        dialog.add_button.click()
    finally:
        other.rollback()
        other.close()
    assert dialog.isVisible()  # what was typed stays
    assert dialog.error.text() == "Could not save: database is locked. Nothing was added."
    assert list_spans(page.journal) == before


def test_a_call_across_midnight_is_added_with_ends_the_next_day(page: Page) -> None:
    panel = page.open()
    dialog = add_dialog(panel)
    type_times(dialog, QTime(23, 50), QTime(0, 20))
    dialog.add_button.click()  # without the box the end is before the start
    assert dialog.error.text() == "The end must be after the start. Nothing was saved."
    dialog.next_day.setChecked(True)
    dialog.add_button.click()
    assert not dialog.isVisible()
    added = max(list_spans(page.journal), key=lambda s: s.id)
    assert (added.start, added.end) == (at(DAY, 23, 50), at(DAY + timedelta(days=1), 0, 20))
    assert add_dialog(panel).next_day.isChecked() is False  # a fresh form each time


def test_a_call_in_the_hour_the_clocks_go_back_twice_is_added_as_meant(page: Page) -> None:
    panel = page.open()
    panel.show_day(date(2026, 10, 25))  # Berlin: 02:00–03:00 comes twice
    dialog = add_dialog(panel)
    type_times(dialog, QTime(2, 40), QTime(2, 10))  # ended in the second 02:00–03:00
    dialog.add_button.click()
    assert not dialog.isVisible()
    added = max(list_spans(page.journal), key=lambda s: s.id)
    assert added.end is not None and added.end - added.start == timedelta(minutes=30)
    assert added.start == datetime(2026, 10, 25, 0, 40, tzinfo=UTC)


def test_the_page_says_when_recording_is_off_or_locked(qtbot: QtBot, tmp_path: Path) -> None:
    policy = resolve(NO_POLICY, {})
    off_locked = replace(policy, settings=Settings(record_call_spans=False),
                         locked=frozenset({"record_call_spans"}),
                         lock_reason="set by IT for all agents")
    fixture = Page(qtbot, tmp_path, off_locked)
    text = fixture.open().recording.text()
    assert "switched off by your organisation's policy (set by IT for all agents)" in text
    assert "the ones below stay until you delete them" in text
    fixture.window.hide()
    fixture.journal.close()


def test_recording_on_says_where_to_switch_it_off(page: Page) -> None:
    assert "You can switch this off in Settings." in page.open().recording.text()


def test_tab_walks_the_page_in_reading_order(page: Page, qtbot: QtBot) -> None:
    panel = page.open()
    panel.table.selectRow(0)
    panel.delete_button.click()  # Undo delete becomes reachable too
    page.window.activateWindow()
    qtbot.waitUntil(page.window.isActiveWindow)
    panel.previous_button.setFocus()
    expected = [panel.day_edit, panel.next_button, panel.today_button, panel.table,
                panel.add_button, panel.delete_button, panel.undo_button]
    reached: list[QWidget] = []
    for _ in range(15):  # Tab also steps through the date's day, month and year
        before = QApplication.focusWidget()
        assert before is not None
        QTest.keyClick(before, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        widget = next(w for w in expected if w is focused or w.isAncestorOf(focused))
        if not reached or reached[-1] is not widget:
            reached.append(widget)
        if widget is panel.undo_button:
            break
    assert reached == expected


def test_a_span_closed_after_a_crash_says_its_end_is_estimated(page: Page) -> None:
    panel = page.open()
    crashed = replace(list_spans(page.journal)[0], recovered=True)
    assert panel.source_text(crashed) == "Microphone, end taken from the app's last check"


def test_today_follows_the_clock_past_midnight_while_the_page_stays_open(page: Page) -> None:
    panel = page.window.show_spans()
    page.clock.set(at(NOW.date() + timedelta(days=1), 0, 5))  # nothing written since midnight
    panel.today_button.click()
    assert panel.day == NOW.date() + timedelta(days=1)
    assert rows(panel) == []
    panel.previous_button.click()
    assert panel.next_button.isEnabled()  # the new today is within reach


def test_a_message_goes_when_another_day_is_shown(page: Page) -> None:
    panel = page.window.show_spans()  # today: the call still going on
    panel.table.selectRow(0)
    panel.delete_selected()
    assert panel.message.isVisibleTo(panel)
    panel.previous_button.click()
    assert not panel.message.isVisibleTo(panel)


def test_a_call_just_begun_is_in_progress_not_too_short(page: Page) -> None:
    page.clock.set(at(NOW.date(), 16, 20, 10))  # the open call is 10 s old
    panel = page.window.show_spans()
    panel.show_day(NOW.date())
    assert rows(panel)[0][4] == "In progress"
    assert "too short" not in panel.summary.text()
