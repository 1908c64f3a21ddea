import json
import sqlite3
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.support.cli import run
from tests.support.team_factory import It, write_it_policy
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.exercises.exercise_session import SessionRecord
from wellbeing_app.platform.settings.policy_file import POLICY_ENV
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.store.settings.settings_store import SettingsStore
from wellbeing_app.team.agent_key import AgentKey


@pytest.fixture
def agent(tmp_path: Path, clock: ManualClock) -> Path:
    data = tmp_path / "agent"
    data.mkdir()
    for stress, at in ((8, "2026-11-17T10:00"), (3, "2026-11-18T11:00"), (9, "2026-11-19T09:00")):
        run(["log", "--stress", str(stress), "--category", "hostile", "--note", "private words",
             "--at", at], data, clock)
    run(["log", "--stress", "5", "--at", "2026-11-24T09:00"], data, clock)  # another week
    return data


def set_settings(data: Path, **values: object) -> None:
    journal = Journal.open(data / DB_FILENAME)
    journal.settings.save(values)
    journal.close()


IT = It()


@pytest.fixture(autouse=True)
def it_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every machine in these tests has IT's policy with the team keys (policy-only settings)."""
    monkeypatch.setenv(POLICY_ENV, str(write_it_policy(tmp_path, IT)))


def opt_in(data: Path, folder: Path, **extra: object) -> None:
    folder.mkdir(exist_ok=True)
    set_settings(data, **{"share_anonymous": True, "team_folder": str(folder), **extra})


def test_preview_shows_words_and_the_exact_file(agent: Path, clock: ManualClock) -> None:
    code, out, _ = run(["summary", "preview", "--week", "2026-W47"], agent, clock)
    assert code == 0
    assert "3 tough calls logged; stress mean 6.67, median 8.0; 67 % rated 7 or more." in out
    assert "private words" not in out and "10:00" not in out
    assert "is sealed for Contoso IT service desk; only Contoso IT service desk can open" in out
    code, out, _ = run(["summary", "preview", "--week", "2026-W47", "--json"], agent, clock)
    preview = json.loads(out)
    [sealed] = preview["files"]
    inside = sealed["sealed_contents"]["payload"]
    assert inside["tough_calls"] == 3 and inside["week"] == "2026-W47"
    assert set(sealed["contents"]) == {"format", "version", "week", "recipient", "sealed"}
    assert not AgentKey.path_in(agent).exists()  # a preview makes no key


def test_sharing_refuses_unless_opted_in(agent: Path, tmp_path: Path, clock: ManualClock) -> None:
    code, _, err = run(["summary", "share", "--week", "2026-W47"], agent, clock)
    assert code == 2 and "opt in" in err and err.count("\n") == 1
    set_settings(agent, share_named=True)
    code, _, err = run(["summary", "share", "--week", "2026-W47"], agent, clock)
    assert code == 2 and "display name" in err


def test_share_writes_one_signed_file_and_keeps_an_audit_trail(
    agent: Path, tmp_path: Path, clock: ManualClock
) -> None:
    folder = tmp_path / "team"
    opt_in(agent, folder)
    assert run(["summary", "share", "--week", "2026-W47"], agent, clock)[0] == 0
    assert run(["summary", "share", "--week", "2026-W47"], agent, clock)[0] == 0
    files = list(folder.iterdir())
    assert len(files) == 1 and files[0].name.startswith("sealed-2026-W47-")
    _code, out, _ = run(["summary", "list", "--json"], agent, clock)
    records = json.loads(out)
    assert len(records) == 2 and records[-1]["file_name"] == files[0].name
    import hashlib

    assert records[-1]["sha256"] == hashlib.sha256(files[0].read_bytes()).hexdigest()
    assert "sha256" in run(["summary", "list"], agent, clock)[1]


def test_named_sharing_carries_the_display_name(agent: Path, tmp_path: Path,
                                                clock: ManualClock) -> None:
    folder = tmp_path / "team"
    opt_in(agent, folder, share_named=True, display_name="Sam")
    run(["summary", "share", "--week", "2026-W47"], agent, clock)
    _code, out, _ = run(["team", "report", str(folder), "--json"], agent, clock)
    assert [n["display_name"] for n in json.loads(out)["named"]] == ["Sam"]


def test_revoke_removes_files_and_leaves_a_tombstone(agent: Path, tmp_path: Path,
                                                     clock: ManualClock) -> None:
    folder = tmp_path / "team"
    opt_in(agent, folder)
    run(["summary", "share", "--week", "2026-W47"], agent, clock)
    old_key = AgentKey.load(agent)
    assert old_key is not None
    old_id = old_key.agent_id
    code, out, _ = run(["summary", "revoke"], agent, clock)
    assert code == 0 and "1 of your files were removed" in out
    assert [p.name for p in folder.iterdir()] == [f"revoked-{old_id}.json"]
    assert AgentKey.load(agent) is None
    assert run(["summary", "share", "--week", "2026-W47"], agent, clock)[0] == 2
    code, out, _ = run(["summary", "revoke"], agent, clock)
    assert code == 0 and out.strip() == "Sharing is off."


