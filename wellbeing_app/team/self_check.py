"""The team half of ``wellbeing self-test``: sign, write, read back, verify, in a scratch dir."""

from __future__ import annotations

import tempfile
from pathlib import Path

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.weekly_summary import build_summary, summary_payload
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.folder_reader import FolderReader
from wellbeing_app.team.signed_envelope import seal
from wellbeing_app.team.summary_writer import SummaryWriter, summary_file_name


def check_team_files() -> list[str]:
    """Prove Ed25519 signing and strict reading work in this build; return problems."""
    key = AgentKey.ephemeral()
    week = IsoWeek(2026, 1)
    summary = build_summary(agent_id=key.agent_id, week=week, created_utc="2026-01-05T08:00:00Z",
                            calls=[(7, ("other",))], exercises=[], anonymous=True,
                            display_name=None)
    with tempfile.TemporaryDirectory(prefix="wellbeing-team-selftest-") as scratch:
        folder = Path(scratch)
        name = summary_file_name(key.agent_id, week)
        text = seal(summary_payload(summary), key)
        SummaryWriter(folder).write(name, text)
        (folder / f"summary-{key.agent_id}-2026-W02.json").write_text(
            text.replace('"tough_calls": 1', '"tough_calls": 2'))
        scan = FolderReader(workers=1).scan(folder)
    problems = []
    if [s.agent_id for s in scan.summaries] != [key.agent_id]:
        problems.append("team: a signed summary did not read back")
    if [r.reason for r in scan.rejected] != ["bad signature"]:
        problems.append("team: a tampered summary was not rejected")
    return problems
