"""The one calm notice after a start where some parts did not start."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

TR = "BetweenCallsApp"  # the context the root's part names are marked in


def start_up_notice(broken_parts: Sequence[str], setting_problems: Sequence[str]) -> str:
    """Names what did not start and what still works, in the shown language; "" when all did."""
    problems = [QCoreApplication.translate(TR, part) for part in broken_parts]
    if setting_problems:
        problems.append(QCoreApplication.translate(
            "BetweenCallsApp", "some settings (defaults apply): {0}").format(
                "; ".join(setting_problems)))
    if not problems:
        return ""
    return QCoreApplication.translate(
        "BetweenCallsApp", "Between Calls is running, but this did not start: {0}. "
        "Logging calls and Quit work. Details are in the log file; restarting the app "
        "may help.").format(", ".join(problems))
