"""One broken part at start never leaves a dead tray: status answers, the dialog opens, and
one notice names what does not work (the real app under Xvfb with a tray host)."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support.e2e_app import Display, RunningApp
from tests.support.x11 import wait_for
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.store.journal import DB_FILENAME, Journal

pytestmark = pytest.mark.e2e


def break_the_data_folder(data: Path, team: Path) -> None:
    """A stored 1e999, a corrupt signing key of an agent who opted in a month ago, and a
    ``backups`` file where the backup folder should be (what a full or odd disk does)."""
    data.mkdir(parents=True)
    team.mkdir()
    journal = Journal.open(data / DB_FILENAME)
    journal.settings.save({"share_named": True, "display_name": "Sam", "team_folder": str(team)})
    # An entry from two days ago: an empty journal is never backed up, so the backup must run.
    journal.log_call(CallDraft(stress=5), datetime.now(UTC) - timedelta(days=2))
    journal.close()
    with sqlite3.connect(data / DB_FILENAME) as conn:  # as another program would have left it
        conn.execute("INSERT INTO settings (key, value) VALUES ('micro_break_minutes', '1e999')")
    conn.close()
    key = data / "team-signing-key.pem"
    key.write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    month_ago = time.time() - 30 * 86400
    os.utime(key, (month_ago, month_ago))
    (data / "backups").write_text("not a folder")


def log_text(app: RunningApp) -> str:
    path = app.data_dir / "logs" / "between-calls.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_broken_parts_are_named_and_the_rest_still_works(
    display: Display, tray_host: None, start_app: Callable[[], RunningApp], tmp_path: Path,
) -> None:
    break_the_data_folder(tmp_path / "data", tmp_path / "team")
    app = start_app()  # waits until `wellbeing status` answers
    status = app.cli("status")
    assert status.returncode == 0 and "no tough calls logged today" in status.stdout

    handoff = app.cli("log-dialog")
    assert handoff.returncode == 0 and "already running" in handoff.stdout
    wait_for(lambda: bool(display.xdotool("search", "--onlyvisible", "--name",
                                          "Log a tough call").strip()), what="the log dialog")

    wait_for(lambda: "notice: Between Calls is running" in log_text(app), what="the notice")
    text = log_text(app)
    notice = next(line for line in text.splitlines() if "notice: Between Calls is running" in line)
    assert "Daily backup" in notice and "micro_break_minutes" in notice
    assert "start-up step failed: Daily backup" in text and "Traceback" in text
    assert "could not be shared" in text and "team-signing-key.pem" in text
    assert app.process.poll() is None
