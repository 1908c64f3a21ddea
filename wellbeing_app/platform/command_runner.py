"""Run a small helper program and capture its output, with a hard timeout."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence

TIMEOUT_SECONDS = 2.0


class CommandRunner:
    """``run(argv)`` returns stdout, or ``None`` when the tool is missing, fails or hangs."""

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        self._environ = environ

    def available(self, program: str) -> bool:
        """True when ``program`` is on PATH."""
        path = (self._environ or os.environ).get("PATH")
        return shutil.which(program, path=path) is not None

    def run(self, argv: Sequence[str]) -> str | None:
        """Run with the C locale so the output format is stable."""
        env = {**(self._environ if self._environ is not None else os.environ), "LC_ALL": "C"}
        try:
            done = subprocess.run(list(argv), capture_output=True, text=True, env=env,
                                  timeout=TIMEOUT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout if done.returncode == 0 else None
