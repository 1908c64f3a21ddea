from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from wellbeing_app.ui.single_instance import SingleInstanceGuard, send_to_running
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.tray.fallback_panel import FallbackPanel
from wellbeing_app.ui.tray.icons import app_icon
from wellbeing_app.ui.tray.tray_controller import TrayController


def menu_texts(actions: AppActions) -> list[str]:
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    actions.fill_menu(menu)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_menu_holds_exactly_the_working_actions() -> None:
    actions = AppActions()
    assert menu_texts(actions) == ["&Log a tough call…", "Log a tough call — rat&ing only",
                                   "Last &notice…",
                                   "&Breathe…", "Relax &muscles…", "&Trends…",
                                   "S&hare with my team…", "T&eam view…", "On a &call",
                                   "&Pause reminders", "&Resume reminders", "&Settings…",
                                   "Open &data folder", "&About Between Calls", "&Quit"]
    assert not actions.resume.isVisible() and actions.pause_menu.menuAction().isVisible()


def test_rating_submenu_logs_in_one_pick(qtbot: QtBot) -> None:
    actions = AppActions()
    entries = actions.quick_log_menu.actions()
    assert [a.text().split(" ")[0] for a in entries] == ["10"] + [f"&{v}" for v in range(9, -1, -1)]
    assert "worst distress imaginable" in entries[0].text()
    assert "completely calm" in entries[-1].text()
    with qtbot.waitSignal(actions.quick_log_requested) as blocker:
        entries[3].trigger()
    assert blocker.args == [7]


def test_icon_renders_at_tray_sizes() -> None:
    icon = app_icon()
    for size in (16, 22, 24, 32):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        centre = image.pixelColor(size // 2, size // 4)
        assert centre.alpha() > 0


def test_tray_tooltip(qtbot: QtBot) -> None:
    tray = TrayController(app_icon(), AppActions())
    tray.set_tooltip("3 tough calls today · avg 6")
    assert tray.tooltip() == "3 tough calls today · avg 6"


def test_fallback_panel_offers_the_same_actions(qtbot: QtBot) -> None:
    actions = AppActions()
    panel = FallbackPanel(app_icon(), actions)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.reason.text().startswith("No system tray was found")
    from PySide6.QtWidgets import QToolButton

    buttons = panel.findChildren(QToolButton)
    texts = [b.defaultAction().text() for b in buttons]
    assert texts[0] == "&Log a tough call…" and "&Quit" in texts
    with qtbot.waitSignal(actions.log_dialog_requested):
        buttons[0].click()


def test_fallback_panel_has_every_tray_action_and_swaps_pause_for_resume(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMenu, QToolButton

    actions = AppActions()
    panel = FallbackPanel(app_icon(), actions)
    qtbot.addWidget(panel)
    panel.show()
    menu = QMenu()
    actions.fill_menu(menu)
    in_menu = [a.text() for a in menu.actions() if not a.isSeparator()]
    buttons = {b.defaultAction().text(): b for b in panel.findChildren(QToolButton)}
    assert list(buttons) == in_menu
    assert {"&Trends…", "&Settings…", "&Pause reminders", "On a &call"} <= set(buttons)
    assert buttons["&Pause reminders"].isVisible()
    assert not buttons["&Resume reminders"].isVisible()
    actions.set_paused(True)
    assert buttons["&Resume reminders"].isVisible()
    assert not buttons["&Pause reminders"].isVisible()
    with qtbot.waitSignal(actions.settings_requested):
        buttons["&Settings…"].click()


def test_ctrl_l_opens_the_log_dialog_from_the_panel_and_is_no_tray_hint(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    actions = AppActions()
    assert actions.log_dialog.shortcut().isEmpty()  # the tray menu shows no fake hotkey
    panel = FallbackPanel(app_icon(), actions)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    with qtbot.waitSignal(actions.log_dialog_requested):
        QTest.keyClick(panel.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_single_instance_lock_and_messages(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstanceGuard(tmp_path)
    second = SingleInstanceGuard(tmp_path)
    try:
        assert first.acquire()
        assert not second.acquire()
        first.set_status_provider(lambda: "2 tough calls today · avg 5")
        with qtbot.waitSignal(first.message_received) as blocker:
            assert send_to_running(tmp_path, "log-dialog")
        assert blocker.args == ["log-dialog"]
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_status_query_answers(qtbot: QtBot, tmp_path: Path) -> None:
    import subprocess
    import sys

    guard = SingleInstanceGuard(tmp_path)
    assert guard.acquire()
    guard.set_status_provider(lambda: "1 tough call today · avg 9")
    script = ("import sys; from pathlib import Path; "
              "from wellbeing_app.ui.single_instance import query_running; "
              f"print(query_running(Path({str(tmp_path)!r})))")
    client = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=10000)
    finally:
        guard.release()
    output, _ = client.communicate()
    assert output.strip() == "1 tough call today · avg 9"


def test_nobody_running_means_no_delivery(tmp_path: Path) -> None:
    assert not send_to_running(tmp_path, "log-dialog", timeout_ms=200)
