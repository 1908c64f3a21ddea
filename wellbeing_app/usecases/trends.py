"""The trends report and the history page, shared by the trends window and `wellbeing stats`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from wellbeing_app.domain.calls.logged_call import LoggedCall
from wellbeing_app.domain.exercises.exercise_effect import exercise_label
from wellbeing_app.domain.trends.trend_range import TrendRange
from wellbeing_app.domain.trends.trend_report import TrendReport, range_start
from wellbeing_app.store.journal import Journal


def trends_report(journal: Journal, trend_range: TrendRange, today: date,
                  label_for: Callable[[str], str] = exercise_label) -> TrendReport:
    """Every figure and insight of one range, from the journal's read-only aggregates."""
    return journal.trends.report(trend_range, today, label_for)


def history_since(journal: Journal, trend_range: TrendRange, today: date) -> date | None:
    """The first local day the history shows for a range (``None``: everything)."""
    if trend_range is TrendRange.ALL:
        return None
    return range_start(trend_range, today, journal.trends.first_day())


def history_page(journal: Journal, since: date | None, category: str | None,
                 limit: int, offset: int) -> tuple[list[LoggedCall], int]:
    """Newest entries first (one page) and how many match in all."""
    return journal.trends.history(since, category, limit=limit, offset=offset)
