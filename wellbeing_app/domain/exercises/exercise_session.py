"""A finished exercise session as stored, and which exercise to offer after a call."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from wellbeing_app.domain.errors import ValidationError

BREATHING = "breathing"
PMR = "pmr"
KINDS = (BREATHING, PMR)
HIGH_RATING = 7
QUICK_SECONDS = 60


@dataclass(frozen=True)
class SessionRecord:
    """What the journal keeps of one session.

    Attributes:
        stopped_at_step: index of the step running when stopped; ``None`` when completed.
        skipped_groups: PMR group ids skipped (injury or pain).
        call_id: the logged call that led to this session, if any.
    """

    kind: str
    exercise_id: str
    started_at: datetime
    ended_at: datetime
    planned_seconds: int
    active_seconds: int
    completed: bool
    stopped_at_step: int | None = None
    stopped_at_label: str = ""
    skipped_groups: tuple[str, ...] = ()
    stress_before: int | None = None
    stress_after: int | None = None
    call_id: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValidationError("kind", f"Exercise kind must be one of {KINDS}.")
        if self.started_at.tzinfo is None or self.ended_at < self.started_at:
            raise ValidationError("ended_at", "A session must end after it starts (aware times).")
        for rating in (self.stress_before, self.stress_after):
            if rating is not None and not 0 <= rating <= 10:
                raise ValidationError("stress", "Ratings are from 0 to 10.")


@dataclass(frozen=True)
class StoredSession(SessionRecord):
    """A session read back from the journal, with its id."""

    id: int = 0


@dataclass(frozen=True)
class Suggestion:
    """An exercise to offer right after a call."""

    kind: str
    exercise_id: str
    seconds: int

    @property
    def prompt(self) -> str:
        """The offer's wording."""
        if self.seconds <= QUICK_SECONDS:
            return f"Take {self.seconds} seconds?"
        return f"Take {round(self.seconds / 60)} minutes?"


def mean_drop(sessions: Iterable[SessionRecord], exercise_id: str) -> float | None:
    """Mean of before − after for rated sessions of one exercise; ``None`` without data."""
    drops = [s.stress_before - s.stress_after for s in sessions
             if s.exercise_id == exercise_id
             and s.stress_before is not None and s.stress_after is not None]
    return sum(drops) / len(drops) if drops else None


def suggest_exercise(stress: int, history: Iterable[SessionRecord] = (),
                     desk_seconds: int = 120) -> Suggestion:
    """7+ → cyclic sighing or the desk PMR, whichever helped this agent more; else long exhale.

    Cyclic sighing comes first until the agent's own ratings show the desk PMR helps more.
    """
    if stress < HIGH_RATING:
        return suggest_from_drops(stress, {}, desk_seconds)
    past = list(history)
    drops = {exercise: drop for exercise in OFFER_CHOICES
             if (drop := mean_drop(past, exercise)) is not None}
    return suggest_from_drops(stress, drops, desk_seconds)


#: The exercises whose past effect decides the offer after a tough call.
OFFER_CHOICES = ("cyclic_sigh", "desk_quick")


def suggest_from_drops(stress: int, drops: Mapping[str, float],
                       desk_seconds: int = 120) -> Suggestion:
    """The same rule as ``suggest_exercise`` from mean drops already aggregated (one query)."""
    if stress < HIGH_RATING:
        return Suggestion(BREATHING, "long_exhale", QUICK_SECONDS)
    sigh, desk = drops.get("cyclic_sigh"), drops.get("desk_quick")
    if desk is not None and (sigh is None or desk > sigh):
        return Suggestion(PMR, "desk_quick", desk_seconds)
    return Suggestion(BREATHING, "cyclic_sigh", QUICK_SECONDS)
