"""The composition root wires the actions to the store, and recovers a damaged journal."""

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wellbeing_app.app import BetweenCallsApp
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.settings.layers import NO_POLICY, Policy
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.ui.exercises.exercise_feature import ExerciseFeature
from wellbeing_app.ui.reminders.reminder_feature import ReminderFeature
from wellbeing_app.ui.team.team_feature import TeamFeature
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.tray.fallback_panel import FallbackPanel
from wellbeing_app.ui.tray.icons import app_icon
from wellbeing_app.ui.trends.trends_feature import TrendsFeature


def build_app(tmp_path: Path, clock: ManualClock) -> tuple[BetweenCallsApp, FallbackPanel]:
    """The root as ``launch`` builds it, on the fallback panel (no tray in tests)."""
    actions = AppActions()
    panel = FallbackPanel(app_icon(), actions)
    panel.show()
    return BetweenCallsApp(panel, actions, tmp_path, clock, lambda: NO_POLICY), panel


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> Iterator[BetweenCallsApp]:
    assert isinstance(QApplication.instance(), QApplication)
    built, panel = build_app(tmp_path, clock)
    yield built
    built.flow.popup.dismiss()
    built.flow.dialog.hide()
    panel.close()
    built.shutdown()


def test_quick_log_action_reaches_the_journal_and_the_panel(app: BetweenCallsApp) -> None:
    assert app.broken == []
    assert "no tough calls" in app.status_line()
    app.actions.quick_log_menu.actions()[2].trigger()  # "8"
    assert [c.stress for c in app.journal.calls()] == [8]
    assert app.status_line() == "1 tough call today · avg 8"


def test_log_dialog_action_opens_the_dialog(app: BetweenCallsApp) -> None:
    app.actions.log_dialog.trigger()
    assert app.flow.dialog.isVisible()


def test_first_call_of_the_day_writes_todays_backup(app: BetweenCallsApp, tmp_path: Path) -> None:
    assert not list((tmp_path / "backups").glob("*.db"))  # an empty journal is not backed up
    app.actions.quick_log_menu.actions()[2].trigger()
    backups = list((tmp_path / "backups").glob("*.db"))
    assert [b.name for b in backups] == ["between-calls-2026-11-24.db"]


