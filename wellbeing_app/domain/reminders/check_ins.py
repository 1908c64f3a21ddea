"""Check-ins (CONTENT.md §3): the pulse, the weekly stress item and the WHO-5, scored."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from wellbeing_app.domain.errors import ValidationError

WEEKLY_QUESTION = "These days, how stressed do you feel?"
WEEKLY_SOURCE = "Single-item stress question, Elo, Leppänen & Jahkola (2003)"
WEEKLY_LABELS = ("not at all", "a little", "somewhat", "quite a lot", "very much")
WHO5_SOURCE = "WHO-5 Well-Being Index © World Health Organization (Psychiatric Research Unit)"
WHO5_STEM = "Over the last two weeks…"
WHO5_ITEMS = (
    "I have felt cheerful and in good spirits",
    "I have felt calm and relaxed",
    "I have felt active and vigorous",
    "I woke up feeling fresh and rested",
    "My daily life has been filled with things that interest me",
)
WHO5_ANSWERS = ("at no time", "some of the time", "less than half of the time",
                "more than half of the time", "most of the time", "all of the time")
WHO5_POOR = 50
WHO5_LIKELY_DEPRESSION = 28
WEEKLY_RISK_SCORE = 4
WEEKLY_RISK_WEEKS = 2


class CheckInKind(StrEnum):
    """The stored kinds of check-in."""

    PULSE = "pulse"
    WEEKLY_STRESS = "weekly_stress"
    WHO5 = "who5"


@dataclass(frozen=True)
class CheckInAnswer:
    """Validated answers and their score (WHO-5: 0–100)."""

    kind: CheckInKind
    answers: tuple[int, ...]
    score: int


def _in_range(value: object, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError(what, f"{what} must be a whole number from {low} to {high}.")
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(what, f"{what} must be a whole number from {low} to {high}.") \
            from None
    if not low <= number <= high:
        raise ValidationError(what, f"{what} must be from {low} to {high}; {number} is not.")
    return number


def score_check_in(kind: CheckInKind, answers: Sequence[object]) -> CheckInAnswer:
    """Validate the answers of one check-in and compute its score."""
    if kind is CheckInKind.WHO5:
        if len(answers) != len(WHO5_ITEMS):
            raise ValidationError("answers", "The WHO-5 has five items; answer each from 0 to 5.")
        values = tuple(_in_range(a, 0, 5, "Each WHO-5 answer") for a in answers)
        return CheckInAnswer(kind, values, sum(values) * 4)
    if len(answers) != 1:
        raise ValidationError("answers", "This check-in takes exactly one answer.")
    low, high = (0, 10) if kind is CheckInKind.PULSE else (1, 5)
    value = _in_range(answers[0], low, high, "The answer")
    return CheckInAnswer(kind, (value,), value)


def needs_support(answer: CheckInAnswer, previous_weekly: Sequence[int] = ()) -> bool:
    """Low WHO-5, or high weekly stress this week and the week before: show support resources."""
    if answer.kind is CheckInKind.WHO5:
        return answer.score <= WHO5_POOR
    if answer.kind is CheckInKind.WEEKLY_STRESS:
        recent = [*previous_weekly[-(WEEKLY_RISK_WEEKS - 1):], answer.score]
        return len(recent) >= WEEKLY_RISK_WEEKS and all(s >= WEEKLY_RISK_SCORE for s in recent)
    return False


def support_message(answer: CheckInAnswer, support_line: str) -> str:
    """Calm words for a low score, with the support line when one is set."""
    if answer.kind is CheckInKind.WHO5 and answer.score <= WHO5_LIKELY_DEPRESSION:
        text = ("Your answers suggest the last two weeks have been really hard. Please talk to "
                "someone you trust or a professional — your doctor or the support line.")
    else:
        text = ("It sounds like things have been heavy lately. You don't have to carry it alone: "
                "a talk with someone you trust, your team lead or the support line can help.")
    return f"{text} Support line: {support_line}" if support_line else text
