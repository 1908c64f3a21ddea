"""The one-rule shift a picker edits (days + start–end), as the text the shift parser reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time

from wellbeing_app.domain.reminders.shifts import DAY_NAMES, parse_shifts


@dataclass(frozen=True)
class PickedShift:
    """Weekdays (0 = Monday) and one start and end; ``end <= start`` crosses midnight."""

    days: frozenset[int]
    start: time
    end: time

    def to_text(self) -> str:
        """``mon,tue,wed 09:00-17:30``: what ``parse_shifts`` reads back."""
        days = ",".join(DAY_NAMES[d] for d in sorted(self.days))
        return f"{days} {self.start:%H:%M}-{self.end:%H:%M}"


DEFAULT_PICK = PickedShift(frozenset(range(5)), time(9, 0), time(17, 30))


def pick_from_text(text: str) -> PickedShift | None:
    """The picker's view of a stored shift text, or ``None`` when it has several rules."""
    try:
        rules = parse_shifts(text)
    except ValueError:
        return None
    if len(rules) != 1:
        return None
    rule = rules[0]
    return PickedShift(frozenset(rule.days), rule.start, rule.end)


def picked(days: Iterable[int], start: time, end: time) -> PickedShift:
    """A pick from the widgets' values."""
    return PickedShift(frozenset(days), start, end)
