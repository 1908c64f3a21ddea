"""A logged tough call and the draft it is made from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

STRESS_MIN = 0
STRESS_MAX = 10
NOTE_MAX_CHARS = 2000
HIGH_STRESS = 9


@dataclass(frozen=True)
class CallDraft:
    """What the agent entered, already validated."""

    stress: int
    categories: tuple[str, ...] = ()
    escalated: bool = False
    ended_for_abuse: bool = False
    note: str = ""


@dataclass(frozen=True)
class LoggedCall:
    """A stored call; ``local_date`` and offset keep day buckets right across DST."""

    id: int
    at_utc: datetime
    local_date: date
    utc_offset_minutes: int
    stress: int
    categories: tuple[str, ...]
    escalated: bool
    ended_for_abuse: bool
    note: str

    @property
    def draft(self) -> CallDraft:
        """The editable part of the entry."""
        return CallDraft(
            stress=self.stress,
            categories=self.categories,
            escalated=self.escalated,
            ended_for_abuse=self.ended_for_abuse,
            note=self.note,
        )

    @property
    def at_local(self) -> datetime:
        """When it happened, in the offset the agent had at the time."""
        from datetime import timedelta, timezone

        return self.at_utc.astimezone(timezone(timedelta(minutes=self.utc_offset_minutes)))
