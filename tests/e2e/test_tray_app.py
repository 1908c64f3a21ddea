"""The real `wellbeing` process under Xvfb with a real tray host, driven like a person would."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable

import pytest

from tests.support.e2e_app import Display, RunningApp
from tests.support.x11 import wait_for

pytestmark = pytest.mark.e2e


def tray_icon_window(display: Display) -> tuple[int, int] | None:
    """Centre of the app's icon embedded in trayer's panel, if it is there."""
    for line in display.windows().splitlines():
        if '"Between Calls": ("wellbeing"' in line:
            match = re.search(r"(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)", line)
            if match:
                width, height, x, y = map(int, match.groups())
                if width <= 64 and y < 40:
                    return x + width // 2, y + height // 2
    return None


def rows(app: RunningApp) -> list[tuple[int, str]]:
    with sqlite3.connect(app.data_dir / "between-calls.db") as conn:
        return conn.execute("SELECT stress, categories FROM calls ORDER BY id").fetchall()


def test_icon_in_tray_hotkey_dialog_keyboard_log_and_tooltip(
    display: Display, tray_host: None, start_app: Callable[[], RunningApp]
) -> None:
    app = start_app()
    wait_for(lambda: tray_icon_window(display) is not None, what="the tray icon")
    assert app.cli("status").stdout.strip().endswith("no tough calls logged today")

    # A second launch (what an OS hotkey runs) hands over to the running app.
    handoff = app.cli("log-dialog")
    assert handoff.returncode == 0 and "already running" in handoff.stdout
    wait_for(lambda: bool(display.xdotool("search", "--onlyvisible", "--name",
                                          "Log a tough call").strip()), what="the log dialog")
    # Keyboard only: rating 8, tick the first category, Enter saves.
    display.xdotool("key", "8")
    display.xdotool("key", "space")
    display.xdotool("key", "Return")
    wait_for(lambda: app.data_dir.joinpath("between-calls.db").exists() and bool(rows(app)),
             what="the row")
    assert rows(app) == [(8, '["hostile"]')]
    wait_for(lambda: app.cli("status").stdout.strip() == "1 tough call today · avg 8",
             what="tooltip after dialog")

    # Logging from the CLI while the app runs updates the tooltip too.
    logged = app.cli("log", "--stress", "4", "--category", "urgent")
    assert logged.returncode == 0 and logged.stdout.strip() == "2"
    wait_for(lambda: app.cli("status").stdout.strip() == "2 tough calls today · avg 6",
             what="tooltip after CLI log")


def test_left_click_on_tray_icon_opens_dialog(
    display: Display, tray_host: None, start_app: Callable[[], RunningApp]
) -> None:
    start_app()
    wait_for(lambda: tray_icon_window(display) is not None, what="the tray icon")
    position = tray_icon_window(display)
    assert position is not None
    display.xdotool("mousemove", str(position[0]), str(position[1]), "click", "1")
    wait_for(lambda: bool(display.xdotool("search", "--onlyvisible", "--name",
                                          "Log a tough call").strip()), what="the log dialog")


def test_second_plain_launch_does_not_start_a_second_app(
    display: Display, tray_host: None, start_app: Callable[[], RunningApp]
) -> None:
    app = start_app()
    second = app.cli()
    assert second.returncode == 0 and "already running" in second.stdout
    assert app.process.poll() is None


def test_without_a_tray_a_panel_appears(
    display: Display, start_app: Callable[[], RunningApp]
) -> None:
    app = start_app()
    wait_for(lambda: bool(display.xdotool("search", "--onlyvisible", "--name",
                                          "^Between Calls$").strip()), what="the fallback panel")
    assert tray_icon_window(display) is None
    assert app.cli("status").returncode == 0


def test_two_click_path_logs_a_rating_from_the_tray_menu(
    display: Display, tray_host: None, start_app: Callable[[], RunningApp]
) -> None:
    app = start_app()
    wait_for(lambda: tray_icon_window(display) is not None, what="the tray icon")
    position = tray_icon_window(display)
    assert position is not None
    display.xdotool("mousemove", str(position[0]), str(position[1]), "click", "3")
    time.sleep(1.0)  # menus are override-redirect windows that xdotool cannot wait for
    # Keyboard through the menu: second entry, into the submenu (10 first), down to 7.
    display.xdotool("key", "--delay", "150", "Down", "Down", "Right", "Down", "Down", "Down",
                    "Return")
    wait_for(lambda: app.data_dir.joinpath("between-calls.db").exists() and bool(rows(app)),
             what="the quick-logged row")
    assert rows(app) == [(7, "[]")]
