"""The Windows stage's helpers: run the real ``wellbeing`` CLI as a Windows process.

Imported by the Linux suite too (where every test module here skips itself with its reason), so
nothing at the top of this file may need Windows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest

Output = Literal["file", "pipe"]
Encoding = Literal["ansi", "utf-8", "cp1252"]
#: How each encoding case is made: the code page Windows gives redirected output, UTF-8 mode,
#: or an explicit PYTHONIOENCODING (what IT scripts sometimes set).
ENCODING_ENV: dict[Encoding, dict[str, str]] = {
    "ansi": {"PYTHONUTF8": "0"},
    "utf-8": {"PYTHONUTF8": "1"},
    "cp1252": {"PYTHONUTF8": "0", "PYTHONIOENCODING": "cp1252"},
}
QT_REASON = ("Qt (PySide6) does not load under Wine 8 (icuuc.dll); the Windows release job's "
             "frozen self-test runs it")


@dataclass(frozen=True)
class Run:
    """A finished CLI process: exit code and the raw bytes it wrote."""

    code: int
    out: bytes
    err: bytes


def _env(data_dir: Path, encoding: Encoding, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "WELLBEING_POLICY_FILE")}
    return {**env, "WELLBEING_DATA_DIR": str(data_dir), **ENCODING_ENV[encoding], **extra}


def run_wellbeing(argv: list[str], data_dir: Path, *, output: Output = "pipe",
                  encoding: Encoding = "ansi", extra_env: dict[str, str] | None = None,
                  scratch: Path | None = None) -> Run:
    """``python -m wellbeing_app ARGV`` with stdout/stderr redirected to files or pipes."""
    return run_python(["-m", "wellbeing_app", *argv], data_dir, output=output,
                      encoding=encoding, extra_env=extra_env, scratch=scratch)


def run_python(args: list[str], data_dir: Path, *, output: Output = "pipe",
               encoding: Encoding = "ansi", extra_env: dict[str, str] | None = None,
               scratch: Path | None = None) -> Run:
    """This Windows Python with ARGS, its stdout/stderr redirected to files or pipes."""
    command = [sys.executable, *args]
    env = _env(data_dir, encoding, extra_env or {})
    if output == "pipe":
        done = subprocess.run(command, env=env, capture_output=True, stdin=subprocess.DEVNULL,
                              timeout=120, check=False)
        return Run(done.returncode, done.stdout, done.stderr)
    folder = scratch or data_dir.parent
    out_path, err_path = folder / "stdout.txt", folder / "stderr.txt"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        code = subprocess.run(command, env=env, stdout=out, stderr=err,
                              stdin=subprocess.DEVNULL, timeout=120, check=False).returncode
    return Run(code, out_path.read_bytes(), err_path.read_bytes())


@pytest.fixture(scope="session")
def demo_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal with 30 days of synthetic calls and exercise sessions, in a non-ASCII path."""
    folder = tmp_path_factory.mktemp("data") / "Agent Zoë 50% #1"
    result = run_wellbeing(["demo-data", "--days", "30", "--seed", "7"], folder)
    assert result.code == 0, result.err.decode("utf-8", "replace")
    return folder


@pytest.fixture(scope="session")
def crypto_problem() -> str | None:
    """Why cryptography cannot load here (its Rust module needs bcryptprimitives.dll), or None."""
    probe = ("from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey;"
             "Ed25519PrivateKey.generate()")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60, check=False)
    if done.returncode == 0:
        return None
    lines = (done.stderr.strip() or f"exit {done.returncode}").splitlines()
    return lines[-1]
