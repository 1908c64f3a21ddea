"""The real app opens the trends window on demo data when a second launch asks for it."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.e2e_app import WELLBEING, Display, RunningApp
from tests.support.x11 import wait_for

pytestmark = pytest.mark.e2e


def test_trends_handoff_opens_the_window_on_demo_data(
    display: Display, tray_host: None, start_app: Callable[[], RunningApp],
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"  # the directory start_app uses
    filled = subprocess.run([*WELLBEING, "--data-dir", str(data_dir), "demo-data", "--days", "60"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert filled.returncode == 0, filled.stderr
    app = start_app()
    handoff = app.cli("trends")
    assert handoff.returncode == 0 and "the trends window" in handoff.stdout
    wait_for(lambda: bool(display.xdotool("search", "--onlyvisible", "--name",
                                          "Trends — Between Calls").strip()),
             what="the trends window")
    stats = app.cli("stats", "--range", "30d")
    assert stats.returncode == 0 and "Tough calls:" in stats.stdout
    assert app.process.poll() is None
