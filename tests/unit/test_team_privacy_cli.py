"""The privacy promises end to end through the command line: what IT, agents and the lead run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import run
from tests.support.team_factory import WEEK, Agent, It, enroll, share_sealed
from wellbeing_app.cli import build_parser
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.platform.settings.policy_file import POLICY_ENV
from wellbeing_app.store.journal import DB_FILENAME, Journal


def configure(data: Path, **values: object) -> None:
    data.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(data / DB_FILENAME)
    journal.settings.save(values)
    journal.close()


@pytest.fixture
def it_setup(tmp_path: Path, clock: ManualClock,
             monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """IT makes both keys with the CLI and puts the public halves in (everyone's) policy."""
    it_dir = tmp_path / "it"
    it_dir.mkdir()
    code, aggregator_line, _ = run(["team", "aggregator-key", "--out", str(it_dir / "agg.key")],
                                   it_dir, clock)
    assert code == 0 and aggregator_line.count("\n") == 1
    code, admin_line, _ = run(["team", "admin-key", "--out", str(it_dir / "admin.key")],
                              it_dir, clock)
    assert code == 0
    policy = {"team_aggregator_public_key": aggregator_line.strip(),
              "team_aggregator_label": "Contoso IT service desk",
              "team_admin_public_key": admin_line.strip()}
    policy_file = tmp_path / "it-policy.toml"
    policy_file.write_text("[locked]\n" + "".join(f'{key} = "{value}"\n'
                                                 for key, value in policy.items()))
    monkeypatch.setenv(POLICY_ENV, str(policy_file))  # the machine policy on every seat
    folder = tmp_path / "team"
    folder.mkdir()
    return {"dir": it_dir, "policy": policy, "folder": folder}


def agent_shares(index: int, tmp_path: Path, clock: ManualClock, it_setup: dict[str, Any],
                 ) -> Path:
    data = tmp_path / f"agent{index}"
    configure(data, share_anonymous=True, team_folder=str(it_setup["folder"]))
    for minute, stress in enumerate((index % 11, 10 - index % 11)):
        run(["log", "--stress", str(stress), "--category", "hostile",
             "--at", f"2026-11-1{7 + index % 3}T10:{minute:02d}"], data, clock)
    request = tmp_path / f"request{index}.json"
    assert run(["summary", "enroll-request", "--output", str(request)], data, clock)[0] == 0
    return request


def lead_readable_objects(folder: Path) -> list[Any]:
    """Every JSON object in every file of the folder: what the lead can open."""
    found: list[Any] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            found.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in folder.iterdir():
        walk(json.loads(path.read_text()))
    return found


def test_twelve_enrolled_agents_the_lead_sees_only_the_aggregate(
        tmp_path: Path, clock: ManualClock, it_setup: dict[str, Any]) -> None:
    folder, it_dir = it_setup["folder"], it_setup["dir"]
    requests = [agent_shares(i, tmp_path, clock, it_setup) for i in range(12)]
    code, out, _ = run(["team", "enroll", *map(str, requests), "--admin-key",
                        str(it_dir / "admin.key"), "--folder", str(folder)], it_dir, clock)
    assert code == 0 and "Enrolled 12" in out
    for index in range(12):
        code, out, _ = run(["summary", "share", "--week", "2026-W47"], tmp_path / f"agent{index}",
                           clock)
        assert code == 0 and "sealed for Contoso IT service desk" in out
    # Nothing the lead can read holds one agent's figures: no per-agent object, no ids.
    objects = lead_readable_objects(folder)
    assert not [o for o in objects if "agent_id" in o or ("stress_median" in o
                and not isinstance(o["stress_median"], dict))]
    code, out, _ = run(["team", "aggregate", str(folder), "--key", str(it_dir / "agg.key"),
                        "--week", "2026-W47"], it_dir, clock)
    assert code == 0 and "2026-W47: 12 counted, 0 rejected; figures shown" in out
    lead = tmp_path / "lead"
    lead.mkdir()
    code, out, _ = run(["team", "report", str(folder), "--json"], lead, clock)
    report = json.loads(out)
    week = report["weeks"][0]
    assert week["week"] == "2026-W47" and week["counted"] == 12
    assert week["figures"]["agents"]["text"] == "12"
    assert week["figures"]["stress_mean"]["value"] is not None
    assert report["sealed_files"] == 12 and report["named"] == [] and report["rejected"] == []
    objects = lead_readable_objects(folder)
    assert not [o for o in objects if "agent_id" in o]


def test_one_enrolled_and_nine_forged_agents_count_one(
        tmp_path: Path, clock: ManualClock, it_setup: dict[str, Any]) -> None:
    folder, it_dir = it_setup["folder"], it_setup["dir"]
    request = agent_shares(0, tmp_path, clock, it_setup)
    run(["team", "enroll", str(request), "--admin-key", str(it_dir / "admin.key"),
         "--folder", str(folder)], it_dir, clock)
    assert run(["summary", "share", "--week", "2026-W47"], tmp_path / "agent0", clock)[0] == 0
    from wellbeing_app.team.aggregator_key import AggregatorKey

    # The lead (or anyone who can write) adds nine agents with fresh keys and known values.
    forger = It(AggregatorKey.generate())
    object.__setattr__(forger, "aggregator", _public_only(it_setup))
    for _ in range(9):
        share_sealed(folder, Agent.new(), forger, stresses=(5, 5))
    code, out, _ = run(["team", "aggregate", str(folder), "--key", str(it_dir / "agg.key"),
                        "--week", "2026-W47"], it_dir, clock)
    assert code == 0
    assert "2026-W47: 1 counted, 9 rejected (9 not enrolled); no figures shown" in out
    assert out.count(": not enrolled: ") == 9
    lead = tmp_path / "lead"
    lead.mkdir()
    week = json.loads(run(["team", "report", str(folder), "--json"], lead, clock)[1])["weeks"][0]
    assert week["counted"] is None and week["rejected"] == {"not enrolled": 9}
    assert all(f["value"] is None for f in week["figures"].values())


class _SealOnly:
    """Only the aggregator's public key, as anyone reading the policy has it."""

    def __init__(self, line: str) -> None:
        from wellbeing_app.domain.team.public_keys import AggregatorPublicKey

        self.public = AggregatorPublicKey.parse(line)


def _public_only(it_setup: dict[str, Any]) -> Any:
    return _SealOnly(it_setup["policy"]["team_aggregator_public_key"])


def test_tampered_replayed_and_over_cap_files_are_named_with_their_reason(
        tmp_path: Path, clock: ManualClock, it_setup: dict[str, Any]) -> None:
    folder, it_dir = it_setup["folder"], it_setup["dir"]
    requests = [agent_shares(i, tmp_path, clock, it_setup) for i in range(3)]
    run(["team", "enroll", *map(str, requests), "--admin-key", str(it_dir / "admin.key"),
         "--folder", str(folder)], it_dir, clock)
    shared = {}
    for index, week in ((0, "2026-W47"), (1, "2026-W46")):
        out = run(["summary", "share", "--week", week], tmp_path / f"agent{index}", clock)[1]
        shared[index] = folder / out.split("Shared ")[1].split(" ")[0]
    tampered = json.loads(shared[0].read_text())
    tampered["sealed"] = tampered["sealed"][:40] + ("A" if tampered["sealed"][40] != "A"
                                                    else "B") + tampered["sealed"][41:]
    shared[0].write_text(json.dumps(tampered))
    replayed = json.loads(shared[1].read_text())
    replayed["week"] = "2026-W47"
    (folder / ("sealed-2026-W47-" + "e" * 32 + ".json")).write_text(json.dumps(replayed))
    journal = Journal.open(tmp_path / "agent2" / DB_FILENAME)
    at = datetime(2026, 11, 18, 10, tzinfo=UTC)
    journal.import_calls([(CallDraft(6), at + timedelta(seconds=s)) for s in range(700)])
    journal.close()
    assert run(["summary", "share", "--week", "2026-W47"], tmp_path / "agent2", clock)[0] == 0
    code, out, _ = run(["team", "aggregate", str(folder), "--key", str(it_dir / "agg.key"),
                        "--week", "2026-W47"], it_dir, clock)
    assert code == 0
    assert ": cannot be decrypted: changed after sealing" in out
    assert ": replayed from another week: made for 2026-W46" in out
    assert ": over plausibility cap: tough_calls=702 is more than 700 in one week" in out


def test_without_an_aggregator_anonymous_sharing_is_not_offered(
        tmp_path: Path, clock: ManualClock) -> None:
    data, folder = tmp_path / "agent", tmp_path / "team"
    folder.mkdir()
    configure(data, share_anonymous=True, team_folder=str(folder))
    run(["log", "--stress", "7", "--at", "2026-11-18T10:00"], data, clock)
    code, out, _ = run(["summary", "preview", "--week", "2026-W47"], data, clock)
    assert code == 0 and "Anonymous sharing is not offered" in out and "File " not in out
    code, _, err = run(["summary", "share", "--week", "2026-W47"], data, clock)
    assert code == 2 and "Anonymous sharing is not offered" in err and list(folder.iterdir()) == []
    configure(data, share_named=True, display_name="Sam")
    code, out, _ = run(["summary", "share", "--week", "2026-W47"], data, clock)
    assert code == 0 and [p.name.startswith("summary-") for p in folder.iterdir()] == [True]


def test_the_report_has_no_noise_or_seed_options(tmp_path: Path, clock: ManualClock) -> None:
    for option in (["--epsilon", "10"], ["--seed", "x"], ["--min-group", "5"]):
        with pytest.raises(SystemExit) as exit_:
            build_parser().parse_args(["team", "report", str(tmp_path), *option])
        assert exit_.value.code == 2


def test_revoke_clears_the_opt_ins_and_deletes_sealed_files_even_with_a_broken_key(
        tmp_path: Path, clock: ManualClock, it_setup: dict[str, Any]) -> None:
    agent_shares(0, tmp_path, clock, it_setup)
    data = tmp_path / "agent0"
    run(["summary", "share", "--week", "2026-W47"], data, clock)
    assert list(it_setup["folder"].glob("sealed-*.json"))
    (data / "team-signing-key.pem").write_text("damaged")
    code, out, err = run(["summary", "revoke"], data, clock)
    assert code == 0 and "Sharing is off." in out and "could not be read" in err
    assert not list(it_setup["folder"].glob("sealed-*.json"))
    journal = Journal.open(data / DB_FILENAME)
    assert journal.settings.user_values()["share_anonymous"] is False
    journal.close()
    assert not (data / "team-pseudonym-secret.key").exists()


@pytest.mark.parametrize("argv, message", [
    (["team", "enroll", "/nonexistent.json", "--admin-key", "/nonexistent.key", "--folder",
      "/tmp"], "not a key file"),
    (["team", "unenroll", "abc", "--admin-key", "/nonexistent.key", "--folder", "/tmp"],
     "not a key file"),
    (["team", "aggregate", "/nonexistent/team", "--key", "x"], "does not exist"),
    (["team", "aggregate", "/tmp", "--key", "x"], "team_admin_public_key is not set"),
])
def test_it_commands_explain_bad_input_in_one_line(tmp_path: Path, clock: ManualClock,
                                                  argv: list[str], message: str) -> None:
    code, _, err = run(argv, tmp_path, clock)
    assert code == 2 and message in err and err.count("\n") == 1


def test_a_fifo_hangs_neither_aggregate_nor_report(tmp_path: Path, clock: ManualClock,
                                                  it_setup: dict[str, Any]) -> None:
    folder, it_dir = it_setup["folder"], it_setup["dir"]
    it = It()
    enroll(folder, it, [Agent.new()])
    for name in ("sealed-2026-W47-" + "a" * 32 + ".json", "team-report-2026-W47.json",
                 "summary-" + "b" * 32 + "-2026-W47.json", "revoked-" + "c" * 32 + ".json"):
        os.mkfifo(folder / name)
    policy = tmp_path / "policy.toml"
    policy.write_text("[locked]\n" + "".join(f'{k} = "{v}"\n'
                                               for k, v in it_setup["policy"].items()))
    env = {**os.environ, "WELLBEING_POLICY_FILE": str(policy)}
    base = [sys.executable, "-m", "wellbeing_app", "--data-dir", str(it_dir), "team"]
    aggregate = subprocess.run([*base, "aggregate", str(folder), "--key",
                                str(it_dir / "agg.key"), "--week", "2026-W47"],
                               capture_output=True, text=True, timeout=60, env=env)
    assert aggregate.returncode == 0, aggregate.stderr
    assert "not a regular file" in aggregate.stdout
    (folder / "team-report-2026-W47.json").unlink()  # the aggregator wrote a real one over it
    os.mkfifo(folder / "team-report-2026-W47.json")
    report = subprocess.run([*base, "report", str(folder), "--json"], capture_output=True,
                            text=True, timeout=60, env=env)
    assert report.returncode == 0, report.stderr
    reasons = {r["file"]: r["reason"] for r in json.loads(report.stdout)["rejected"]}
    assert reasons["summary-" + "b" * 32 + "-2026-W47.json"] == "not a regular file"
    assert reasons["team-report-2026-W47.json"] == "not a regular file"
    assert str(WEEK) == "2026-W47"


def test_only_its_policy_names_the_aggregator_never_the_agent(
        tmp_path: Path, clock: ManualClock) -> None:
    """A lead who talks an agent into pasting the lead's own key gets nothing sealed to it."""
    lead_key = It().policy()["team_aggregator_public_key"]
    data = tmp_path / "agent"
    code, out, err = run(["settings", "set", "team_aggregator_public_key", lead_key], data, clock)
    assert (code, out) == (2, "")
    assert "only IT's policy sets it" in err and err.count("\n") == 1
    configure(data, team_aggregator_public_key=lead_key, share_anonymous=True,
              team_folder=str(tmp_path))  # written straight into the table, as a tool could
    code, out, _ = run(["settings", "--json"], data, clock)
    assert code == 0 and json.loads(out)["team_aggregator_public_key"]["value"] == ""
    code, out, _ = run(["summary", "preview", "--week", "2026-W47"], data, clock)
    assert "sealed for" not in out
