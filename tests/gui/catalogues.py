"""Build the app's .qm catalogues (and the pseudo-locale) once per test session."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def translations_tool() -> ModuleType:
    """``scripts/translations.py`` as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def build_catalogues(out_dir: Path) -> Path:
    """Every shipped .qm plus ``between_calls_pseudo.qm`` in ``out_dir``."""
    tool = translations_tool()
    tool.release(out_dir)
    tool.pseudo(out_dir)
    return out_dir
