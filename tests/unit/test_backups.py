from datetime import date
from pathlib import Path

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.store.backups import KEEP_DAYS, backup_dir, recover_if_damaged
from wellbeing_app.store.journal import DB_FILENAME, Journal


def make_journal(tmp_path: Path, clock: ManualClock, stresses: tuple[int, ...]) -> Path:
    path = tmp_path / DB_FILENAME
    journal = Journal.open(path)
    for stress in stresses:
        journal.log_call(CallDraft(stress=stress), clock.now())
    journal.close()
    return path


def test_one_backup_a_day_and_a_week_kept(tmp_path: Path, clock: ManualClock) -> None:
    path = make_journal(tmp_path, clock, (3,))
    journal = Journal.open(path)
    for day in range(1, 11):
        assert journal.backup_if_due(date(2026, 11, day)) is not None
    assert journal.backup_if_due(date(2026, 11, 10)) is None
    journal.close()
    kept = sorted(p.name for p in backup_dir(path).iterdir())
    assert len(kept) == KEEP_DAYS
    assert kept[0].endswith("2026-11-04.db") and kept[-1].endswith("2026-11-10.db")


def test_healthy_file_is_left_alone(tmp_path: Path, clock: ManualClock) -> None:
    path = make_journal(tmp_path, clock, (5,))
    assert recover_if_damaged(path, "x") is None
    assert recover_if_damaged(tmp_path / "missing.db", "x") is None


def test_damaged_file_is_moved_aside_and_newest_backup_restored(
    tmp_path: Path, clock: ManualClock
) -> None:
    path = make_journal(tmp_path, clock, (5, 6))
    journal = Journal.open(path)
    journal.backup_if_due(date(2026, 11, 23))
    journal.close()
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # garbage after the header
    recovery = recover_if_damaged(path, "20261124T1400")
    assert recovery is not None and recovery.restored_from is not None
    assert recovery.damaged_copy is not None and recovery.damaged_copy.exists()  # kept
    restored = Journal.open(path)
    assert [c.stress for c in restored.calls()] == [5, 6]
    restored.close()


def test_damaged_without_backup_starts_fresh_but_keeps_the_copy(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    path.write_bytes(b"this is not a database at all" * 100)
    recovery = recover_if_damaged(path, "s")
    assert recovery is not None and recovery.restored_from is None
    assert recovery.damaged_copy is not None
    assert recovery.damaged_copy.read_bytes().startswith(b"this is not")
    assert not path.exists()
