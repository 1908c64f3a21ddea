"""Builders for team-sharing tests: agents, their summaries and signed files."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.summary_validation import tombstone_payload
from wellbeing_app.domain.team.weekly_summary import (
    ExerciseRecord,
    WeeklySummary,
    build_summary,
    summary_payload,
)
from wellbeing_app.team.admin_key import AdminKey
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.aggregator import AggregateResult, Aggregator, AggregatorPolicy
from wellbeing_app.team.aggregator_key import AggregatorKey
from wellbeing_app.team.aggregator_state import AggregatorState, state_path
from wellbeing_app.team.roster_file import read_roster, write_roster
from wellbeing_app.team.share_files import sealed_file
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
    """``agents`` named summaries (the kind the lead reads in clear)."""
    keys = [AgentKey.ephemeral() for _ in range(agents)]
    for number, key in enumerate(keys):
        options: dict[str, Any] = {"name": f"Agent {number}", "anonymous": False, **kwargs}
        write_summary(folder, key, summary_for(key, week, **options))
    return keys


def with_agent(summary: WeeklySummary, key: AgentKey) -> WeeklySummary:
    return replace(summary, agent_id=key.agent_id)


@dataclass(frozen=True)
class Agent:
    """An agent's signing key and pseudonym secret, as kept in its data folder."""

    key: AgentKey
    secret: bytes

    @classmethod
    def new(cls) -> Agent:
        return cls(AgentKey.ephemeral(), secrets.token_bytes(32))


@dataclass(frozen=True)
class It:
    """IT's aggregator and enrollment keys."""

    aggregator: AggregatorKey = field(default_factory=AggregatorKey.generate)
    admin: AdminKey = field(default_factory=AdminKey.generate)

    def policy(self) -> dict[str, str]:
        return {"team_aggregator_public_key": self.aggregator.public.line(),
                "team_aggregator_label": "Contoso IT service desk",
                "team_admin_public_key": self.admin.public.line()}


def write_it_policy(folder: Path, it: It) -> Path:
    """IT's policy file with the team keys locked, as ``/etc/between-calls/policy.toml`` would
    hold them: the keys are policy-only, so a test cannot put them in an agent's own settings."""
    path = folder / "it-policy.toml"
    path.write_text("[locked]\n" + "".join(f'{key} = "{value}"\n'
                                            for key, value in it.policy().items()),
                    encoding="utf-8")
    return path


def share_sealed(folder: Path, agent: Agent, it: It, week: IsoWeek = WEEK,
                 **kwargs: Any) -> Path:
    """Write what an agent's anonymous share writes: one sealed file."""
    figures = summary_for(agent.key, week, **kwargs)
    file = sealed_file(figures, week, agent.key, agent.secret, it.aggregator.public)
    return SummaryWriter(folder).write(file.name, file.text)


def enroll(folder: Path, it: It, agents: list[Agent]) -> None:
    """IT signs a roster listing ``agents``."""
    roster = read_roster(folder, it.admin.public).enroll(
        [a.key.public_bytes for a in agents], "2026-11-20T08:00:00Z")
    write_roster(folder, roster, it.admin)


def sealed_team(folder: Path, it: It, enrolled: int, forged: int = 0,
                week: IsoWeek = WEEK) -> list[Agent]:
    """``enrolled`` rostered agents and ``forged`` unrostered ones, each sharing anonymously."""
    agents = [Agent.new() for _ in range(enrolled + forged)]
    enroll(folder, it, agents[:enrolled])
    for agent in agents:
        share_sealed(folder, agent, it, week)
    return agents


def aggregate(folder: Path, it: It, state_dir: Path, week: IsoWeek | None = WEEK,
              today: date = date(2026, 11, 30), min_group: int = 10) -> AggregateResult:
    """Run the aggregator the way ``wellbeing team aggregate`` does."""
    state = AggregatorState.load(state_path(state_dir, folder), folder)
    policy = AggregatorPolicy(min_group, 1.0, "Contoso IT service desk")
    return Aggregator(folder, it.aggregator, it.admin.public, state, policy,
                      "2026-11-30T08:00:00Z").run(today, week)
