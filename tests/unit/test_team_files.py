import json
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from tests.support.team_factory import (
    WEEK,
    summary_for,
    team_folder,
    write_summary,
    write_tombstone,
)
from wellbeing_app.domain.team.summary_validation import (
    REASON_CLEAR_ANONYMOUS,
    REASON_DUPLICATE,
    REASON_NOT_REGULAR,
    REASON_OVERSIZE,
    REASON_SIGNATURE,
    REASON_TOMBSTONED,
)
from wellbeing_app.domain.team.weekly_summary import summary_payload
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.folder_reader import MAX_FILE_BYTES, FolderReader
from wellbeing_app.team.report_builder import build_team_report
from wellbeing_app.team.signed_envelope import canonical_json, signed_text
from wellbeing_app.team.summary_writer import SummaryWriter, TeamFolderError


def reasons(folder: Path) -> dict[str, str]:
    return {r.file_name: r.reason for r in FolderReader(workers=2).scan(folder).rejected}


def test_signed_files_round_trip(tmp_path: Path) -> None:
    keys = team_folder(tmp_path, 3)
    scan = FolderReader().scan(tmp_path)
    assert {s.agent_id for s in scan.summaries} == {k.agent_id for k in keys}
    assert scan.rejected == () and scan.files_seen == 3


def test_canonical_json_is_stable_and_refuses_nan() -> None:
    assert canonical_json({"b": 1, "a": [1.5, "é"]}) == b'{"a":[1.5,"\\u00e9"],"b":1}'
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


def test_a_tampered_file_is_rejected_and_the_rest_still_count(tmp_path: Path) -> None:
    keys = team_folder(tmp_path, 10)
    victim = next(tmp_path.glob(f"summary-{keys[0].agent_id}-*"))
    data = json.loads(victim.read_text())
    data["payload"]["tough_calls"] = 0
    data["payload"]["stress_mean"] = data["payload"]["stress_median"] = None
    data["payload"]["high_stress_share"] = None
    data["payload"]["categories"] = {}
    victim.write_text(json.dumps(data))
    assert reasons(tmp_path) == {victim.name: REASON_SIGNATURE}
    assert len(FolderReader().scan(tmp_path).summaries) == 9


def test_a_forged_key_cannot_sign_for_another_agent(tmp_path: Path) -> None:
    real, forger = AgentKey.ephemeral(), AgentKey.ephemeral()
    payload = summary_payload(summary_for(real))
    text = signed_text(payload, forger)  # forger's key, victim's agent id
    (tmp_path / f"summary-{real.agent_id}-{WEEK}.json").write_text(text)
    assert list(reasons(tmp_path).values()) == [REASON_SIGNATURE]


def test_a_revoked_agent_disappears(tmp_path: Path) -> None:
    keys = team_folder(tmp_path, 10)
    assert len(build_team_report(tmp_path, None).named) == 10
    write_tombstone(tmp_path, keys[3])
    report = build_team_report(tmp_path, None)
    assert len(report.named) == 9
    assert [r.reason for r in report.rejected] == [REASON_TOMBSTONED]
    assert keys[3].agent_id in report.rejected[0].file_name


def test_a_tombstone_signed_by_someone_else_is_rejected(tmp_path: Path) -> None:
    keys = team_folder(tmp_path, 1)
    name = f"revoked-{keys[0].agent_id}.json"
    forged = json.loads((next(tmp_path.iterdir())).read_text())
    forged["payload"] = {"schema": "between-calls/tombstone", "schema_version": 1,
                         "agent_id": keys[0].agent_id, "created_utc": "2026-11-30T08:00:00Z"}
    (tmp_path / name).write_text(json.dumps(forged))
    scan = FolderReader().scan(tmp_path)
    assert len(scan.summaries) == 1 and reasons(tmp_path) == {name: REASON_SIGNATURE}


