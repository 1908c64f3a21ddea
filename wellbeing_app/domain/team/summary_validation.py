"""Strict validation of a parsed summary or tombstone payload from the team folder."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.team_settings import validate_display_name
from wellbeing_app.domain.team.weekly_summary import SCHEMA_VERSION, SUMMARY_SCHEMA, WeeklySummary

TOMBSTONE_SCHEMA = "between-calls/tombstone"
AGENT_ID = re.compile(r"^[0-9a-f]{32}$")
CATEGORY_ID = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
MAX_CATEGORIES = 32
MINUTES_IN_WEEK = 7 * 24 * 60
#: Plausibility caps per agent and week (100 tough calls a day is already beyond any shift).
CAP_TOUGH_CALLS = 700
CAP_EXERCISE_SESSIONS = 700
CAP_EXERCISE_MINUTES = 3000
SUMMARY_KEYS = frozenset({
    "schema", "schema_version", "agent_id", "week", "created_utc", "sharing", "display_name",
    "tough_calls", "stress_mean", "stress_median", "high_stress_share", "categories",
    "exercise_sessions", "exercise_minutes", "exercise_change_mean", "exercise_change_sessions",
})
#: Sensed-workload keys; a summary written before sensed workload has neither.
OPTIONAL_SUMMARY_KEYS = frozenset({"calls_handled", "tough_share"})
MAX_CALLS_HANDLED = 7000
TOMBSTONE_KEYS = frozenset({"schema", "schema_version", "agent_id", "created_utc"})


class SummaryError(ValueError):
    """A team-folder file that must not be counted; ``reason`` is one of the REASON_* codes."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


REASON_OVERSIZE = _t("TeamReport", "oversize")
REASON_MALFORMED = _t("TeamReport", "malformed")
REASON_SCHEMA = _t("TeamReport", "unknown schema")
REASON_RANGE = _t("TeamReport", "out-of-range value")
REASON_SIGNATURE = _t("TeamReport", "bad signature")
REASON_DUPLICATE = _t("TeamReport", "duplicate")
REASON_TOMBSTONED = _t("TeamReport", "tombstoned")
REASON_NAME = _t("TeamReport", "unsafe or mismatched name")
REASON_CAP = _t("TeamReport", "over plausibility cap")
REASON_NOT_REGULAR = _t("TeamReport", "not a regular file")
REASON_NOT_ENROLLED = _t("TeamReport", "not enrolled")
REASON_UNENROLLED = _t("TeamReport", "unenrolled")
REASON_REPLAYED = _t("TeamReport", "replayed from another week")
REASON_UNDECRYPTABLE = _t("TeamReport", "cannot be decrypted")
REASON_OTHER_AGGREGATOR = _t("TeamReport", "sealed for another aggregator")
REASON_CLEAR_ANONYMOUS = _t("TeamReport", "anonymous figures in clear")
REASON_NO_AGGREGATOR = _t("TeamReport", "no aggregator key")


@dataclass(frozen=True)
class Tombstone:
    """An agent revoked sharing: every summary signed by this agent is dropped."""

    agent_id: str
    created_utc: str


def _int(data: Mapping[str, Any], key: str, high: int) -> int:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise SummaryError(REASON_MALFORMED, f"{key} must be a whole number")
    if not 0 <= value <= high:
        raise SummaryError(REASON_RANGE, f"{key}={value} is outside 0–{high}")
    return value


def _capped(data: Mapping[str, Any], key: str, cap: int) -> int:
    value = _int(data, key, 10**9)
    if value > cap:
        raise SummaryError(REASON_CAP, f"{key}={value} is more than {cap} in one week")
    return value


def _number(data: Mapping[str, Any], key: str, low: float, high: float) -> float | None:
    value = data[key]
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SummaryError(REASON_MALFORMED, f"{key} must be a number or null")
    if not math.isfinite(value) or not low <= value <= high:
        raise SummaryError(REASON_RANGE, f"{key}={value!r} is outside {low}–{high}")
    return float(value)


def utc_stamp(now: datetime) -> str:
    """``2026-11-30T09:00:00Z`` for a timezone-aware time: the form ``check_timestamp`` takes."""
    return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_timestamp(value: Any) -> str:
    """A UTC time like ``2026-11-30T09:00:00Z``, or ``SummaryError``."""
    if not isinstance(value, str) or len(value) != 20 or not value.endswith("Z"):
        raise SummaryError(REASON_MALFORMED, "created_utc must look like 2026-11-30T09:00:00Z")
    try:
        datetime.fromisoformat(value[:-1])
    except ValueError:
        raise SummaryError(REASON_MALFORMED, "created_utc is not a real time") from None
    return value


def check_schema(data: Any, schema: str, keys: frozenset[str],
                 optional: frozenset[str] = frozenset(), version: int = SCHEMA_VERSION,
                 ) -> Mapping[str, Any]:
    """An object of ``schema`` and ``version`` with exactly ``keys`` (plus any of ``optional``).

    The one header check of every signed payload: summary, tombstone, roster, enrollment
    request and team report.
    """
    if not isinstance(data, Mapping):
        raise SummaryError(REASON_MALFORMED, "the payload is not an object")
    if data.get("schema") != schema or data.get("schema_version") != version:
        raise SummaryError(REASON_SCHEMA, f"{data.get('schema')!r} version "
                                             f"{data.get('schema_version')!r} is not {schema} "
                                             f"version {version}")
    if not keys <= set(data) <= keys | optional:
        extra, missing = sorted(set(data) - keys - optional), sorted(keys - set(data))
        raise SummaryError(REASON_MALFORMED, f"unexpected {extra} / missing {missing}")
    return data


