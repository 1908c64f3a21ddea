"""Where the repository, the packaging scripts and the frozen bundle's executables are."""

from __future__ import annotations

import sys
from pathlib import Path

import bundle_rules

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def exe(stem: str) -> str:
    """An executable's file name on this platform."""
    return f"{stem}.exe" if sys.platform == "win32" else stem


def cli_path(bundle: Path) -> Path:
    """The console executable inside the bundle."""
    return bundle / exe(bundle_rules.CLI_EXECUTABLE)


def gui_path(bundle: Path) -> Path:
    """The windowed executable inside the bundle."""
    return bundle / exe(bundle_rules.GUI_EXECUTABLE)
