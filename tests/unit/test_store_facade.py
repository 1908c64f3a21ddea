"""The Journal is the one front door: no raw connection outside ``store/``, one transaction
mechanism, one writer per table."""

from __future__ import annotations

import ast
import re
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.store.journal import Journal

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wellbeing_app"
STORE = PACKAGE / "store"
CHECKED = [PACKAGE, ROOT / "tests", ROOT / "benchmarks", ROOT / "docs"]
RAW = {"connection", "database", "_core", "_conn"}
WRITE = re.compile(
    r"\b(?:INSERT(?: OR REPLACE)? INTO|(?<!DO )UPDATE(?! OF\b)|DELETE FROM)\s+\"?(\w+)")
TRANSACTION = re.compile(r"BEGIN IMMEDIATE|\"COMMIT\"|\bSAVEPOINT\b|\.atomic\(")


def python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if ".venv" not in p.parts)


def raw_uses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr in RAW
            and not (isinstance(node.value, ast.Name) and node.value.id == "self")]


def test_no_connection_or_database_outside_the_store() -> None:
    outside = [p for folder in CHECKED for p in python_files(folder)
               if STORE not in p.parents and p != Path(__file__).resolve()]
    assert len(outside) > 100
    found = [use for path in outside for use in raw_uses(path)]
    assert found == []


def test_the_journal_hands_out_no_connection() -> None:
    journal = Journal.in_memory()
    public = {name for name in dir(journal) if not name.startswith("_")}
    journal.close()
    assert not public & {"connection", "database", "conn", "db", "core"}


def test_one_transaction_mechanism() -> None:
    users = {str(p.relative_to(ROOT)) for p in python_files(PACKAGE)
             if TRANSACTION.search(p.read_text(encoding="utf-8"))}
    assert users == {"wellbeing_app/store/store_core.py"}


def test_one_writer_per_table() -> None:
    writers: dict[str, set[str]] = defaultdict(set)
    for path in python_files(PACKAGE):
        for table in WRITE.findall(path.read_text(encoding="utf-8")):
            writers[table.lower()].add(str(path.relative_to(ROOT)))
    assert set(writers) == {"calls", "exercise_sessions", "check_ins", "settings",
                            "remembered_choices", "shared_summaries", "trend_day_hour",
                            "trend_day_category", "exercise_rating_totals", "call_spans"}
    shared = {table: sorted(paths) for table, paths in writers.items() if len(paths) > 1}
    assert shared == {}
    assert all(path.startswith("wellbeing_app/store/")
               for paths in writers.values() for path in paths)


def test_listeners_hear_committed_writes_once_and_never_rolled_back_ones() -> None:
    journal = Journal.in_memory()
    heard: list[frozenset[str]] = []
    stop = journal.subscribe(heard.append)
    at = journal_moment()
    with journal.transaction():
        journal.log_call(CallDraft(stress=4), at)
        journal.remembered.set("exercises.sound", True)
    assert len(heard) == 1 and {"calls", "remembered"} <= heard[0]
    with pytest.raises(RuntimeError), journal.transaction():
        journal.log_call(CallDraft(stress=5), at)
        raise RuntimeError("nothing is written")
    assert len(heard) == 1
    stop()
    journal.log_call(CallDraft(stress=6), at)
    assert len(heard) == 1
    journal.close()


def test_declared_settings_and_remembered_choices_are_kept_apart() -> None:
    journal = Journal.in_memory()
    with pytest.raises(KeyError):
        journal.remembered.set("share_named", True)
    with pytest.raises(KeyError):
        journal.settings.save({"exercises.breathing": {}})
    journal.close()


def journal_moment() -> datetime:
    return datetime(2026, 11, 24, 10, tzinfo=UTC)


def test_remembered_choices_leave_the_settings_table_once_on_upgrade(tmp_path: Path) -> None:
    """A journal from before the move keeps every choice, and its settings keep theirs."""
    path = tmp_path / "old.db"
    journal = Journal.open(path)
    journal.close()
    with sqlite3.connect(path) as conn:  # as the build before the move stored them
        conn.execute("DROP TABLE remembered_choices")
        conn.execute("DELETE FROM _sqlite_migrations "
                     "WHERE migration_set = 'between_calls_remembered'")
        conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                         [("welcome.done", "true"), ("micro_break_minutes", "45")])
    conn.close()
    journal = Journal.open(path)
    assert journal.remembered.get("welcome.done") is True
    assert journal.settings.user_values() == {"micro_break_minutes": 45}
    journal.close()
    with sqlite3.connect(path) as conn:
        keys = [row[0] for row in conn.execute("SELECT key FROM settings")]
    conn.close()
    assert keys == ["micro_break_minutes"]
