"""``pactl subscribe`` events drive call detection; polling becomes a 30 s safety net."""

import sys

from pytestqt.qtbot import QtBot

from wellbeing_app.ui.reminders.pulse_event_watcher import PulseEventWatcher

EVENTS = ("import sys, time\n"
          "print(\"Event 'change' on sink #0\", flush=True)\n"
          "print(\"Event 'new' on source-output #7\", flush=True)\n"
          "time.sleep(30)\n")


def fake_pactl(script: str) -> PulseEventWatcher:
    return PulseEventWatcher(sys.executable, ("-c", script))


def test_source_output_events_are_reported(qtbot: QtBot) -> None:
    events = fake_pactl(EVENTS)
    with qtbot.waitSignal(events.available_changed) as started, \
            qtbot.waitSignal(events.streams_changed, timeout=5000):
        events.start()
    assert started.args == [True] and events.is_running()
    events.stop()
    assert not events.is_running()


def test_a_dead_event_stream_is_reported(qtbot: QtBot) -> None:
    events = fake_pactl("raise SystemExit(1)")
    with qtbot.waitSignal(events.available_changed, timeout=5000,
                          check_params_cb=lambda up: up is False):
        events.start()
    assert not events.is_running()


def test_missing_program_is_reported(qtbot: QtBot) -> None:
    events = PulseEventWatcher("/nonexistent/pactl")
    with qtbot.waitSignal(events.available_changed, timeout=5000) as blocker:
        events.start()
    assert blocker.args == [False] and not events.is_running()
