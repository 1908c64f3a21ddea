"""Guard against the PySide6 6.12.0 bug that aborts the app: emit() losing references to True."""

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class Emitter(QObject):
    fired = Signal(int)


def test_emit_keeps_the_reference_count_of_true(qtbot: QtBot) -> None:
    emitter = Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for value in range(200):
        emitter.fired.emit(value)
    assert len(received) == 200
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
