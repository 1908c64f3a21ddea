"""Keyboard only, no pointer events: log, undo, answer a check-in, run and stop a breathing."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support.e2e_app import WELLBEING, Display, RunningApp
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
        assert conn.execute("SELECT value FROM remembered_choices WHERE key = 'welcome.done'"
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


def rows_of(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "between-calls.db") as conn:
        return conn.execute(sql).fetchall()


def test_log_then_undo_from_the_card_and_from_the_command(
    display: Display, start_app: Callable[..., RunningApp]
) -> None:
    app = start_app()
    for round_ in range(2):
        assert app.cli("log-dialog").returncode == 0
        wait_for(lambda: visible(display, "Log a tough call"), what="the log dialog")
        display.xdotool("key", "6")
        display.xdotool("key", "Return")
        wait_for(lambda: len(call_rows(app.data_dir)) == 1, what="the logged call")
        wait_for(lambda: visible(display, "Logged"), what="the acknowledgment card")
        if round_ == 0:
            # The card took no focus by itself; 'wellbeing notice' gives it focus, Alt+U undoes.
            assert app.cli("notice").returncode == 0
            time.sleep(0.5)
            display.xdotool("key", "alt+u")
        else:
            assert app.cli("undo").returncode == 0
        wait_for(lambda: call_rows(app.data_dir) == [], what="the call to be undone")
    nothing = app.cli("undo")  # nothing left to undo: the app says so, no error
    assert nothing.returncode == 0


def _pulse_shift(now: datetime) -> tuple[str, datetime]:
    """A 2-hour shift whose mid-shift pulse falls on the next half minute at least 20 s away."""
    target = (now + timedelta(seconds=20)).replace(microsecond=0)
    target += timedelta(seconds=(30 - target.second % 30) % 30)
    length = timedelta(minutes=120 if target.second == 0 else 121)
    start = target - length / 2
    end = start + length
    return f"mon-sun {start:%H:%M}-{end:%H:%M}", target


def test_answer_a_check_in_with_the_keyboard(
    display: Display, start_app: Callable[..., RunningApp], tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    env = {**display.env, "TZ": "UTC"}
    shifts, due = _pulse_shift(datetime.now(UTC))
    for key, value in (("shifts", shifts), ("detect_microphone", "false")):
        subprocess.run([*WELLBEING, "--data-dir", str(data_dir), "settings", "set", key, value],
                       env=env, check=True, capture_output=True)
    app = start_app({"TZ": "UTC"})
    wait_for(lambda: visible(display, "Halfway through"), timeout=90, what=f"the pulse at {due}")
    assert app.cli("notice").returncode == 0  # the card forward, with focus
    time.sleep(0.5)
    display.xdotool("key", "3")  # a digit answers
    wait_for(lambda: bool(rows_of(data_dir, "SELECT kind, score FROM check_ins")),
             what="the stored answer")
    assert rows_of(data_dir, "SELECT kind, score FROM check_ins") == [("pulse", 3)]


def test_run_and_stop_a_breathing_session_with_the_keyboard(
    display: Display, start_app: Callable[..., RunningApp]
) -> None:
    app = start_app()
    assert app.cli("breathe", "long_exhale").returncode == 0
    wait_for(lambda: visible(display, "Breathe"), what="the breathing window")
    time.sleep(0.5)
    display.xdotool("key", "Return")   # Start (the default button)
    time.sleep(0.5)
    display.xdotool("key", "5")        # before: 5
    time.sleep(1.5)
    display.xdotool("key", "Escape")   # stop
    wait_for(lambda: bool(rows_of(app.data_dir, "SELECT completed FROM exercise_sessions")),
             what="the stored session")
    time.sleep(0.5)
    display.xdotool("key", "3")        # after: 3
    wait_for(lambda: rows_of(app.data_dir, "SELECT completed, stress_before, stress_after "
                                           "FROM exercise_sessions") == [(0, 5, 3)],
             what="the session stopped and rated before and after")
