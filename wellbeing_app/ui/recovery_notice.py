"""What the agent is told, in their language, when the journal had to be repaired at start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellbeing_app.store.backups import Recovery


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryNotice", text)


def recovery_notice(recovery: Recovery) -> str:
    """Names every file involved, and where the entries made since the backup are."""
    what = {"damaged": _tr("Your journal file was damaged."),
            "empty": _tr("Your journal file was empty (0 bytes)."),
            "missing": _tr("Your journal file was missing.")}[recovery.reason]
    parts = [what]
    copy = recovery.damaged_copy.name if recovery.damaged_copy is not None else ""
    if copy:
        parts.append(_tr("It was kept as {copy}.").format(copy=copy))
    if recovery.restored_from is None:
        parts.append(_tr("No good backup existed, so a new journal was started."))
    else:
        parts.append(_tr("The backup {backup} was restored.").format(
            backup=recovery.restored_from.name))
        parts.append(_tr("Entries made since that backup are not in it: they are in {copy}.")
                     .format(copy=copy) if recovery.reason == "damaged" and copy
                     else _tr("Entries made since that backup could not be found."))
    if recovery.orphan_wal is not None:
        parts.append(_tr("A leftover write-ahead log was kept, not applied, as {name}.").format(
            name=recovery.orphan_wal.name))
    return " ".join(parts)
