"""Every Alt+letter in a window does one thing: no two visible controls share a letter."""

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.support.mnemonics import clashing_mnemonics
from tests.support.services import team_sharing
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.exercises.exercise_request import ExerciseRequest
from wellbeing_app.platform.resources import load_catalog, load_exercise_library
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.calls.quick_log_dialog import QuickLogDialog
from wellbeing_app.ui.exercises.breathing_window import BreathingWindow
from wellbeing_app.ui.exercises.pmr_window import PmrWindow
from wellbeing_app.ui.team.team_share_controller import TeamShareController
from wellbeing_app.ui.team.team_share_dialog import TeamShareDialog
from wellbeing_app.ui.trends.trends_window import TrendsWindow


def each_tab(qtbot: QtBot, window: QWidget, tabs: QTabWidget) -> dict[str, list[str]]:
    qtbot.addWidget(window)
    window.show()
    clashes: dict[str, list[str]] = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        clashes[tabs.tabText(index)] = clashing_mnemonics(window)
    window.hide()
    return clashes


def test_share_dialog_letters_are_unique_on_every_tab(qtbot: QtBot, tmp_path: Path,
                                                      clock: ManualClock) -> None:
    journal = Journal.in_memory()
    dialog = TeamShareDialog(TeamShareController(team_sharing(journal, tmp_path, clock)))
    clashes = each_tab(qtbot, dialog, dialog.tabs)
    assert all(not letters for letters in clashes.values()), clashes
    journal.close()


def test_trends_letters_are_unique_on_every_tab(qtbot: QtBot, tmp_path: Path,
                                                clock: ManualClock) -> None:
    journal = Journal.in_memory()
    window = TrendsWindow(journal, load_catalog(), clock, tmp_path)
    clashes = each_tab(qtbot, window, window.tabs)
    assert all(not letters for letters in clashes.values()), clashes
    journal.close()


def test_exercise_windows_letters_are_unique(qtbot: QtBot, clock: ManualClock) -> None:
    journal = Journal.in_memory()
    library = load_exercise_library()
    for window in (BreathingWindow(library, journal, clock), PmrWindow(library, journal, clock)):
        qtbot.addWidget(window)
        window.open_for(ExerciseRequest("pmr" if isinstance(window, PmrWindow) else "breathing"))
        assert clashing_mnemonics(window) == []
        window.close()
    journal.close()


def test_log_dialog_letters_are_unique(qtbot: QtBot) -> None:
    dialog = QuickLogDialog(load_catalog())
    qtbot.addWidget(dialog)
    dialog.show()
    assert clashing_mnemonics(dialog) == []
    dialog.hide()


def test_settings_shift_page_and_its_picker_letters_are_unique(qtbot: QtBot) -> None:
    from wellbeing_app.domain.settings.declaration import PAGES
    from wellbeing_app.domain.settings.layers import NO_POLICY, resolve
    from wellbeing_app.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(resolve(NO_POLICY, {}), lambda _changes: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(PAGES.index("Shift"))
    assert clashing_mnemonics(dialog) == []
    picker = dialog.editors["shifts"].open_shift_picker()
    assert clashing_mnemonics(picker) == []
    picker.reject()
    dialog.hide()


@pytest.mark.parametrize("language", ["de", "es", "fr", "pt_BR"])
def test_every_window_keeps_its_letters_unique_in_each_translation(
        qapp: QApplication, qm_dir: Path, tmp_path: Path, language: str) -> None:
    """A translator picks the letters again: two controls must not end up on one Alt+letter."""
    from tests.support.all_windows import every_window

    translator = QTranslator()
    assert translator.load(f"between_calls_{language}", str(qm_dir))
    qapp.installTranslator(translator)
    try:
        clashes = {name: letters for name, window in every_window(tmp_path)
                   if (letters := clashing_mnemonics(window))}
    finally:
        qapp.removeTranslator(translator)
    assert clashes == {}
