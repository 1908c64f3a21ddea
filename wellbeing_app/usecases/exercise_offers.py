"""Which exercise to offer after a call, from one aggregate query of the agent's own ratings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.exercises.exercise_session import (
    HIGH_RATING,
    OFFER_CHOICES,
    Suggestion,
    suggest_from_drops,
)
from wellbeing_app.domain.exercises.pmr import pmr_timeline
from wellbeing_app.store.journal import Journal


@dataclass(frozen=True)
class ExerciseOffer:
    """The suggestion and its display name, e.g. "Take 60 seconds? Long exhale"."""

    suggestion: Suggestion
    name: str

    @property
    def text(self) -> str:
        """The acknowledgment's offer line."""
        return f"{self.suggestion.prompt} {self.name}"


class ExerciseOffers:
    """Suggests an exercise for a rating; reads only the mean drop per candidate exercise."""

    def __init__(self, journal: Journal, library: Callable[[], ExerciseLibrary]) -> None:
        """``library`` is asked each time: names follow the shown language."""
        self._journal = journal
        self._library = library

    @cached_property
    def _desk_seconds(self) -> int:
        return pmr_timeline(self._library().script("desk_quick")).total_seconds

    def for_stress(self, stress: int) -> ExerciseOffer:
        """The offer after a call rated ``stress`` (history is read only for 7+)."""
        drops = self._journal.exercises.mean_drops(OFFER_CHOICES) if stress >= HIGH_RATING else {}
        suggestion = suggest_from_drops(stress, drops, self._desk_seconds)
        return ExerciseOffer(suggestion, self._library().name_of(suggestion.exercise_id))
