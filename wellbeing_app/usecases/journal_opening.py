"""Open the journal at start: repair or restore it and say so; never leave the app without one.

The store's one open routine (``store/journal_opening.py``) does the work: a 0-byte, missing
or damaged journal is replaced by the newest good backup, an orphan WAL is kept aside, a newer
schema is refused. This use case turns what happened into translatable sentences (the app
translates them; the CLI prints them as ``recovery_text``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.store.backups import Recovery
from wellbeing_app.store.journal import Journal, StoreError
from wellbeing_app.store.journal_opening import open_journal as open_journal_file

LOG = logging.getLogger("wellbeing_app")
IN_MEMORY_PART = _t("BetweenCallsApp",
                    "Your journal file (entries are kept in memory until restart)")


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


_WHAT = {
    "damaged": _t("BetweenCallsApp", "Your journal file was damaged."),
    "empty": _t("BetweenCallsApp", "Your journal file was empty (0 bytes)."),
    "missing": _t("BetweenCallsApp", "Your journal file was missing."),
}


def recovery_notices(recovery: Recovery) -> list[Notice]:
    """One sentence each, naming every file, and where entries since the backup are."""
    copy = recovery.damaged_copy.name if recovery.damaged_copy is not None else ""
    notices = [Notice(_WHAT[recovery.reason], {})]
    if copy:
        notices.append(Notice(_t("BetweenCallsApp", "It was kept as {copy}."), {"copy": copy}))
    if recovery.restored_from is None:
        notices.append(Notice(_t("BetweenCallsApp",
                                 "No good backup existed, so a new journal was started."), {}))
    else:
        notices.append(Notice(_t("BetweenCallsApp", "The backup {backup} was restored."),
                              {"backup": recovery.restored_from.name}))
        notices.append(
            Notice(_t("BetweenCallsApp", "Entries made since that backup are not in it: they "
                                         "are in {copy}."), {"copy": copy})
            if recovery.reason == "damaged" and copy else
            Notice(_t("BetweenCallsApp", "Entries made since that backup could not be found."),
                   {}))
    if recovery.orphan_wal is not None:
        notices.append(Notice(_t("BetweenCallsApp", "A leftover write-ahead log was kept, not "
                                                    "applied, as {name}."),
                              {"name": recovery.orphan_wal.name}))
    return notices


def recovery_text(recovery: Recovery) -> str:
    """The notices as one untranslated line (the CLI's warning; machine-side words stay English)."""
    return " ".join(notice.text.format(**notice.values) for notice in recovery_notices(recovery))


def open_journal(path: Path, stamp: str) -> JournalOpening:
    """Repair if needed (and say so), then open; an in-memory journal if the file cannot open.

    A journal written by a newer version is refused unchanged: the agent is told why, and logging
    still works in memory until restart.
    """
    try:
        opened = open_journal_file(path, stamp, verify=True)
    except (StoreError, OSError) as error:
        LOG.exception("cannot open the journal")
        refused = Notice(_t("BetweenCallsApp", "The journal cannot be opened: {reason}"),
                         {"reason": str(error)})
        return JournalOpening(Journal.in_memory(), (refused,), (IN_MEMORY_PART,))
    notices = recovery_notices(opened.recovery) if opened.recovery is not None else []
    return JournalOpening(opened.journal, tuple(notices), ())
