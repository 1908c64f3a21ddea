"""The offer after logging a call, the channel messages, and the controller's routing."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.platform.resources import load_catalog, load_exercise_library
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.calls.acknowledgment_popup import AcknowledgmentPopup
from wellbeing_app.ui.calls.log_flow_controller import LogFlowController
from wellbeing_app.ui.calls.quick_log_dialog import QuickLogDialog
from wellbeing_app.ui.exercises.breathing_window import BreathingWindow
from wellbeing_app.ui.exercises.exercise_controller import ExerciseController
from wellbeing_app.ui.exercises.pmr_window import PmrWindow
from wellbeing_app.ui.i18n.offer_words import offer_words
from wellbeing_app.ui.single_instance import (
    SingleInstanceGuard,
    is_known_message,
    send_to_running,
)
from wellbeing_app.usecases.call_logging import CallLogging
from wellbeing_app.usecases.exercise_offers import ExerciseOffer, ExerciseOffers


@pytest.fixture
def journal() -> Iterator[Journal]:
    j = Journal.in_memory()
    yield j
    j.close()


@pytest.fixture
def exercises(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[ExerciseController]:
    library = load_exercise_library()
    controller = ExerciseController(lambda: library, journal, clock)
    yield controller
    controller.close_all()


def offers_of(journal: Journal) -> ExerciseOffers:
    library = load_exercise_library()
    return ExerciseOffers(journal, lambda: library)


def wire_flow(qtbot: QtBot, journal: Journal, clock: ManualClock,
              exercises: ExerciseController) -> tuple[LogFlowController, AcknowledgmentPopup]:
    catalog = load_catalog()
    dialog, popup = QuickLogDialog(catalog), AcknowledgmentPopup()
    qtbot.addWidget(dialog)
    qtbot.addWidget(popup)
    calls = CallLogging(journal, lambda: catalog, clock, offers=offers_of(journal))
    flow = LogFlowController(calls, lambda: catalog, lambda: None, dialog, popup)
    return flow, popup


@pytest.mark.parametrize("stress, offer, window_type, exercise", [
    (4, "Take 60 seconds? Long exhale", BreathingWindow, "long_exhale"),
    (8, "Take 60 seconds? Cyclic sighing", BreathingWindow, "cyclic_sigh"),
])
def test_offer_after_logging_opens_the_suggested_exercise_linked_to_the_call(
    qtbot: QtBot, journal: Journal, clock: ManualClock, exercises: ExerciseController,
    stress: int, offer: str, window_type: type[BreathingWindow], exercise: str
) -> None:
    flow, popup = wire_flow(qtbot, journal, clock, exercises)
    call = flow.quick_log(stress)
    assert call is not None
    assert popup.offer_button.isVisible() and popup.offer_button.text() == f"&{offer}"
    opened: list[int] = []
    taken: list[tuple[int, int, ExerciseOffer]] = []
    popup.exercise_requested.connect(opened.append)
    flow.exercise_requested.connect(lambda *args: taken.append(args))
    popup.offer_button.click()
    assert opened == [call.id] and not popup.isVisible()
    assert [(i, s, offer_words(o)) for i, s, o in taken] == [(call.id, stress, offer)]
    window = exercises.open_offer(*taken[0])
    assert isinstance(window, window_type) and window.isVisible()
    assert window.setup.pattern_box.currentData() == exercise
    assert window.setup.dose_box.currentData() == 60
    assert window.pages.currentWidget() is window.before  # one more click starts it
    assert window.before.scale.value() == stress
    window.before.scale.set_value(stress)
    clock.advance(20)
    window.close()
    session = journal.exercises.sessions()[0]
    assert session.call_id == call.id and session.stress_before == stress
    assert session.exercise_id == exercise


def test_desk_pmr_is_offered_once_it_helped_more(
    qtbot: QtBot, journal: Journal, clock: ManualClock, exercises: ExerciseController
) -> None:
    window = exercises.window("pmr")
    assert isinstance(window, PmrWindow)
    window.open_for(window.request.__class__("pmr", "desk_quick"))
    window.start_button.click()
    window.before.scale.set_value(9)
    clock.advance(200)
    window.controller.tick()
    window.after.scale.set_value(2)
    assert offer_words(offers_of(journal).for_stress(9)) == "Take 2 minutes? Desk quick relaxation"
    window.close()


def test_channel_messages_open_the_named_exercise(
    qtbot: QtBot, exercises: ExerciseController
) -> None:
    assert exercises.open_message("relax pmr7")
    pmr = exercises.window("pmr")
    assert isinstance(pmr, PmrWindow) and pmr.isVisible()
    assert pmr.script_box.currentData() == "pmr7"
    assert exercises.open_message("breathe nonexistent")
    breathing = exercises.window("breathing")
    assert breathing.isVisible()
    assert not exercises.open_message("log-dialog")


@pytest.mark.parametrize("raw, known", [
    ("breathe", True), ("relax desk_quick", True), ("breathe 478", True), ("log-dialog", True),
    ("breathe ../../x", False), ("relax a b", False), ("rm -rf", False), ("breathe Box", False),
])
def test_known_messages(raw: str, known: bool) -> None:
    assert is_known_message(raw) is known


def test_breathe_message_crosses_the_channel(qtbot: QtBot, tmp_path: Path) -> None:
    guard = SingleInstanceGuard(tmp_path)
    try:
        assert guard.acquire()
        with qtbot.waitSignal(guard.message_received) as blocker:
            assert send_to_running(tmp_path, "breathe box")
        assert blocker.args == ["breathe box"]
    finally:
        guard.release()


def test_unknown_exercise_on_the_command_line_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wellbeing_app.main import main

    assert main(["--data-dir", str(tmp_path), "relax", "pmr99"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("wellbeing: error: Unknown script 'pmr99'") and err.count("\n") == 1


def test_the_offer_can_still_choose_another_exercise(
    qtbot: QtBot, journal: Journal, clock: ManualClock, exercises: ExerciseController
) -> None:
    call = journal.log_call(CallDraft(stress=3), clock.now())
    window = exercises.open_offer(call.id, call.stress, offers_of(journal).for_stress(call.stress))
    window.choose_button.click()
    assert window.pages.currentIndex() == 0
    assert journal.remembered.get("exercises.breathing") is None  # the offer changed no choice


def test_a_window_running_at_a_language_switch_is_rebuilt_after_its_session(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    libraries = {"shown": load_exercise_library()}
    exercises = ExerciseController(lambda: libraries["shown"], journal, clock)
    try:
        running = exercises.window("breathing")
        assert isinstance(running, BreathingWindow)
        running.open_for(running.request.__class__("breathing", "box"))
        running.setup.start_button.click()
        running.before.scale.set_value(5)
        assert running.controller.running
        libraries["shown"] = load_exercise_library("de")
        exercises.drop_idle_windows()
        assert exercises.window("breathing") is running  # the session finishes as it started
        clock.advance(12)
        running.close()  # stores the session
        rebuilt = exercises.window("breathing")
        assert rebuilt is not running and isinstance(rebuilt, BreathingWindow)
        patterns = rebuilt.setup.pattern_box
        assert "Zyklisches Seufzen" in [patterns.itemText(i) for i in range(patterns.count())]
    finally:
        exercises.close_all()


def test_a_window_on_screen_at_a_language_switch_stays_until_closed(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    libraries = {"shown": load_exercise_library()}
    exercises = ExerciseController(lambda: libraries["shown"], journal, clock)
    try:
        exercises.open_breathing()
        shown = exercises.window("breathing")
        assert shown.isVisible() and not shown.controller.running  # choosing, not started
        libraries["shown"] = load_exercise_library("de")
        exercises.drop_idle_windows()
        assert shown.isVisible() and exercises.window("breathing") is shown  # not closed on them
        shown.close()
        assert exercises.window("breathing") is not shown
    finally:
        exercises.close_all()
