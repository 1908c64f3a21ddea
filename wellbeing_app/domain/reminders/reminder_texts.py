"""What reminder prompts say, parsed from ``resources/content/reminders.toml``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.reminders.check_ins import WEEKLY_LABELS
from wellbeing_app.domain.reminders.reminder_plan import ReminderKind


@dataclass(frozen=True)
class ReminderTexts:
    """A headline and one or more bodies per kind; bodies rotate.

    ``weekly_labels`` are the weekly stress item's answers, 1 to 5 ("not at all" … "very
    much"), in the shown language: content like the question itself, unlike the WHO-5, which
    keeps its official wording.
    """

    headlines: Mapping[ReminderKind, str]
    bodies: Mapping[ReminderKind, tuple[str, ...]]
    source: str
    weekly_labels: tuple[str, ...]

    def body(self, kind: ReminderKind, seed: int = 0) -> str:
        """One body text for ``kind``, rotating by ``seed``."""
        options = self.bodies[kind]
        return options[seed % len(options)]


def parse_reminder_texts(data: Mapping[str, Any]) -> ReminderTexts:
    """Check that every kind has a headline and a body, and the weekly item its five answers."""
    headlines: dict[ReminderKind, str] = {}
    bodies: dict[ReminderKind, tuple[str, ...]] = {}
    for kind in ReminderKind:
        headline = data.get("headline", {}).get(kind.value)
        body = data.get("body", {}).get(kind.value)
        if not isinstance(headline, str) or not headline.strip():
            raise ValidationError("headline", f"reminders.toml needs a headline for {kind.value}.")
        options = (body,) if isinstance(body, str) else tuple(body or ())
        if not options or not all(isinstance(o, str) and o.strip() for o in options):
            raise ValidationError("body", f"reminders.toml needs a body for {kind.value}.")
        headlines[kind], bodies[kind] = headline.strip(), tuple(o.strip() for o in options)
    labels = data.get("scale", {}).get(ReminderKind.WEEKLY_STRESS.value)
    if not isinstance(labels, list) or len(labels) != len(WEEKLY_LABELS) or not all(
            isinstance(label, str) and label.strip() for label in labels):
        raise ValidationError("scale", f"reminders.toml needs {len(WEEKLY_LABELS)} answers "
                                       f"for {ReminderKind.WEEKLY_STRESS.value}.")
    return ReminderTexts(headlines, bodies, str(data.get("source", "")),
                         tuple(label.strip() for label in labels))
