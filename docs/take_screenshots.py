"""Take the README screenshots of the real app under Xvfb with a real tray host.

Run with `make screenshots` (``python -m docs.take_screenshots`` from the repository root); needs
Xvfb, trayer and xdotool (as the e2e tests do).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.support.e2e_app import mark_returning_user
from tests.support.x11 import icon_in_tray, window_tree, x_with_tray

ROOT = Path(__file__).resolve().parents[1]

WELLBEING = str(Path(sys.executable).parent / "wellbeing")


def grab(env: dict[str, str], target: Path, box: tuple[int, int, int, int]) -> None:
    """Save a region of the X screen with Qt (no ImageMagick needed)."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(['shot'])\n"
        "shot = app.primaryScreen().grabWindow(0)\n"
        f"shot.copy(*{box}).save({str(target)!r})\n"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    print(f"wrote {target.relative_to(ROOT)}")


def xdotool(env: dict[str, str], *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True)
    time.sleep(0.6)


def main() -> None:
    with x_with_tray() as env, tempfile.TemporaryDirectory() as data:
        mark_returning_user(Path(data))
        for stress, category in ((6, "hostile"), (4, "repeat_unresolved")):
            subprocess.run([WELLBEING, "--data-dir", data, "log", "--stress", str(stress),
                            "--category", category], check=True, env=env,
                           stdout=subprocess.DEVNULL)
        app = subprocess.Popen([WELLBEING, "--data-dir", data], env=env)
        try:
            while not icon_in_tray(window_tree(env), '("wellbeing"'):
                time.sleep(0.05)
            time.sleep(1.0)
            xdotool(env, "mousemove", "552", "12", "click", "3")
            xdotool(env, "mousemove", "640", "45")
            grab(env, ROOT / "docs" / "tray-menu.png", (420, 0, 640, 340))
            xdotool(env, "key", "Escape")
            xdotool(env, "key", "Escape")
            xdotool(env, "mousemove", "552", "12", "click", "1")
            xdotool(env, "key", "9")
            xdotool(env, "key", "Tab", "space")  # "Verbally abusive or threatening"
            xdotool(env, "key", *["Tab"] * 8, "space")  # "I ended the call because of abuse"
            xdotool(env, "key", "Tab")
            xdotool(env, "type", "--delay", "20", "Threatened to come to the office.")
            grab(env, ROOT / "docs" / "log-dialog.png", (220, 18, 600, 410))
            xdotool(env, "key", "Return")
            grab(env, ROOT / "docs" / "acknowledgment.png", (390, 18, 330, 180))
        finally:
            app.terminate()
            app.wait()


if __name__ == "__main__":
    os.environ.pop("QT_QPA_PLATFORM", None)
    main()
