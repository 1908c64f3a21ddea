"""The frozen app starts under a real X server with a real tray host and shows its tray icon."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.packaging.conftest import bundle_rules, cli_path, gui_path

pytestmark = pytest.mark.packaging

#: This suite's own display number, so it never meets another Xvfb on a shared machine.
DISPLAY = os.environ.get("WELLBEING_PACKAGING_DISPLAY", ":104")


def _wait_for(predicate: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Poll the outside world (X windows) until it holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _status(bundle: Path, env: dict[str, str],
            data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(cli_path(bundle)), "--data-dir", str(data_dir), "status"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def _windows(env: dict[str, str]) -> str:
    return subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                          text=True, check=False).stdout


def icon_in_tray(tree: str, window_name: str) -> bool:
    """True when a window named ``window_name`` sits inside trayer's ``panel`` window."""
    panel_indent: int | None = None
    for line in tree.splitlines():
        indent = len(line) - len(line.lstrip())
        if '("panel" "trayer")' in line:
            panel_indent = indent
        elif panel_indent is not None and line.strip() and indent <= panel_indent:
            panel_indent = None
        elif panel_indent is not None and f' "{window_name}": (' in line:
            return True
    return False


@pytest.fixture
def x_with_tray() -> Iterator[dict[str, str]]:
    """Xvfb on this suite's display with trayer as the system tray."""
    for tool in ("Xvfb", "trayer", "xwininfo"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    env = {k: v for k, v in os.environ.items()
           if k not in {"QT_QPA_PLATFORM", "WELLBEING_DATA_DIR"}}
    env.update(DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    host: subprocess.Popen[bytes] | None = None
    try:
        _wait_for(lambda: server.poll() is not None or bool(_windows(env)), "Xvfb", timeout=10)
        if server.poll() is not None:
            pytest.skip(f"Xvfb could not start on {DISPLAY} (display in use?)")
        host = subprocess.Popen(["trayer", "--edge", "top", "--widthtype", "pixel", "--width",
                                 "200", "--height", "24"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for(lambda: '("panel" "trayer")' in _windows(env), "the trayer panel")
        yield env
    finally:
        for process in (host, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


def test_frozen_app_shows_its_tray_icon_and_answers_the_cli(
        bundle: Path, x_with_tray: dict[str, str], tmp_path: Path) -> None:
    app = subprocess.Popen([str(gui_path(bundle)), "--data-dir", str(tmp_path)], env=x_with_tray,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(lambda: app.poll() is not None
                  or icon_in_tray(_windows(x_with_tray), bundle_rules.APP_NAME),
                  "the tray icon inside trayer")
        assert app.poll() is None, app.communicate()[1]
        # The frozen CLI reaches the frozen app over the single-instance channel (QtNetwork).
        _wait_for(lambda: _status(bundle, x_with_tray, tmp_path).returncode == 0,
                  "the running app to answer `wellbeing status`")
        logged = subprocess.run([str(cli_path(bundle)), "--data-dir", str(tmp_path), "log",
                                 "--stress", "6"], env=x_with_tray, capture_output=True,
                                text=True, timeout=60, check=False)
        assert logged.returncode == 0, logged.stderr
        _wait_for(lambda: "1 tough call" in _status(bundle, x_with_tray, tmp_path).stdout,
                  "the running app to count the call logged from the CLI")
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=10)
    assert "Traceback" not in err


def test_icon_in_tray_reads_the_window_tree() -> None:
    tree = '''
     0x200003 "panel": ("panel" "trayer")  200x24+1080+0  +1080+0
        1 child:
        0x200026 (has no name): ()  22x22+177+1  +1257+1
           0x400007 "Between Calls": ("BetweenCalls" "Between Calls")  22x22+0+0  +1257+1
     0x400009 "Between Calls": ()  1x1+0+0  +0+0
'''
    assert icon_in_tray(tree, "Between Calls")
    outside = '''
     0x200003 "panel": ("panel" "trayer")  200x24+1080+0  +1080+0
     0x400007 "Between Calls": ("BetweenCalls" "Between Calls")  22x22+0+0  +1257+1
'''
    assert not icon_in_tray(outside, "Between Calls")
