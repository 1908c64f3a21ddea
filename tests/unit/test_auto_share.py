from collections.abc import Collection
from datetime import UTC, datetime
from typing import TypedDict

import pytest

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.auto_share import week_due_for_auto_share

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # Tuesday of 2026-W48
LONG_AGO = datetime(2026, 10, 1, tzinfo=UTC)


def due(enabled: bool = True, opted_in: bool = True, opted_in_at: datetime | None = LONG_AGO,
        shared_weeks: Collection[str] = frozenset()) -> IsoWeek | None:
    return week_due_for_auto_share(NOW, enabled=enabled, opted_in=opted_in,
                                   opted_in_at=opted_in_at, shared_weeks=shared_weeks)


def test_last_week_is_due_once_opted_in() -> None:
    assert str(due()) == "2026-W47"


class Changes(TypedDict, total=False):
    enabled: bool
    opted_in: bool
    opted_in_at: datetime | None
    shared_weeks: Collection[str]


@pytest.mark.parametrize("changes", [
    {"enabled": False},
    {"opted_in": False},
    {"opted_in_at": None},
    {"shared_weeks": {"2026-W47"}},
    # opted in during last week (Wednesday of W47): that week is never shared on its own
    {"opted_in_at": datetime(2026, 11, 18, 12, 0, tzinfo=UTC)},
    {"opted_in_at": datetime(2026, 11, 24, 8, 0, tzinfo=UTC)},
])
def test_nothing_is_due(changes: Changes) -> None:
    assert due(**changes) is None


def test_opting_in_before_last_monday_makes_last_week_due() -> None:
    assert str(due(opted_in_at=datetime(2026, 11, 15, 23, 0, tzinfo=UTC))) == "2026-W47"
