"""The share preview says what sensed workload adds, in the shown language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.support.team_factory import WEEK
from wellbeing_app.domain.team.weekly_summary import build_summary
from wellbeing_app.ui.team.summary_words import SummaryWords


def test_preview_names_calls_handled_and_share_never_times(qtbot: QtBot) -> None:
    summary = build_summary(agent_id="c" * 32, week=WEEK, created_utc="2026-11-23T08:00:00Z",
                            calls=[(7, ())] * 3, exercises=[], anonymous=True,
                            display_name=None, calls_handled=60)
    lines = SummaryWords().lines(summary, {})
    assert ("60 calls handled (detected during your shifts). 5 % of them logged as tough. "
            "Only the weekly count, never when each call was.") in lines
    plain = build_summary(agent_id="c" * 32, week=WEEK, created_utc="2026-11-23T08:00:00Z",
                          calls=[], exercises=[], anonymous=True, display_name=None)
    assert not any("handled" in line for line in SummaryWords().lines(plain, {}))
