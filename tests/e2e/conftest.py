"""End-to-end fixtures: a real X server (Xvfb), a real tray host (trayer), the real app."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.e2e_app import WELLBEING, Display, RunningApp, mark_returning_user
from tests.support.x11 import start_trayer, start_xvfb, stop, wait_for

pytestmark = pytest.mark.e2e

def _require(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")


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


@pytest.fixture
def start_app(display: Display, tmp_path: Path) -> Iterator[Callable[..., RunningApp]]:
    started: list[RunningApp] = []

    def start(extra_env: dict[str, str] | None = None, first_start: bool = False) -> RunningApp:
        data_dir = tmp_path / "data"
        if not first_start:
            mark_returning_user(data_dir)
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


@pytest.fixture
def pulse_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio server with a null sink ``fake`` (its monitor is a source)."""
    for tool in ("pulseaudio", "pactl", "parecord"):
        _require(tool)
    from wellbeing_app.platform.command_runner import CommandRunner

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path),
           "PULSE_RUNTIME_PATH": str(runtime / "pulse")}
    env.pop("PULSE_SERVER", None)
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
         "--load=module-native-protocol-unix", "--load=module-null-sink sink_name=fake"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    runner = CommandRunner(env)
    try:
        deadline = time.monotonic() + 10
        while runner.run(["pactl", "info"]) is None:
            if time.monotonic() > deadline:
                pytest.skip("the PulseAudio server did not start here")
            time.sleep(0.1)
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)
