"""On a real X server with a window manager, prompts and the after-call note leave the keyboard
alone, while an ordinary window (the control) does take it."""

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from tests.support.x11 import start_xvfb, stop

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("Xvfb", "openbox", "xprop")),
    reason="needs Xvfb, a window manager (openbox) and xprop (x11-utils)")

CHILD = r"""
import json, sys
from datetime import UTC, datetime, timedelta
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
from wellbeing_app.platform.resources import load_reminder_texts
from wellbeing_app.ui.calls.after_call_note import AfterCallNote
from wellbeing_app.ui.reminders.reminder_prompt import ReminderPrompt

app = QApplication(sys.argv)
softphone = QWidget()
field = QLineEdit(softphone)
QVBoxLayout(softphone).addWidget(field)
softphone.show()
softphone.activateWindow()
field.setFocus()
QTest.qWaitForWindowActive(softphone, 3000)
QTest.qWait(50)
result = {"before": app.focusWidget() is field}
prompt = ReminderPrompt(load_reminder_texts())
now = datetime.now(UTC)
prompt.present(PlannedReminder(ReminderKind.PULSE, now, now + timedelta(hours=1)), "", None)
QTest.qWaitForWindowExposed(prompt, 3000)
QTest.qWait(100)
result["after_prompt"] = app.focusWidget() is field
QTest.mouseClick(prompt.scale_buttons()[3], Qt.MouseButton.LeftButton)
QTest.qWait(50)
result["after_click"] = app.focusWidget() is field
note = AfterCallNote()
note.present(None)
QTest.qWaitForWindowExposed(note, 3000)
QTest.qWait(100)
result["after_note"] = app.focusWidget() is field
QTest.keyClicks(field, "ok")
result["typed"] = field.text()
note.hide()
control = QWidget()
control_field = QLineEdit(control)
QVBoxLayout(control).addWidget(control_field)
control.show()
QTest.qWait(300)
result["control_steals"] = app.focusWidget() is not field
print(json.dumps(result))
"""


@pytest.fixture
def x_display() -> Iterator[str]:
    server, env = start_xvfb()
    manager = None
    try:
        manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        if not wait_for_window_manager(env):
            pytest.skip("openbox did not start")
        yield env["DISPLAY"]
    finally:
        stop(manager)
        stop(server)


def wait_for_window_manager(env: dict[str, str]) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        probe = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                               capture_output=True, text=True, check=False)
        if "window id" in probe.stdout:
            return True
        time.sleep(0.1)
    return False


def test_prompt_and_note_keep_focus_on_the_softphone(x_display: str) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # The control window proves this harness sees a focus steal when there is one.
    assert result == {"before": True, "after_prompt": True, "after_click": True,
                      "after_note": True, "typed": "ok", "control_steals": True}
