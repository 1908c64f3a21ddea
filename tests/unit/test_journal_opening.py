"""The one open routine: odd folder names, 0-byte or missing journals, orphan WALs, newer ones."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.store.backups import backup_dir
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.store.journal_opening import NewerJournalError, OpenedJournal, open_journal
from wellbeing_app.store.sqlite_uri import sqlite_uri
from wellbeing_app.usecases.journal_opening import recovery_text

ODD_NAMES = ["a%41b", "x#y", "q?r", "sp ace&=;", "ünï €"]


def journal_with(folder: Path, clock: ManualClock, stresses: tuple[int, ...],
                 backup_on: date | None = None) -> Path:
    opened = open_journal(folder / DB_FILENAME, "s0")
    for stress in stresses:
        opened.journal.log_call(CallDraft(stress=stress), clock.now())
    if backup_on is not None:
        assert opened.journal.backup_if_due(backup_on)
    opened.journal.close()
    return folder / DB_FILENAME


def notice_of(opened: OpenedJournal) -> str:
    """What the CLI warns about a repaired journal ("" when nothing happened)."""
    return recovery_text(opened.recovery) if opened.recovery is not None else ""


def stresses(path: Path) -> list[int]:
    journal = Journal.open(path)
    try:
        return [call.stress for call in journal.calls()]
    finally:
        journal.close()


@pytest.mark.parametrize("name", ODD_NAMES)
def test_an_odd_folder_name_keeps_its_journal_across_three_starts(
    tmp_path: Path, clock: ManualClock, name: str
) -> None:
    path = journal_with(tmp_path / name, clock, (4, 7))
    for start in range(3):
        opened = open_journal(path, f"s{start}", verify=True)
        assert opened.recovery is None
        opened.journal.log_call(CallDraft(stress=start), clock.now())
        opened.journal.close()
    assert stresses(path) == [4, 7, 0, 1, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no stray file beside it
    assert not list(path.parent.glob("*.damaged-*"))


@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_damaged_journal_in_an_odd_folder_is_still_seen(tmp_path: Path, name: str) -> None:
    path = tmp_path / name / DB_FILENAME
    path.parent.mkdir()
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    opened = open_journal(path, "s1", verify=True)
    opened.journal.close()
    assert opened.recovery is not None and opened.recovery.reason == "damaged"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_the_uri_names_exactly_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a%41b#c?d" / "j.db"
    path.parent.mkdir()
    sqlite3.connect(path).close()
    uri = sqlite_uri(path, mode="ro")
    assert uri.endswith("/a%2541b%23c%3Fd/j.db?mode=ro")
    with sqlite3.connect(uri, uri=True) as conn:
        assert conn.execute("PRAGMA database_list").fetchone()[2] == str(path)
    conn.close()


def test_a_zero_byte_journal_is_restored_from_the_newest_good_backup(
    tmp_path: Path, clock: ManualClock
) -> None:
    path = journal_with(tmp_path, clock, (5, 6), backup_on=date(2026, 11, 23))
    path.write_bytes(b"")
    opened = open_journal(path, "20261124T1400")
    assert [c.stress for c in opened.journal.calls()] == [5, 6]
    opened.journal.close()
    notice = notice_of(opened)
    assert "empty (0 bytes)" in notice and "between-calls-2026-11-23.db" in notice
    assert (tmp_path / "between-calls.damaged-20261124T1400.db").stat().st_size == 0


def test_a_missing_journal_is_restored_and_the_agent_told(
    tmp_path: Path, clock: ManualClock
) -> None:
    path = journal_with(tmp_path, clock, (3,), backup_on=date(2026, 11, 23))
    path.unlink()
    opened = open_journal(path, "s1")
    assert opened.journal.count_calls() == 1
    opened.journal.close()
    assert "was missing" in notice_of(opened)


def test_without_a_backup_a_zero_byte_journal_simply_starts_empty(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).write_bytes(b"")
    opened = open_journal(tmp_path / DB_FILENAME, "s1")
    assert opened.recovery is None and opened.journal.count_calls() == 0
    opened.journal.close()


def test_an_empty_journal_never_writes_a_backup(tmp_path: Path) -> None:
    opened = open_journal(tmp_path / DB_FILENAME, "s1")
    for day in range(1, 10):
        assert opened.journal.backup_if_due(date(2026, 11, day)) is None
    opened.journal.close()
    assert not backup_dir(tmp_path / DB_FILENAME).exists()


def test_an_orphan_wal_is_kept_aside_not_applied(tmp_path: Path, clock: ManualClock) -> None:
    other = journal_with(tmp_path / "other", clock, (9, 9, 9))
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO calls (at_utc, local_date, utc_offset_minutes, stress, categories,"
                 " escalated, ended_for_abuse, note) VALUES ('2026-11-24T10:00:00+00:00',"
                 " '2026-11-24', 0, 1, '[]', 0, 0, '')")
    mine = tmp_path / "mine" / DB_FILENAME
    mine.parent.mkdir()
    (mine.parent / (DB_FILENAME + "-wal")).write_bytes(Path(str(other) + "-wal").read_bytes())
    conn.close()
    opened = open_journal(mine, "s1")
    assert opened.journal.count_calls() == 0
    opened.journal.close()
    assert opened.recovery is not None and opened.recovery.orphan_wal is not None
    assert opened.recovery.orphan_wal.stat().st_size > 0


def test_a_newer_journal_is_refused_and_left_untouched(tmp_path: Path, clock: ManualClock) -> None:
    path = journal_with(tmp_path, clock, (2,))
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('between_calls', '0099_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerJournalError, match=r"newer version.*0099_from_the_future"):
        open_journal(path, "s1", verify=True)
    assert path.read_bytes() == before
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_damaged_journal_notice_says_where_the_recent_entries_are(
    tmp_path: Path, clock: ManualClock
) -> None:
    path = journal_with(tmp_path, clock, (5,), backup_on=date(2026, 11, 23))
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    opened = open_journal(path, "20261124T1400", verify=True)
    opened.journal.close()
    notice = notice_of(opened)
    assert "between-calls-2026-11-23.db was restored" in notice
    assert "since that backup are not in it: they are in between-calls.damaged-20261124T1400.db" \
        in notice
