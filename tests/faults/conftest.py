"""Helpers for running the real ``wellbeing`` CLI in child processes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

WELLBEING = [sys.executable, "-m", "wellbeing_app"]


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a child CLI: no display, no real policy file, UTF-8 unless told."""
    dropped = ("DISPLAY", "WAYLAND_DISPLAY", "WELLBEING_DATA_DIR", "WELLBEING_POLICY_FILE")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(extra or {})
    return env


def run_cli(args: Sequence[str], data_dir: Path, *, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """``wellbeing --data-dir DATA ARGS…`` in a child process (bytes in, bytes out)."""
    return subprocess.run([*WELLBEING, "--data-dir", str(data_dir), *args], env=env or cli_env(),
                          capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL,
                          check=False)
