"""The SQL aggregates equal the pure-Python ones; optional tables; erase; demo history."""

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.support.trend_oracles import (
    RatedSession,
    category_counts,
    day_tallies,
    exercise_effects,
    grid_from_calls,
)
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.demo.demo_history import DemoCall, DemoExercise, demo_history
from wellbeing_app.domain.demo.demo_sessions import demo_session_record
from wellbeing_app.domain.exercises.exercise_session import SessionRecord
from wellbeing_app.domain.reminders.check_in_trend import WEEKLY_STRESS, WHO5
from wellbeing_app.domain.reminders.check_ins import CheckInKind, score_check_in
from wellbeing_app.domain.trends.trend_range import TrendRange
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.store.store_core import StoreCore

CATEGORIES = ("hostile", "abusive", "urgent", "other")
OFFSETS = (-300, 0, 60, 120, 330)  # New York, UTC, Berlin winter and summer, India


def random_entries(seed: int, count: int) -> list[tuple[CallDraft, datetime]]:
    rng = random.Random(seed)
    start = datetime(2026, 3, 20, tzinfo=UTC)
    entries = []
    for _ in range(count):
        zone = timezone(timedelta(minutes=rng.choice(OFFSETS)))
        at = (start + timedelta(minutes=rng.randrange(60 * 24 * 30))).astimezone(zone)
        cats = tuple(dict.fromkeys(rng.choices(CATEGORIES, k=rng.randrange(3))))
        entries.append((CallDraft(stress=rng.randrange(11), categories=cats), at))
    return entries


@pytest.fixture
def journal() -> Iterator[Journal]:
    j = Journal.in_memory()
    yield j
    j.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_aggregates_match_the_domain(journal: Journal, seed: int) -> None:
    assert journal.import_calls(random_entries(seed, 400)) == 400
    calls = journal.calls()
    queries = journal.trends
    since = date(2026, 3, 1)
    assert queries.day_tallies(since) == day_tallies(calls)
    assert queries.category_counts(since) == category_counts(calls)
    assert queries.stress_grid(since) == grid_from_calls(calls)
    later = date(2026, 4, 1)
    assert queries.day_tallies(later) == day_tallies(c for c in calls if c.local_date >= later)
    assert queries.first_day() == min(c.local_date for c in calls)


def test_empty_journal_report(journal: Journal) -> None:
    queries = journal.trends
    assert queries.first_day() is None
    report = queries.report(TrendRange.ALL, date(2026, 11, 24))
    assert report.is_empty and len(report.days) == 1
    assert queries.exercise_effects(date(2020, 1, 1)) == ()
    assert queries.check_in_scores() == ()


def test_exercise_and_check_in_tables_are_read_when_present(journal: Journal) -> None:
    def session(exercise_id: str, before: int, after: int | None, started: str) -> SessionRecord:
        at = datetime.fromisoformat(started)
        return SessionRecord(kind="breathing", exercise_id=exercise_id, started_at=at,
                             ended_at=at, planned_seconds=60, active_seconds=60, completed=True,
                             stress_before=before, stress_after=after)

    journal.exercises.record_many([
        session("box", 6, 4, "2026-11-20T09:00:00+00:00"),
        session("box", 8, None, "2026-11-20T10:00:00+00:00"),
        session("sigh", 5, 5, "2026-01-01T10:00:00+00:00")])
    # Written by the reminders feature's own store (the check_ins schema it migrates).
    check_ins = journal.check_ins
    plus1 = timezone(timedelta(hours=1))
    for kind, day, answers in ((CheckInKind.WEEKLY_STRESS, 16, [4]),
                               (CheckInKind.WHO5, 17, [4, 3, 3, 3, 3]),
                               (CheckInKind.PULSE, 18, [2])):
        check_ins.add(score_check_in(kind, answers), datetime(2026, 11, day, 12, tzinfo=plus1))
    queries = journal.trends
    records = [RatedSession("box", 6, 4)]
    assert queries.exercise_effects(date(2026, 11, 1)) == exercise_effects(records)
    assert [(s.kind, s.score) for s in queries.check_in_scores()] == [(WEEKLY_STRESS, 4),
                                                                      (WHO5, 64)]


def test_history_filters_pages_and_counts(journal: Journal) -> None:
    journal.import_calls(random_entries(5, 120))
    queries = journal.trends
    page, total = queries.history(None, "urgent", limit=10)
    expected = [c for c in journal.calls() if "urgent" in c.categories]
    assert total == len(expected) and len(page) == 10
    assert [c.id for c in page] == [c.id for c in sorted(
        expected, key=lambda c: (c.at_utc, c.id), reverse=True)][:10]
    since = date(2026, 4, 10)
    assert queries.history(since)[1] == sum(c.local_date >= since for c in journal.calls())