def test_revoke_turns_both_opt_ins_off_together_or_neither(
        agent: Path, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    opt_in(agent, tmp_path / "team", share_named=True, display_name="Sam")
    assert run(["summary", "share", "--week", "2026-W47"], agent, clock)[0] == 0
    real_save = SettingsStore.save

    def fail_on_named(self: SettingsStore, changes: Mapping[str, object]) -> None:
        if "share_named" in changes:
            raise sqlite3.OperationalError("disk I/O error")
        real_save(self, changes)

    monkeypatch.setattr(SettingsStore, "save", fail_on_named)
    code, _, err = run(["summary", "revoke"], agent, clock)
    assert code == 2 and "disk I/O error" in err
    monkeypatch.undo()
    journal = Journal.open(agent / DB_FILENAME)
    try:
        stored = journal.settings.user_values()
        assert (stored["share_anonymous"], stored["share_named"]) == (True, True)
    finally:
        journal.close()


def test_team_report_html_and_json(tmp_path: Path, clock: ManualClock) -> None:
    from tests.support.team_factory import aggregate, sealed_team

    folder = tmp_path / "team"
    folder.mkdir()
    sealed_team(folder, IT, 10)
    aggregate(folder, IT, tmp_path)
    (folder / "junk.txt").write_text("hello")
    out_file = tmp_path / "report.html"
    code, _, err = run(["team", "report", str(folder), "--html", str(out_file)], tmp_path, clock)
    assert code == 0 and "1 files not counted" in err
    page = out_file.read_text()
    assert page.startswith("<!DOCTYPE html>") and "junk.txt" in page
    assert "<link" not in page and "<script" not in page and "http" not in page
    code, out, _ = run(["team", "report", str(folder), "--json"], tmp_path, clock)
    data = json.loads(out)
    assert data["weeks"][0]["min_group"] == 10 and data["weeks"][0]["epsilon"] == 1.0
    assert data["weeks"][0]["figures"]["agents"]["value"] == 10


@pytest.mark.parametrize("argv, message", [
    (["summary", "preview", "--week", "2026-48"], "ISO week"),
    (["summary", "preview", "--week", "2099-W01"], "not started"),
    (["team", "report", "/nonexistent/team"], "does not exist"),
    (["team", "report", __file__], "is a file, not a folder"),
    (["team", "report"], "Name the team folder"),
])
def test_bad_input_exits_2(tmp_path: Path, clock: ManualClock, argv: list[str],
                           message: str) -> None:
    code, _, err = run(argv, tmp_path, clock)
    assert code == 2 and message in err and err.count("\n") == 1


def test_html_report_into_a_folder_names_the_target_and_leaves_no_temp_file(
        tmp_path: Path, clock: ManualClock) -> None:
    target = tmp_path / "out"
    target.mkdir()
    code, _, err = run(["team", "report", str(tmp_path), "--html", str(target)], tmp_path, clock)
    assert code == 2 and err.count("\n") == 1
    assert err.rstrip().endswith(str(target))
    assert list(target.iterdir()) == []
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out-")]


def test_exercises_in_the_exercises_feature_schema_are_summarised(tmp_path: Path) -> None:
    from wellbeing_app.domain.iso_week import IsoWeek

    journal = Journal.open(tmp_path / DB_FILENAME)  # the exercises migration made the table
    assert journal.shares.week_exercises(IsoWeek(2026, 47)) == []
    plus1 = timezone(timedelta(hours=1))
    journal.exercises.record_many([
        SessionRecord("breathing", "box", datetime(2026, 11, 17, 0, 30, tzinfo=plus1),
                      datetime(2026, 11, 17, 0, 32, tzinfo=plus1), 120, 90, True,
                      stress_before=8, stress_after=5),
        SessionRecord("pmr", "desk_quick", datetime(2026, 11, 23, 10, 0, tzinfo=plus1),
                      datetime(2026, 11, 23, 10, 2, tzinfo=plus1), 120, 120, True)])
    records = journal.shares.week_exercises(IsoWeek(2026, 47))
    assert [(r.minutes, r.stress_before, r.stress_after) for r in records] == [(1.5, 8, 5)]
    journal.close()


def test_revoking_named_sharing_removes_the_name_from_shared_files(
    agent: Path, tmp_path: Path, clock: ManualClock
) -> None:
    folder = tmp_path / "team"
    opt_in(agent, folder, share_named=True, display_name="Sam")
    run(["summary", "share", "--week", "2026-W47"], agent, clock)
    run(["summary", "share", "--week", "2026-W46"], agent, clock)
    clock.advance(60)
    code, out, _ = run(["summary", "revoke", "--named-only"], agent, clock)
    assert code == 0 and "2 named files were deleted" in out
    code, out, _ = run(["team", "report", str(folder), "--json"], agent, clock)
    data = json.loads(out)
    assert data["named"] == [] and data["rejected"] == []
    assert all("Sam" not in p.read_text() for p in folder.iterdir())
    assert len(list(folder.glob("sealed-*.json"))) == 2  # anonymous sharing goes on
    assert run(["summary", "share", "--week", "2026-W47"], agent, clock)[0] == 0


def test_named_only_files_are_deleted_when_the_name_is_withdrawn(
    agent: Path, tmp_path: Path, clock: ManualClock
) -> None:
    folder = tmp_path / "team"
    opt_in(agent, folder, share_anonymous=False, share_named=True, display_name="Sam")
    run(["summary", "share", "--week", "2026-W47"], agent, clock)
    assert len(list(folder.iterdir())) == 1
    run(["summary", "revoke", "--named-only"], agent, clock)
    assert list(folder.iterdir()) == []


def test_admin_policy_reaches_the_team_settings(tmp_path: Path) -> None:
    from wellbeing_app.domain.settings.layers import Policy
    from wellbeing_app.domain.team.team_settings import team_settings_from
    from wellbeing_app.platform.settings.settings_service import SettingsService

    journal = Journal.open(tmp_path / DB_FILENAME)
    journal.settings.save({"team_min_group": 7, "display_name": "Sam"})
    locked = Policy(presets={"team_folder": "/srv/team"}, locked={"team_min_group": 15})
    loaded = team_settings_from(SettingsService(journal.settings, lambda: locked).values)
    journal.close()
    assert (loaded.min_group, loaded.team_folder, loaded.display_name) == (15, "/srv/team", "Sam")