def _header(data: Any, schema: str, keys: frozenset[str],
            optional: frozenset[str] = frozenset()) -> Mapping[str, Any]:
    checked = check_schema(data, schema, keys, optional)
    if not isinstance(checked["agent_id"], str) or not AGENT_ID.match(checked["agent_id"]):
        raise SummaryError(REASON_MALFORMED, "agent_id must be 32 lowercase hex digits")
    check_timestamp(checked["created_utc"])
    return checked


def check_categories(raw: Any, what: str) -> Mapping[str, Any]:
    """An object of at most ``MAX_CATEGORIES`` entries keyed by valid category ids."""
    if not isinstance(raw, Mapping) or len(raw) > MAX_CATEGORIES:
        raise SummaryError(REASON_MALFORMED, f"categories must be an object of "
                                             f"≤ {MAX_CATEGORIES} {what}")
    for key in raw:
        if not isinstance(key, str) or not CATEGORY_ID.match(key):
            raise SummaryError(REASON_MALFORMED, f"category id {key!r} is not allowed")
    return raw


def _categories(raw: Any, calls: int) -> dict[str, int]:
    counts = check_categories(raw, "counts")
    return {key: _int(counts, key, calls) for key in sorted(counts)}


def _sharing(data: Mapping[str, Any]) -> tuple[bool, bool, str | None]:
    sharing = data["sharing"]
    if (not isinstance(sharing, Mapping) or set(sharing) != {"anonymous", "named"}
            or not all(isinstance(v, bool) for v in sharing.values())):
        raise SummaryError(REASON_MALFORMED, "sharing must be {anonymous: bool, named: bool}")
    if not (sharing["anonymous"] or sharing["named"]):
        raise SummaryError(REASON_RANGE, "a summary must be shared one way or the other")
    name = data["display_name"]
    if sharing["named"] != (name is not None):
        raise SummaryError(REASON_MALFORMED, "display_name is set exactly when named")
    if name is not None:
        try:
            name = validate_display_name(name)
        except ValidationError as error:
            raise SummaryError(REASON_RANGE, error.message) from None
        if not name:
            raise SummaryError(REASON_RANGE, "display_name is empty")
    return bool(sharing["anonymous"]), bool(sharing["named"]), name


def parse_summary(data: Any) -> WeeklySummary:
    """Turn a parsed JSON payload into a summary, or raise ``SummaryError``."""
    data = _header(data, SUMMARY_SCHEMA, SUMMARY_KEYS, OPTIONAL_SUMMARY_KEYS)
    try:
        week = IsoWeek.parse(data["week"])
    except ValidationError:
        raise SummaryError(
            REASON_MALFORMED, f"week {data['week']!r} is not an ISO week"
        ) from None
    anonymous, named, name = _sharing(data)
    calls = _capped(data, "tough_calls", CAP_TOUGH_CALLS)
    sessions = _capped(data, "exercise_sessions", CAP_EXERCISE_SESSIONS)
    minutes = _number(data, "exercise_minutes", 0, MINUTES_IN_WEEK) or 0.0
    if minutes > CAP_EXERCISE_MINUTES:
        raise SummaryError(REASON_CAP, f"exercise_minutes={minutes} is more than "
                                       f"{CAP_EXERCISE_MINUTES} in one week")
    summary = WeeklySummary(
        agent_id=data["agent_id"], week=week, created_utc=data["created_utc"],
        anonymous=anonymous, named=named, display_name=name, tough_calls=calls,
        stress_mean=_number(data, "stress_mean", 0, 10),
        stress_median=_number(data, "stress_median", 0, 10),
        high_stress_share=_number(data, "high_stress_share", 0, 1),
        categories=_categories(data["categories"], calls),
        exercise_sessions=sessions,
        exercise_minutes=minutes,
        exercise_change_mean=_number(data, "exercise_change_mean", -10, 10),
        exercise_change_sessions=_int(data, "exercise_change_sessions", sessions),
        **_workload(data, calls),
    )
    _check_consistency(summary)
    return summary


def _workload(data: Mapping[str, Any], tough_calls: int) -> dict[str, Any]:
    """``calls_handled`` and ``tough_share``: both absent/null, or a count with its share."""
    handled = (None if data.get("calls_handled") is None
               else _int(data, "calls_handled", MAX_CALLS_HANDLED))
    share = None if data.get("tough_share") is None else _number(data, "tough_share", 0, 1)
    if (share is not None) != bool(handled):
        raise SummaryError(REASON_RANGE, "tough_share needs calls_handled above 0")
    if share is not None and handled and abs(share - min(1.0, tough_calls / handled)) > 0.001:
        raise SummaryError(REASON_RANGE, "tough_share does not match the counts")
    return {"calls_handled": handled, "tough_share": share}


def _check_consistency(summary: WeeklySummary) -> None:
    has_calls = summary.tough_calls > 0
    stress = (summary.stress_mean, summary.stress_median, summary.high_stress_share)
    if any((value is not None) != has_calls for value in stress):
        raise SummaryError(REASON_RANGE, "stress figures must be present exactly when calls are")
    if (summary.exercise_change_sessions > 0) != (summary.exercise_change_mean is not None):
        raise SummaryError(REASON_RANGE, "exercise change needs rated sessions")


def parse_tombstone(data: Any) -> Tombstone:
    """Turn a parsed JSON payload into a tombstone, or raise ``SummaryError``."""
    data = _header(data, TOMBSTONE_SCHEMA, TOMBSTONE_KEYS)
    return Tombstone(agent_id=data["agent_id"], created_utc=data["created_utc"])


def tombstone_payload(agent_id: str, created_utc: str) -> dict[str, Any]:
    """The fields of a revocation file (before signing)."""
    return {"schema": TOMBSTONE_SCHEMA, "schema_version": SCHEMA_VERSION,
            "agent_id": agent_id, "created_utc": created_utc}
