"""A child process that writes to a journal until it is killed; it prints what was acknowledged.

``python -m tests.faults.journal_child MODE DATA_DIR``; MODE is ``write``, ``backup`` or
``migrate``. Each line on stdout is printed only after the write it names returned (durable).
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.store.journal import DB_FILENAME
from wellbeing_app.store.journal_opening import open_journal

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
CATEGORIES = (("hostile",), ("urgent", "system"), ())


def main(mode: str, folder: Path) -> None:
    """Run ``mode`` forever (``migrate``: once), announcing each durable step."""
    print("ready", flush=True)
    opened = open_journal(folder / DB_FILENAME, "child", verify=True)
    journal = opened.journal
    print("opened", flush=True)
    if mode == "migrate":
        return
    n = journal.count_calls()
    while True:
        n += 1
        draft = CallDraft(stress=n % 11, categories=CATEGORIES[n % 3])
        call = journal.log_call(draft, START + timedelta(minutes=7 * n))
        print(f"call {call.id}", flush=True)
        if mode == "backup":
            made = journal.backup_if_due(date(2000, 1, 1) + timedelta(days=n))
            print(f"backup {made.name if made else '-'}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
