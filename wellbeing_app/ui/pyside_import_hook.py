"""Stop PySide6's import hook from keeping the source text of every module imported after Qt.

WORKAROUND: PySide6 (PYSIDE-2029) wraps ``__import__`` and, for each module imported after
it, runs ``inspect.getsource(module)`` to see whether the text mentions "PySide6" (that scopes
its ``__feature__`` switches, which this app does not use). ``inspect.getsource`` reads through
``linecache``, which then holds every line of every such module for the life of the process:
about 93,000 lines, 5–7 MiB of the idle tray app. Clearing the cache later gives little back (the
freed lines lie scattered among live objects), so each module's lines are dropped right after its
check. PySide6's answer is unchanged; lines that were cached before the check stay cached.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

#: Where PySide6 keeps the check (``shibokensupport.feature`` under its public package name).
FEATURE_MODULE = "PySide6.support.feature"
CHECK = "_mod_uses_pyside"


def import_pyside_keeping_no_sources() -> bool:
    """Import PySide6 (which installs its hook) and wrap the check before any other import."""
    import PySide6  # noqa: F401 - installs the hook this module tames

    return drop_checked_sources()


def drop_checked_sources() -> bool:
    """Wrap PySide6's per-import check once; False when this PySide6 has no such check."""
    feature = sys.modules.get(FEATURE_MODULE)
    check: Callable[..., bool] | None = getattr(feature, CHECK, None)
    if feature is None or check is None or getattr(check, "drops_source", False):
        return False

    def uses_pyside(module: ModuleType, *more: Any, **named: Any) -> bool:
        # Whatever else a later PySide6 passes goes through: a private function may change, and
        # a wrapper that refused its arguments would break every import after Qt.
        filename = getattr(module, "__file__", None)
        cached_before = filename in linecache.cache
        try:
            return check(module, *more, **named)
        finally:
            if not cached_before:
                linecache.cache.pop(filename, None)  # type: ignore[arg-type]

    uses_pyside.drops_source = True  # type: ignore[attr-defined]
    setattr(feature, CHECK, uses_pyside)
    return True
