"""``kill -9`` at random instants while writing, backing up and migrating: nothing acknowledged
is lost, the file stays healthy, the rollups stay exact. Loops are bounded (``KILLS`` each).

The figures (kills, acknowledged, lost) are printed for the README's reliability section.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults.journal_checks import journal_facts
from wellbeing_app.store.backups import backup_dir, is_healthy
from wellbeing_app.store.journal import DB_FILENAME
from wellbeing_app.store.journal_opening import open_journal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

KILLS = int(os.environ.get("WELLBEING_FAULT_KILLS", "6"))
ROOT = Path(__file__).resolve().parents[2]


def run_until_killed(mode: str, folder: Path, rng: random.Random,
                     window: float = 0.25) -> list[str]:
    """Start the child, let it work for a random moment, SIGKILL it; its acknowledged lines."""
    child = subprocess.Popen([sys.executable, "-m", "tests.faults.journal_child", mode,
                              str(folder)], cwd=ROOT, stdout=subprocess.PIPE,
                             stdin=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"  # imports done: the fault window opens
    time.sleep(rng.uniform(0.0, window))
    os.kill(child.pid, signal.SIGKILL)
    lines = child.stdout.read().splitlines()
    child.wait(timeout=30)
    child.stdout.close()
    return lines


def acknowledged(lines: list[str]) -> set[int]:
    return {int(line.split()[1]) for line in lines if line.startswith("call ")}


@pytest.mark.parametrize("mode", ["write", "backup"])
def test_kill_nine_while_writing_loses_nothing_acknowledged(
    tmp_path: Path, mode: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(f"{mode}-{KILLS}")
    folder = tmp_path / "data"
    every_ack: set[int] = set()
    for _ in range(KILLS):
        every_ack |= acknowledged(run_until_killed(mode, folder, rng))
        opened = open_journal(folder / DB_FILENAME, "next-start", verify=True)
        assert opened.recovery is None  # nothing to repair: the next start just goes on
        opened.journal.close()
        health, ids, exact = journal_facts(folder / DB_FILENAME)
        assert (health, exact) == ("ok", True)
        assert every_ack <= ids, f"lost {sorted(every_ack - ids)[:5]}"
    for backup in backup_dir(folder / DB_FILENAME).glob("*.db"):
        assert is_healthy(backup)  # a backup is whole or absent, never half-written
    with capsys.disabled():
        print(f"\n[faults] kill -9 during {mode}: {KILLS} kills, {len(every_ack)} acknowledged, "
              f"0 lost")


def old_journal_with_calls(path: Path, calls: int) -> None:
    """A journal from before the trend rollups: only the first migration set, many calls."""
    from sqlite_utils import Database

    from wellbeing_app.store.migrations import MIGRATIONS

    path.parent.mkdir(parents=True)
    db = Database(path)
    MIGRATIONS.apply(db)
    db.conn.executemany(
        "INSERT INTO calls (at_utc, local_date, utc_offset_minutes, stress, categories) "
        "VALUES (?, ?, 0, ?, ?)",
        [(f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00+00:00",
          f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", i % 11, '["hostile"]') for i in range(calls)])
    db.conn.commit()
    db.conn.close()


def test_kill_nine_while_migrating_leaves_an_old_or_a_new_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(f"migrate-{KILLS}")
    template = tmp_path / "template" / DB_FILENAME
    old_journal_with_calls(template, 20_000)
    finished = 0
    for kill in range(KILLS):
        folder = tmp_path / f"run{kill}"
        folder.mkdir()
        (folder / DB_FILENAME).write_bytes(template.read_bytes())
        finished += "opened" in run_until_killed("migrate", folder, rng, window=1.0)
        opened = open_journal(folder / DB_FILENAME, "after", verify=True)  # finishes the job
        assert opened.recovery is None and opened.journal.count_calls() == 20_000
        opened.journal.close()
        health, ids, exact = journal_facts(folder / DB_FILENAME)
        assert (health, len(ids), exact) == ("ok", 20_000, True)
    with sqlite3.connect(template) as conn:
        assert conn.execute("SELECT count(*) FROM calls").fetchone()[0] == 20_000
    conn.close()
    with capsys.disabled():
        print(f"\n[faults] kill -9 during migration: {KILLS} kills "
              f"({KILLS - finished} before it finished), 20000 entries each, 0 lost")
