"""Screenshots of team sharing for the README: privacy page, preview, history and team view.

Run under a display (e.g. ``Xvfb :105 &; DISPLAY=:105 .venv/bin/python docs/team_screenshots.py``);
writes docs/team-*.png from made-up data in a temporary directory: IT's keys, 14 agents × 6 weeks
of sealed summaries (13 enrolled, one forged), two named, the aggregator's weekly reports.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.settings.layers import Policy, parse_policy
from wellbeing_app.domain.team.roster import Roster
from wellbeing_app.domain.team.summary_validation import tombstone_payload
from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.domain.team.weekly_summary import ExerciseRecord, build_summary
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.platform.settings.settings_service import SettingsService
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.team.admin_key import AdminKey
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.aggregator import Aggregator, AggregatorPolicy
from wellbeing_app.team.aggregator_key import AggregatorKey
from wellbeing_app.team.aggregator_state import AggregatorState, state_path
from wellbeing_app.team.roster_file import write_roster
from wellbeing_app.team.share_files import named_file, sealed_file
from wellbeing_app.team.signed_envelope import signed_text
from wellbeing_app.team.summary_writer import tombstone_file_name
from wellbeing_app.ui.team.team_share_controller import TeamShareController
from wellbeing_app.ui.team.team_share_dialog import TeamShareDialog
from wellbeing_app.ui.team.team_view_window import TeamViewWindow
from wellbeing_app.usecases.team_sharing import TeamSharing

DOCS = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 24, 14, 30, tzinfo=timezone(timedelta(hours=1)))
CATEGORIES = ("hostile", "abusive", "repeat_unresolved", "miscommunication", "urgent")
NAMES = {0: "Sam K.", 1: "Priya"}
LABEL = "Contoso IT service desk"


def grab(widget: QWidget, name: str, app: QApplication) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(DOCS / name))
    print("wrote", DOCS / name)


def fill_team(folder: Path, agents: int, weeks: list[IsoWeek], aggregator: AggregatorKey,
              admin: AdminKey) -> None:
    rng = random.Random(4)
    keys = [AgentKey.ephemeral() for _ in range(agents)]
    write_roster(folder, Roster.empty().enroll([k.public_bytes for k in keys[:-1]],
                                               "2026-10-01T08:00:00Z"), admin)
    for index, key in enumerate(keys):
        secret = random.Random(index).randbytes(32)
        for week in weeks:
            calls = [(rng.randint(3, 10), tuple(rng.sample(CATEGORIES, rng.randint(1, 2))))
                     for _ in range(rng.randint(2, 9))]
            summary = build_summary(
                agent_id=key.agent_id, week=week, created_utc="2026-11-23T08:00:00Z",
                calls=calls, anonymous=True, display_name=None,
                exercises=[ExerciseRecord(2.0, rng.randint(5, 9), rng.randint(2, 6))
                           for _ in range(rng.randint(0, 3))])
            files = [sealed_file(summary, week, key, secret, aggregator.public)]
            if index in NAMES:
                files.append(named_file(summary, week, key, NAMES[index]))
            for file in files:
                (folder / file.name).write_text(file.text)
    (folder / tombstone_file_name(keys[7].agent_id)).write_text(
        signed_text(tombstone_payload(keys[7].agent_id, "2026-11-24T08:00:00Z"), keys[7]))
    (folder / "summary-.._.._etc-passwd.json").write_text("{}")
    (folder / f"summary-{'f' * 32}-2026-W47.json").write_bytes(b" " * 40_000)


def aggregate(folder: Path, state_dir: Path, aggregator: AggregatorKey, admin: AdminKey) -> None:
    state = AggregatorState.load(state_path(state_dir, folder), folder)
    Aggregator(folder, aggregator, admin.public, state, AggregatorPolicy(10, 1.0, LABEL),
               "2026-11-24T06:00:00Z").run(date(2026, 11, 26))


def shoot_agent(app: QApplication, journal: Journal, data: Path, team: Path,
                clock: ManualClock, labels: dict[str, str], policy: Policy) -> TeamShareDialog:
    sharing = TeamSharing(journal, SettingsService(journal.settings, lambda: policy), data,
                          clock, lambda: labels)
    dialog = TeamShareDialog(TeamShareController(sharing))
    dialog.resize(700, 700)
    grab(dialog, "team-privacy.png", app)
    dialog.anonymous_box.setChecked(True)
    dialog.folder_edit.setText(str(team))
    dialog.save_button.click()
    dialog.tabs.setCurrentIndex(1)
    grab(dialog, "team-preview.png", app)
    dialog.share_button.click()
    dialog.tabs.setCurrentIndex(2)
    grab(dialog, "team-history.png", app)
    return dialog


def main() -> None:
    app = QApplication(sys.argv[:1])
    clock = ManualClock(NOW)
    labels = {c.id: c.label for c in load_catalog().categories}
    aggregator, admin = AggregatorKey.generate(), AdminKey.generate()
    policy = {"team_aggregator_public_key": aggregator.public.line(),
              "team_aggregator_label": LABEL, "team_admin_public_key": admin.public.line()}
    with tempfile.TemporaryDirectory() as scratch:
        data, team, it = (Path(scratch) / name for name in ("data", "team", "it"))
        for folder in (data, team, it):
            folder.mkdir()
        journal = Journal.open(data / DB_FILENAME)
        bare = TeamShareDialog(TeamShareController(
            TeamSharing(journal, SettingsService(journal.settings), data, clock, lambda: labels)))
        bare.resize(700, 700)
        grab(bare, "team-privacy-no-aggregator.png", app)
        bare.close()
        for day, stress, cats in ((16, 8, ("hostile",)), (17, 9, ("abusive",)), (18, 4, ()),
                                  (19, 6, ("repeat_unresolved",)), (20, 7, ("hostile",))):
            journal.log_call(CallDraft(stress=stress, categories=cats, note="private"),
                             NOW.replace(day=day, hour=10))
        dialog = shoot_agent(app, journal, data, team, clock, labels,
                             parse_policy({"locked": policy}))  # IT's policy: keys are policy-only
        fill_team(team, 14, [IsoWeek(2026, w) for w in range(42, 48)], aggregator, admin)
        aggregate(team, it, aggregator, admin)
        settings = TeamSettings(team_folder=str(team), aggregator=aggregator.public,
                                aggregator_label=LABEL)
        view = TeamViewWindow(settings, data, clock, labels)
        view.resize(1180, 820)
        view.refresh()
        view.wait_for_scan()
        app.processEvents()
        grab(view, "team-view.png", app)
        view.close()
        dialog.close()
        journal.close()


if __name__ == "__main__":
    main()
