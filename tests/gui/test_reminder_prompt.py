"""Reminder prompts never steal focus; snooze, not now and check-in answers work in one click."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
from wellbeing_app.platform.resources import load_reminder_texts
from wellbeing_app.ui.calls.after_call_note import AfterCallNote
from wellbeing_app.ui.reminders.reminder_prompt import ReminderPrompt

NOW = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


def reminder(kind: ReminderKind) -> PlannedReminder:
    return PlannedReminder(kind, NOW, NOW + timedelta(hours=2))


def make_prompt(qtbot: QtBot) -> ReminderPrompt:
    prompt = ReminderPrompt(load_reminder_texts())
    qtbot.addWidget(prompt)
    return prompt


def answer_button(prompt: ReminderPrompt, value: int) -> QPushButton:
    return next(b for b in prompt.scale_buttons() if b.property("answer") == value)


def test_digit_keys_answer_the_card(qtbot: QtBot) -> None:
    prompt = make_prompt(qtbot)
    prompt.present(reminder(ReminderKind.WEEKLY_STRESS), "", None)
    with qtbot.waitSignal(prompt.answered) as blocker:
        QTest.keyClick(prompt, Qt.Key.Key_4)
    assert blocker.args == ["weekly_stress", [4]]


def test_prompt_is_built_never_to_take_focus(qtbot: QtBot) -> None:
    """The flags that keep focus on the softphone; tests/e2e/test_prompt_focus_x11.py proves
    the effect on a real X server (the offscreen plugin activates every shown window)."""
    prompt = make_prompt(qtbot)
    for kind in ReminderKind:
        prompt.present(reminder(kind), "", None)
        buttons = prompt.findChildren(QPushButton)
        assert buttons and all(b.accessibleName() or b.text() for b in buttons
                               if b.isVisibleTo(prompt))
    assert prompt.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert prompt.windowFlags() & Qt.WindowType.Tool
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not prompt.isModal()


def test_snooze_and_not_now(qtbot: QtBot) -> None:
    prompt = make_prompt(qtbot)
    prompt.present(reminder(ReminderKind.MICRO_BREAK), "", None)
    assert prompt.done_button.isVisible() and not prompt.scale_buttons()
    with qtbot.waitSignal(prompt.snoozed):
        QTest.mouseClick(prompt.snooze_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()
    prompt.present(reminder(ReminderKind.MICRO_BREAK), "", None)
    with qtbot.waitSignal(prompt.dismissed):
        QTest.mouseClick(prompt.not_now_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()


def test_pulse_weekly_and_who5_answers(qtbot: QtBot) -> None:
    prompt = make_prompt(qtbot)
    prompt.present(reminder(ReminderKind.PULSE), "", None)
    assert [b.text() for b in prompt.scale_buttons()] == [f"&{v}" for v in range(10)] + ["10"]
    names = [b.accessibleName() for b in prompt.scale_buttons()]
    assert names[0] == "0: completely calm" and names[10] == "10: worst distress imaginable"
    assert names[4] == "4 of 10"
    assert prompt.low_end.text() == "0 = completely calm"
    with qtbot.waitSignal(prompt.answered) as blocker:
        QTest.mouseClick(answer_button(prompt, 6), Qt.MouseButton.LeftButton)
    assert blocker.args == ["pulse", [6]]
    prompt.present(reminder(ReminderKind.WEEKLY_STRESS), "", None)
    assert answer_button(prompt, 5).accessibleName() == "5: very much"
    prompt.present(reminder(ReminderKind.WHO5), "", None)
    # The instrument's own words, in its order: "All of the time" (5) first.
    assert prompt.scale_buttons()[0].text() == "&5  All of the time"
    assert answer_button(prompt, 0).text() == "&0  At no time"
    for step, value in enumerate([5, 4, 3, 2]):
        assert f"({step + 1} of 5)" in prompt.question.text()
        QTest.mouseClick(answer_button(prompt, value), Qt.MouseButton.LeftButton)
        qtbot.wait(1)
    assert "interest" in prompt.question.text()
    with qtbot.waitSignal(prompt.answered) as blocker:
        QTest.mouseClick(answer_button(prompt, 1), Qt.MouseButton.LeftButton)
    assert blocker.args == ["who5", [5, 4, 3, 2, 1]]


def test_wind_down_offers_an_exercise_only_when_available(qtbot: QtBot) -> None:
    prompt = make_prompt(qtbot)
    prompt.present(reminder(ReminderKind.WIND_DOWN), "Today: 3 tough calls today · avg 6", None)
    assert not prompt.exercise_button.isVisible() and prompt.done_button.text() == "&Good night"
    assert "Leave work at work" in prompt.text.text() and "avg 6" in prompt.extra.text()
    prompt.set_exercise_available(True)
    prompt.present(reminder(ReminderKind.WIND_DOWN), "", None)
    with qtbot.waitSignal(prompt.exercise_requested):
        QTest.mouseClick(prompt.exercise_button, Qt.MouseButton.LeftButton)


def test_after_call_note_lasts_eight_seconds_and_opens_the_log(qtbot: QtBot) -> None:
    note = AfterCallNote()
    qtbot.addWidget(note)
    note.present(None)
    assert note.isVisible() and note._timer.interval() == 8000 and note._timer.isActive()
    assert note.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    with qtbot.waitSignal(note.log_requested):
        QTest.mouseClick(note.log_button, Qt.MouseButton.LeftButton)
    assert not note.isVisible() and not note._timer.isActive()


def test_the_0_to_10_pulse_fits_a_small_card(qtbot: QtBot) -> None:
    prompt = make_prompt(qtbot)
    prompt.present(reminder(ReminderKind.PULSE), "", None)
    qtbot.waitExposed(prompt)
    assert prompt.width() <= prompt.maximumWidth()  # was ~960 px wide, 11 full-size buttons
    buttons = prompt.scale_buttons()
    assert len(buttons) == 11
    for button in buttons:  # every number still readable
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
    prompt.hide()


def test_the_weekly_answers_are_in_the_shown_language(qtbot: QtBot) -> None:
    prompt = ReminderPrompt(load_reminder_texts("de"))
    qtbot.addWidget(prompt)
    prompt.present(reminder(ReminderKind.WEEKLY_STRESS), "", None)
    assert answer_button(prompt, 1).text() == "&1  Überhaupt nicht"
    assert answer_button(prompt, 5).accessibleName().endswith("sehr")
