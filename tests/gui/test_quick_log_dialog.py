from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.ui.calls.quick_log_dialog import QuickLogDialog


def make_dialog(qtbot: QtBot) -> QuickLogDialog:
    dialog = QuickLogDialog(load_catalog())
    qtbot.addWidget(dialog)
    dialog.prepare_new()
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_keyboard_only_flow_saves_with_enter(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    QTest.keyClick(dialog, Qt.Key.Key_7)
    assert dialog.scale.value() == 7
    first = dialog.category_boxes["hostile"]
    assert first.hasFocus() or dialog.focusWidget() is first
    QTest.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked()
    with qtbot.waitSignal(dialog.submitted) as blocker:
        QTest.keyClick(first, Qt.Key.Key_Return)
    draft = blocker.args[0]
    assert draft == CallDraft(stress=7, categories=("hostile",))


def test_one_then_zero_means_ten(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    QTest.keyClick(dialog, Qt.Key.Key_1)
    QTest.keyClick(dialog, Qt.Key.Key_0)
    assert dialog.scale.value() == 10
    QTest.keyClick(dialog, Qt.Key.Key_3)
    assert dialog.scale.value() == 3


def test_saving_without_rating_explains_inline(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog.try_submit()
    assert dialog.error.isVisible()
    assert "Pick a stress rating" in dialog.error.text()
    dialog.scale.set_value(4)
    assert not dialog.error.isVisible()


def test_note_counter_and_limit_keep_the_text(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.scale.set_value(5)
    dialog.note.setPlainText("x" * 2001)
    assert dialog.counter.text() == "2,001 / 2,000"
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog.try_submit()
    assert "limit is 2000" in dialog.error.text()
    assert len(dialog.note.toPlainText()) == 2001  # nothing lost


def test_enter_in_note_saves_and_shift_enter_breaks_line(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.scale.set_value(6)
    dialog.note.setFocus()
    QTest.keyClicks(dialog.note, "one")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(dialog.note, "two")
    with qtbot.waitSignal(dialog.submitted) as blocker:
        QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    assert blocker.args[0].note == "one\ntwo"


def test_digits_typed_in_note_do_not_change_rating(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.scale.set_value(2)
    dialog.note.setFocus()
    QTest.keyClicks(dialog.note, "42")
    assert dialog.scale.value() == 2


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_edit_mode_loads_existing_values(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    draft = CallDraft(stress=9, categories=("abusive",), ended_for_abuse=True, note="n")
    dialog.prepare_edit(12, draft)
    assert dialog.editing_id == 12
    assert dialog.scale.value() == 9
    assert dialog.category_boxes["abusive"].isChecked()
    assert dialog.flag_boxes["ended_for_abuse"].isChecked()
    with qtbot.waitSignal(dialog.submitted) as blocker:
        dialog.try_submit()
    assert blocker.args[0] == draft
