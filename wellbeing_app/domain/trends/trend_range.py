"""The ranges a trends view or ``wellbeing stats`` can cover."""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

from wellbeing_app.domain.errors import ValidationError


class TrendRange(Enum):
    """A span of local days ending today; ``ALL`` starts at the first entry."""

    WEEK = "7d"
    MONTH = "30d"
    QUARTER = "90d"
    YEAR = "1y"
    ALL = "all"

    @property
    def days(self) -> int | None:
        """How many local days the range covers (``None`` for all of them)."""
        return {"7d": 7, "30d": 30, "90d": 90, "1y": 365}.get(self.value)

    @property
    def label(self) -> str:
        """What the range selector shows."""
        return {"7d": "7 days", "30d": "30 days", "90d": "90 days", "1y": "1 year",
                "all": "All time"}[self.value]

    def start(self, today: date) -> date | None:
        """The first local day in the range (today counts as one of its days)."""
        days = self.days
        return None if days is None else today - timedelta(days=days - 1)


def parse_range(text: str) -> TrendRange:
    """``7d``, ``30d``, ``90d``, ``1y`` or ``all``; anything else is explained."""
    cleaned = text.strip().lower()
    for option in TrendRange:
        if option.value == cleaned:
            return option
    choices = ", ".join(option.value for option in TrendRange)
    raise ValidationError("range", f"Unknown range {text!r}; choose one of: {choices}.")
