"""Settings → Shift: the stored text read back in plain words, and a picker that writes it."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QTimeEdit
from pytestqt.qtbot import QtBot

from wellbeing_app.domain.settings.declaration import PAGES
from wellbeing_app.domain.settings.layers import NO_POLICY, Policy, parse_policy, resolve
from wellbeing_app.ui.i18n.formats import time_text
from wellbeing_app.ui.settings.setting_editor import SettingEditor
from wellbeing_app.ui.settings.settings_dialog import SettingsDialog
from wellbeing_app.ui.settings.shift_picker import ShiftPickerDialog
from wellbeing_app.ui.settings.shift_reading import shift_reading

SEVERAL = "mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00"


def make(qtbot: QtBot, shifts: str | None = None, policy: Policy = NO_POLICY,
         ) -> tuple[SettingsDialog, SettingEditor, list[dict[str, Any]]]:
    saved: list[dict[str, Any]] = []
    user = {} if shifts is None else {"shifts": shifts}
    dialog = SettingsDialog(resolve(policy, user), saved.append)
    qtbot.addWidget(dialog)
    return dialog, dialog.editors["shifts"], saved


def reading_of(editor: SettingEditor) -> str:
    assert editor.reading is not None
    return editor.reading.text()


def test_a_german_agent_reads_the_stored_shift_in_german(qtbot: QtBot, german: None) -> None:
    _dialog, editor, _saved = make(qtbot, "mon-fri 09:00-17:30")
    assert reading_of(editor) == "Bedeutet: Mo.–Fr. · 09:00–17:30"
    assert editor.value() == "mon-fri 09:00-17:30"  # the stored text stays the machine format
    assert shift_reading(SEVERAL) == ("Mo.–Do. · 06:00–10:00, 14:00–18:00\n"
                                      "Sa. · 22:00–06:00 (über Nacht)")


def test_the_reading_follows_typing_and_gives_way_to_the_save_error(qtbot: QtBot) -> None:
    dialog, editor, saved = make(qtbot)
    dialog.show()
    assert reading_of(editor) == "Reads as: Mon–Fri · 09:00–17:30"
    editor.set_value("sat,sun 10:00-14:00; fri,sat,sun,mon 22:00-02:00")
    assert reading_of(editor) == ("Reads as: Sat, Sun · 10:00–14:00\n"
                                  "Fri–Mon · 22:00–02:00 (overnight)")
    assert editor.reading is not None and editor.reading.isVisibleTo(dialog)
    editor.set_value("mon-fri 9 to 5")
    assert not editor.reading.isVisibleTo(dialog)  # no second error line under the field
    dialog._on_buttons_accepted()
    assert saved == [] and "time span" in editor.error.text()
    editor.set_value("mon-sun 08:00-12:00")
    assert reading_of(editor) == "Reads as: every day · 08:00–12:00"
    editor.set_value("")
    assert reading_of(editor) == "Reads as: No shifts, so no reminders come."


def open_picker(dialog: SettingsDialog, editor: SettingEditor) -> ShiftPickerDialog:
    dialog.show()
    dialog.tabs.setCurrentIndex(PAGES.index("Shift"))
    assert editor.choose_button is not None and editor.choose_button.isEnabled()
    editor.choose_button.click()
    picker = editor.picker_dialog
    assert picker is not None and picker.isVisible()
    return picker


def test_the_picker_starts_from_the_one_rule_in_the_field(qtbot: QtBot) -> None:
    dialog, editor, _saved = make(qtbot, "tue,thu 07:15-15:45")
    picker = open_picker(dialog, editor)
    assert [box.isChecked() for box in picker.picker.day_boxes] == \
        [False, True, False, True, False, False, False]
    assert (picker.picker.start_edit.time(), picker.picker.end_edit.time()) == \
        (QTime(7, 15), QTime(15, 45))
    assert not picker.note.isVisibleTo(picker)
    QTest.keyClick(picker, Qt.Key.Key_Escape)  # Esc cancels and changes nothing
    assert not picker.isVisible() and editor.value() == "tue,thu 07:15-15:45"


def test_the_picker_shows_the_locale_clock_like_the_reading(qtbot: QtBot) -> None:
    """A 12-hour locale read '9:00 AM–5:30 PM' beside a picker showing 09:00 and 17:30."""
    QLocale.setDefault(QLocale("en_US"))
    try:
        dialog, editor, _saved = make(qtbot, "mon-fri 09:00-17:30")
        picker = open_picker(dialog, editor)
        start, end = picker.picker.start_edit.text(), picker.picker.end_edit.text()
        assert (start, end) == (time_text(time(9, 0)), time_text(time(17, 30)))
        assert f"{start}–{end}" in reading_of(editor)
    finally:
        QLocale.setDefault(QLocale("en_GB"))


def test_choosing_weekend_nights_writes_the_field_and_save_stores_it(qtbot: QtBot) -> None:
    dialog, editor, saved = make(qtbot)
    picker = open_picker(dialog, editor)
    for index, box in enumerate(picker.picker.day_boxes):
        box.setChecked(index in (5, 6))
    picker.picker.start_edit.setTime(QTime(22, 0))
    picker.picker.end_edit.setTime(QTime(6, 0))
    picker.activateWindow()
    qtbot.waitExposed(picker)
    QTest.keyClick(QApplication.focusWidget() or picker, Qt.Key.Key_Return)  # Enter is OK
    assert not picker.isVisible()
    assert editor.value() == "sat,sun 22:00-06:00"
    assert reading_of(editor) == "Reads as: Sat, Sun · 22:00–06:00 (overnight)"
    assert saved == []  # nothing stored until Save
    dialog._on_buttons_accepted()
    assert saved == [{"shifts": "sat,sun 22:00-06:00"}]


def test_with_no_day_ticked_the_picker_says_so_and_stays_open(qtbot: QtBot) -> None:
    dialog, editor, _saved = make(qtbot)
    picker = open_picker(dialog, editor)
    for box in picker.picker.day_boxes:
        box.setChecked(False)
    picker.ok_button.click()
    assert picker.isVisible() and picker.error.isVisibleTo(picker)
    assert picker.error.text() == "Tick at least one day you work."
    picker.reject()
    assert editor.value() == "mon-fri 09:00-17:30"


def test_several_rules_start_from_the_usual_week_and_say_they_are_replaced(
        qtbot: QtBot) -> None:
    dialog, editor, _saved = make(qtbot, SEVERAL)
    picker = open_picker(dialog, editor)
    assert picker.note.isVisibleTo(picker)
    assert "several shifts" in picker.note.text() and "replaces them all" in picker.note.text()
    assert [box.isChecked() for box in picker.picker.day_boxes] == [True] * 5 + [False] * 2
    picker.reject()
    assert editor.value() == SEVERAL
    bad = ShiftPickerDialog("mon-fri 9 to 5")
    qtbot.addWidget(bad)
    assert "not a shift the app can read" in bad.note.text()


def test_locked_shifts_disable_the_button_and_keep_the_reason(qtbot: QtBot) -> None:
    policy = parse_policy({"reason": "Rostered by Contoso WFM.",
                           "locked": {"shifts": "mon-fri 08:00-16:30"}})
    _dialog, editor, _saved = make(qtbot, policy=policy)
    assert editor.choose_button is not None
    assert not editor.choose_button.isEnabled() and not editor.input.isEnabled()
    assert "Rostered by Contoso WFM." in editor.help.text()
    assert reading_of(editor) == "Reads as: Mon–Fri · 08:00–16:30"


def test_every_control_is_named(qtbot: QtBot) -> None:
    dialog, editor, _saved = make(qtbot, SEVERAL)
    picker = open_picker(dialog, editor)
    for widget in picker.findChildren(QAbstractButton) + picker.findChildren(QTimeEdit):
        assert widget.accessibleName(), widget
    assert editor.choose_button is not None and editor.choose_button.accessibleName()
    assert isinstance(editor.input, QLineEdit)
    picker.reject()
