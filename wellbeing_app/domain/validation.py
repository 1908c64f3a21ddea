"""Validation of everything a person can type, at the domain boundary."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from wellbeing_app.domain.calls.logged_call import NOTE_MAX_CHARS, STRESS_MAX, STRESS_MIN, CallDraft
from wellbeing_app.domain.errors import ValidationError

_RELATIVE = re.compile(r"^(\d{1,5})([dhw])$")
#: Dates outside these years are typos; near either end of the calendar they also overflow
#: the conversion to UTC.
EARLIEST_YEAR = 1970
LATEST_YEAR = 9998


def validate_stress(value: object) -> int:
    """Return the rating as an int in 0–10, or explain what is wrong."""
    if isinstance(value, bool):
        raise ValidationError("stress", "Stress must be a whole number from 0 to 10.")
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(
            "stress", f"Stress must be a whole number from 0 to 10, not {value!r}."
        ) from None
    if not STRESS_MIN <= number <= STRESS_MAX:
        raise ValidationError("stress", f"Stress must be from 0 to 10; {number} is out of range.")
    return number


def validate_categories(values: Iterable[str], known: Iterable[str]) -> tuple[str, ...]:
    """Keep the order given, drop repeats, reject ids that are not in the catalog."""
    known_ids = tuple(known)
    chosen: list[str] = []
    for raw in values:
        value = raw.strip()
        if value not in known_ids:
            raise ValidationError(
                "categories",
                f"Unknown category {value!r}; choose from: {', '.join(known_ids)}.",
            )
        if value not in chosen:
            chosen.append(value)
    return tuple(chosen)


def validate_note(note: str | None) -> str:
    """Notes are optional, private and capped so an export stays readable."""
    text = (note or "").strip()
    if len(text) > NOTE_MAX_CHARS:
        raise ValidationError(
            "note",
            f"The note is {len(text)} characters; the limit is {NOTE_MAX_CHARS}.",
        )
    if "\x00" in text:
        raise ValidationError("note", "The note contains a NUL character.")
    if not is_valid_text(text):
        raise ValidationError("note", "The note is not valid UTF-8 text.")
    return text


def is_valid_text(text: str) -> bool:
    """No lone surrogates: what Python makes of bytes that are not UTF-8 (a cp1252 ``é``)."""
    return not any("\ud800" <= char <= "\udfff" for char in text)


def validate_call(
    *,
    stress: object,
    categories: Iterable[str],
    known_categories: Iterable[str],
    escalated: bool = False,
    ended_for_abuse: bool = False,
    note: str | None = None,
) -> CallDraft:
    """Turn raw input into a draft, or raise the first problem found."""
    return CallDraft(
        stress=validate_stress(stress),
        categories=validate_categories(categories, known_categories),
        escalated=bool(escalated),
        ended_for_abuse=bool(ended_for_abuse),
        note=validate_note(note),
    )


def check_years(day: date, text: str, field: str) -> None:
    """Refuse a date outside ``EARLIEST_YEAR``–``LATEST_YEAR``."""
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValidationError(
            field, f"{text!r} is outside the years {EARLIEST_YEAR}–{LATEST_YEAR}.")


def _parse_iso(text: str, now: datetime, field: str, problem: str) -> datetime:
    """An ISO-8601 date or time; without an offset it is taken in the offset of ``now``."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, f"{text!r} {problem}") from None
    check_years(moment, text, field)
    return moment if moment.tzinfo else moment.replace(tzinfo=now.tzinfo)


def parse_moment(text: str, now: datetime) -> datetime:
    """Parse an ISO-8601 time; a time without offset is taken in the local offset of ``now``."""
    moment = _parse_iso(text, now, "at",
                        "is not an ISO-8601 date or time (e.g. 2026-11-24T14:30).")
    if moment > now + timedelta(minutes=5):
        raise ValidationError("at", f"{text!r} is in the future.")
    return moment


def parse_since(text: str, now: datetime) -> datetime:
    """Accept ``7d``, ``12h``, ``2w`` or an ISO-8601 date/time."""
    match = _RELATIVE.match(text.strip())
    if match:
        amount, unit = int(match.group(1)), match.group(2)
        hours = {"h": 1, "d": 24, "w": 24 * 7}[unit] * amount
        return now - timedelta(hours=hours)
    return _parse_iso(text, now, "since", "is neither a span like 7d/30d nor an ISO-8601 date.")
