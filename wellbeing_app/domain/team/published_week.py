"""A week's team figures as the aggregator publishes them, and reading them back strictly."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.privacy_rules import Figure
from wellbeing_app.domain.team.summary_validation import (
    REASON_MALFORMED,
    SummaryError,
    check_categories,
    check_schema,
    check_timestamp,
)
from wellbeing_app.domain.team.team_aggregation import FIGURE_LABELS, TeamWeek

REPORT_SCHEMA = "between-calls/team-report"
SCHEMA_VERSION = 1
REPORT_KEYS = frozenset({"schema", "schema_version", "week", "created_utc", "aggregator",
                         "min_group", "epsilon", "counted", "rejected", "figures", "categories"})
FIGURE_KEYS = frozenset({"value", "text", "suppressed", "uncertainty"})
_TEXT_MAX = 200


@dataclass(frozen=True)
class PublishedWeek:
    """What the lead may see of one week: the aggregator's noisy, suppressed figures.

    ``counted`` (summaries counted) is ``None`` when it is below the minimum group.
    """

    team: TeamWeek
    counted: int | None
    rejected: Mapping[str, int]
    min_group: int
    epsilon: float | None
    aggregator: str
    created_utc: str

    @property
    def week(self) -> IsoWeek:
        """The ISO week."""
        return self.team.week


def figure_payload(figure: Figure) -> dict[str, Any]:
    """One figure as the report files and ``team report --json`` carry it."""
    return {"value": figure.value, "text": figure.text, "suppressed": figure.suppressed,
            "uncertainty": figure.uncertainty}


def published_payload(published: PublishedWeek) -> dict[str, Any]:
    """The fields the aggregator signs."""
    team = published.team
    return {"schema": REPORT_SCHEMA, "schema_version": SCHEMA_VERSION, "week": str(team.week),
            "created_utc": published.created_utc, "aggregator": published.aggregator,
            "min_group": published.min_group, "epsilon": published.epsilon,
            "counted": published.counted, "rejected": dict(sorted(published.rejected.items())),
            "figures": {f.key: figure_payload(f) for f in team.figures},
            "categories": {key: figure_payload(f) for key, f in team.categories}}


def _text(value: Any, name: str, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > _TEXT_MAX or not value.isprintable():
        raise SummaryError(REASON_MALFORMED, f"{name} must be one short line of text")
    return value


def _count(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
        raise SummaryError(REASON_MALFORMED, f"{name} must be a whole number")
    return value


def _parse_figure(key: str, raw: Any) -> Figure:
    if not isinstance(raw, Mapping) or set(raw) != FIGURE_KEYS:
        raise SummaryError(REASON_MALFORMED, f"figure {key!r} needs exactly {sorted(FIGURE_KEYS)}")
    value = raw["value"]
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)
                              or not math.isfinite(value)):
        raise SummaryError(REASON_MALFORMED, f"figure {key!r} has no usable value")
    suppressed = _text(raw["suppressed"], f"{key}.suppressed", optional=True)
    if (value is None) != (suppressed is not None):
        raise SummaryError(REASON_MALFORMED, f"figure {key!r} is either shown or hidden")
    return Figure(key, None if value is None else float(value), _text(raw["text"], key),
                  suppressed, _text(raw["uncertainty"], f"{key}.uncertainty", optional=True))


def _figures(raw: Any) -> tuple[Figure, ...]:
    if not isinstance(raw, Mapping) or set(raw) != set(FIGURE_LABELS):
        raise SummaryError(REASON_MALFORMED, "figures must hold exactly the team figures")
    return tuple(_parse_figure(key, raw[key]) for key in FIGURE_LABELS)


def _categories(raw: Any) -> tuple[tuple[str, Figure], ...]:
    cells = check_categories(raw, "figures")
    return tuple((key, _parse_figure(key, cells[key])) for key in sorted(cells))


def _rejected(raw: Any) -> dict[str, int]:
    if not isinstance(raw, Mapping) or len(raw) > 32:
        raise SummaryError(REASON_MALFORMED, "rejected must count files by reason")
    return {_text(reason, "reason"): _count(count, "rejected") for reason, count in raw.items()}


def parse_published(data: Any) -> PublishedWeek:
    """A signed report payload turned back into figures, or ``SummaryError``."""
    data = check_schema(data, REPORT_SCHEMA, REPORT_KEYS, version=SCHEMA_VERSION)
    try:
        week = IsoWeek.parse(data["week"])
    except ValidationError:
        raise SummaryError(REASON_MALFORMED, "week is not an ISO week") from None
    epsilon = data["epsilon"]
    if epsilon is not None and (isinstance(epsilon, bool) or not isinstance(epsilon, int | float)
                                or not math.isfinite(epsilon) or epsilon <= 0):
        raise SummaryError(REASON_MALFORMED, "epsilon must be a positive number or null")
    team = TeamWeek(week, _figures(data["figures"]), _categories(data["categories"]))
    counted = None if data["counted"] is None else _count(data["counted"], "counted")
    return PublishedWeek(team, counted, _rejected(data["rejected"]),
                         _count(data["min_group"], "min_group"),
                         None if epsilon is None else float(epsilon),
                         _text(data["aggregator"], "aggregator"),
                         check_timestamp(data["created_utc"]))
