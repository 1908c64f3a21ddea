"""Notice writes by other processes (the CLI) without polling."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DEBOUNCE_MS = 150


class JournalWatcher(QObject):
    """Watches the journal file and its WAL; emits once per burst of writes.

    Signals:
        changed(): the journal was written, by us or by another process.
    """

    changed = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = [str(db_path), str(db_path) + "-wal"]
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self._watcher.fileChanged.connect(self._on_watcher_file_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_file_changed)
        self._watcher.addPath(str(db_path.parent))
        self._rewatch()

    def _rewatch(self) -> None:
        missing = [p for p in self._paths if p not in self._watcher.files() and Path(p).exists()]
        if missing:
            self._watcher.addPaths(missing)

    def _on_watcher_file_changed(self, _path: str) -> None:
        # SQLite may recreate the WAL; watch it again whenever it reappears.
        self._rewatch()
        self._debounce.start()

    def stop(self) -> None:
        """Stop watching (at quit)."""
        self._debounce.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
