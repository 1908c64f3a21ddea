"""Check-in scores over time: the weekly stress item (1–5) and WHO-5 (0–100)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

WEEKLY_STRESS = "weekly_stress"
WHO5 = "who5"
HIGH_WEEKLY_STRESS = 4
RISK_STREAK_WEEKS = 2


@dataclass(frozen=True)
class CheckInScore:
    """One answered check-in: its kind, local day and score (WHO-5 already ×4)."""

    kind: str
    local_date: date
    score: float


def scores_of(kind: str, scores: Iterable[CheckInScore]) -> tuple[CheckInScore, ...]:
    """Scores of one kind in date order."""
    return tuple(sorted((s for s in scores if s.kind == kind), key=lambda s: s.local_date))


def _week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def latest_high_streak(scores: Sequence[CheckInScore]) -> tuple[CheckInScore, ...]:
    """The run of consecutive weeks at 4–5 that ends with the latest weekly answer.

    One answer per ISO week counts (the last of the week); a week without an answer
    breaks the run, so a gap is never read as "still high".
    """
    weekly: dict[date, CheckInScore] = {}
    for score in scores_of(WEEKLY_STRESS, scores):
        weekly[_week(score.local_date)] = score
    streak: list[CheckInScore] = []
    week = max(weekly, default=None)
    while week is not None and week in weekly and weekly[week].score >= HIGH_WEEKLY_STRESS:
        streak.append(weekly[week])
        week -= timedelta(weeks=1)
    return tuple(reversed(streak))
