"""Issue 13's polish list: each fix checked where it lives."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.support.services import team_sharing
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.exercises.exercise_request import ExerciseRequest
from wellbeing_app.platform.resources import load_exercise_library
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.exercises.breathing_window import BreathingWindow
from wellbeing_app.ui.exercises.exercise_cues import ExerciseCues
from wellbeing_app.ui.exercises.pmr_window import PmrWindow
from wellbeing_app.ui.team.team_share_controller import TeamShareController
from wellbeing_app.ui.team.team_share_dialog import TeamShareDialog

LIBRARY = load_exercise_library()
UI = Path(__file__).resolve().parents[2] / "wellbeing_app" / "ui"


@pytest.fixture
def journal() -> Iterator[Journal]:
    j = Journal.in_memory()
    yield j
    j.close()


class Speaker:
    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)


def test_no_pixel_font_sizes_or_fixed_text_colours_in_the_ui() -> None:
    offenders = []
    for path in UI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in (r"font-size:\s*\d+px", r"[^-]color:\s*#[0-9a-fA-F]{3,6}",
                        r"color:\s*white"):
            offenders += [f"{path.name}: {m.group(0)}" for m in re.finditer(pattern, text)]
    assert offenders == []


def test_pmr_preparing_names_the_group_once(qtbot: QtBot, journal: Journal,
                                            clock: ManualClock) -> None:
    window = PmrWindow(LIBRARY, journal, clock)
    qtbot.addWidget(window)
    window.open_for(ExerciseRequest("pmr", "desk_quick"))
    window.start_button.click()
    window.before.skip_button.click()
    assert window.group_name.text() == "Both arms and hands"
    assert window.step_label.text() == "Get ready"
    assert "CONTENT.md" not in window.source.text()
    window.close()


def test_pause_label_is_fresh_after_a_paused_session_was_stopped(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    window = BreathingWindow(LIBRARY, journal, clock)
    qtbot.addWidget(window)
    window.open_for(ExerciseRequest("breathing", "long_exhale"))
    window.setup.start_button.click()
    window.before.skip_button.click()
    window.pause_button.click()
    assert window.pause_button.text().startswith("Resume")
    window.stop_button.click()
    window.after.skip_button.click()
    window.show_setup()
    window.setup.start_button.click()
    window.before.skip_button.click()
    assert window.pause_button.text() == "Pause (Space)"
    window.close()


def test_breathing_speaks_its_phases_when_asked(qtbot: QtBot, journal: Journal,
                                               clock: ManualClock) -> None:
    speaker = Speaker()
    window = BreathingWindow(LIBRARY, journal, clock, ExerciseCues(lambda: None, lambda: speaker))
    qtbot.addWidget(window)
    window.open_for(ExerciseRequest("breathing", "long_exhale"))
    window.speak_phases.setChecked(True)
    window.setup.start_button.click()
    window.before.skip_button.click()
    for _ in range(12):
        clock.advance(1)
        window.controller.tick()
    assert speaker.said[:2] == ["Breathe in.", "Breathe out."]
    assert journal.remembered.get("exercises.breathing_speech") is True
    window.close()


@pytest.fixture
def share(qtbot: QtBot, journal: Journal, tmp_path: Path, clock: ManualClock) -> TeamShareDialog:
    journal.log_call(CallDraft(stress=5), clock.now())
    data = tmp_path / "data"
    data.mkdir()
    dialog = TeamShareDialog(TeamShareController(team_sharing(journal, data, clock, {})))
    qtbot.addWidget(dialog)
    return dialog


def test_closing_with_an_unsaved_opt_in_asks_first(share: TeamShareDialog,
                                                   tmp_path: Path) -> None:
    asked: list[bool] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def ask() -> QMessageBox.StandardButton:
        asked.append(True)
        return answers.pop(0)

    share.ask_unsaved = ask
    share.show()
    share.anonymous_box.setChecked(True)
    share.reject()  # Cancel: stays open with the tick
    assert asked and share.isVisible() and share.anonymous_box.isChecked()
    share.reject()  # Discard: closes, and the tick is gone
    assert not share.isVisible() and not share.anonymous_box.isChecked()
    asked.clear()
    share.show()
    share.reject()  # nothing changed: closes without asking
    assert not asked and not share.isVisible()


def test_tab_leaves_every_table_arrows_move_inside(tmp_path: Path) -> None:
    """A keyboard user reaches the buttons after a table with one Tab, not one per cell."""
    from PySide6.QtWidgets import QLabel, QTableWidget

    from tests.support.all_windows import every_window
    from wellbeing_app.ui.trends.chart_panel import ChartPanel

    stuck: list[str] = []
    seen = 0
    for name, window in every_window(tmp_path):
        for panel in window.findChildren(ChartPanel):
            panel.table  # noqa: B018 - built on first use, like "Show as table" does
        for table in window.findChildren(QTableWidget):
            seen += 1
            if table.tabKeyNavigation():
                stuck.append(f"{name}: {table.accessibleName()}")
    chart = ChartPanel(QLabel(), "Stress", ["Day", "Mean"], lambda: [["Mon", "5"]])
    if chart.table.tabKeyNavigation():
        stuck.append("chart table")
    chart.deleteLater()
    assert seen >= 3  # History, Detected calls, what you shared
    assert stuck == []