def test_newest_file_per_agent_and_week_wins(tmp_path: Path) -> None:
    key = AgentKey.ephemeral()
    old = summary_for(key, stresses=(1,), created="2026-11-23T08:00:00Z", name="Sam",
                      anonymous=False)
    new = summary_for(key, stresses=(9, 9), created="2026-11-24T08:00:00Z", name="Sam",
                      anonymous=False)
    write_summary(tmp_path, key, new)
    copy = f"summary-{key.agent_id}-{WEEK} (conflicted copy).json"
    write_summary(tmp_path, key, old, copy)
    scan = FolderReader().scan(tmp_path)
    assert [s.tough_calls for s in scan.summaries] == [2]
    assert {r.file_name: r.reason for r in scan.rejected} == {copy: REASON_DUPLICATE}


def test_oversize_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            ) -> None:
    key = AgentKey.ephemeral()
    huge = tmp_path / f"summary-{key.agent_id}-{WEEK}.json"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # a sparse 2 GiB file
    opened: list[str] = []
    real_open = os.open

    def spying_open(path: str, flags: int, *mode: int) -> int:
        opened.append(str(path))
        return real_open(path, flags, *mode)

    monkeypatch.setattr(os, "open", spying_open)
    assert reasons(tmp_path) == {huge.name: REASON_OVERSIZE}
    assert str(huge) not in opened
    assert MAX_FILE_BYTES == 16 * 1024


@pytest.mark.parametrize("name", ["../escape.json", "summary-x.json", "notes.txt",
                                  "summary-" + "a" * 32 + "-2026-W47/evil.json"])
