"""The tray app keeps no module's source text in memory, and PySide6's per-import check still
answers as before (run in a fresh interpreter: the test session has imported everything)."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from wellbeing_app.ui.pyside_import_hook import CHECK, FEATURE_MODULE, drop_checked_sources


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


def test_another_pyside6_still_imports_whatever_its_check_looks_like(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The check is private: gone, the app starts untouched; with new arguments, they pass."""
    monkeypatch.delitem(sys.modules, FEATURE_MODULE, raising=False)
    assert drop_checked_sources() is False  # no such module: nothing wrapped, nothing broken
    seen: list[tuple[object, ...]] = []

    def check(module: ModuleType, *more: object, **named: object) -> bool:
        linecache.getlines(str(module.__file__))  # what inspect.getsource leaves behind
        seen.append((module, *more, *named.values()))
        return True

    feature = ModuleType(FEATURE_MODULE)
    monkeypatch.setitem(sys.modules, FEATURE_MODULE, feature)
    assert drop_checked_sources() is False  # a module without the check
    setattr(feature, CHECK, check)
    assert drop_checked_sources() is True
    imported = ModuleType("imported_after_qt")
    imported.__file__ = str(tmp_path / "imported_after_qt.py")
    Path(imported.__file__).write_text("import PySide6\n", encoding="utf-8")
    assert getattr(feature, CHECK)(imported, "select-id", flag=True) is True
    assert seen == [(imported, "select-id", True)]
    assert imported.__file__ not in linecache.cache
