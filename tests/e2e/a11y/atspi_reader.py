"""Print one application's accessibility tree, read over AT-SPI, as JSON (runs on system python3).

python3-gi is a Debian package, not in the project's venv, so the audit runs this file with
``/usr/bin/python3``; it imports nothing from the project.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

#: Rows of a table or list beyond this many are cells, not controls; reading them all is slow.
MAX_CHILDREN = 60
CONTAINERS = {"table", "tree table", "list", "tree", "list box"}


def _node(accessible: Any, depth: int, path: str, out: list[dict[str, Any]]) -> None:
    role = accessible.get_role_name() or ""
    states = accessible.get_state_set()
    out.append({
        "role": role,
        "name": accessible.get_name() or "",
        "description": accessible.get_description() or "",
        "focusable": bool(states.contains(Atspi.StateType.FOCUSABLE)),
        "focused": bool(states.contains(Atspi.StateType.FOCUSED)),
        "showing": bool(states.contains(Atspi.StateType.SHOWING)),
        "depth": depth,
        "path": path,
    })
    count = accessible.get_child_count()
    if role in CONTAINERS:
        count = min(count, MAX_CHILDREN)
    for index in range(count):
        child = accessible.get_child_at_index(index)
        if child is not None:
            label = f"{path}/{child.get_role_name()}:{(child.get_name() or '')[:40]}"
            _node(child, depth + 1, label, out)


def read(app_names: set[str]) -> list[dict[str, Any]]:
    """Every node of the first application whose name is in ``app_names``."""
    desktop = Atspi.get_desktop(0)
    for index in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(index)
        if app is not None and app.get_name() in app_names:
            out: list[dict[str, Any]] = []
            _node(app, 0, "", out)
            return out
    return []


if __name__ == "__main__":
    json.dump(read(set(sys.argv[1:])), sys.stdout)
