"""One way to get a real X screen with a system tray, shared by e2e tests, benchmarks, docs.

Xvfb picks its own display number (``-displayfd``), so runs never collide on a shared machine;
trayer is the freedesktop tray host.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

TRAY_PANEL = '("panel" "trayer")'
X_TOOLS = ("Xvfb", "trayer", "xwininfo")


def missing_tools(tools: tuple[str, ...] = X_TOOLS) -> list[str]:
    """The X tools not installed here (``.ci/run`` installs them)."""
    return [tool for tool in tools if shutil.which(tool) is None]


def wait_for(predicate: Callable[[], bool], timeout: float = 15.0, what: str = "") -> None:
    """Poll a condition of the outside world (X windows, files) until it holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what or predicate}")


def window_tree(env: dict[str, str]) -> str:
    """``xwininfo -root -tree`` of the display in ``env``."""
    return subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                          text=True, check=False).stdout


def icon_in_tray(tree: str, marker: str) -> bool:
    """True when a window line containing ``marker`` sits inside trayer's panel subtree.

    ``marker`` is a window name (``' "Between Calls": ('``) or a WM_CLASS (``'("wellbeing"'``).
    """
    panel_indent: int | None = None
    for line in tree.splitlines():
        indent = len(line) - len(line.lstrip())
        if TRAY_PANEL in line:
            panel_indent = indent
        elif panel_indent is not None and line.strip() and indent <= panel_indent:
            panel_indent = None
        elif panel_indent is not None and marker in line:
            return True
    return False


def start_xvfb() -> tuple[subprocess.Popen[bytes], dict[str, str]]:
    """An Xvfb on a free display, and an environment pointing Qt (xcb) at it."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                               "1280x800x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    env = {k: v for k, v in os.environ.items()
           if k not in {"QT_QPA_PLATFORM", "WELLBEING_DATA_DIR"}}
    env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    # WORKAROUND: Xvfb reports its number before it accepts every client; a client started at
    # once (trayer) fails "cannot open display" about 1 run in 6. Wait until X answers.
    wait_for(lambda: subprocess.run(["xwininfo", "-root"], env=env, capture_output=True,
                                    check=False).returncode == 0, timeout=10, what="Xvfb")
    return server, env


def start_trayer(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """trayer at the top edge; returns once its panel window exists."""
    host = subprocess.Popen(["trayer", "--edge", "top", "--widthtype", "pixel", "--width", "200",
                             "--height", "24"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: TRAY_PANEL in window_tree(env), what="the trayer panel")
    except AssertionError:
        stop(host)
        raise
    return host


def stop(process: subprocess.Popen[bytes] | None) -> None:
    """Terminate and reap a helper process."""
    if process is not None and process.poll() is None:
        process.terminate()
    if process is not None:
        process.wait(timeout=10)


@contextmanager
def x_with_tray() -> Iterator[dict[str, str]]:
    """An environment whose DISPLAY has a real system tray, torn down afterwards."""
    server, env = start_xvfb()
    host = None
    try:
        host = start_trayer(env)
        yield env
    finally:
        stop(host)
        stop(server)
