"""The exercise offer after a call, in the shown language (calls and exercises both show it)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from wellbeing_app.domain.exercises.exercise_session import QUICK_SECONDS
from wellbeing_app.usecases.exercise_offers import ExerciseOffer


class OfferWords(QObject):
    """Words the offer line; the use case composes the same line in English for the CLI."""

    def line(self, offer: ExerciseOffer) -> str:
        """E.g. "Take 60 seconds? Long exhale", the number in the language's plural rules."""
        seconds = offer.suggestion.seconds
        if seconds <= QUICK_SECONDS:
            question = self.tr("Take %n second(s)?", "", seconds)
        else:
            question = self.tr("Take %n minute(s)?", "", round(seconds / 60))
        return f"{question} {offer.name}"


def offer_words(offer: ExerciseOffer) -> str:
    """The offer line in the shown language."""
    return OfferWords().line(offer)
