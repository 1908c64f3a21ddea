"""The tray app keeps no module's source text in memory, and PySide6's per-import check still
answers as before (run in a fresh interpreter: the test session has imported everything)."""

from __future__ import annotations

import os
import subprocess
import sys


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_app_modules_load_without_their_source_lines_kept() -> None:
    code = (
        "import linecache, sys\n"
        "from wellbeing_app.ui.pyside_import_hook import import_pyside_keeping_no_sources\n"
        "installed = import_pyside_keeping_no_sources()\n"
        "import wellbeing_app.app, wellbeing_app.launch, statistics\n"
        "kept = sorted(f for f in linecache.cache if 'wellbeing_app' in f or 'datetime' in f)\n"
        "marks = sys.modules['__feature__'].pyside_feature_dict\n"
        "print(installed, kept, marks['wellbeing_app.ui.tray.icons'], marks['statistics'])\n")
    # installed: this PySide6 still has the check (else the ~6 MiB come back unnoticed);
    # 0 / -1: a module naming PySide6 and one that does not are told apart as before.
    assert _run(code) == "True [] 0 -1"


def test_wrapping_twice_is_refused_and_a_line_cached_earlier_stays() -> None:
    code = (
        "import linecache\n"
        "import wellbeing_app.domain.clock as clock\n"
        "linecache.getlines(clock.__file__)\n"
        "from wellbeing_app.ui.pyside_import_hook import drop_checked_sources,"
        " import_pyside_keeping_no_sources\n"
        "first = import_pyside_keeping_no_sources()\n"
        "from wellbeing_app.domain.clock import SystemClock  # noqa: F401\n"
        "print(first, drop_checked_sources(), clock.__file__ in linecache.cache)\n")
    assert _run(code) == "True False True"
