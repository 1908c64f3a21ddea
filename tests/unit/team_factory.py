"""Builders for team-sharing tests: agents, their summaries and signed files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.summary_validation import tombstone_payload
from wellbeing_app.domain.team.weekly_summary import (
    ExerciseRecord,
    WeeklySummary,
    build_summary,
    summary_payload,
)
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.signed_envelope import signed_text
from wellbeing_app.team.summary_writer import (
    SummaryWriter,
    summary_file_name,
    tombstone_file_name,
)

WEEK = IsoWeek(2026, 47)


def summary_for(key: AgentKey, week: IsoWeek = WEEK, stresses: tuple[int, ...] = (4, 6, 8),
                categories: tuple[str, ...] = ("hostile",), exercises: int = 1,
                name: str | None = None, anonymous: bool = True,
                created: str = "2026-11-23T08:00:00Z") -> WeeklySummary:
    return build_summary(
        agent_id=key.agent_id, week=week, created_utc=created,
        calls=[(s, categories) for s in stresses],
        exercises=[ExerciseRecord(2.0, 7, 4)] * exercises,
        anonymous=anonymous, display_name=name,
    )


def write_summary(folder: Path, key: AgentKey, summary: WeeklySummary,
                  file_name: str | None = None) -> Path:
    name = file_name or summary_file_name(key.agent_id, summary.week)
    return SummaryWriter(folder).write(name, signed_text(summary_payload(summary), key))


def write_tombstone(folder: Path, key: AgentKey) -> Path:
    text = signed_text(tombstone_payload(key.agent_id, "2026-11-30T08:00:00Z"), key)
    return SummaryWriter(folder).write(tombstone_file_name(key.agent_id), text)


def team_folder(folder: Path, agents: int, week: IsoWeek = WEEK, **kwargs: object,
                ) -> list[AgentKey]:
    keys = [AgentKey.ephemeral() for _ in range(agents)]
    for key in keys:
        write_summary(folder, key, summary_for(key, week, **kwargs))  # type: ignore[arg-type]
    return keys


def with_agent(summary: WeeklySummary, key: AgentKey) -> WeeklySummary:
    return replace(summary, agent_id=key.agent_id)
