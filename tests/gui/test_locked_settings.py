"""A key the admin policy locks is refused with the policy's reason: share dialog and CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support import cli
from tests.support.services import team_sharing
from tests.support.team_factory import It
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.settings.layers import parse_policy
from wellbeing_app.platform.settings.policy_file import POLICY_ENV
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.team.team_share_controller import TeamShareController
from wellbeing_app.ui.team.team_share_dialog import TeamShareDialog

REASON = "Named sharing is off by works-council agreement; ask IT."
POLICY = f'reason = "{REASON}"\n[locked]\nshare_named = false\n'


def test_ticking_a_locked_opt_in_is_refused_with_the_reason(
        qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> None:
    journal = Journal.in_memory()
    journal.log_call(CallDraft(stress=7), clock.now())
    policy = parse_policy({"reason": REASON, "locked": {"share_named": False, **It().policy()}})
    dialog = TeamShareDialog(TeamShareController(
        team_sharing(journal, tmp_path, clock, policy=policy)))
    qtbot.addWidget(dialog)
    dialog.named_box.setChecked(True)
    dialog.name_edit.setText("Sam")
    dialog.folder_edit.setText(str(tmp_path))
    dialog.save_button.click()
    assert "share_named is locked" in dialog.privacy_error.text()
    assert REASON in dialog.privacy_error.text()
    assert "Saved" not in dialog.privacy_error.text()
    assert journal.settings.user_values() == {}  # nothing was written, not even the name
    assert not (tmp_path / "team-signing-key.pem").exists()
    dialog.named_box.setChecked(False)  # the other choices still save
    dialog.anonymous_box.setChecked(True)
    dialog.save_button.click()
    assert dialog.privacy_error.text() == "Saved."
    assert journal.settings.user_values()["share_anonymous"] is True
    journal.close()


def test_cli_refuses_a_locked_key_with_exit_2(
        tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY, encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    code, out, err = cli.run(["settings", "set", "share_named", "true"], tmp_path / "d", clock)
    assert (code, out) == (2, "")
    assert "share_named is locked" in err and REASON in err and err.count("\n") == 1
    code, out, _ = cli.run(["settings", "--json"], tmp_path / "d", clock)
    assert code == 0 and '"locked": true' in out
