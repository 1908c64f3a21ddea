"""Logging a call from the tray: dialog or quick pick → the ``CallLogging`` use case → card."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer, Signal

from wellbeing_app import APP_NAME
from wellbeing_app.domain.calls.catalog import Catalog
from wellbeing_app.domain.calls.day_summary import DaySummary
from wellbeing_app.domain.calls.logged_call import CallDraft, LoggedCall
from wellbeing_app.ui.calls.quick_log_dialog import QuickLogDialog
from wellbeing_app.ui.i18n.formats import decimal
from wellbeing_app.ui.i18n.offer_words import offer_words
from wellbeing_app.ui.i18n.outdated_windows import OutdatedWindows
from wellbeing_app.usecases.call_logging import CallLogging
from wellbeing_app.usecases.exercise_offers import ExerciseOffer

if TYPE_CHECKING:
    from wellbeing_app.ui.calls.acknowledgment_popup import AcknowledgmentPopup

#: How often calls kept in memory are tried again (the journal was locked or its folder gone).
RETRY_MS = 2000


class LogFlowController(QObject):
    """Glue between the log widgets and the use case.

    It keeps the windows it built and the exercise offer on the card, so taking the offer opens
    the exercise the card named without working it out again.

    Signals:
        call_logged(object): a new ``LoggedCall`` was saved.
        call_removed(int): an entry was undone.
        summary_changed(str): the tooltip text for today.
        exercise_requested(int, int, object): the agent took the offer on the card: the
            call's id, its rating and the ``ExerciseOffer`` the card showed.
        notice_requested(str): tell the agent calmly (a call kept in memory, kept calls saved).
    """

    call_logged = Signal(object)
    call_removed = Signal(int)
    summary_changed = Signal(str)
    exercise_requested = Signal(int, int, object)
    notice_requested = Signal(str)

    def __init__(
        self,
        calls: CallLogging,
        catalog: Callable[[], Catalog],
        anchor: Callable[[], QPoint | None],
        dialog: QuickLogDialog | None = None,
        popup: AcknowledgmentPopup | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_kept)
        self._calls = calls
        self._catalog = catalog  # asked when the dialog is built: the shown language
        self._anchor = anchor
        self._dialog: QuickLogDialog | None = None
        self._popup: AcknowledgmentPopup | None = None
        self._offered: tuple[int, int, ExerciseOffer] | None = None  # call id, rating, offer
        self._outdated = OutdatedWindows()  # built before a language switch
        if dialog is not None:
            self._adopt_dialog(dialog)
        if popup is not None:
            self._adopt_popup(popup)

    @property
    def dialog(self) -> QuickLogDialog:
        """The log dialog, built on first use (≈25 ms, ≈10 MiB) and then only shown/hidden.

        Its module is imported at start all the same: importing it on the first tray click
        would add ≈25 ms to a path budgeted at 50 ms, to save ≈0.1 MiB.
        """
        self._dialog = self._outdated.current(self._dialog)
        if self._dialog is None:
            self._adopt_dialog(QuickLogDialog(self._catalog()))
        assert self._dialog is not None
        return self._dialog

    @property
    def popup(self) -> AcknowledgmentPopup:
        """The acknowledgment card, built (and its module imported, ≈6 ms) on first use."""
        self._popup = self._outdated.current(self._popup)
        if self._popup is None:
            from wellbeing_app.ui.calls.acknowledgment_popup import AcknowledgmentPopup

            self._adopt_popup(AcknowledgmentPopup())
        assert self._popup is not None
        return self._popup

    def _adopt_dialog(self, dialog: QuickLogDialog) -> None:
        self._dialog = dialog
        dialog.submitted.connect(self._on_dialog_submitted)

    def _adopt_popup(self, popup: AcknowledgmentPopup) -> None:
        self._popup = popup
        popup.undo_requested.connect(self.undo)
        popup.details_requested.connect(self.open_details)
        popup.exercise_requested.connect(self._on_popup_exercise_requested)

    def drop_windows(self) -> None:
        """The language changed: the dialog and the card are rebuilt on next use.

        One on screen stays as it is (a half-filled dialog is not wiped) until it is hidden.
        """
        self._outdated.mark(self._dialog, self._popup)
        self._dialog = self._outdated.current(self._dialog)
        self._popup = self._outdated.current(self._popup)

    def is_offering_exercise(self) -> bool:
        """The acknowledgment is on screen with its exercise offer."""
        popup = self._popup
        return popup is not None and popup.isVisible() and popup.offer_button.isVisible()

    def open_dialog(self) -> None:
        """Show the dialog, focused, near the tray."""
        self.dialog.prepare_new()
        self._show_dialog()

    def open_details(self, call_id: int) -> None:
        """Re-open a just-logged call to add categories, flags or a note."""
        call = self._calls.find(call_id)
        if call is None:
            return
        self.dialog.prepare_edit(call.id, call.draft)
        self._show_dialog()

    def quick_log(self, stress: int) -> LoggedCall | None:
        """Two-click path: a rating alone, saved at once."""
        return self._save_new(CallDraft(stress=stress))

    def undo(self, call_id: int) -> None:
        """Remove the entry just logged (the 10-second Undo)."""
        if self._calls.undo(call_id) is not None:
            self.popup.show_undone()
            self.call_removed.emit(call_id)
            self.refresh_summary()

    def undo_last(self) -> bool:
        """``wellbeing undo``: undo the call on the acknowledgment while Undo is offered."""
        popup = self._popup
        if popup is None or not popup.can_undo():
            return False
        self.undo(popup.call_id)
        return True

    def refresh_summary(self) -> str:
        """Recompute today's tooltip from the journal and announce it."""
        text = self.tooltip_text(self._calls.today_summary())
        self.summary_changed.emit(text)
        return text

    def _show_dialog(self) -> None:
        from wellbeing_app.ui.placement import place_near

        dialog = self.dialog
        place_near(dialog, self._anchor())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _on_dialog_submitted(self, draft: CallDraft) -> None:
        editing = self.dialog.editing_id
        try:
            if editing is None:
                saved = self._save_new(draft)
            else:
                saved = self._calls.edit(editing, draft)
                self.refresh_summary()
        except Exception as error:  # noqa: BLE001 - shown inline, nothing is lost
            self.dialog.show_error(self.tr("Could not save: {error}. Your entry is still here.")
                                   .format(error=error))
            return
        if saved is not None or self._calls.kept:  # saved, or kept in memory and said so
            self.dialog.hide()

    def retry_kept(self) -> list[LoggedCall]:
        """Write the calls kept in memory; announce them; stop retrying once none wait."""
        saved = self._calls.retry_kept()
        for call in saved:
            self.call_logged.emit(call)
        if saved:
            self.refresh_summary()
            self.notice_requested.emit(self.tr("Saved %n kept entry(s).", "", len(saved)))
        if not self._calls.kept:
            self._retry.stop()
        return saved

    def stop(self) -> None:
        """Stop retrying (at quit, after the kept calls had their last chance)."""
        self._retry.stop()

    def _save_new(self, draft: CallDraft) -> LoggedCall | None:
        outcome = self._calls.log(draft)
        if outcome is None:  # kept in memory: never acknowledged as saved, and said so
            self.notice_requested.emit(self.tr(
                "Not saved yet: {problem} Your entry is kept and will be saved as soon as the "
                "journal can take it (%n waiting).", "", self._calls.kept).format(
                    problem=self._calls.problem))
            self._retry.start()
            return None
        offer = offer_words(outcome.offer) if outcome.offer is not None else ""
        self._offered = (None if outcome.offer is None
                         else (outcome.call.id, outcome.call.stress, outcome.offer))
        detailed = bool(draft.categories or draft.note or draft.escalated
                        or draft.ended_for_abuse)
        self.popup.present(outcome.call.id, outcome.acknowledgment, self._anchor(), offer,
                           details=not detailed)
        self.call_logged.emit(outcome.call)
        self.refresh_summary()
        return outcome.call

    def _on_popup_exercise_requested(self, call_id: int) -> None:
        if self._offered is not None and self._offered[0] == call_id:
            self.exercise_requested.emit(*self._offered)

    def tooltip_text(self, summary: DaySummary) -> str:
        """``3 tough calls today · avg 6`` — the tray tooltip, in the shown language."""
        if summary.count == 0 or summary.mean_stress is None:
            return self.tr("{app} · no tough calls logged today").format(app=APP_NAME)
        return self.tr("%n tough call(s) today · avg {mean}", "", summary.count).format(
            mean=decimal(summary.mean_stress, 0))
