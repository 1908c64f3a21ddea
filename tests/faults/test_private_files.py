"""Owner-only on POSIX whatever the umask: folder 0700; journal, WAL, backups, logs, key 0600."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows uses ACLs")

# Runs in a child so its umask cannot leak into the test process.
CHILD = r"""
import os, sys
from datetime import date
from pathlib import Path
os.umask(int(sys.argv[2], 8))
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import SystemClock
from wellbeing_app.platform.paths import ensure_writable
from wellbeing_app.store.backups import backup_if_due
from wellbeing_app.store.journal import DB_FILENAME
from wellbeing_app.store.journal_opening import open_journal
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.ui.error_reporting import LOG, configure_logging

folder = ensure_writable(Path(sys.argv[1]))
opened = open_journal(folder / DB_FILENAME, "s")
opened.journal.log_call(CallDraft(stress=9, note="private"), SystemClock().now())
opened.journal.backup_if_due(date(2026, 11, 24))
configure_logging(folder / "logs")
LOG.info("a line")
AgentKey.load_or_create(folder)
"""


@pytest.mark.parametrize("umask", ["022", "000"])
def test_everything_written_is_owner_only(tmp_path: Path, umask: str) -> None:
    folder = tmp_path / "data"
    subprocess.run([sys.executable, "-c", CHILD, str(folder), umask], check=True, timeout=60)
    modes = {str(p.relative_to(tmp_path)): stat.S_IMODE(p.stat().st_mode)
             for p in [folder, *folder.rglob("*")]}
    assert modes.pop("data") == 0o700
    assert modes.pop("data/backups") == 0o700
    assert modes.pop("data/logs") == 0o700
    assert "data/between-calls.db" in modes and "data/logs/between-calls.log" in modes
    assert any(name.startswith("data/backups/") for name in modes)
    assert {name: mode for name, mode in modes.items() if mode != 0o600} == {}
