"""End-to-end fixtures: a real X server (Xvfb), a real tray host (trayer), the real app."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.x11 import start_trayer, start_xvfb, stop, wait_for, window_tree

pytestmark = pytest.mark.e2e

_SCRIPT = Path(sys.executable).parent / "wellbeing"
# The installed console script, exactly what a user or a hotkey runs.
WELLBEING = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "wellbeing_app"]


def _require(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")


@dataclass
class Display:
    name: str
    env: dict[str, str]

    def windows(self) -> str:
        return window_tree(self.env)

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              check=False).stdout


@pytest.fixture
def display() -> Iterator[Display]:
    """A private Xvfb server; its number is chosen by Xvfb itself (-displayfd)."""
    for tool in ("Xvfb", "xwininfo", "xdotool"):
        _require(tool)
    server, env = start_xvfb()
    yield Display(env["DISPLAY"], env)
    stop(server)


@pytest.fixture
def tray_host(display: Display) -> Iterator[None]:
    """trayer provides a real freedesktop system tray on the Xvfb screen."""
    _require("trayer")
    host = start_trayer(display.env)
    yield
    stop(host)


@dataclass
class RunningApp:
    process: subprocess.Popen[str]
    data_dir: Path
    display: Display

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*WELLBEING, "--data-dir", str(self.data_dir), *args],
                              env=self.display.env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def start_app(display: Display, tmp_path: Path) -> Iterator[Callable[..., RunningApp]]:
    started: list[RunningApp] = []

    def start(extra_env: dict[str, str] | None = None) -> RunningApp:
        data_dir = tmp_path / "data"
        process = subprocess.Popen([*WELLBEING, "--data-dir", str(data_dir)],
                                   env={**display.env, **(extra_env or {})},
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        app = RunningApp(process, data_dir, display)
        started.append(app)
        wait_for(lambda: app.cli("status").returncode == 0, timeout=30, what="the app to answer")
        return app

    yield start
    for app in started:
        if app.process.poll() is None:
            app.process.terminate()
            try:
                app.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.process.kill()
        app.process.communicate()
