"""One signal for "the journal changed": our own writes in-process, other processes' by file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from wellbeing_app.store.journal import Journal

DEBOUNCE_MS = 150


class JournalWatcher(QObject):
    """Relays the Journal's change notification and watches the file for other writers.

    The app's own commits arrive through ``Journal.subscribe`` (coalesced, after the event
    that wrote them); the file watcher only reports commits by another process (the CLI), so
    the app's own writes are never bounced back as a second refresh.

    Signals:
        changed(bool): the journal changed; ``True`` when another process wrote it.
    """

    changed = Signal(bool)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._pending_own = False
        self._unsubscribe = journal.subscribe(self._on_journal_committed)
        journal.changed_elsewhere()  # remember the current version
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        path = journal.path
        self._paths = [str(path), str(path) + "-wal"] if path is not None else []
        if path is not None:
            self._watcher.fileChanged.connect(self._on_watcher_file_changed)
            self._watcher.directoryChanged.connect(self._on_watcher_file_changed)
            self._watcher.addPath(str(path.parent))
            self._rewatch()

    def _on_journal_committed(self, _tables: frozenset[str]) -> None:
        if not self._pending_own:
            self._pending_own = True
            QTimer.singleShot(0, self._flush_own)

    def _flush_own(self) -> None:
        if self._pending_own:
            self._pending_own = False
            self.changed.emit(False)

    def _rewatch(self) -> None:
        missing = [p for p in self._paths if p not in self._watcher.files() and Path(p).exists()]
        if missing:
            self._watcher.addPaths(missing)

    def _on_watcher_file_changed(self, _path: str) -> None:
        # SQLite may recreate the WAL; watch it again whenever it reappears.
        self._rewatch()
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        if self._journal.changed_elsewhere():
            self.changed.emit(True)

    def stop(self) -> None:
        """Stop watching (at quit)."""
        self._unsubscribe()
        self._pending_own = False
        self._debounce.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
