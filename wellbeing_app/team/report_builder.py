"""From a team folder to a ``TeamReport``: scan, then aggregate under the privacy policy."""

from __future__ import annotations

import hashlib
from pathlib import Path

from wellbeing_app.domain.team.privacy_rules import PrivacyPolicy
from wellbeing_app.domain.team.team_aggregation import TeamReport, build_report
from wellbeing_app.domain.team.weekly_summary import WeeklySummary
from wellbeing_app.team.folder_reader import FolderReader


def content_seed(summaries: tuple[WeeklySummary, ...]) -> str:
    """A noise seed fixed by what is counted: re-opening the same files shows the same noise."""
    digest = hashlib.sha256()
    for summary in sorted(summaries, key=lambda s: (s.agent_id, s.week)):
        digest.update(f"{summary.agent_id}|{summary.week}|{summary.created_utc}\n".encode())
    return digest.hexdigest()


def build_team_report(folder: Path, min_group: int, epsilon: float | None,
                      seed: str | None = None, reader: FolderReader | None = None) -> TeamReport:
    """Read and verify every file in ``folder`` and aggregate what may be shown."""
    if not folder.is_dir():
        raise NotADirectoryError(f"The team folder {folder} does not exist.")
    scan = (reader or FolderReader()).scan(folder)
    policy = PrivacyPolicy(min_group=min_group, epsilon=epsilon,
                           seed=seed if seed is not None else content_seed(scan.summaries))
    return build_report(scan.summaries, scan.rejected, policy, scan.files_seen)
