"""The Linux provider for real: a PulseAudio null sink, a ``parecord`` client, the detector."""

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.e2e_app import Display, RunningApp
from wellbeing_app.platform.call_detection.pulse_call_detector import PulseCallDetector
from wellbeing_app.platform.command_runner import CommandRunner

_SCRIPT = Path(sys.executable).parent / "wellbeing"
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "wellbeing_app"]

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pulseaudio", "pactl", "parecord")),
    reason="needs pulseaudio and pulseaudio-utils (Debian packages)",
)


def wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_parecord_makes_the_detector_say_on_a_call(pulse_env: dict[str, str],
                                                  tmp_path: Path) -> None:
    detector = PulseCallDetector(CommandRunner(pulse_env))
    assert detector.detect().on_call is False
    recorder = subprocess.Popen(["parecord", "--device=fake.monitor", str(tmp_path / "out.wav")],
                                env=pulse_env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: detector.detect().on_call)
        assert "parecord" in detector.detect().detail
    finally:
        recorder.terminate()
        recorder.wait(timeout=10)
    assert wait_for(lambda: not detector.detect().on_call)


def test_running_app_holds_reminders_while_parecord_records(pulse_env: dict[str, str],
                                                            display: Display,
                                                            start_app: Callable[[], RunningApp],
                                                            tmp_path: Path) -> None:
    """The whole chain: real app, real sound server, a recording client, the tray tooltip.

    With ``pactl subscribe`` running the poll is a 30 s safety net, so seeing the call within
    20 s means the event path works."""
    for key in ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH", "HOME"):
        display.env[key] = pulse_env[key]
    display.env.pop("PULSE_SERVER", None)
    app_dir = tmp_path / "data"
    for key, value in (("shifts", "mon-sun 00:00-24:00"), ("call_poll_seconds", "2")):
        done = subprocess.run([*CLI, "--data-dir", str(app_dir), "settings", "set", key, value],
                              env=display.env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    app = start_app()

    def status() -> str:
        return app.cli("status").stdout.strip()

    assert "on a call" not in status()
    recorder = subprocess.Popen(["parecord", "--device=fake.monitor", str(tmp_path / "call.wav")],
                                env=pulse_env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: status().endswith("on a call — reminders wait"), 20), status()
    finally:
        recorder.terminate()
        recorder.wait(timeout=10)
    assert wait_for(lambda: "on a call" not in status(), 20), status()
