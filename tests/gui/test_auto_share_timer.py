import json
import os
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.support.services import team_sharing
from tests.support.team_factory import It
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.settings.layers import parse_policy
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.sealed_file import parse_sealed
from wellbeing_app.ui.team.auto_share_timer import AutoShareTimer

IT = It()


def opted_in_journal(tmp_path: Path, clock: ManualClock, *, weekly: bool = True) -> Journal:
    journal = Journal.open(tmp_path / DB_FILENAME)
    journal.settings.save({"team_folder": str(tmp_path / "team"), "share_anonymous": True,
                           "share_weekly": weekly})
    key = AgentKey.load_or_create(tmp_path)
    month_ago = (clock.now() - timedelta(days=30)).timestamp()
    os.utime(AgentKey.path_in(tmp_path), (month_ago, month_ago))
    assert key.agent_id
    for days in (7, 6):
        journal.log_call(CallDraft(stress=7, categories=("hostile",)),
                         clock.now() - timedelta(days=days))
    return journal


def test_last_week_is_shared_once_and_the_agent_told(
        qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> None:
    (tmp_path / "team").mkdir()
    journal = opted_in_journal(tmp_path, clock)
    timer = AutoShareTimer(team_sharing(journal, tmp_path, clock, {"hostile": "Angry or hostile"},
                                        policy=parse_policy({"locked": IT.policy()})))
    with qtbot.waitSignal(timer.shared) as blocker:
        assert timer.check_now() == "2026-W47"
    assert "2026-W47" in blocker.args[0]
    files = list((tmp_path / "team").glob("sealed-2026-W47-*.json"))
    assert len(files) == 1 and files[0].name in blocker.args[0]
    sealed = parse_sealed(files[0].read_bytes()).ciphertext
    assert json.loads(IT.aggregator.open(sealed))["payload"]["tough_calls"] == 2
    with qtbot.assertNotEmitted(timer.shared):
        assert timer.check_now() is None  # already in the audit trail
    journal.close()


def test_switched_off_means_nothing_is_written(
        qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> None:
    (tmp_path / "team").mkdir()
    journal = opted_in_journal(tmp_path, clock, weekly=False)
    timer = AutoShareTimer(team_sharing(journal, tmp_path, clock))
    assert timer.check_now() is None
    assert list((tmp_path / "team").iterdir()) == []
    journal.close()


def test_missing_team_folder_is_reported_once_per_week(
        qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> None:
    journal = opted_in_journal(tmp_path, clock)  # the folder was never created
    timer = AutoShareTimer(team_sharing(journal, tmp_path, clock))
    with qtbot.waitSignal(timer.failed) as blocker:
        timer.check_now()
    assert "2026-W47" in blocker.args[0]
    with qtbot.assertNotEmitted(timer.failed):
        timer.check_now()
    journal.close()


def test_start_and_stop_leave_no_timer_running(
        qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> None:
    journal = Journal.open(tmp_path / DB_FILENAME)
    timer = AutoShareTimer(team_sharing(journal, tmp_path, clock))
    timer.start()
    timer.stop()
    journal.close()
