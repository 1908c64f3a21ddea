"""The app's own writes arrive once, in-process; the file watcher reports only other processes."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.ui.calls.journal_watcher import DEBOUNCE_MS, JournalWatcher


def test_own_writes_are_not_bounced_back_by_the_file_watcher(
        qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> None:
    journal = Journal.open(tmp_path / DB_FILENAME)
    watcher = JournalWatcher(journal)
    seen: list[bool] = []
    watcher.changed.connect(seen.append)
    with journal.transaction():  # two writes, one commit: one notification
        journal.log_call(CallDraft(stress=5), clock.now())
        journal.remembered.set("exercises.sound", True)
    qtbot.waitUntil(lambda: seen == [False])
    qtbot.wait(DEBOUNCE_MS * 3)
    assert seen == [False]  # the WAL changed on disk, but that was us

    other = Journal.open(tmp_path / DB_FILENAME)  # the CLI, in another process
    other.log_call(CallDraft(stress=7), clock.now())
    other.close()
    qtbot.waitUntil(lambda: seen == [False, True], timeout=5000)
    watcher.stop()
    journal.close()
