"""The team half of ``wellbeing self-test``: sign, seal, write, read back and verify."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.weekly_summary import build_summary
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.aggregator_key import AggregatorKey
from wellbeing_app.team.folder_reader import FolderReader
from wellbeing_app.team.sealed_file import parse_sealed
from wellbeing_app.team.share_files import named_file, sealed_file
from wellbeing_app.team.signed_envelope import open_signed
from wellbeing_app.team.summary_writer import SummaryWriter


def _check_sealing(key: AgentKey) -> list[str]:
    """A sealed summary opens only with the aggregator's key and carries a valid signature."""
    aggregator = AggregatorKey.generate()
    week = IsoWeek(2026, 1)
    figures = build_summary(agent_id=key.agent_id, week=week, created_utc="2026-01-05T08:00:00Z",
                            calls=[(7, ("other",))], exercises=[], anonymous=True,
                            display_name=None)
    file = sealed_file(figures, week, key, secrets.token_bytes(32), aggregator.public)
    inner = aggregator.open(parse_sealed(file.text.encode("utf-8")).ciphertext)
    _, signer = open_signed(inner)
    return [] if signer == key.public_bytes else ["team: a sealed summary did not open back"]


def check_team_files() -> list[str]:
    """Prove Ed25519 signing, sealing and strict reading work in this build; return problems."""
    key = AgentKey.ephemeral()
    week = IsoWeek(2026, 1)
    summary = build_summary(agent_id=key.agent_id, week=week, created_utc="2026-01-05T08:00:00Z",
                            calls=[(7, ("other",))], exercises=[], anonymous=False,
                            display_name="Self test")
    with tempfile.TemporaryDirectory(prefix="wellbeing-team-selftest-") as scratch:
        folder = Path(scratch)
        file = named_file(summary, week, key, "Self test")
        SummaryWriter(folder).write(file.name, file.text)
        (folder / f"summary-{key.agent_id}-2026-W02.json").write_text(
            file.text.replace('"tough_calls": 1', '"tough_calls": 2'))
        scan = FolderReader(workers=1).scan(folder)
    problems = []
    if [s.agent_id for s in scan.summaries] != [key.agent_id]:
        problems.append("team: a signed summary did not read back")
    if [r.reason for r in scan.rejected] != ["bad signature"]:
        problems.append("team: a tampered summary was not rejected")
    return problems + _check_sealing(key)
