"""The real app as a process on a private X screen: what the e2e tests drive."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.support.x11 import window_tree

_SCRIPT = Path(sys.executable).parent / "wellbeing"
# The installed console script, exactly what a user or a hotkey runs.
WELLBEING = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "wellbeing_app"]


@dataclass
class Display:
    """A private X screen and the environment that points programs at it."""

    name: str
    env: dict[str, str]

    def windows(self) -> str:
        return window_tree(self.env)

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              check=False).stdout


@dataclass
class RunningApp:
    """The real app process, its data folder and the screen it runs on."""

    process: subprocess.Popen[str]
    data_dir: Path
    display: Display

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*WELLBEING, "--data-dir", str(self.data_dir), *args],
                              env=self.display.env, capture_output=True, text=True, timeout=60)


def mark_returning_user(data_dir: Path) -> None:
    """A data folder whose first start is done, so the welcome window stays closed."""
    code = ("import sys; from pathlib import Path;"
            " from wellbeing_app.ui.welcome.welcome_feature import WELCOME_DONE_KEY;"
            " from wellbeing_app.store.journal import DB_FILENAME, Journal;"
            " folder = Path(sys.argv[1]); folder.mkdir(parents=True, exist_ok=True);"
            " journal = Journal.open(folder / DB_FILENAME);"
            " journal.remembered.set(WELCOME_DONE_KEY, True); journal.close()")
    subprocess.run([sys.executable, "-c", code, str(data_dir)], check=True, timeout=60)
