"""End-to-end fixtures: a real X server (Xvfb), a real tray host (trayer), the real app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

_SCRIPT = Path(sys.executable).parent / "wellbeing"
# The installed console script, exactly what a user or a hotkey runs.
WELLBEING = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "wellbeing_app"]


def _require(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")


def wait_for(predicate: Callable[[], bool], timeout: float = 15.0, what: str = "") -> None:
    """Poll a condition of the outside world (X windows, files) until it holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what or predicate}")


@dataclass
class Display:
    name: str
    env: dict[str, str]

    def windows(self) -> str:
        return subprocess.run(["xwininfo", "-root", "-tree"], env=self.env, capture_output=True,
                              text=True, check=False).stdout

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              check=False).stdout


@pytest.fixture
def display() -> Iterator[Display]:
    """A private Xvfb server; its number is chosen by Xvfb itself (-displayfd)."""
    for tool in ("Xvfb", "xwininfo", "xdotool"):
        _require(tool)
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    # WORKAROUND: Xvfb reports its number before it accepts every client; a client started at
    # once (trayer) fails "cannot open display" about 1 run in 6. Wait until X answers.
    wait_for(lambda: subprocess.run(["xwininfo", "-root"], env=env, capture_output=True,
                                    check=False).returncode == 0, what="Xvfb to answer")
    yield Display(f":{number}", env)
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def tray_host(display: Display) -> Iterator[None]:
    """trayer provides a real freedesktop system tray on the Xvfb screen."""
    _require("trayer")
    host = subprocess.Popen(["trayer", "--edge", "top", "--widthtype", "pixel", "--width", "200",
                             "--height", "24"], env=display.env, stderr=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL)
    try:
        # A timeout here must not leak trayer into a later test as a ResourceWarning.
        wait_for(lambda: '"panel"' in display.windows(), what="trayer panel")
        yield
    finally:
        host.terminate()
        host.wait(timeout=10)


@dataclass
class RunningApp:
    process: subprocess.Popen[str]
    data_dir: Path
    display: Display

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*WELLBEING, "--data-dir", str(self.data_dir), *args],
                              env=self.display.env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def start_app(display: Display, tmp_path: Path) -> Iterator[Callable[[], RunningApp]]:
    started: list[RunningApp] = []

    def start() -> RunningApp:
        data_dir = tmp_path / "data"
        process = subprocess.Popen([*WELLBEING, "--data-dir", str(data_dir)], env=display.env,
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
