"""Open the journal at start: recover a damaged file; never leave the app without a journal."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.store.backups import recover_if_damaged
from wellbeing_app.store.journal import Journal, StoreError

LOG = logging.getLogger("wellbeing_app")
IN_MEMORY_PART = "Your journal file (entries are kept in memory until restart)"


@dataclass(frozen=True)
class Notice:
    """A text marked for translation (context ``BetweenCallsApp``) and its placeholders."""

    text: str
    values: Mapping[str, str]


@dataclass(frozen=True)
class JournalOpening:
    """The journal to use, what to tell the agent, and which start-up parts failed."""

    journal: Journal
    notices: tuple[Notice, ...]
    broken: tuple[str, ...]


def _recovery_notice(path: Path, stamp: str) -> Notice | None:
    recovery = recover_if_damaged(path, stamp)
    if recovery is None:
        return None
    copy = recovery.damaged_copy.name
    if recovery.restored_from is not None:
        return Notice(_t("BetweenCallsApp", "Your journal file was damaged. It was kept as {copy} "
                                            "and the backup {backup} was restored."),
                      {"copy": copy, "backup": recovery.restored_from.name})
    return Notice(_t("BetweenCallsApp", "Your journal file was damaged. It was kept as {copy}; "
                                        "no backup existed, so a new journal was started."),
                  {"copy": copy})


def open_journal(path: Path, stamp: str) -> JournalOpening:
    """Recover a damaged file (moved aside, newest good backup restored), then open it.

    If the file cannot be opened at all, an in-memory journal keeps logging working and the
    failure is named, so the agent is told instead of finding a dead tray.
    """
    notices: list[Notice] = []
    broken: list[str] = []
    try:
        notice = _recovery_notice(path, stamp)
        if notice:
            notices.append(notice)
    except Exception:
        LOG.exception("journal check failed")
        broken.append("Journal check")
    try:
        journal = Journal.open(path)
    except StoreError:
        LOG.exception("cannot open the journal")
        broken.append(IN_MEMORY_PART)
        journal = Journal.in_memory()
    return JournalOpening(journal, tuple(notices), tuple(broken))
