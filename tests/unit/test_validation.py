from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing_app.domain.calls.logged_call import NOTE_MAX_CHARS
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.validation import (
    parse_moment,
    parse_since,
    validate_call,
    validate_categories,
    validate_note,
    validate_stress,
)

KNOWN = ("hostile", "abusive", "other")
NOW = datetime(2026, 11, 24, 14, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize("raw, expected", [(0, 0), ("10", 10), (" 7 ", 7)])
def test_stress_accepts_whole_numbers_in_range(raw: object, expected: int) -> None:
    assert validate_stress(raw) == expected


@pytest.mark.parametrize("raw", [-1, 11, "11", "abc", "7.5", True, None])
def test_stress_rejects_everything_else(raw: object) -> None:
    with pytest.raises(ValidationError) as info:
        validate_stress(raw)
    assert info.value.field == "stress"
    assert "0 to 10" in info.value.message or "0 to 10" in str(info.value)


@given(st.integers())
def test_stress_range_property(value: int) -> None:
    if 0 <= value <= 10:
        assert validate_stress(value) == value
    else:
        with pytest.raises(ValidationError):
            validate_stress(value)


def test_categories_keep_order_and_drop_repeats() -> None:
    assert validate_categories(["other", "hostile", "other"], KNOWN) == ("other", "hostile")


def test_unknown_category_names_the_choices() -> None:
    with pytest.raises(ValidationError, match=r"Unknown category 'rude'.*hostile, abusive, other"):
        validate_categories(["rude"], KNOWN)


def test_note_limit_is_exact() -> None:
    assert validate_note("x" * NOTE_MAX_CHARS) == "x" * NOTE_MAX_CHARS
    with pytest.raises(ValidationError, match="2001 characters; the limit is 2000"):
        validate_note("x" * (NOTE_MAX_CHARS + 1))


def test_note_is_optional_and_trimmed() -> None:
    assert validate_note(None) == ""
    assert validate_note("  hi  ") == "hi"


def test_validate_call_builds_a_draft() -> None:
    draft = validate_call(stress="8", categories=["abusive"], known_categories=KNOWN,
                          ended_for_abuse=True, note="called me names")
    assert draft.stress == 8
    assert draft.categories == ("abusive",)
    assert draft.ended_for_abuse and not draft.escalated


def test_parse_moment_takes_local_offset_for_naive_times() -> None:
    moment = parse_moment("2026-11-24T09:15", NOW)
    assert moment.utcoffset() == timedelta(hours=1)
    assert moment.hour == 9


def test_parse_moment_keeps_explicit_offset() -> None:
    assert parse_moment("2026-11-24T09:15+05:00", NOW).utcoffset() == timedelta(hours=5)


@pytest.mark.parametrize("raw", ["yesterday", "2026-13-01", "24/11/2026", ""])
def test_parse_moment_rejects_malformed(raw: str) -> None:
    with pytest.raises(ValidationError, match="ISO-8601"):
        parse_moment(raw, NOW)


@pytest.mark.parametrize("raw", ["0001-01-01T00:00+14:00", "1969-12-31T23:59"])
def test_parse_moment_rejects_times_before_1970(raw: str) -> None:
    with pytest.raises(ValidationError, match="outside the years 1970–9998"):
        parse_moment(raw, NOW)


@pytest.mark.parametrize("raw", ["0001-01-01T00:00+14:00", "9999-12-31T23:59-12:00", "0001-01-01"])
def test_parse_since_refuses_the_ends_of_the_calendar(raw: str) -> None:
    with pytest.raises(ValidationError, match="outside the years"):
        parse_since(raw, NOW)


def test_parse_moment_rejects_the_future() -> None:
    with pytest.raises(ValidationError, match="future"):
        parse_moment("2026-11-25T09:00", NOW)


@pytest.mark.parametrize("raw, hours", [("7d", 168), ("30d", 720), ("12h", 12), ("2w", 336)])
def test_parse_since_relative(raw: str, hours: int) -> None:
    assert NOW - parse_since(raw, NOW) == timedelta(hours=hours)


def test_parse_since_iso_and_errors() -> None:
    assert parse_since("2026-11-01", NOW) == datetime(2026, 11, 1, tzinfo=NOW.tzinfo)
    with pytest.raises(ValidationError, match="7d/30d"):
        parse_since("last week", NOW)
