"""The stored shift text in plain words of the shown language: 'Mo.–Fr. · 09:00–17:30'.

The text itself stays the machine format (policy files and the CLI read it); this only says
how the app understands it, with weekday names and times from ``QLocale``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from wellbeing_app.domain.reminders.shifts import ShiftRule, parse_shifts
from wellbeing_app.ui.i18n.formats import time_text, weekday_name

# A run of this many days or more reads as a range (Mon–Fri); shorter runs are listed.
_RANGE_FROM = 3


def _runs(days: frozenset[int]) -> list[list[int]]:
    """Consecutive days, starting after a gap, so Fri–Mon stays one run across Sunday."""
    first = next(d for d in range(7) if d in days and (d - 1) % 7 not in days)
    runs: list[list[int]] = []
    for step in range(7):
        day = (first + step) % 7
        if day not in days:
            continue
        if runs and (runs[-1][-1] + 1) % 7 == day:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def days_text(days: frozenset[int]) -> str:
    """'Mo.–Fr.', 'Sa., So.', 'every day'."""
    if len(days) == 7:
        return QCoreApplication.translate("ShiftReading", "every day")
    parts: list[str] = []
    for run in _runs(days):
        if len(run) >= _RANGE_FROM:
            parts.append(f"{weekday_name(run[0])}–{weekday_name(run[-1])}")
        else:
            parts.extend(weekday_name(day) for day in run)
    return ", ".join(parts)


def _span_text(rule: ShiftRule) -> str:
    start, end = time_text(rule.start), time_text(rule.end)
    if rule.end <= rule.start:
        words = QCoreApplication.translate("ShiftReading", "{start}–{end} (overnight)")
    else:
        words = QCoreApplication.translate("ShiftReading", "{start}–{end}")
    return words.format(start=start, end=end)


def _grouped(rules: Iterable[ShiftRule]) -> list[tuple[frozenset[int], list[ShiftRule]]]:
    """Rules that share their days ('mon-thu 06:00-10:00, 14:00-18:00') stay on one line."""
    groups: list[tuple[frozenset[int], list[ShiftRule]]] = []
    for rule in rules:
        if groups and groups[-1][0] == rule.days:
            groups[-1][1].append(rule)
        else:
            groups.append((rule.days, [rule]))
    return groups


def shift_reading(text: str) -> str | None:
    """Each shift rule on its own line, or ``None`` when the text does not parse."""
    try:
        rules = parse_shifts(text)
    except ValueError:
        return None
    if not rules:
        return QCoreApplication.translate("ShiftReading", "No shifts, so no reminders come.")
    line = QCoreApplication.translate("ShiftReading", "{days} · {times}")
    lines = [line.format(days=days_text(days), times=", ".join(_span_text(r) for r in group))
             for days, group in _grouped(rules)]
    return "\n".join(lines)
