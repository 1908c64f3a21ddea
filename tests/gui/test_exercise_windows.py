"""Whole breathing and PMR sessions driven by a ManualClock: phases, pause, skip, ratings."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.exercises.breathing import breathing_timeline
from wellbeing_app.domain.exercises.exercise_request import ExerciseRequest
from wellbeing_app.domain.exercises.exercise_session import StoredSession
from wellbeing_app.domain.exercises.pmr import pmr_timeline
from wellbeing_app.platform.resources import load_exercise_library
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.exercises.breathing_window import BreathingWindow
from wellbeing_app.ui.exercises.pmr_window import PmrWindow

LIBRARY = load_exercise_library()


@pytest.fixture
def journal() -> Iterator[Journal]:
    j = Journal.in_memory()
    yield j
    j.close()


def sessions(journal: Journal) -> list[StoredSession]:
    return journal.exercises.sessions()


def open_breathing(qtbot: QtBot, journal: Journal, clock: ManualClock,
                   request: ExerciseRequest) -> BreathingWindow:
    window = BreathingWindow(LIBRARY, journal, clock)
    qtbot.addWidget(window)
    window.open_for(request)
    return window


def test_whole_box_session_follows_the_timeline_and_stores_ratings(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    window = open_breathing(qtbot, journal, clock, ExerciseRequest("breathing", "box"))
    assert window.notes.isVisible() and "dizzy" in window.notes.text()
    assert window.setup.length.text().startswith("4 cycles · 1:04")
    window.setup.start_button.click()
    assert window.pages.currentWidget() is window.before
    window.before.scale.set_value(7)
    assert window.pages.currentIndex() == 2 and window.controller.timer_active
    expected = breathing_timeline(LIBRARY.pattern("box"), 4)
    seen = []
    for second in range(expected.total_seconds):
        step = expected.phase_at(second + 0.5).step
        assert step is not None
        if second:
            clock.advance(1)
        window.controller.tick()
        seen.append((window.phase.text(), window.seconds_left.text()))
        assert window.phase.text() == step.label
        assert window.seconds_left.text() == f"{step.end - second} s"
    assert seen[0] == ("Breathe in", "4 s") and seen[4] == ("Hold", "4 s")
    assert seen[8] == ("Breathe out", "4 s") and seen[12] == ("Rest", "4 s")
    assert window.shape.level == 0.0
    clock.advance(1)
    window.controller.tick()
    assert not window.controller.timer_active
    assert window.pages.currentWidget() is window.after
    window.after.scale.set_value(3)
    stored = sessions(journal)
    assert len(stored) == 1
    session = stored[0]
    assert (session.exercise_id, session.completed, session.active_seconds) == ("box", True, 64)
    assert (session.stress_before, session.stress_after) == (7, 3)
    assert "7 → 3" in window.done_label.text()
    window.close()


def test_shape_grows_on_inhale_and_shrinks_on_exhale(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    window = open_breathing(qtbot, journal, clock, ExerciseRequest("breathing", "long_exhale"))
    window.setup.start_button.click()
    window.before.skip_button.click()
    sizes = []
    for _ in range(20):
        clock.advance(0.5)
        window.controller.tick()
        sizes.append(window.shape.level)
    assert sizes[2] > sizes[0] and sizes[3] == 1.0  # in for 2 s
    assert sizes[4] > sizes[8] > sizes[12]  # out for 8 s, eased
    window.close()
    assert not window.controller.timer_active


def test_pause_resume_and_escape_stop(qtbot: QtBot, journal: Journal, clock: ManualClock) -> None:
    window = open_breathing(qtbot, journal, clock, ExerciseRequest("breathing", "478"))
    window.setup.start_button.click()
    window.before.skip_button.click()
    clock.advance(5)
    window.controller.tick()
    assert window.phase.text() == "Breathe in" and window.seconds_left.text() == "3 s"
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.paused and not window.controller.timer_active
    assert window.phase.text() == "Paused · Breathe in"
    clock.advance(600)
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert window.phase.text() == "Breathe in" and window.seconds_left.text() == "3 s"
    clock.advance(4)
    window.controller.tick()
    assert window.phase.text() == "Hold"
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.after
    window.after.skip_button.click()
    session = sessions(journal)[0]
    assert not session.completed and session.stopped_at_label == "Hold"
    assert session.active_seconds == 9 and session.stress_before is None
    assert session.stopped_at_step == 2
    window.close()


def test_choice_is_remembered_and_478_is_capped(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    window = open_breathing(qtbot, journal, clock, ExerciseRequest("breathing", "478"))
    setup = window.setup
    setup.dose_box.setCurrentIndex(setup.dose_box.findData("cycles"))
    setup.cycles.setValue(20)
    assert setup.cycles.value() == 8 and "at most 8 cycles" in setup.length.text()
    setup.start_button.click()
    window.close()
    again = open_breathing(qtbot, journal, clock, ExerciseRequest("breathing"))
    assert again.setup.pattern_box.currentData() == "478" and again.setup.cycles.value() == 8
    assert not again.notes.isVisible()
    again.notes_button.click()
    assert again.notes.isVisible()
    again.close()


def test_custom_pattern_shows_an_inline_error(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    window = open_breathing(qtbot, journal, clock, ExerciseRequest("breathing", "custom"))
    window.setup.custom[0].setValue(0)
    assert "breathe in: 0 s is outside 1–12 s" in window.setup.error.text()
    assert not window.setup.start_button.isEnabled()
    window.setup.custom[0].setValue(3)
    assert window.setup.start_button.isEnabled() and not window.setup.error.text()
    window.close()


def test_reduced_motion_shows_a_steady_bar(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    window = open_breathing(qtbot, journal, clock, ExerciseRequest("breathing"))
    window.reduced_motion.setChecked(True)
    window.setup.start_button.click()
    window.before.skip_button.click()
    assert window.shape.isHidden() and not window.phase_bar.isHidden()
    clock.advance(1.5)
    window.controller.tick()
    assert window.phase_bar.value() == 1 and window.phase_bar.maximum() == 2
    assert journal.remembered.get("exercises.reduced_motion") is True
    window.close()


def test_closing_mid_session_stores_it_and_stops_the_timer(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    window = open_breathing(qtbot, journal, clock, ExerciseRequest("breathing"))
    window.setup.start_button.click()
    window.before.scale.set_value(5)
    clock.advance(12)
    window.close()
    assert not window.controller.timer_active
    assert sessions(journal)[0].active_seconds == 12


def open_pmr(qtbot: QtBot, journal: Journal, clock: ManualClock, script: str) -> PmrWindow:
    window = PmrWindow(LIBRARY, journal, clock)
    qtbot.addWidget(window)
    window.open_for(ExerciseRequest("pmr", script, call_id=None))
    return window


def test_whole_desk_pmr_session_with_a_skipped_group(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    window = open_pmr(qtbot, journal, clock, "desk_quick")
    assert window.notes.isVisible() and "never to pain" in window.notes.text()
    window.start_button.click()
    window.before.scale.set_value(8)
    timeline = pmr_timeline(LIBRARY.script("desk_quick"))
    observed = []
    for second in range(30):
        if second:
            clock.advance(1)
        window.controller.tick()
        observed.append((window.step_label.text(), window.countdown.text()))
        step = timeline.phase_at(second + 0.5).step
        assert step is not None
        shown = "Get ready" if step.kind == "prepare" else step.label  # the group is the title
        assert window.step_label.text() == shown
    assert observed[0] == ("Get ready", "3")
    assert observed[3] == ("Tense", "5") and observed[8][0].startswith("Relax")
    assert window.instruction.text() == "Notice the difference between tension and relaxation."
    clock.advance(1)
    window.controller.tick()
    assert window.group_count.text() == "Group 2 of 4"
    assert window.group_name.text() == "Face and neck"
    QTest.keyClick(window, Qt.Key.Key_S)
    assert window.group_name.text() == "Chest, shoulders, back and abdomen"
    clock.advance(30)
    window.controller.tick()
    assert window.group_name.text() == "Both legs and feet"
    clock.advance(30)
    window.controller.tick()
    assert window.pages.currentWidget() is window.after
    window.after.scale.set_value(4)
    session = sessions(journal)[0]
    assert session.completed and session.skipped_groups == ("face_neck",)
    assert (session.stress_before, session.stress_after) == (8, 4)
    assert session.active_seconds == 90
    window.close()


def test_pmr_pause_and_stop(qtbot: QtBot, journal: Journal, clock: ManualClock) -> None:
    window = open_pmr(qtbot, journal, clock, "pmr16")
    window.start_button.click()
    window.before.skip_button.click()
    clock.advance(6)
    window.controller.tick()
    assert window.step_label.text() == "Tense" and window.instruction.text() == "Make a tight fist."
    window.pause_button.click()
    assert window.step_label.text() == "Paused · Tense"
    assert window.pause_button.text().startswith("Resume")
    clock.advance(30)
    window.pause_button.click()
    window.stop_button.click()
    session = sessions(journal)[0]
    assert session.stopped_at_label == "Tense" and session.active_seconds == 6
    assert journal.remembered.get("exercises.pmr_script") == "pmr16"
    window.close()


def test_enter_on_the_setup_page_starts_like_the_start_button(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    pmr = open_pmr(qtbot, journal, clock, "desk_quick")
    QTest.keyClick(pmr, Qt.Key.Key_Return)
    assert pmr.pages.currentWidget() is pmr.before
    breathing = open_breathing(qtbot, journal, clock, ExerciseRequest("breathing", "box"))
    QTest.keyClick(breathing, Qt.Key.Key_Enter)
    assert breathing.pages.currentWidget() is breathing.before
    QTest.keyClick(breathing, Qt.Key.Key_Return)  # no default button on the rating page
    assert breathing.pages.currentWidget() is breathing.before
    pmr.close()
    breathing.close()


def test_enter_takes_the_highlighted_call_rating(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    window = BreathingWindow(LIBRARY, journal, clock)
    qtbot.addWidget(window)
    window.open_for(ExerciseRequest("breathing", "long_exhale"), preset_before=7, ready=True)
    QTest.keyClick(window.before, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == 2 and window.controller.running
    window.close()
    assert sessions(journal)[0].stress_before == 7


def test_pmr_summary_says_shortened_once(qtbot: QtBot, journal: Journal,
                                        clock: ManualClock) -> None:
    window = open_pmr(qtbot, journal, clock, "desk_quick")
    text = window.summary.text().lower()
    assert text.count("shortened") == 1 and text.endswith("· 2:00")
    window.close()


class FakeChime:
    def __init__(self) -> None:
        self.plays = 0

    def play(self) -> None:
        self.plays += 1


class FakeSpeaker:
    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)


def test_sound_cue_at_each_phase_and_spoken_pmr_guidance(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    from wellbeing_app.ui.exercises.exercise_cues import ExerciseCues

    chime, speaker = FakeChime(), FakeSpeaker()
    cues = ExerciseCues(lambda: chime, lambda: speaker)
    window = PmrWindow(LIBRARY, journal, clock, cues)
    qtbot.addWidget(window)
    window.open_for(ExerciseRequest("pmr", "desk_quick"))
    window.sound.setChecked(True)
    window.speech.setChecked(True)
    window.start_button.click()
    window.before.skip_button.click()
    for _ in range(30):
        clock.advance(1)
        window.controller.tick()
    assert chime.plays == 4  # prepare, tense, release, next prepare
    assert speaker.said[:3] == [
        "Both arms and hands. Make fists with both hands and press both elbows down.",
        "Now.", "And relax."]
    window.close()
    assert journal.remembered.get("exercises.speech") is True


def test_no_audio_device_means_silent_with_a_note(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    from wellbeing_app.ui.exercises.exercise_cues import ExerciseCues

    cues = ExerciseCues(lambda: None, lambda: None)
    window = BreathingWindow(LIBRARY, journal, clock, cues)
    qtbot.addWidget(window)
    window.open_for(ExerciseRequest("breathing"))
    window.sound.setChecked(True)
    assert "silent" in window.sound.text()
    window.setup.start_button.click()
    window.before.skip_button.click()
    clock.advance(3)
    window.controller.tick()
    window.close()


@pytest.mark.qt_log_ignore("pipewire", "PulseAudio", "text-to-speech", "speech")
@pytest.mark.qt_log_level_fail("CRITICAL")
def test_real_sound_and_speech_factories_never_raise(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    from wellbeing_app.platform.resources import resource_path
    from wellbeing_app.ui.exercises.exercise_cues import qt_chime, qt_speaker

    parent = QObject()
    wav = resource_path("exercises", "sounds", "phase_chime.wav")
    assert wav.stat().st_size > 10_000
    chime = qt_chime(wav, parent)
    speaker = qt_speaker(parent)
    assert chime is None or hasattr(chime, "play")
    assert speaker is None or hasattr(speaker, "say")


def test_reduced_motion_follows_the_desktop(
    qtbot: QtBot, journal: Journal, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wellbeing_app.ui.exercises.breathing_window as module

    assert module.os_prefers_reduced_motion() in (True, False)  # real query never raises
    monkeypatch.setattr(module, "os_prefers_reduced_motion", lambda: True)
    window = open_breathing(qtbot, journal, clock, ExerciseRequest("breathing"))
    assert window.reduced_motion.isChecked() and window.shape.isHidden()
    window.close()


def test_sources_and_the_custom_pattern_are_worded_in_the_shown_language(
    german: None, qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    window = BreathingWindow(load_exercise_library("de"), journal, clock)
    qtbot.addWidget(window)
    window.open_for(ExerciseRequest("breathing", "long_exhale"))
    assert window.setup.source.text().startswith(
        "Quelle: Verlängertes Ausatmen, Röttger et al. 2021, Appl Psychophysiol Biofeedback "
        "46:19–28 (")
    window.setup.select("custom")
    window.setup.set_custom([4, 0, 6, 0])
    assert window.setup.summary.text() == "einatmen 4 · ausatmen 6"
    assert window.setup.source.text() == "Quelle: Ihr eigenes Muster"
    window.setup.custom[0].setValue(0)
    assert window.setup.error.text() == "einatmen: 0 s liegt außerhalb von 1–12 s."
    window.close()
    pmr = PmrWindow(load_exercise_library("de"), journal, clock)
    qtbot.addWidget(pmr)
    pmr.open_for(ExerciseRequest("pmr", "desk_quick"))
    assert pmr.source.text() == "Quelle: Eigene Kurzform von Between Calls für die Stufe mit " \
        "4 Gruppen (Bernstein & Borkovec 1973)"
    pmr.close()