def test_erase_everything_removes_the_file_wal_and_backups(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    journal = Journal.open(path)
    journal.log_call(CallDraft(stress=5, note="private"), datetime.now().astimezone())
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "2026-11-23.db").write_bytes(b"old copy")
    removed = journal.erase_everything()
    assert path in removed and tmp_path / "backups" in removed
    assert not (tmp_path / "backups").exists()
    assert journal.count_calls() == 0  # a fresh, empty journal in the same place
    journal.close()
    assert b"private" not in path.read_bytes()


def test_erase_in_memory_empties_every_table(journal: Journal) -> None:
    journal.import_calls(random_entries(1, 5))
    journal.remembered.set("x", 1)
    journal.erase_everything()
    assert journal.count_calls() == 0 and journal.remembered.get("x") is None


def test_demo_history_is_deterministic_and_realistic() -> None:
    def make() -> list[object]:
        return list(demo_history(end=date(2026, 11, 24), days=60, per_day=6, seed=3,
                                 zone=ZoneInfo("Europe/Berlin"), categories=CATEGORIES))
    items = make()
    assert items == make()
    calls = [i for i in items if isinstance(i, DemoCall)]
    sessions = [i for i in items if isinstance(i, DemoExercise)]
    assert 150 < len(calls) < 450 and sessions
    assert all(8 <= c.at.hour < 18 and c.at.weekday() != 6 for c in calls)
    assert {c.at.utcoffset() for c in calls} == {timedelta(hours=1), timedelta(hours=2)}
    assert all(s.stress_before >= 5 for s in sessions)


def test_demo_sessions_go_through_the_exercises_store(journal: Journal) -> None:
    session = DemoExercise(datetime(2026, 11, 2, 9, tzinfo=UTC), "box", 7, 4)
    assert journal.exercises.record_many([demo_session_record(session)]) == 1
    effects = journal.trends.exercise_effects(date(2026, 11, 1))
    assert effects[0].change == -3


def assert_rollups_exact(journal: Journal) -> None:
    calls = journal.calls()
    queries = journal.trends
    since = date(2000, 1, 1)
    assert queries.day_tallies(since) == day_tallies(calls)
    assert queries.category_counts(since) == category_counts(calls)
    assert queries.stress_grid(since) == grid_from_calls(calls)


def test_rollups_follow_edits_deletes_and_restores(journal: Journal) -> None:
    journal.import_calls(random_entries(9, 200))
    rng = random.Random(9)
    ids = [c.id for c in journal.calls()]
    removed = []
    for call_id in rng.sample(ids, 60):
        if rng.random() < 0.5:
            cats = ("other", "urgent")[:rng.randrange(3)]
            journal.update_call(call_id, CallDraft(stress=rng.randrange(11), categories=cats))
        else:
            removed.append(journal.delete_call(call_id))
    assert_rollups_exact(journal)
    for call in removed[:10]:
        assert call is not None
        journal.restore_call(call)
    assert_rollups_exact(journal)


def test_rollup_migration_backfills_an_existing_journal() -> None:
    import sqlite3

    from sqlite_utils import Database

    from wellbeing_app.store.migrations import MIGRATIONS, apply_migrations
    conn = sqlite3.connect(":memory:", isolation_level=None)
    db = Database(conn)
    MIGRATIONS.apply(db)
    old = Journal(StoreCore(conn))
    old.import_calls(random_entries(4, 150))
    assert "trend_day_hour" not in db.table_names()
    applied = apply_migrations(db)
    assert "between_calls_trends:0001_day_hour_and_category_rollups" in applied
    assert_rollups_exact(old)


def test_demo_sessions_fill_the_exercises_feature_schema(journal: Journal) -> None:
    # The exercises feature's own table (NOT NULL columns, started_utc, local_date).
    berlin = ZoneInfo("Europe/Berlin")
    sessions = [DemoExercise(datetime(2026, 11, 2, 9, tzinfo=berlin), "desk_quick", 7, 4),
                DemoExercise(datetime(2026, 11, 3, 0, 30, tzinfo=berlin), "box", 6, 6)]
    assert journal.exercises.record_many(demo_session_record(s) for s in sessions) == 2
    kinds = [(s.kind, s.started_at.date().isoformat()) for s in journal.exercises.sessions()]
    assert kinds == [("pmr", "2026-11-02"), ("breathing", "2026-11-03")]
    effects = journal.trends.exercise_effects(date(2026, 11, 3))
    assert [(e.exercise_id, e.change) for e in effects] == [("box", 0)]
