"""The lead's report: the aggregator's signed weekly reports plus named summaries, nothing else."""

from __future__ import annotations

from pathlib import Path

from wellbeing_app.domain.team.lead_report import LeadReport
from wellbeing_app.domain.team.public_keys import AggregatorPublicKey
from wellbeing_app.domain.team.published_week import PublishedWeek, parse_published
from wellbeing_app.domain.team.summary_validation import (
    REASON_DUPLICATE,
    REASON_MALFORMED,
    REASON_NAME,
    REASON_NO_AGGREGATOR,
    REASON_SIGNATURE,
    SummaryError,
)
from wellbeing_app.domain.team.team_aggregation import Rejection
from wellbeing_app.team.capped_read import read_capped
from wellbeing_app.team.folder_reader import MAX_FILE_BYTES, FolderReader
from wellbeing_app.team.signed_envelope import open_signed
from wellbeing_app.team.summary_writer import REPORT_NAME


def _read_report(folder: Path, name: str, aggregator: AggregatorPublicKey) -> PublishedWeek:
    path = folder / name
    payload, signer = open_signed(read_capped(str(path), MAX_FILE_BYTES, path.lstat().st_size))
    if signer != aggregator.signing:
        raise SummaryError(REASON_SIGNATURE, "not signed by the aggregator in the policy")
    published = parse_published(payload)
    match = REPORT_NAME.match(name)
    if match is None or match.group("week") != str(published.week):
        raise SummaryError(REASON_NAME, "the name does not match the week inside")
    return published


def _reports(folder: Path, names: tuple[str, ...], aggregator: AggregatorPublicKey | None,
             rejected: list[Rejection]) -> list[PublishedWeek]:
    weeks: dict[str, PublishedWeek] = {}
    for name in names:
        if aggregator is None:
            rejected.append(Rejection(name, REASON_NO_AGGREGATOR, "no aggregator key is set "
                                      "(team_aggregator_public_key), so it cannot be checked"))
            continue
        try:
            published = _read_report(folder, name, aggregator)
        except SummaryError as error:
            rejected.append(Rejection(name, error.reason, error.detail))
            continue
        except OSError as error:
            rejected.append(Rejection(name, REASON_MALFORMED,
                                      f"cannot read: {error.strerror or error}"))
            continue
        if str(published.week) in weeks:
            rejected.append(Rejection(name, REASON_DUPLICATE, "another report for this week"))
            continue
        weeks[str(published.week)] = published
    return [weeks[key] for key in sorted(weeks)]


def build_team_report(folder: Path, aggregator: AggregatorPublicKey | None,
                      aggregator_label: str = "", reader: FolderReader | None = None,
                      ) -> LeadReport:
    """Read the folder as the lead may: reports and named summaries; sealed files stay shut."""
    if not folder.is_dir():
        raise NotADirectoryError(f"The team folder {folder} does not exist.")
    scan = (reader or FolderReader()).scan(folder)
    rejected = list(scan.rejected)
    weeks = _reports(folder, scan.reports, aggregator, rejected)
    named = sorted(scan.summaries, key=lambda s: (s.display_name or "", s.agent_id, s.week))
    return LeadReport(tuple(weeks), tuple(named),
                      tuple(sorted(rejected, key=lambda r: r.file_name)), scan.files_seen,
                      len(scan.sealed), aggregator_label, aggregator is not None)
