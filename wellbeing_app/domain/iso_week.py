"""ISO weeks (``2026-W48``): the unit of every shared summary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from wellbeing_app.domain.errors import ValidationError

_PATTERN = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True, order=True)
class IsoWeek:
    """One ISO-8601 week: Monday to Sunday of the local calendar."""

    year: int
    week: int

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """Read ``YYYY-Www`` or explain what is wrong."""
        match = _PATTERN.match(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ValidationError("week", f"{text!r} is not an ISO week like 2026-W48.")
        year, week = int(match.group(1)), int(match.group(2))
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise ValidationError("week", f"{text!r}: {year} has no week {week}.") from None
        return cls(year, week)

    @classmethod
    def containing(cls, day: date) -> IsoWeek:
        """The week a local calendar day falls in."""
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def monday(self) -> date:
        """First day of the week."""
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        """Last day of the week."""
        return self.monday + timedelta(days=6)

    def previous(self) -> IsoWeek:
        """The week before."""
        return IsoWeek.containing(self.monday - timedelta(days=7))
