import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.store.migrations import MIGRATIONS

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal.open(tmp_path / DB_FILENAME)
    yield j
    j.close()


def test_durability_pragmas(journal: Journal) -> None:
    pragmas = journal.durability()
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["synchronous"] == 2  # FULL
    assert pragmas["foreign_keys"] == 1
    assert journal.quick_check() == "ok"


def test_migrations_are_named_and_recorded(journal: Journal) -> None:
    applied = [name for group, name in journal.applied_migrations() if group == MIGRATIONS.name]
    assert applied == ["0001_calls_and_settings"]


def test_log_and_read_back(journal: Journal) -> None:
    at = datetime(2026, 11, 24, 15, 0, tzinfo=timezone(timedelta(hours=1)))
    call = journal.log_call(CallDraft(stress=7, categories=("hostile", "urgent"),
                                      escalated=True, note="loud"), at)
    again = journal.get_call(call.id)
    assert again == call
    assert again.at_utc == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    assert again.local_date == date(2026, 11, 24)
    assert again.utc_offset_minutes == 60
    assert again.at_local.hour == 15


def test_local_date_survives_dst_and_late_night(journal: Journal) -> None:
    # 00:30 local on the day Berlin leaves summer time is still the 25th locally, 24th in UTC.
    at = datetime(2026, 10, 25, 0, 30, tzinfo=BERLIN)
    call = journal.log_call(CallDraft(stress=4), at)
    assert call.local_date == date(2026, 10, 25)
    assert call.at_utc.date() == date(2026, 10, 24)
    assert call.utc_offset_minutes == 120
    after = journal.log_call(CallDraft(stress=6), datetime(2026, 10, 25, 12, 0, tzinfo=BERLIN))
    assert after.utc_offset_minutes == 60
    assert journal.day_summary(date(2026, 10, 25)).count == 2


def test_naive_time_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError):
        journal.log_call(CallDraft(stress=1), datetime(2026, 1, 1))


def test_update_delete_restore(journal: Journal, clock: ManualClock) -> None:
    call = journal.log_call(CallDraft(stress=5), clock.now())
    updated = journal.update_call(call.id, CallDraft(stress=6, categories=("other",), note="n"))
    assert (updated.stress, updated.categories, updated.note) == (6, ("other",), "n")
    assert updated.at_utc == call.at_utc
    removed = journal.delete_call(call.id)
    assert removed == updated
    assert journal.count_calls() == 0
    assert journal.delete_call(call.id) is None
    assert journal.restore_call(removed) == updated
    with pytest.raises(KeyError):
        journal.update_call(999, CallDraft(stress=1))


def test_undo_delete_never_overwrites_a_call_logged_since(journal: Journal,
                                                           clock: ManualClock) -> None:
    journal.log_call(CallDraft(stress=3), clock.now())
    newest = journal.log_call(CallDraft(stress=8, note="deleted"), clock.now())
    removed = journal.delete_call(newest.id)
    assert removed is not None
    since = journal.log_call(CallDraft(stress=5, note="logged since"), clock.now())
    assert since.id == newest.id  # SQLite gave the freed id out again
    restored = journal.restore_call(removed)
    assert (restored.stress, restored.note, restored.at_utc) == (8, "deleted", newest.at_utc)
    assert sorted(c.note for c in journal.calls()) == ["", "deleted", "logged since"]
    assert journal.day_summary(clock.now().date()).count == 3


def test_calls_since_and_order(journal: Journal, clock: ManualClock) -> None:
    base = clock.now()
    for days, stress in ((10, 1), (3, 2), (0, 3)):
        journal.log_call(CallDraft(stress=stress), base - timedelta(days=days))
    assert [c.stress for c in journal.calls()] == [1, 2, 3]
    assert [c.stress for c in journal.calls(base - timedelta(days=7))] == [2, 3]


def test_day_summary(journal: Journal, clock: ManualClock) -> None:
    for stress in (5, 6, 7):
        journal.log_call(CallDraft(stress=stress), clock.now())
    journal.log_call(CallDraft(stress=1), clock.now() - timedelta(days=1))
    summary = journal.day_summary(clock.now().date())
    assert summary.count == 3 and summary.mean_stress == 6


def test_settings_roundtrip_and_persistence(tmp_path: Path, clock: ManualClock) -> None:
    path = tmp_path / DB_FILENAME
    j = Journal.open(path)
    j.settings.save({"support_line": "EAP 0800"})
    j.remembered.set("exercises.sound", True)
    j.log_call(CallDraft(stress=2), clock.now())
    j.close()
    reopened = Journal.open(path)
    assert reopened.settings.user_values() == {"support_line": "EAP 0800"}
    assert reopened.remembered.get("exercises.sound") is True
    assert reopened.remembered.get("missing", 3) == 3
    assert reopened.count_calls() == 1
    reopened.close()


def test_file_is_readable_by_plain_sqlite3(tmp_path: Path, clock: ManualClock) -> None:
    path = tmp_path / DB_FILENAME
    j = Journal.open(path)
    j.log_call(CallDraft(stress=9, categories=("abusive",)), clock.now())
    j.close()
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT stress, categories FROM calls").fetchone()
    assert row == (9, '["abusive"]')


def test_transactions_nest_as_savepoints(journal: Journal) -> None:
    draft = CallDraft(stress=4)
    at = datetime(2026, 11, 24, 10, tzinfo=UTC)
    with journal.transaction():
        journal.log_call(draft, at)
        with pytest.raises(RuntimeError), journal.transaction():
            journal.remembered.set("inner", 1)
            raise RuntimeError("inner write fails")
        journal.remembered.set("outer", 2)
    assert journal.count_calls() == 1
    assert (journal.remembered.get("inner"), journal.remembered.get("outer")) == (None, 2)
    with pytest.raises(RuntimeError), journal.transaction():
        journal.log_call(draft, at)
        journal.remembered.set("outer", 3)
        raise RuntimeError("the outer step fails after the inner ones committed to it")
    assert (journal.count_calls(), journal.remembered.get("outer")) == (1, 2)
    assert not journal.in_transaction
