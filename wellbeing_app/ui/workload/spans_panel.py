"""Detected calls of one day: see them, delete one (with undo), add a missed one by hand."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.domain.settings.layers import EffectiveSettings
from wellbeing_app.domain.workload.call_span import (
    CallSpan,
    SpanProblem,
    SpanRefusedError,
    SpanSource,
)
from wellbeing_app.domain.workload.runs import is_counted
from wellbeing_app.domain.workload.workload_rules import WorkloadRules
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.i18n.formats import decimal, qdate, time_text, weekday_date
from wellbeing_app.ui.theme import mark_error
from wellbeing_app.ui.workload.add_span_dialog import AddSpanDialog
from wellbeing_app.usecases.workload import (
    add_span,
    day_spans,
    delete_span,
    find_span,
    restore_span,
    workload_of_day,
)

COLUMN_COUNT = 5
#: The length a suggested correction starts with.
SUGGESTED_LENGTH = timedelta(minutes=5)


class SpansPanel(QWidget):
    """Reads the store through the workload use cases; every change goes through them too.

    Signals:
        spans_changed(): a span was deleted, restored or added here.
    """

    spans_changed = Signal()

    def __init__(self, journal: Journal, clock: Clock, zone: Callable[[], tzinfo],
                 effective: Callable[[], EffectiveSettings],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._zone = zone
        self._effective = effective
        self._shown: list[CallSpan] = []
        self._deleted: list[CallSpan] = []
        self._dialog: AddSpanDialog | None = None
        self._build()
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(qdate(self._today()))
        self.day_edit.blockSignals(False)
        self._update_undo()
        self.refresh()

    def _build(self) -> None:
        self.recording = QLabel()
        self.recording.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("&Previous day"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.day_edit.setAccessibleName(self.tr("Day shown"))
        self.day_edit.dateChanged.connect(self._on_day_edit_date_changed)
        self.next_button = QPushButton(self.tr("&Next day"))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.clicked.connect(lambda: self.show_day(self._today()))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setHorizontalHeaderLabels([
            self.tr("Started"), self.tr("Ended"), self.tr("Length"), self.tr("Noticed by"),
            self.tr("Counts as a call")])
        self.table.setAccessibleName(self.tr("Detected calls of the day"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._fit_columns()
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add a call…"))
        self.add_button.setToolTip(self.tr("Add a call that detection missed on this day"))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the selected call (Del); you can undo it"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("error")
        mark_error(self.message)
        self.message.hide()
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)
        day_bar = QHBoxLayout()
        day_label = QLabel(self.tr("Da&y:"))
        day_label.setBuddy(self.day_edit)
        for widget in (day_label, self.previous_button, self.day_edit, self.next_button,
                       self.today_button):
            day_bar.addWidget(widget)
        day_bar.addStretch(1)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.delete_button, self.undo_label, self.undo_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recording)
        layout.addLayout(day_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for first, second in ((self.previous_button, self.day_edit),
                              (self.day_edit, self.next_button),
                              (self.next_button, self.today_button),
                              (self.today_button, self.table), (self.table, self.add_button),
                              (self.add_button, self.delete_button),
                              (self.delete_button, self.undo_button)):
            QWidget.setTabOrder(first, second)

    # --- the day ----------------------------------------------------------------------
    def _today(self) -> date:
        return self._clock.now().astimezone(self._zone()).date()

    @property
    def day(self) -> date:
        """The day shown."""
        picked = self.day_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def show_day(self, day: date) -> None:
        """Show another day (refreshes; the same day is re-read too)."""
        # Today may have moved on since the last refresh: the field must reach it.
        self.day_edit.setMaximumDate(qdate(self._today()))
        if day == self.day:
            self.refresh()
        else:
            self.day_edit.setDate(qdate(day))

    def _on_day_edit_date_changed(self) -> None:
        self._say("")  # a message about the day left behind
        self.refresh()

    def _step(self, days: int) -> None:
        self.show_day(self.day + timedelta(days=days))

    def refresh(self) -> None:
        """Re-read the day's spans, the recording state and the day's figures."""
        effective = self._effective()
        settings = effective.settings
        zone = self._zone()
        now = self._clock.now()
        today = self._today()
        self.day_edit.setMaximumDate(qdate(today))
        self.next_button.setEnabled(self.day < today)
        self.recording.setText(self._recording_text(effective))
        self._shown = day_spans(self._journal, self.day, zone)
        rules = WorkloadRules.from_settings(settings)
        # Fixed while filling: sizing to contents after every cell cost 3 ms a cell.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setRowCount(len(self._shown))
        for row, span in enumerate(self._shown):
            values = self._row(span, rules, now, zone)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._fit_columns()
        self.summary.setText(self._summary(settings, now, zone))
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Each column as wide as its contents; the last one fills the rest of the width."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_COUNT - 1, QHeaderView.ResizeMode.Stretch)

    def _summary(self, settings: Settings, now: datetime, zone: tzinfo) -> str:
        day_text = weekday_date(self.day)
        if not self._shown:
            return self.tr("No calls were detected on {day}.").format(day=day_text)
        figures = workload_of_day(self._journal, self.day, now, zone, settings)
        text = self.tr("{day}: %n call(s) handled", "", figures.calls_handled).format(
            day=day_text)
        text += " · " + self.tr("{minutes} minutes on calls").format(
            minutes=decimal(figures.talk_minutes, 0))
        rules = WorkloadRules.from_settings(settings)  # a call still going on is not "short"
        short = sum(1 for s in self._shown if s.end is not None and not is_counted(s, rules, now))
        if short > 0:
            text += " · " + self.tr("%n too short to count", "", short)
        return text

    def _recording_text(self, effective: EffectiveSettings) -> str:
        locked = "record_call_spans" in effective.locked
        reason = effective.lock_reason
        if effective.settings.record_call_spans:
            text = self.tr("Calls detected during your shifts are noted here, on this computer "
                           "only.")
            if locked:
                return text + " " + self.tr("Your organisation's policy keeps this on "
                                            "({reason}).").format(reason=reason)
            return text + " " + self.tr("You can switch this off in Settings.")
        if locked:
            text = self.tr("Recording calls is switched off by your organisation's policy "
                           "({reason}).").format(reason=reason)
        else:
            text = self.tr("Recording calls is switched off in Settings.")
        return text + " " + self.tr("New calls are not noted; the ones below stay until you "
                                    "delete them.")

    # --- one row ----------------------------------------------------------------------
    def _row(self, span: CallSpan, rules: WorkloadRules, now: datetime,
             zone: tzinfo) -> tuple[str, str, str, str, str]:
        start = time_text(span.start.astimezone(zone).time())
        if span.end is None:
            end = self.tr("in progress")
            counts = self.tr("In progress")
        else:
            end = time_text(span.end.astimezone(zone).time())
            counts = self.tr("Yes") if is_counted(span, rules, now) else self.tr(
                "No, shorter than {seconds} s").format(
                    seconds=int(rules.short_span.total_seconds()))
        return start, end, self.length_text(span.end_or(now) - span.start), \
            self.source_text(span), counts

    def length_text(self, length: timedelta) -> str:
        """Minutes and seconds (hours too for a long one)."""
        seconds = int(length.total_seconds())
        minutes, seconds = divmod(seconds, 60)
        if minutes >= 60:
            return self.tr("{hours} h {minutes} min").format(hours=minutes // 60,
                                                            minutes=minutes % 60)
        if minutes:
            return self.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=seconds)
        return self.tr("{seconds} s").format(seconds=seconds)

    def source_text(self, span: CallSpan) -> str:
        """Who noticed the call, and whether it was closed after a restart."""
        text = {SpanSource.MICROPHONE: self.tr("Microphone"),
                SpanSource.MANUAL: self.tr("By hand (toggle or added)"),
                SpanSource.WINDOW: self.tr("Softphone window")}[span.source]
        if span.recovered:
            text = self.tr("{source}, end taken from the app's last check").format(source=text)
        return text

    def _when(self, span: CallSpan) -> str:
        zone = self._zone()
        end = span.end_or(self._clock.now())
        return self.tr("{day}, {start} to {end}").format(
            day=weekday_date(span.start.astimezone(zone).date()),
            start=time_text(span.start.astimezone(zone).time()),
            end=time_text(end.astimezone(zone).time()))

    # --- delete and undo --------------------------------------------------------------
    def selected_span(self) -> CallSpan | None:
        """The span of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _update_buttons(self) -> None:
        span = self.selected_span()
        self.delete_button.setEnabled(span is not None and span.end is not None)

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def delete_selected(self) -> None:
        """Delete the selected call; Undo brings it back. A call still going on stays."""
        span = self.selected_span()
        if span is None:
            return
        if span.end is None:
            self._say(self.tr("This call is still going on; you can delete it once it has "
                              "ended."))
            return
        row = self.table.currentRow()
        removed = delete_span(self._journal, span.id)
        if removed is not None:
            self._deleted.append(removed)
        self._say("")
        self._update_undo()
        self.refresh()
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self.spans_changed.emit()

    def undo_delete(self) -> None:
        """Put the most recently deleted call back, as it was (refused if one now overlaps)."""
        if not self._deleted:
            return
        span = self._deleted[-1]
        try:
            restore_span(self._journal, span)
        except SpanRefusedError as error:
            self._say(self.refusal_text(error))
            return
        self._deleted.pop()
        self._say("")
        self._update_undo()
        self.show_day(span.local_date)
        self.spans_changed.emit()

    def _update_undo(self) -> None:
        last = self._deleted[-1] if self._deleted else None
        self.undo_button.setEnabled(last is not None)
        text = "" if last is None else self.tr("Deleted the call of {when}.").format(
            when=self._when(last))
        self.undo_label.setText(text)
        self.undo_button.setAccessibleDescription(text)  # focus on the button skips the label

    # --- add --------------------------------------------------------------------------
    @property
    def dialog(self) -> AddSpanDialog | None:
        """The add dialog, once opened (for tests)."""
        return self._dialog

    def open_add_dialog(self) -> None:
        """Ask for a start and end on the day shown."""
        if self._dialog is None:
            self._dialog = AddSpanDialog(self)
            self._dialog.submitted.connect(self._on_dialog_submitted)
        now = self._clock.now().astimezone(self._zone())
        end = now.replace(second=0, microsecond=0) if self.day == now.date() else \
            datetime.combine(self.day, time(9, 5))
        start = max(end - SUGGESTED_LENGTH, end.replace(hour=0, minute=0))
        self._dialog.prepare(self.day, start.time(), end.time())
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.activateWindow()

    def _on_dialog_submitted(self, start: time, end: time, next_day: bool) -> None:
        assert self._dialog is not None
        zone = self._zone()
        day = self._dialog.day
        end_day = day + timedelta(days=1) if next_day else day  # a call across midnight
        try:
            add_span(self._journal, datetime.combine(day, start, zone),
                     datetime.combine(end_day, end, zone))
        except SpanRefusedError as error:
            self._dialog.show_error(self.refusal_text(error))
            return
        except (OSError, sqlite3.Error) as error:  # e.g. a command holding the write lock
            self._dialog.show_error(self.tr("Could not save: {error}. Nothing was added.")
                                    .format(error=error))
            return
        self._dialog.hide()
        self.show_day(day)
        self.spans_changed.emit()

    def refusal_text(self, error: SpanRefusedError) -> str:
        """Why a call could not be added or put back, in one line."""
        if error.problem is SpanProblem.ORDER:
            return self.tr("The end must be after the start. Nothing was saved.")
        if error.problem is SpanProblem.TOO_LONG:
            return self.tr("A call can be at most 12 hours long. Nothing was saved.")
        clash = None if error.clash_id is None else find_span(self._journal, error.clash_id)
        if clash is None:
            return self.tr("That overlaps another call. Nothing was saved.")
        return self.tr("That overlaps the call of {when}; delete that one first if it is "
                       "wrong. Nothing was saved.").format(when=self._when(clash))
