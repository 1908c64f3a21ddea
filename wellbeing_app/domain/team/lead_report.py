"""What the team lead sees: the aggregator's published weeks, named summaries, rejections."""

from __future__ import annotations

from dataclasses import dataclass

from wellbeing_app.domain.team.published_week import PublishedWeek
from wellbeing_app.domain.team.team_aggregation import Rejection
from wellbeing_app.domain.team.weekly_summary import WeeklySummary


@dataclass(frozen=True)
class LeadReport:
    """Never any single agent's anonymous figures: those stay sealed for the aggregator."""

    weeks: tuple[PublishedWeek, ...]
    named: tuple[WeeklySummary, ...]
    rejected: tuple[Rejection, ...]
    files_seen: int
    sealed_files: int
    aggregator_label: str
    aggregator_configured: bool
