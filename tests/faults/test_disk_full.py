"""A full disk (a small tmpfs) never corrupts the journal or loses an acknowledged entry."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.faults.conftest import run_cli
from tests.faults.journal_checks import journal_facts
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.store.backups import backup_dir
from wellbeing_app.store.journal import DB_FILENAME
from wellbeing_app.store.journal_opening import open_journal

SIZE = "384k"


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs of ``SIZE`` mounted for this test (root on Linux only; skipped elsewhere)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip() or made.returncode}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_filling_the_disk_keeps_every_acknowledged_entry(full_disk: Path,
                                                         clock: ManualClock) -> None:
    folder = full_disk / "data"
    journal = open_journal(folder / DB_FILENAME, "s").journal
    acknowledged: list[int] = []
    failures = 0
    for n in range(5000):  # bounded: 384 KiB fills long before
        try:
            acknowledged.append(journal.log_call(CallDraft(stress=n % 11, note="x" * 1500),
                                                 clock.now()).id)
        except sqlite3.OperationalError as error:
            assert "full" in str(error)
            failures += 1
            if failures > 3:
                break
    assert failures > 3 and acknowledged
    with pytest.raises((sqlite3.Error, OSError)):
        journal.backup_if_due(date(2026, 11, 24))
    assert list(backup_dir(folder / DB_FILENAME).glob("*")) == []  # no half backup left
    journal.close()
    result = run_cli(["log", "--stress", "4", "--note", "y" * 1500], folder)
    assert result.returncode == 2 and result.stderr.count(b"\n") == 1, result.stderr
    reopened = open_journal(folder / DB_FILENAME, "s2", verify=True)
    assert reopened.recovery is None
    reopened.journal.close()
    health, ids, exact = journal_facts(folder / DB_FILENAME)
    assert (health, exact) == ("ok", True)
    assert set(acknowledged) <= ids
