from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from wellbeing_app.ui.placement import MARGIN, TITLE_BAR, fit_to_screen, place_near

CARD = Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint


def card(qtbot: QtBot, text: str) -> QLabel:
    widget = QLabel(text, None, CARD)
    widget.resize(300, 120)
    qtbot.addWidget(widget)
    return widget


def test_a_second_card_does_not_cover_the_first(qtbot: QtBot) -> None:
    first, second = card(qtbot, "acknowledgment"), card(qtbot, "reminder")
    place_near(first, None)
    first.show()
    place_near(second, None)
    second.show()
    assert not first.frameGeometry().intersects(second.frameGeometry())
    assert second.y() < first.y()  # stacked upward from the bottom-right corner


def test_cards_near_a_top_tray_stack_downward(qtbot: QtBot) -> None:
    first, second = card(qtbot, "a"), card(qtbot, "b")
    anchor = QPoint(600, 10)
    place_near(first, anchor)
    first.show()
    place_near(second, anchor)
    assert second.y() > first.y()
    assert not first.frameGeometry().intersects(second.frameGeometry())


def test_a_window_with_a_title_bar_leaves_a_top_tray_icon_uncovered(qtbot: QtBot) -> None:
    """The log dialog's title bar covered the icon under a top panel (trayer, GNOME)."""
    dialog, note = QDialog(), card(qtbot, "a")
    qtbot.addWidget(dialog)
    anchor = QPoint(600, 12)
    place_near(dialog, anchor)
    place_near(note, anchor)
    assert dialog.y() >= anchor.y() + MARGIN + TITLE_BAR
    assert note.y() == anchor.y() + MARGIN  # a frameless card has no title bar


def test_hidden_cards_do_not_push(qtbot: QtBot) -> None:
    first, second = card(qtbot, "a"), card(qtbot, "b")
    place_near(first, None)
    place_near(second, None)
    assert first.pos() == second.pos()


def test_a_large_window_shrinks_to_fit_a_small_screen(qtbot: QtBot) -> None:
    widget = QLabel("trends")
    qtbot.addWidget(widget)
    area = widget.screen().availableGeometry()
    fit_to_screen(widget, area.width() + 500, area.height() + 500)
    assert widget.width() <= area.width() - 2 * MARGIN
    assert widget.height() + TITLE_BAR + 2 * MARGIN <= area.height()
    fit_to_screen(widget, 300, 200)  # fits: asked size kept
    assert (widget.width(), widget.height()) == (300, 200)
