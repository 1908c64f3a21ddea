from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.settings.layers import NO_POLICY
from wellbeing_app.platform.resources import load_catalog, load_exercise_library
from wellbeing_app.platform.settings.settings_service import SettingsService
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.calls.acknowledgment_popup import UNDO_SECONDS, AcknowledgmentPopup
from wellbeing_app.ui.calls.log_flow_controller import LogFlowController
from wellbeing_app.ui.calls.quick_log_dialog import QuickLogDialog
from wellbeing_app.usecases.call_logging import CallLogging
from wellbeing_app.usecases.exercise_offers import ExerciseOffers


class Flow:
    def __init__(self, qtbot: QtBot, clock: ManualClock, with_offers: bool = False) -> None:
        self.journal = Journal.in_memory()
        self.catalog = load_catalog()
        self.dialog = QuickLogDialog(self.catalog)
        self.popup = AcknowledgmentPopup()
        qtbot.addWidget(self.dialog)
        qtbot.addWidget(self.popup)
        self.settings = SettingsService(self.journal.settings, lambda: NO_POLICY)
        library = load_exercise_library()
        offers = ExerciseOffers(self.journal, lambda: library) if with_offers else None
        calls = CallLogging(self.journal, lambda: self.catalog, clock, offers,
                            support_line=lambda: self.settings.values.support_line)
        self.controller = LogFlowController(calls, lambda: self.catalog, lambda: None,
                                            self.dialog, self.popup)


@pytest.fixture
def flow(qtbot: QtBot, clock: ManualClock) -> Iterator[Flow]:
    f = Flow(qtbot, clock)
    yield f
    f.journal.close()


def test_quick_log_saves_and_acknowledges(flow: Flow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(flow.controller.summary_changed) as summary:
        call = flow.controller.quick_log(6)
    assert call is not None and flow.journal.count_calls() == 1
    assert summary.args[0] == "1 tough call today · avg 6"
    assert flow.popup.isVisible()
    assert flow.popup.headline.text() == "Logged · stress 6/10"
    assert flow.popup.tip.text() in flow.catalog.tips["general"]
    assert not flow.popup.support.isVisible()
    assert flow.popup.undo_button.text() == f"&Undo ({UNDO_SECONDS})"


def test_undo_within_ten_seconds_removes_the_entry(flow: Flow, qtbot: QtBot) -> None:
    call = flow.controller.quick_log(5)
    assert call is not None
    flow.popup.advance(9)
    assert flow.popup.undo_button.isEnabled()
    with qtbot.waitSignal(flow.controller.call_removed):
        flow.popup.undo_button.click()
    assert flow.journal.count_calls() == 0
    assert "Removed" in flow.popup.headline.text()


def test_undo_expires_after_ten_seconds(flow: Flow) -> None:
    flow.controller.quick_log(5)
    flow.popup.advance(UNDO_SECONDS)
    assert not flow.popup.undo_button.isVisible()
    flow.popup.undo_button.click()
    assert flow.journal.count_calls() == 1


def test_popup_never_takes_focus_by_itself_but_can_be_brought_forward(flow: Flow) -> None:
    from PySide6.QtCore import Qt

    flow.controller.quick_log(3)
    assert flow.popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert flow.popup.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    # Its buttons can take focus once the agent brings the card forward ('wellbeing notice').
    assert flow.popup.undo_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    flow.popup.bring_forward()
    assert not flow.popup.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert flow.popup.isVisible()


def test_serious_call_mentions_supervisor_and_support_line(flow: Flow) -> None:
    flow.settings.save({"support_line": "EAP 0800 000 111 (24/7)"})
    flow.controller.open_dialog()
    flow.dialog.scale.set_value(4)
    flow.dialog.category_boxes["abusive"].setChecked(True)
    flow.dialog.try_submit()
    assert not flow.dialog.isVisible()
    assert "wasn't okay" in flow.popup.headline.text()
    assert "supervisor" in flow.popup.supervisor.text()
    assert flow.popup.support.text() == "Support line: EAP 0800 000 111 (24/7)"
    assert flow.popup.tip.text() in flow.catalog.tips["abusive"]


def test_add_details_after_quick_log_updates_the_same_entry(flow: Flow) -> None:
    call = flow.controller.quick_log(8)
    assert call is not None
    flow.popup.details_button.click()
    assert flow.dialog.isVisible() and flow.dialog.editing_id == call.id
    flow.dialog.category_boxes["urgent"].setChecked(True)
    flow.dialog.flag_boxes["escalated"].setChecked(True)
    flow.dialog.try_submit()
    stored = flow.journal.get_call(call.id)
    assert stored.categories == ("urgent",) and stored.escalated and stored.stress == 8
    assert flow.journal.count_calls() == 1


def test_store_failure_keeps_the_entry_in_the_dialog(flow: Flow) -> None:
    flow.controller.open_dialog()
    flow.dialog.scale.set_value(5)
    flow.dialog.note.setPlainText("keep me")
    flow.journal.close()
    flow.dialog.try_submit()
    assert flow.dialog.isVisible()
    assert "Could not save" in flow.dialog.error.text()
    assert flow.dialog.note.toPlainText() == "keep me"
    flow.journal = Journal.in_memory()  # so the fixture can close something open


def test_is_offering_exercise_follows_the_card(qtbot: QtBot, clock: ManualClock) -> None:
    flow = Flow(qtbot, clock, with_offers=True)
    assert not flow.controller.is_offering_exercise()
    flow.controller.quick_log(7)
    assert flow.controller.is_offering_exercise()
    flow.popup.dismiss()
    assert not flow.controller.is_offering_exercise()
    flow.journal.close()


def test_a_dialog_on_screen_at_a_language_switch_is_rebuilt_once_hidden(
        flow: Flow, qtbot: QtBot) -> None:
    flow.controller.open_dialog()
    flow.dialog.note.setPlainText("half written")
    flow.catalog = load_catalog("de")  # what the shown content answers after the switch
    flow.controller.drop_windows()
    assert flow.controller.dialog is flow.dialog  # on screen: not wiped
    assert flow.dialog.note.toPlainText() == "half written"
    flow.dialog.scale.set_value(4)
    flow.dialog.try_submit()
    qtbot.addWidget(flow.controller.popup)  # the card, rebuilt: it was hidden at the switch
    assert not flow.dialog.isVisible()
    rebuilt = flow.controller.dialog
    qtbot.addWidget(rebuilt)
    assert rebuilt is not flow.dialog
    assert rebuilt.category_boxes["hostile"].text() == "Wütend oder feindselig"
