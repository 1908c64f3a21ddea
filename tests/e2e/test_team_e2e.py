"""Real processes: agents share through the CLI, the running app opens the team view on demand."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.e2e_app import WELLBEING, Display, RunningApp
from tests.support.team_factory import It, sealed_team
from tests.support.x11 import wait_for
from wellbeing_app.platform.settings.policy_file import POLICY_ENV
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.team.admin_key import AdminKey
from wellbeing_app.team.aggregator_key import AggregatorKey

pytestmark = pytest.mark.e2e


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WELLBEING, "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=60, check=False)


def _settings(data: Path, **values: object) -> None:
    data.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(data / DB_FILENAME)
    journal.settings.save(values)
    journal.close()


def test_agents_share_and_the_lead_opens_the_team_view(
    display: Display, tray_host: None, start_app: Callable[..., RunningApp], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    team, it_dir = tmp_path / "team", tmp_path / "it"
    team.mkdir()
    it_dir.mkdir()
    policy = {"team_aggregator_label": "Contoso IT service desk"}
    for command, setting in (("aggregator-key", "team_aggregator_public_key"),
                             ("admin-key", "team_admin_public_key")):
        made = _cli(it_dir, "team", command, "--out", str(it_dir / f"{command}.pem"))
        assert made.returncode == 0, made.stderr
        policy[setting] = made.stdout.strip()
    policy_file = tmp_path / "it-policy.toml"  # the machine policy on every seat
    policy_file.write_text("[locked]\n" + "".join(f'{key} = "{value}"\n'
                                                 for key, value in policy.items()))
    monkeypatch.setenv(POLICY_ENV, str(policy_file))
    it = It(AggregatorKey.load(it_dir / "aggregator-key.pem"),
            AdminKey.load(it_dir / "admin-key.pem"))
    sealed_team(team, it, 8)  # eight colleagues already enrolled and sharing
    requests = []
    for number in range(2):
        agent = tmp_path / f"agent{number}"
        _settings(agent, share_anonymous=True, team_folder=str(team))
        assert _cli(agent, "log", "--stress", "8", "--at", "2026-11-17T10:00").returncode == 0
        requests.append(str(tmp_path / f"request{number}.json"))
        assert _cli(agent, "summary", "enroll-request", "--output", requests[-1]).returncode == 0
    enrolled = _cli(it_dir, "team", "enroll", *requests, "--admin-key",
                    str(it_dir / "admin-key.pem"), "--folder", str(team))
    assert enrolled.returncode == 0, enrolled.stderr
    for number in range(2):
        shared = _cli(tmp_path / f"agent{number}", "summary", "share", "--week", "2026-W47")
        assert shared.returncode == 0, shared.stderr
    aggregated = _cli(it_dir, "team", "aggregate", str(team), "--key",
                      str(it_dir / "aggregator-key.pem"), "--week", "2026-W47")
    assert "10 counted, 0 rejected; figures shown" in aggregated.stdout, aggregated.stdout
    (tmp_path / "lead-cli").mkdir()
    report = _cli(tmp_path / "lead-cli", "team", "report", str(team), "--json")
    data = json.loads(report.stdout)
    assert data["weeks"][0]["figures"]["agents"]["value"] == 10 and data["rejected"] == []

    _settings(tmp_path / "data", team_folder=str(team))
    app = start_app({POLICY_ENV: str(policy_file)})
    handoff = app.cli("team-view")
    assert handoff.returncode == 0 and "the team view" in handoff.stdout
    wait_for(lambda: bool(display.xdotool("search", "--onlyvisible", "--name",
                                          "Team view — Between Calls").strip()),
             what="the team view window")
    assert app.process.poll() is None
