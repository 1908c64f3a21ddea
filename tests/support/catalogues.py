"""Qt Linguist helpers for tests: build the .qm catalogues, find every tr() call in the code."""

from __future__ import annotations

import ast
import importlib.util
import sys
from dataclasses import dataclass
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


@dataclass(frozen=True)
class TrCall:
    """One literal passed to ``tr``/``translate``/a marker, where it is in the code."""

    context: str
    source: str
    comment: str
    plural: bool
    where: str


class _TrCalls(ast.NodeVisitor):
    """Collects every translation call of one file; ``self.tr`` takes its class as context."""

    MARKERS = ("QT_TRANSLATE_NOOP", "translatable", "_t")

    def __init__(self, where: str) -> None:
        self.where = where
        self.classes: list[str] = []
        self.calls: list[TrCall] = []
        self.not_literal: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and isinstance(func, ast.Attribute) and args:
            self._add(self.classes[-1] if self.classes else "", args[0],
                      args[1] if len(args) > 1 else None, len(args) > 2, node)
        elif name in self.MARKERS and len(args) >= 2 and isinstance(args[0], ast.Constant):
            self._add(str(args[0].value), args[1], None, False, node)
        self.generic_visit(node)

    def _add(self, context: str, source: ast.expr, comment: ast.expr | None, plural: bool,
             node: ast.Call) -> None:
        where = f"{self.where}:{node.lineno}"
        if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
            self.not_literal.append(where)
            return
        text = comment.value if isinstance(comment, ast.Constant) else ""
        self.calls.append(TrCall(context, source.value, str(text or ""), plural, where))


def tr_calls(files: list[Path]) -> tuple[list[TrCall], list[str]]:
    """Every literal translation call in ``files``, and the places where one is not literal."""
    calls: list[TrCall] = []
    not_literal: list[str] = []
    for path in files:
        visitor = _TrCalls(str(path.relative_to(ROOT)))
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        calls += visitor.calls
        not_literal += visitor.not_literal
    return calls, not_literal
