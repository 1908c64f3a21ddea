"""Linux: hear PulseAudio/PipeWire recording streams come and go (``pactl subscribe``)."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

STOP_WAIT_MS = 2000


class PulseEventWatcher(QObject):
    """Runs ``pactl subscribe`` while a shift is on, so calls are seen without polling.

    Signals:
        streams_changed(): a recording stream appeared or went away; look again now.
        available_changed(bool): the event stream started (True) or died (False).
    """

    streams_changed = Signal()
    available_changed = Signal(bool)

    def __init__(self, program: str = "pactl", arguments: tuple[str, ...] = ("subscribe",),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._program = program
        self._arguments = list(arguments)
        self._process: QProcess | None = None
        self._buffer = b""

    @staticmethod
    def supported(program: str = "pactl") -> bool:
        """True when the tool exists on this machine."""
        return shutil.which(program) is not None

    def is_running(self) -> bool:
        """True while the event stream is open."""
        return self._process is not None

    def start(self) -> None:
        """Open the event stream (idempotent)."""
        if self._process is not None:
            return
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("LC_ALL", "C")
        process.setProcessEnvironment(environment)
        process.readyReadStandardOutput.connect(self._on_process_ready_read)
        process.finished.connect(self._on_process_finished)
        process.errorOccurred.connect(self._on_process_error_occurred)
        self._process = process
        process.start(self._program, self._arguments)
        if process.waitForStarted(STOP_WAIT_MS):
            self.available_changed.emit(True)

    def stop(self) -> None:
        """Close the event stream."""
        process, self._process = self._process, None
        if process is None:
            return
        process.finished.disconnect(self._on_process_finished)
        process.errorOccurred.disconnect(self._on_process_error_occurred)
        process.kill()
        process.waitForFinished(STOP_WAIT_MS)
        process.deleteLater()

    def _on_process_ready_read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        if any(b"source-output" in line for line in lines):
            self.streams_changed.emit()

    def _on_process_finished(self, *_args: object) -> None:
        self._lost()

    def _on_process_error_occurred(self, *_args: object) -> None:
        self._lost()

    def _lost(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
            self.available_changed.emit(False)
