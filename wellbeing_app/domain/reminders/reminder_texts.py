"""What reminder prompts say, parsed from ``resources/content/reminders.toml``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.reminders.reminder_plan import ReminderKind


@dataclass(frozen=True)
class ReminderTexts:
    """A headline and one or more bodies per kind; bodies rotate."""

    headlines: Mapping[ReminderKind, str]
    bodies: Mapping[ReminderKind, tuple[str, ...]]
    source: str

    def body(self, kind: ReminderKind, seed: int = 0) -> str:
        """One body text for ``kind``, rotating by ``seed``."""
        options = self.bodies[kind]
        return options[seed % len(options)]


def parse_reminder_texts(data: Mapping[str, Any]) -> ReminderTexts:
    """Check that every kind has a headline and a body."""
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
    return ReminderTexts(headlines, bodies, str(data.get("source", "")))
