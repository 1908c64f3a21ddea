"""Run the audit driver under Xvfb and a private AT-SPI bus, and judge what the reader sees.

Also a script: ``python -m tests.e2e.a11y.audit_session`` prints every problem and the counts.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from tests.support.x11 import start_xvfb, stop

SYSTEM_PYTHON = "/usr/bin/python3"
HERE = Path(__file__).parent
ROOT = HERE.parents[2]
APP_NAMES = ("Between Calls", "wellbeing")
WINDOW_ROLES = {"frame", "dialog", "window"}
#: Cells of tables and lists carry data (numbers are fine there); they are not controls.
DATA_ROLES = {"table cell", "column header", "row header", "list item", "tree item"}
ONLY_DIGITS = re.compile(r"^[\d\W_]+$")
#: Controls are judged even when they refuse focus (a button nobody can reach is a finding too).
CONTROL_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box",
                 "spin button", "slider", "text", "entry", "password text", "menu item",
                 "page tab", "table", "tree table", "list", "progress bar"}


def missing_requirements() -> str:
    """Why the audit cannot run here ('' when it can)."""
    for tool in ("Xvfb", "xwininfo", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (.ci/run installs it)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0');"
                            " from gi.repository import Atspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "python3-gi with gir1.2-atspi-2.0 is not installed (.ci/run installs them)"
    return ""


@dataclass(frozen=True)
class Problem:
    """One finding: which scene, what kind, where in the tree."""

    scene: str
    kind: str
    role: str
    name: str
    path: str

    def __str__(self) -> str:
        return f"[{self.scene}] {self.kind}: {self.role} {self.name!r} at {self.path}"


def judge(scene: str, nodes: list[dict[str, Any]]) -> list[Problem]:
    """Unnamed or digits-only focusable controls, and top-level windows not exposed as windows."""
    problems = []
    for node in nodes:
        if not node["showing"] and node["depth"] != 1:
            continue
        role, name = node["role"], node["name"].strip()
        if node["depth"] == 1 and node["showing"] and role not in WINDOW_ROLES:
            problems.append(Problem(scene, "not a window", role, name, node["path"]))
        if not (node["focusable"] or role in CONTROL_ROLES) or role in DATA_ROLES:
            continue
        if not name:
            problems.append(Problem(scene, "unnamed", role, name, node["path"]))
        elif ONLY_DIGITS.match(name):
            problems.append(Problem(scene, "digits only", role, name, node["path"]))
    return problems


@contextmanager
def accessibility_bus(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """A private session bus (``dbus-run-session``) where Qt registers with AT-SPI."""
    holder = subprocess.Popen(
        ["dbus-run-session", "--", SYSTEM_PYTHON, "-c",
         "import os, sys; print(os.environ['DBUS_SESSION_BUS_ADDRESS'], flush=True); "
         "sys.stdin.read()"],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        address = holder.stdout.readline().strip()
        yield {**env, "DBUS_SESSION_BUS_ADDRESS": address,
               "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
               "QT_LOGGING_RULES": "qt.accessibility.atspi.warning=false"}
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(timeout=10)
        holder.stdout.close()


def read_tree(env: dict[str, str]) -> list[dict[str, Any]]:
    """The app's tree as the reader prints it (retried while the app is still registering)."""
    nodes: list[dict[str, Any]] = []
    for _ in range(20):
        done = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_reader.py"), *APP_NAMES],
                              env=env, capture_output=True, text=True, timeout=60, check=True)
        nodes = json.loads(done.stdout or "[]")
        if any(node["depth"] == 1 and node["showing"] for node in nodes):
            break
        time.sleep(0.25)
    return nodes


def _wait_ready(stdout: IO[str], scene: str) -> None:
    while True:
        line = stdout.readline()
        if not line:
            raise AssertionError(f"the audit driver ended before {scene!r}")
        if line.strip() == f"ready {scene}":
            return


def run_audit(scenes: list[str], data_dir: Path) -> tuple[list[Problem], dict[str, int]]:
    """Open each scene in the real app and judge its tree; returns problems and nodes read."""
    server, x_env = start_xvfb()
    counts: dict[str, int] = {}
    problems: list[Problem] = []
    try:
        with accessibility_bus(x_env) as env:
            driver = subprocess.Popen(
                [sys.executable, "-m", "tests.e2e.a11y.audit_driver", str(data_dir)], cwd=ROOT,
                env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert driver.stdin is not None and driver.stdout is not None
            try:
                _wait_ready(driver.stdout, "start")
                for scene in scenes:
                    driver.stdin.write(scene + "\n")
                    driver.stdin.flush()
                    _wait_ready(driver.stdout, scene)
                    nodes = read_tree(env)
                    counts[scene] = len(nodes)
                    problems += judge(scene, nodes)
            finally:
                driver.stdin.close()
                driver.wait(timeout=20)
                driver.stdout.close()
    finally:
        stop(server)
    return problems, counts


def prepare_data(data_dir: Path) -> None:
    """Some history, so charts, tables and the history list have content."""
    subprocess.run([sys.executable, "-m", "wellbeing_app", "--data-dir", str(data_dir),
                    "demo-data", "--days", "40", "--seed", "3"], cwd=ROOT, check=True,
                   capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


if __name__ == "__main__":
    from tests.e2e.a11y.audit_driver import SCENES

    with tempfile.TemporaryDirectory() as folder:
        prepare_data(Path(folder))
        found, read = run_audit(sys.argv[1:] or list(SCENES), Path(folder))
    for problem in found:
        print(problem)
    print(f"nodes read per scene: {read}")
    print(f"problems: {len(found)} "
          f"(unnamed {sum(p.kind == 'unnamed' for p in found)}, "
          f"digits only {sum(p.kind == 'digits only' for p in found)}, "
          f"not a window {sum(p.kind == 'not a window' for p in found)})")
