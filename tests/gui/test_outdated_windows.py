"""Windows built before a live language switch are dropped once hidden, never while shown."""

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from wellbeing_app.ui.i18n.outdated_windows import OutdatedWindows


def test_a_window_on_screen_is_gone_only_once_hidden(qtbot: QtBot) -> None:
    shown, hidden, later = QWidget(), QWidget(), QWidget()
    for widget in (shown, hidden, later):
        qtbot.addWidget(widget)
    shown.show()
    outdated = OutdatedWindows()
    assert not outdated.gone(hidden)  # nothing switched yet
    outdated.mark(shown, hidden, None)
    assert outdated.gone(hidden) and not outdated.gone(hidden)  # once
    assert not outdated.gone(shown) and not outdated.gone(later) and not outdated.gone(None)
    shown.hide()
    assert outdated.gone(shown)


def test_current_hands_a_window_back_until_it_is_gone(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    outdated = OutdatedWindows()
    outdated.mark(window)
    assert outdated.current(window) is window and outdated.current(None) is None
    window.hide()
    assert outdated.current(window) is None