def test_the_writer_never_writes_outside_or_under_odd_names(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    with pytest.raises(TeamFolderError):
        SummaryWriter(folder).write(name, "{}")
    assert list(tmp_path.rglob("*.json")) == []


def test_the_writer_refuses_a_symlink_target_and_a_missing_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    outside.write_text("keep")
    folder = tmp_path / "team"
    folder.mkdir()
    name = f"summary-{'a' * 32}-{WEEK}.json"
    (folder / name).symlink_to(outside)
    with pytest.raises(TeamFolderError):
        SummaryWriter(folder).write(name, "{}")
    assert outside.read_text() == "keep"
    with pytest.raises(TeamFolderError):
        SummaryWriter(tmp_path / "missing").write(name, "{}")
    with pytest.raises(TeamFolderError):
        SummaryWriter("").write(name, "{}")
    with pytest.raises(TeamFolderError):
        SummaryWriter("relative/team").write(name, "{}")


def test_a_team_folder_that_is_a_file_or_unwritable_is_named_plainly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"summary-{'a' * 32}-{WEEK}.json"
    blocker = tmp_path / "team.txt"
    blocker.write_text("keep")
    with pytest.raises(TeamFolderError, match="is a file, not a folder"):
        SummaryWriter(blocker).write(name, "{}")
    assert blocker.read_text() == "keep"

    def refuse(**_: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(tmp_path / ".tmp-x.part"))

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(TeamFolderError) as info:
        SummaryWriter(tmp_path).write(name, "{}")
    assert str(info.value) == f"Cannot write to the team folder {tmp_path}: Permission denied."


def test_symlinks_and_directories_in_the_folder_are_listed_not_followed(tmp_path: Path) -> None:
    secret = tmp_path.parent / f"{tmp_path.name}-secret.json"
    secret.write_text("{}")
    name = f"summary-{'b' * 32}-{WEEK}.json"
    (tmp_path / name).symlink_to(secret)
    (tmp_path / f"summary-{'c' * 32}-{WEEK}.json").mkdir()
    assert set(reasons(tmp_path).values()) == {REASON_NOT_REGULAR}


def test_the_key_is_private_and_stable(tmp_path: Path) -> None:
    key = AgentKey.load_or_create(tmp_path)
    path = AgentKey.path_in(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert AgentKey.load_or_create(tmp_path).agent_id == key.agent_id
    path.chmod(0o644)
    assert AgentKey.load(tmp_path) is not None and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert AgentKey.forget(tmp_path) and AgentKey.load(tmp_path) is None


def test_named_files_are_readable_by_the_lead(tmp_path: Path) -> None:
    key = AgentKey.ephemeral()
    path = write_summary(tmp_path, key, replace(summary_for(key, name="Sam")))
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_the_signature_cache_never_hides_a_tampered_file(tmp_path: Path) -> None:
    from wellbeing_app.team.verified_cache import VerifiedCache

    folder = tmp_path / "team"
    folder.mkdir()
    keys = team_folder(folder, 3)
    cache_file = tmp_path / "cache.bin"
    assert FolderReader(cache=VerifiedCache(cache_file)).scan(folder).rejected == ()
    assert len(VerifiedCache(cache_file).digests) == 3
    victim = next(folder.glob(f"summary-{keys[0].agent_id}-*"))
    victim.write_text(victim.read_text().replace('"tough_calls": 3', '"tough_calls": 4'))
    scan = FolderReader(cache=VerifiedCache(cache_file)).scan(folder)
    assert len(scan.summaries) == 2
    assert [(r.file_name, r.reason) for r in scan.rejected] == [(victim.name, REASON_SIGNATURE)]


def test_html_report_escapes_everything_and_never_shows_a_bare_zero(tmp_path: Path) -> None:
    from wellbeing_app.team.report_format import report_to_html

    key = AgentKey.ephemeral()
    write_summary(tmp_path, key, summary_for(key, stresses=(1, 2), name="<b>Sam</b>",
                                                  anonymous=False))
    (tmp_path / "<script>.json").write_text("{}")
    page = report_to_html(build_team_report(tmp_path, None), {}, "now")
    assert "&lt;b&gt;Sam&lt;/b&gt;" in page and "<script>" not in page
    assert "&lt; 5 %" in page and ">0 %<" not in page


def test_html_report_numbers_the_reasons_for_hidden_figures(tmp_path: Path) -> None:
    from tests.support.team_factory import It, aggregate, sealed_team
    from wellbeing_app.team.report_format import report_to_html

    it = It()
    folder = tmp_path / "team"
    folder.mkdir()
    sealed_team(folder, it, 9)
    aggregate(folder, it, tmp_path)
    report = build_team_report(folder, it.aggregator.public, "Contoso IT")
    page = report_to_html(report, {}, "now")
    assert "hidden [1]" in page and "<li>fewer than 10 agents contributed</li>" in page
    assert "signed by Contoso IT" in page and "11 files in the folder, 9 of them sealed" in page


def test_anonymous_figures_in_clear_are_never_counted(tmp_path: Path) -> None:
    key = AgentKey.ephemeral()
    path = write_summary(tmp_path, key, summary_for(key, anonymous=True))
    assert reasons(tmp_path) == {path.name: REASON_CLEAR_ANONYMOUS}


def test_reports_signed_by_anyone_but_the_aggregator_are_refused(tmp_path: Path) -> None:
    from tests.support.team_factory import It, aggregate, sealed_team
    from wellbeing_app.domain.team.summary_validation import REASON_NO_AGGREGATOR

    real, other = It(), It()
    folder = tmp_path / "team"
    folder.mkdir()
    sealed_team(folder, real, 10)
    aggregate(folder, real, tmp_path)
    assert len(build_team_report(folder, real.aggregator.public).weeks) == 1
    forged = build_team_report(folder, other.aggregator.public)
    assert forged.weeks == () and [r.reason for r in forged.rejected] == [REASON_SIGNATURE]
    unset = build_team_report(folder, None)
    assert [r.reason for r in unset.rejected] == [REASON_NO_AGGREGATOR]


def test_the_self_test_half_for_team_files_passes() -> None:
    from wellbeing_app.team.self_check import check_team_files

    assert check_team_files() == []
