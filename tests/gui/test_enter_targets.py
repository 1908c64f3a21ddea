"""Enter does what the window is for: it never opens a file browser, breathes or revokes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from tests.support.services import team_sharing
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.settings.declaration import PAGES
from wellbeing_app.domain.settings.layers import NO_POLICY, resolve
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.settings.settings_dialog import SettingsDialog
from wellbeing_app.ui.team.team_share_controller import TeamShareController
from wellbeing_app.ui.team.team_share_dialog import TeamShareDialog


def defaults(dialog: TeamShareDialog) -> list[str]:
    """The buttons Enter would press, by their text."""
    return [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()]


def test_enter_in_the_share_dialog_does_the_shown_tabs_own_action(
        qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> None:
    journal = Journal.in_memory()
    dialog = TeamShareDialog(TeamShareController(team_sharing(journal, tmp_path, clock, {})))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert defaults(dialog) == [dialog.save_button.text()]
    dialog.name_edit.setFocus()
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.privacy_error.text() == "Saved."  # Save choices ran, no file browser opened
    dialog.tabs.setCurrentIndex(1)
    assert defaults(dialog) == [dialog.share_button.text()]
    dialog.tabs.setCurrentIndex(2)
    assert defaults(dialog) == []
    assert not dialog.revoke_button.autoDefault()
    journal.close()


def test_enter_on_the_privacy_page_of_settings_saves(qtbot: QtBot) -> None:
    saved: list[dict[str, Any]] = []
    dialog = SettingsDialog(resolve(NO_POLICY, {}), saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(PAGES.index("Privacy"))
    field = next(e for e in dialog.findChildren(QLineEdit) if e.isVisible() and e.isEnabled())
    field.setFocus()
    QTest.keyClicks(field, "0800 111")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert saved  # the dialog saved; no file browser was opened
