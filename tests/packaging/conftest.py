"""Packaging fixtures: the frozen one-folder bundle, built once per run and reused when fresh."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.bundle import PACKAGING, ROOT, exe

import bundle_rules


@pytest.fixture(scope="session")
def bundle() -> Path:
    """Build (or reuse) dist/BetweenCalls with packaging/build.py, from this environment."""
    result = subprocess.run([sys.executable, str(PACKAGING / "build.py")], cwd=ROOT,
                            capture_output=True, text=True, timeout=900, check=False)
    assert result.returncode == 0, f"build failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
    path = Path(result.stdout.strip().splitlines()[-1])
    assert (path / exe(bundle_rules.CLI_EXECUTABLE)).is_file()
    return path


@pytest.fixture
def frozen_env() -> Iterator[dict[str, str]]:
    """Environment for a frozen run: offscreen Qt, no data dir leaking in from the caller."""
    env = {k: v for k, v in os.environ.items() if k not in {"WELLBEING_DATA_DIR", "PYTHONPATH"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    yield env