def test_damaged_journal_is_recovered_and_the_agent_told(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    (tmp_path / DB_FILENAME).write_bytes(b"not a database" * 200)
    built, panel = build_app(tmp_path, clock)
    try:
        assert "Your journal file was damaged" in panel.notice.text()
        assert list(tmp_path.glob("between-calls.damaged-*.db"))
        assert built.journal.count_calls() == 0
    finally:
        panel.close()
        built.shutdown()


def test_zero_byte_journal_is_restored_from_its_backup_and_the_agent_told(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    from datetime import date

    from wellbeing_app.domain.calls.logged_call import CallDraft

    journal = Journal.open(tmp_path / DB_FILENAME)
    journal.log_call(CallDraft(stress=7), clock.now())
    journal.backup_if_due(date(2026, 11, 23))
    journal.close()
    (tmp_path / DB_FILENAME).write_bytes(b"")
    built, panel = build_app(tmp_path, clock)
    try:
        assert "empty (0 bytes)" in panel.notice.text()
        assert "between-calls-2026-11-23.db was restored" in panel.notice.text()
        assert built.journal.count_calls() == 1
    finally:
        panel.close()
        built.shutdown()


def test_reminder_prompts_offer_the_exercises_feature(app: BetweenCallsApp, qtbot: QtBot) -> None:
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind

    reminders = app.feature(ReminderFeature).controller
    now = app.clock.now()
    reminders.controller.prompt_requested.emit(
        PlannedReminder(ReminderKind.WIND_DOWN, now, now + timedelta(hours=1)))
    prompt = reminders.prompt
    assert prompt.isVisible() and prompt.exercise_button.isVisible()
    assert "Today:" in prompt.extra.text()
    QTest.mouseClick(prompt.exercise_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()
    window = app.feature(ExerciseFeature).controller.window("breathing")
    assert window.isVisible()
    window.close()


def store_raw_setting(data_dir: Path, key: str, raw: str) -> None:
    """What a broken or hand-edited file holds: written by another program, not the app."""
    Journal.open(data_dir / DB_FILENAME).close()
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, raw))
    conn.close()


def test_a_bad_stored_value_leaves_everything_running_and_is_named(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    store_raw_setting(tmp_path, "micro_break_minutes", "1e999")
    built, panel = build_app(tmp_path, clock)
    try:
        assert built.broken == []
        assert "micro_break_minutes" in panel.notice.text()
        assert built.feature(ReminderFeature).controller.effective.settings.micro_break_minutes \
            == 60  # the default applies
        built.actions.quick_log_menu.actions()[3].trigger()  # "7"
        assert [c.stress for c in built.journal.calls()] == [7]
    finally:
        built.flow.popup.dismiss()
        panel.close()
        built.shutdown()


def test_failed_backup_and_unreadable_policy_are_named_once_and_the_rest_starts(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    from wellbeing_app.domain.calls.logged_call import CallDraft

    journal = Journal.open(tmp_path / DB_FILENAME)
    journal.log_call(CallDraft(stress=4), clock.now())  # something worth backing up
    journal.close()
    (tmp_path / "backups").write_text("a file where the backup folder should be")

    def unreadable() -> Policy:
        raise PermissionError("policy.toml: permission denied")

    actions = AppActions()
    panel = FallbackPanel(app_icon(), actions)
    built = BetweenCallsApp(panel, actions, tmp_path, clock, unreadable)
    try:
        assert built.broken == ["Daily backup", "Your organisation's policy"]
        notice = panel.notice.text()
        assert "Daily backup" in notice and "policy" in notice and "Logging calls" in notice
        assert {type(f).__name__ for f in built.features} == {
            "LanguageFeature", "ExerciseFeature", "TrendsFeature", "TeamFeature", "CardFeature",
            "ReminderFeature", "WorkloadFeature", "WelcomeFeature"}
        built.actions.log_dialog.trigger()
        assert built.flow.dialog.isVisible()
    finally:
        built.flow.dialog.hide()
        panel.close()
        built.shutdown()


def test_a_feature_that_fails_to_start_is_named_and_the_others_run(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_start(self: TeamFeature) -> None:
        raise ValueError("team-signing-key.pem does not hold an Ed25519 key")

    monkeypatch.setattr(TeamFeature, "start", broken_start)
    built, panel = build_app(tmp_path, clock)
    try:
        assert built.broken == [TeamFeature.name]
        assert TeamFeature.name in panel.notice.text()
        assert any(isinstance(f, ReminderFeature) for f in built.features)
        built.handle_message("trends")
        assert built.feature(TrendsFeature).window is not None
    finally:
        built.feature(TrendsFeature).stop()
        panel.close()
        built.shutdown()


def start_in_a_fresh_process(data_dir: Path, then: str) -> subprocess.CompletedProcess[str]:
    """Build the app on ``data_dir`` in a new interpreter (nothing imported yet), run ``then``."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "qapp = QApplication(['wellbeing'])\n"
        "from wellbeing_app.app import BetweenCallsApp\n"
        "from wellbeing_app.domain.clock import SystemClock\n"
        "from wellbeing_app.ui.tray.app_actions import AppActions\n"
        "from wellbeing_app.ui.tray.icons import app_icon\n"
        "from wellbeing_app.ui.tray.shell import make_shell\n"
        "actions = AppActions()\n"
        "shell = make_shell(app_icon(), actions, True)\n"
        f"app = BetweenCallsApp(shell, actions, Path({str(data_dir)!r}), SystemClock())\n"
        "qapp.processEvents()\n"
        + then)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)


def test_the_started_app_leaves_heavy_stacks_for_first_use(tmp_path: Path) -> None:
    """Team windows (cryptography) and Qt Charts load when first opened, not at start."""
    result = start_in_a_fresh_process(
        tmp_path,
        "heavy = [m for m in ('cryptography', 'PySide6.QtCharts', 'PySide6.QtMultimedia')"
        " if m in sys.modules]\n"
        "app.shutdown()\n"
        "print(heavy, len(app.features))\n")
    assert result.stdout.strip() == "[] 8", result.stderr  # every feature module started


def test_a_vanished_data_folder_loses_nothing_acknowledged(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    import shutil

    data = tmp_path / "data"
    data.mkdir()
    built, panel = build_app(data, clock)
    built.actions.quick_log_menu.actions()[2].trigger()  # "8", saved
    built.flow.popup.dismiss()
    shutil.rmtree(data)
    built.actions.quick_log_menu.actions()[3].trigger()  # "7", kept in memory
    assert "Not saved yet" in panel.notice.text() and "is gone" in panel.notice.text()
    assert not built.flow.popup.isVisible()  # never acknowledged as saved
    assert not data.exists()  # not recreated behind the agent's back while running
    panel.close()
    built.shutdown()  # Quit: the folder is made anew for the call that waited
    journal = Journal.open(data / DB_FILENAME)
    assert [c.stress for c in journal.calls()] == [7]
    journal.close()


def test_a_locked_journal_keeps_the_rating_and_saves_it_when_free(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    built, panel = build_app(tmp_path, clock)
    other = sqlite3.connect(tmp_path / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing
    built.actions.quick_log_menu.actions()[2].trigger()
    assert "Another program is writing" in panel.notice.text()
    other.execute("ROLLBACK")
    other.close()
    assert [c.stress for c in built.flow.retry_kept()] == [8]
    assert "Saved 1 kept entr" in panel.notice.text()
    assert [c.stress for c in built.journal.calls()] == [8]
    built.flow.popup.dismiss()
    panel.close()
    built.shutdown()


def test_a_returning_start_leaves_windows_and_the_plist_parser_for_first_use(
    tmp_path: Path,
) -> None:
    """Cards, dialogs, trend queries, other OSes' detectors, statistics, plistlib: on first use."""
    from tests.support.e2e_app import mark_returning_user

    mark_returning_user(tmp_path)
    lazy = ("plistlib", "pyexpat", "wellbeing_app.ui.settings.settings_dialog",
            "wellbeing_app.ui.welcome.welcome_window", "wellbeing_app.ui.reminders.reminder_prompt",
            "wellbeing_app.ui.calls.after_call_note", "wellbeing_app.ui.calls.acknowledgment_popup",
            "wellbeing_app.ui.cards.notice_card", "wellbeing_app.store.trends.trend_queries",
            "wellbeing_app.domain.trends.insights", "statistics",
            "wellbeing_app.platform.call_detection.mac_call_detector",
            "wellbeing_app.platform.call_detection.windows_call_detector")
    result = start_in_a_fresh_process(
        tmp_path,
        f"loaded = [m for m in {lazy!r} if m in sys.modules]\n"
        "broken = app.broken\n"
        "app.shutdown()\n"
        "print(loaded, broken)\n")
    assert result.stdout.strip() == "[] []", result.stderr
