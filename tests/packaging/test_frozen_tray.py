"""The frozen app starts under a real X server with a real tray host and shows its tray icon."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import x11
from tests.support.bundle import cli_path, gui_path
from tests.support.x11 import icon_in_tray, missing_tools, wait_for, window_tree

import bundle_rules

pytestmark = pytest.mark.packaging

def _status(bundle: Path, env: dict[str, str],
            data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(cli_path(bundle)), "--data-dir", str(data_dir), "status"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def x_with_tray() -> Iterator[dict[str, str]]:
    """Xvfb on a free display with trayer as the system tray."""
    if missing_tools():
        pytest.skip(f"{', '.join(missing_tools())} not installed (.ci/run installs them)")
    with x11.x_with_tray() as env:
        yield env


def test_frozen_app_shows_its_tray_icon_and_answers_the_cli(
        bundle: Path, x_with_tray: dict[str, str], tmp_path: Path) -> None:
    app = subprocess.Popen([str(gui_path(bundle)), "--data-dir", str(tmp_path)], env=x_with_tray,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: app.poll() is not None
                 or icon_in_tray(window_tree(x_with_tray), f' "{bundle_rules.APP_NAME}": ('),
                 timeout=30, what="the tray icon inside trayer")
        assert app.poll() is None, app.communicate()[1]
        # The frozen CLI reaches the frozen app over the single-instance channel (QtNetwork).
        wait_for(lambda: _status(bundle, x_with_tray, tmp_path).returncode == 0,
                 timeout=30, what="the running app to answer `wellbeing status`")
        logged = subprocess.run([str(cli_path(bundle)), "--data-dir", str(tmp_path), "log",
                                 "--stress", "6"], env=x_with_tray, capture_output=True,
                                text=True, timeout=60, check=False)
        assert logged.returncode == 0, logged.stderr
        wait_for(lambda: "1 tough call" in _status(bundle, x_with_tray, tmp_path).stdout,
                 timeout=30, what="the running app to count the call logged from the CLI")
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
    assert icon_in_tray(tree, ' "Between Calls": (')
    outside = '''
     0x200003 "panel": ("panel" "trayer")  200x24+1080+0  +1080+0
     0x400007 "Between Calls": ("BetweenCalls" "Between Calls")  22x22+0+0  +1257+1
'''
    assert not icon_in_tray(outside, ' "Between Calls": (')
