"""What the agent is told, in their language, when the journal had to be repaired at start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellbeing_app.store.backups import Recovery


def _what(reason: str) -> str:
    if reason == "empty":
        return QCoreApplication.translate("RecoveryNotice",
                                          "Your journal file was empty (0 bytes).")
    if reason == "missing":
        return QCoreApplication.translate("RecoveryNotice", "Your journal file was missing.")
    return QCoreApplication.translate("RecoveryNotice", "Your journal file was damaged.")


def _restored(recovery: Recovery, copy: str) -> list[str]:
    if recovery.restored_from is None:
        return [QCoreApplication.translate(
            "RecoveryNotice", "No good backup existed, so a new journal was started.")]
    parts = [QCoreApplication.translate("RecoveryNotice", "The backup {backup} was restored."
                                        ).format(backup=recovery.restored_from.name)]
    if recovery.reason == "damaged" and copy:
        parts.append(QCoreApplication.translate(
            "RecoveryNotice", "Entries made since that backup are not in it: they are in {copy}."
        ).format(copy=copy))
    else:
        parts.append(QCoreApplication.translate(
            "RecoveryNotice", "Entries made since that backup could not be found."))
    return parts


def recovery_notice(recovery: Recovery) -> str:
    """Names every file involved, and where the entries made since the backup are."""
    copy = recovery.damaged_copy.name if recovery.damaged_copy is not None else ""
    parts = [_what(recovery.reason)]
    if copy:
        parts.append(QCoreApplication.translate("RecoveryNotice", "It was kept as {copy}."
                                                ).format(copy=copy))
    parts += _restored(recovery, copy)
    if recovery.orphan_wal is not None:
        parts.append(QCoreApplication.translate(
            "RecoveryNotice", "A leftover write-ahead log was kept, not applied, as {name}."
        ).format(name=recovery.orphan_wal.name))
    return " ".join(parts)
