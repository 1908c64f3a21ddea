"""Start Xvfb and trayer for benchmarks, and find a tray icon by its WM_CLASS."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager


def _wait_until_x_answers(env: dict[str, str], timeout: float = 10.0) -> None:
    """WORKAROUND: Xvfb reports its number before it accepts every client (see tests/e2e)."""
    deadline = time.monotonic() + timeout
    while subprocess.run(["xwininfo", "-root"], env=env, capture_output=True,
                         check=False).returncode != 0:
        if time.monotonic() > deadline:
            raise RuntimeError("Xvfb did not answer")
        time.sleep(0.05)


@contextmanager
def x_with_tray() -> Iterator[dict[str, str]]:
    """Yield an environment whose DISPLAY has a real system tray."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                               "1280x800x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    _wait_until_x_answers(env)
    host = subprocess.Popen(["trayer", "--edge", "top", "--widthtype", "pixel", "--width", "200",
                             "--height", "24"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        yield env
    finally:
        host.terminate()
        server.terminate()
        host.wait()
        server.wait()


def icon_embedded(env: dict[str, str], wm_class: str) -> bool:
    """True once a window of ``wm_class`` sits inside trayer's panel."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                          text=True, check=False).stdout
    inside_panel = False
    for line in tree.splitlines():
        if '"panel": ("panel" "trayer")' in line:
            inside_panel = True
            continue
        if inside_panel and f'("{wm_class}"' in line:
            return True
    return False
