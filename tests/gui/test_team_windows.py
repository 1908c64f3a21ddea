import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.support.services import team_sharing
from tests.support.team_factory import It, aggregate, sealed_team, team_folder
from tests.support.widgets import cell_text
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.settings.layers import NO_POLICY, parse_policy
from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.platform.settings.settings_service import SettingsService
from wellbeing_app.store.journal import Journal
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.ui.team.team_entry_controller import TeamEntryController
from wellbeing_app.ui.team.team_share_controller import TeamShareController
from wellbeing_app.ui.team.team_share_dialog import TeamShareDialog
from wellbeing_app.ui.team.team_view_window import TeamViewWindow
from wellbeing_app.usecases.team_sharing import TeamSharing

IT = It()

LABELS = {"hostile": "Angry or hostile"}
#: A name with a space and a full stop: base64 in a sealed file never contains it by chance.
NAME = "Sam Q."
IT_POLICY = parse_policy({"locked": IT.policy()})  # the team keys are policy-only settings


@pytest.fixture
def journal(clock: ManualClock) -> Iterator[Journal]:
    j = Journal.in_memory()
    last_week = clock.now().replace(day=17)
    j.log_call(CallDraft(stress=8, categories=("hostile",), note="never shared"), last_week)
    j.log_call(CallDraft(stress=4), last_week)
    yield j
    j.close()


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal, tmp_path: Path, clock: ManualClock) -> TeamShareDialog:
    data = tmp_path / "data"
    data.mkdir()
    dlg = TeamShareDialog(TeamShareController(team_sharing(journal, data, clock, LABELS,
                                                           policy=IT_POLICY)))
    qtbot.addWidget(dlg)
    return dlg


def test_dialog_starts_with_sharing_off_and_an_example_preview(dialog: TeamShareDialog) -> None:
    assert not dialog.anonymous_box.isChecked() and not dialog.named_box.isChecked()
    assert dialog.week_combo.currentData().week == 47
    assert "2 tough calls logged" in dialog.words.text()
    assert "examples until you opt in" in dialog.words.text()
    assert "sealed for Contoso IT service desk" in dialog.words.text()
    assert '"tough_calls": 2' in dialog.file_view.toPlainText()  # the sealed part, shown
    assert "only the aggregator can read" in dialog.file_view.toPlainText()
    assert "never shared" not in dialog.file_view.toPlainText()
    assert not dialog.share_button.isEnabled()


def test_without_an_aggregator_anonymous_sharing_is_not_offered(
        qtbot: QtBot, journal: Journal, tmp_path: Path, clock: ManualClock) -> None:
    dlg = TeamShareDialog(TeamShareController(team_sharing(journal, tmp_path, clock, LABELS)))
    qtbot.addWidget(dlg)
    assert not dlg.anonymous_box.isEnabled()
    assert "not offered" in dlg.privacy_text.text() and "Named sharing still works" in \
        dlg.privacy_text.text()
    assert "Anonymous sharing is not offered" in dlg.words.text()
    assert dlg.file_view.toPlainText() == ""


def test_opt_in_errors_are_shown_inline(dialog: TeamShareDialog, tmp_path: Path) -> None:
    dialog.named_box.setChecked(True)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.save_button.click()
    assert "name your lead should see" in dialog.privacy_error.text()
    dialog.named_box.setChecked(False)
    dialog.anonymous_box.setChecked(True)
    dialog.folder_edit.setText(str(tmp_path / "missing"))
    dialog.save_button.click()
    assert "existing team folder" in dialog.privacy_error.text()


