"""Non-UI modules must import and the CLI must run with PySide6 unavailable."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import wellbeing_app

BLOCKER = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('PySide6 is blocked in this test')
        return None
sys.meta_path.insert(0, Block())
"""


def non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(wellbeing_app.__path__, "wellbeing_app."):
        if info.name.startswith("wellbeing_app.ui") or info.name in {
            "wellbeing_app.app", "wellbeing_app.launch", "wellbeing_app.__main__"
        }:
            continue
        names.append(info.name)
    return names


def test_every_non_ui_module_imports_without_qt() -> None:
    modules = non_ui_modules()
    assert "wellbeing_app.domain.validation" in modules and "wellbeing_app.cli.runner" in modules
    code = BLOCKER + "".join(f"import {name}\n" for name in modules)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_cli_runs_without_qt(tmp_path: Path) -> None:
    code = BLOCKER + (
        "from wellbeing_app.main import main\n"
        f"raise SystemExit(main(['--data-dir', {str(tmp_path)!r}, 'log', '--stress', '3']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
