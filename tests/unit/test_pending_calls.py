"""Entries the journal cannot take right now are kept in memory, in order, and written later."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.store.journal_opening import open_journal, reopen_journal
from wellbeing_app.store.pending_calls import SafeCallWriter


def writer_for(folder: Path) -> tuple[Journal, SafeCallWriter]:
    path = folder / DB_FILENAME
    journal = open_journal(path, "s").journal

    def reopen() -> bool:
        reopen_journal(journal, path, "s2")
        return True

    return journal, SafeCallWriter(journal, reopen)


def rows(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        found = [int(r[0]) for r in conn.execute("SELECT stress FROM calls ORDER BY id")]
    conn.close()
    return found


def test_a_locked_journal_keeps_the_rating_briefly_then_writes_it(
    tmp_path: Path, clock: ManualClock
) -> None:
    journal, writer = writer_for(tmp_path)
    journal.set_busy_timeout(100)
    other = sqlite3.connect(tmp_path / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    assert writer.log(CallDraft(stress=6), clock.now()) is None
    assert time.monotonic() - started < 2  # the GUI is not frozen for seconds
    assert "Another program is writing" in writer.last_problem
    assert writer.log(CallDraft(stress=7), clock.now()) is None  # queued behind the first
    assert writer.flush() == []
    other.execute("ROLLBACK")
    other.close()
    assert [c.stress for c in writer.flush()] == [6, 7]
    assert writer.pending == () and writer.last_problem == ""
    journal.close()
    assert rows(tmp_path / DB_FILENAME) == [6, 7]


def test_a_deleted_folder_stops_saving_until_it_is_back(tmp_path: Path, clock: ManualClock) -> None:
    folder = tmp_path / "data"
    journal, writer = writer_for(folder)
    assert writer.log(CallDraft(stress=1), clock.now()) is not None
    shutil.rmtree(folder)
    assert writer.log(CallDraft(stress=2), clock.now()) is None  # not acknowledged as saved
    assert writer.log(CallDraft(stress=3), clock.now()) is None
    assert "is gone" in writer.last_problem and len(writer.pending) == 2
    assert not folder.exists()  # never recreated behind the agent's back
    folder.mkdir()
    assert [c.stress for c in writer.flush()] == [2, 3]
    journal.close()
    assert rows(folder / DB_FILENAME) == [2, 3]


def test_a_moved_folder_gets_the_entries_once_moved_back(tmp_path: Path,
                                                         clock: ManualClock) -> None:
    folder = tmp_path / "data"
    journal, writer = writer_for(folder)
    writer.log(CallDraft(stress=1), clock.now())
    folder.rename(tmp_path / "elsewhere")
    assert writer.log(CallDraft(stress=2), clock.now()) is None
    (tmp_path / "elsewhere").rename(folder)
    assert writer.log(CallDraft(stress=3), clock.now()) is not None
    journal.close()
    assert rows(folder / DB_FILENAME) == [1, 2, 3]  # one journal, nothing split
    assert not (tmp_path / "elsewhere").exists()


def test_the_short_busy_timeout_survives_a_reconnect(tmp_path: Path, clock: ManualClock) -> None:
    # The app sets a short timeout so the GUI never freezes; reopening or erasing must keep it.
    journal, _writer = writer_for(tmp_path)
    journal.set_busy_timeout(100)
    journal.reopen()
    journal.erase_everything()
    other = sqlite3.connect(tmp_path / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        journal.log_call(CallDraft(stress=4), clock.now())
    assert time.monotonic() - started < 2  # not the 5 s a fresh connection waits
    other.execute("ROLLBACK")
    other.close()
    journal.close()