def test_opt_in_share_history_and_revoke(dialog: TeamShareDialog, tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    dialog.anonymous_box.setChecked(True)
    dialog.named_box.setChecked(True)
    dialog.name_edit.setText("Sam")
    dialog.folder_edit.setText(str(team))
    dialog.save_button.click()
    assert dialog.privacy_error.text() == "Saved."
    assert AgentKey.load(tmp_path / "data") is not None
    assert dialog.share_button.isEnabled() and "“Sam”" in dialog.words.text()
    shown = dialog.file_view.toPlainText()
    dialog.share_button.click()
    written = sorted(team.iterdir())
    assert [p.name.split("-")[0] for p in written] == ["sealed", "summary"]
    assert all(p.read_text() in shown for p in written)
    assert dialog.history.rowCount() == 2
    hashes = {cell_text(dialog.history, row, 3) for row in range(2)}
    assert hashes == {hashlib.sha256(p.read_bytes()).hexdigest() for p in written}
    dialog.confirm = lambda _text: False
    dialog.revoke_button.click()
    assert len(list(team.iterdir())) == 2
    dialog.confirm = lambda _text: True
    dialog.revoke_button.click()
    assert [p.name.split("-")[0] for p in team.iterdir()] == ["revoked"]
    assert not dialog.anonymous_box.isChecked() and dialog.history.rowCount() == 3
    assert "Removed 2 files of yours" in dialog.history_status.text()


def make_view(qtbot: QtBot, folder: Path, tmp_path: Path, clock: ManualClock) -> TeamViewWindow:
    settings = TeamSettings(team_folder=str(folder), aggregator=IT.aggregator.public,
                            aggregator_label="Contoso IT service desk")
    view = TeamViewWindow(settings, tmp_path, clock, LABELS)
    qtbot.addWidget(view)
    return view


def test_team_view_shows_figures_and_rejected_files(qtbot: QtBot, tmp_path: Path,
                                                    clock: ManualClock) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    sealed_team(folder, IT, 10)
    aggregate(folder, IT, tmp_path)
    team_folder(folder, 2)  # two named summaries
    (folder / "notes.txt").write_text("not a summary")
    view = make_view(qtbot, folder, tmp_path, clock)
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        view.refresh()
    text = view.browser.toPlainText()
    assert "2026-W47" in text and "notes.txt" in text and "unsafe or mismatched name" in text
    assert "Agent 1" in text and "signed by Contoso IT service desk" in text
    assert view.report is not None and view.report.weeks[0].team.figure("agents").text == "10"
    assert view.status.text() == "15 files read, 1 not counted, 1 week."
    out = tmp_path / "report.html"
    view.save_html(out)
    assert out.read_text().startswith("<!DOCTYPE html>")
    view.save_html(tmp_path)  # a folder: the window says so, nothing is raised or half-written
    assert view.status.text() == f"Could not save {tmp_path}: the output is a folder; name a file."
    temp_prefix = f".{tmp_path.name}-"
    assert not [p for p in tmp_path.parent.iterdir() if p.name.startswith(temp_prefix)]


def test_team_view_with_nine_agents_hides_every_figure(qtbot: QtBot, tmp_path: Path,
                                                       clock: ManualClock) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    sealed_team(folder, IT, 9)
    aggregate(folder, IT, tmp_path)
    view = make_view(qtbot, folder, tmp_path, clock)
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        view.refresh()
    assert view.report is not None and not view.report.weeks[0].team.anything_shown
    assert "hidden" in view.browser.toPlainText()


def test_team_view_answers_even_when_the_scan_breaks(qtbot: QtBot, tmp_path: Path,
                                                    clock: ManualClock,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> object:
        raise ValueError("unexpected")

    monkeypatch.setattr("wellbeing_app.ui.team.team_view_window.lead_report", broken)
    view = make_view(qtbot, tmp_path, tmp_path, clock)
    with qtbot.waitSignal(view.failed, timeout=10000) as blocker:
        view.refresh()
    assert blocker.args[0] == f"Cannot read {tmp_path}: unexpected"
    assert view.refresh_button.isEnabled()


def test_team_view_reports_a_missing_folder(qtbot: QtBot, tmp_path: Path,
                                            clock: ManualClock) -> None:
    view = make_view(qtbot, tmp_path / "nowhere", tmp_path, clock)
    with qtbot.waitSignal(view.failed) as blocker:
        view.refresh()
    assert "does not exist" in blocker.args[0] and not view.save_button.isEnabled()


def test_team_view_closes_with_ctrl_w_like_trends(qtbot: QtBot, tmp_path: Path,
                                                 clock: ManualClock) -> None:
    from PySide6.QtCore import Qt

    view = make_view(qtbot, tmp_path / "nowhere", tmp_path, clock)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    QTest.keyClick(view.windowHandle(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not view.isVisible()


def test_entry_controller_opens_each_window_once(qtbot: QtBot, journal: Journal, tmp_path: Path,
                                                 clock: ManualClock) -> None:
    entry = TeamEntryController(team_sharing(journal, tmp_path, clock, LABELS), tmp_path, clock)
    entry.open_share_dialog()
    first = entry.share_dialog
    entry.open_share_dialog()
    assert first is entry.share_dialog and first is not None and first.isVisible()
    entry.open_team_view()
    view = entry.team_view
    assert view is not None and view.isVisible()
    assert "No team folder is set" in view.status.text()
    entry.close_all()
    assert not first.isVisible() and not view.isVisible()


def test_the_team_view_reads_under_the_settings_in_force_when_opened(
        qtbot: QtBot, journal: Journal, tmp_path: Path, clock: ManualClock) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    policy = [NO_POLICY]
    service = SettingsService(journal.settings, lambda: policy[0])
    service.save({"team_folder": str(folder)})
    entry = TeamEntryController(TeamSharing(journal, service, tmp_path, clock, lambda: LABELS),
                                tmp_path, clock)
    entry.open_team_view()
    view = entry.team_view
    assert view is not None
    qtbot.waitUntil(lambda: view.report is not None, timeout=10000)
    assert view.report is not None and not view.report.aggregator_configured
    policy[0] = IT_POLICY  # IT sets the aggregator while the app runs
    service.reload()
    view.report = None
    entry.open_team_view()
    qtbot.waitUntil(lambda: view.report is not None, timeout=10000)
    assert view.report is not None and view.report.aggregator_configured
    entry.close_all()


def opt_in(dialog: TeamShareDialog, team: Path, named: bool) -> None:
    team.mkdir(exist_ok=True)
    dialog.anonymous_box.setChecked(True)
    dialog.named_box.setChecked(named)
    dialog.name_edit.setText(NAME if named else "")
    dialog.folder_edit.setText(str(team))
    dialog.save_button.click()


def test_turning_named_off_withdraws_the_name_after_asking(dialog: TeamShareDialog,
                                                           tmp_path: Path) -> None:
    team = tmp_path / "team"
    opt_in(dialog, team, named=True)
    dialog.share_button.click()
    asked: list[str] = []

    def confirm(text: str) -> bool:
        asked.append(text)
        return True

    dialog.confirm = confirm
    dialog.named_box.setChecked(False)
    dialog.save_button.click()
    assert asked and "under your name" in asked[0]
    assert "Saved. 1 named file deleted." in dialog.privacy_error.text()
    assert all(NAME not in p.read_text() for p in team.iterdir())
    assert [p.name.split("-")[0] for p in team.iterdir()] == ["sealed"]
    assert dialog.anonymous_box.isChecked() and not dialog.named_box.isChecked()


def test_unticking_both_boxes_revokes_only_when_confirmed(dialog: TeamShareDialog,
                                                          tmp_path: Path) -> None:
    team = tmp_path / "team"
    opt_in(dialog, team, named=False)
    dialog.share_button.click()
    dialog.confirm = lambda _text: False
    dialog.anonymous_box.setChecked(False)
    dialog.save_button.click()
    assert dialog.privacy_error.text() == "Nothing changed."
    assert [p.name.split("-")[0] for p in team.iterdir()] == ["sealed"]
    dialog.confirm = lambda _text: True
    dialog.anonymous_box.setChecked(False)
    dialog.save_button.click()
    assert "Sharing is off. Removed 1 file of yours" in dialog.privacy_error.text()
    assert [p.name.split("-")[0] for p in team.iterdir()] == ["revoked"]


def test_privacy_text_comes_from_content_with_the_team_minimum(
    qtbot: QtBot, journal: Journal, tmp_path: Path, clock: ManualClock
) -> None:
    journal.settings.save({"team_min_group": 12})
    controller = TeamShareController(team_sharing(journal, tmp_path, clock, LABELS,
                                                  policy=IT_POLICY))
    text = controller.privacy_html()
    assert "at least 12 of them contributed" in text and "WHO-5" in text
    assert "only Contoso IT service desk can open them, your lead cannot" in text
    assert "{min_group}" not in text and "{aggregator}" not in text


def test_team_view_report_body_is_in_the_shown_language(qtbot: QtBot, tmp_path: Path,
                                                        clock: ManualClock, qm_dir: Path) -> None:
    """German words, German dates and decimal commas in the report; the saved page too."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from wellbeing_app.ui.i18n.translations import Translations

    folder = tmp_path / "team"
    folder.mkdir()
    sealed_team(folder, IT, 10)
    aggregate(folder, IT, tmp_path)
    team_folder(folder, 2)  # two named summaries
    app = QCoreApplication.instance()
    assert app is not None
    translations = Translations(app, qm_dir)
    translations.apply("de")
    try:
        view = make_view(qtbot, folder, tmp_path, clock)
        with qtbot.waitSignal(view.report_shown, timeout=10000):
            view.refresh()
        text = view.browser.toPlainText()
        out = tmp_path / "bericht.html"
        view.save_html(out)
    finally:
        translations.apply("en")
        QLocale.setDefault(QLocale("en_GB"))
    page = out.read_text(encoding="utf-8")
    assert view.report is not None
    mean = view.report.weeks[0].team.figure("stress_mean").value
    named_mean = view.report.named[0].stress_mean
    assert mean is not None and named_mean is not None
    for german in ("Wöchentliche Teamwerte", "Mittlere Belastung (0–10)", "Jede Datei war gültig.",
                   "verborgen [1]", "weniger als 10 Agents haben beigetragen",
                   "von Contoso IT service desk signierten", "16. Nov. – 22. Nov. 2026",
                   f"{mean:.1f}".replace(".", ","), f"{named_mean:.1f}".replace(".", ",")):
        assert german in text, german
    for english in ("Weekly team figures", "Files not counted", "hidden [", "fewer than"):
        assert english not in text, english
    assert '<html lang="de">' in page and "<title>Bericht zum Wohlbefinden im Team</title>" in page
    assert "Erstellt: " in page and "Prozentpunkte" in page
