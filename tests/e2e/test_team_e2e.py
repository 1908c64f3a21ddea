"""Real processes: agents share through the CLI, the running app opens the team view on demand."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.e2e_app import WELLBEING, Display, RunningApp
from tests.support.team_factory import team_folder
from tests.support.x11 import wait_for
from wellbeing_app.store.journal import DB_FILENAME, Journal

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
    display: Display, tray_host: None, start_app: Callable[[], RunningApp], tmp_path: Path,
) -> None:
    team = tmp_path / "team"
    team.mkdir()
    team_folder(team, 8)
    for number in range(2):
        agent = tmp_path / f"agent{number}"
        _settings(agent, share_anonymous=True, team_folder=str(team))
        assert _cli(agent, "log", "--stress", "8", "--at", "2026-11-17T10:00").returncode == 0
        shared = _cli(agent, "summary", "share", "--week", "2026-W47")
        assert shared.returncode == 0, shared.stderr
    report = _cli(tmp_path / "lead-cli", "team", "report", str(team), "--json")
    data = json.loads(report.stdout)
    assert data["weeks"][0]["figures"]["agents"]["value"] == 10 and data["rejected"] == []

    _settings(tmp_path / "data", team_folder=str(team))
    app = start_app()
    handoff = app.cli("team-view")
    assert handoff.returncode == 0 and "the team view" in handoff.stdout
    wait_for(lambda: bool(display.xdotool("search", "--onlyvisible", "--name",
                                          "Team view — Between Calls").strip()),
             what="the team view window")
    assert app.process.poll() is None
