"""Packaging fixtures: the frozen one-folder bundle, built once per run and reused when fresh."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
# packaging/ is scripts, not a package (it would shadow the `packaging` distribution).
sys.path.insert(0, str(PACKAGING))

import bundle_rules  # noqa: E402


def _exe(stem: str) -> str:
    return f"{stem}.exe" if sys.platform == "win32" else stem


@pytest.fixture(scope="session")
def bundle() -> Path:
    """Build (or reuse) dist/BetweenCalls with packaging/build.py, from this environment."""
    result = subprocess.run([sys.executable, str(PACKAGING / "build.py")], cwd=ROOT,
                            capture_output=True, text=True, timeout=900, check=False)
    assert result.returncode == 0, f"build failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
    path = Path(result.stdout.strip().splitlines()[-1])
    assert (path / _exe(bundle_rules.CLI_EXECUTABLE)).is_file()
    return path


@pytest.fixture
def frozen_env() -> Iterator[dict[str, str]]:
    """Environment for a frozen run: offscreen Qt, no data dir leaking in from the caller."""
    env = {k: v for k, v in os.environ.items() if k not in {"WELLBEING_DATA_DIR", "PYTHONPATH"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    yield env


def cli_path(bundle: Path) -> Path:
    """The console executable inside the bundle."""
    return bundle / _exe(bundle_rules.CLI_EXECUTABLE)


def gui_path(bundle: Path) -> Path:
    """The windowed executable inside the bundle."""
    return bundle / _exe(bundle_rules.GUI_EXECUTABLE)
