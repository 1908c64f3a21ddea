"""Keyboard only, no pointer events: log, undo, answer a check-in, run and stop a breathing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.e2e_app import Display, RunningApp
from tests.support.x11 import wait_for

pytestmark = pytest.mark.e2e


def call_rows(data_dir: Path) -> list[tuple[int]]:
    with sqlite3.connect(data_dir / "between-calls.db") as conn:
        return conn.execute("SELECT stress FROM calls ORDER BY id").fetchall()


def visible(display: Display, title: str) -> bool:
    return bool(display.xdotool("search", "--onlyvisible", "--name", title).strip())


def test_gtk_theme_hotkey_seven_enter_saves_one_row(
    display: Display, start_app: Callable[..., RunningApp]
) -> None:
    """Under Qt's GTK platform theme Enter used to tick the focused box instead of saving."""
    app = start_app({"QT_QPA_PLATFORMTHEME": "gtk3"})
    assert app.cli("log-dialog").returncode == 0
    wait_for(lambda: visible(display, "Log a tough call"), what="the log dialog")
    display.xdotool("key", "7")
    display.xdotool("key", "Return")
    wait_for(lambda: app.data_dir.joinpath("between-calls.db").exists()
             and bool(call_rows(app.data_dir)), what="the new row")
    assert call_rows(app.data_dir) == [(7,)]
    wait_for(lambda: not visible(display, "Log a tough call"), what="the dialog to close")
    # Space still ticks the focused box (the first category) and Enter saves again.
    assert app.cli("log-dialog").returncode == 0
    wait_for(lambda: visible(display, "Log a tough call"), what="the log dialog again")
    for key in ("5", "space", "Return"):
        display.xdotool("key", key)
    wait_for(lambda: len(call_rows(app.data_dir)) == 2, what="the second row")
    with sqlite3.connect(app.data_dir / "between-calls.db") as conn:
        assert conn.execute("SELECT categories FROM calls WHERE id = 2").fetchone() == (
            '["hostile"]',)


def test_first_start_shows_the_welcome_window_once(
    display: Display, start_app: Callable[..., RunningApp]
) -> None:
    app = start_app(first_start=True)
    wait_for(lambda: visible(display, "Welcome to Between Calls"), what="the welcome window")
    display.xdotool("key", "Escape")  # skip, from the keyboard
    wait_for(lambda: not visible(display, "Welcome to Between Calls"), what="it to close")
    with sqlite3.connect(app.data_dir / "between-calls.db") as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'welcome.done'"
                            ).fetchone() == ("true",)
    app.process.terminate()
    app.process.wait(timeout=10)
    second = start_app(first_start=True)
    assert second.cli("log-dialog").returncode == 0  # the app is fully up and answering
    wait_for(lambda: visible(display, "Log a tough call"), what="the log dialog")
    assert not visible(display, "Welcome to Between Calls")
    # Still reachable on request.
    assert second.cli("welcome").returncode == 0
    wait_for(lambda: visible(display, "Welcome to Between Calls"), what="the welcome again")
