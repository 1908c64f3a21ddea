"""The history table: filter by range and category, edit an entry, delete with undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.calls.catalog import Catalog
from wellbeing_app.domain.calls.logged_call import CallDraft, LoggedCall
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.calls.quick_log_dialog import QuickLogDialog
from wellbeing_app.ui.i18n.formats import date_time, number, short_date_time
from wellbeing_app.usecases.trends import history_page

PAGE_SIZE = 200
COLUMN_COUNT = 5


class HistoryPanel(QWidget):
    """Shows one page of entries at a time, newest first.

    Signals:
        entries_changed(): an entry was edited, deleted or restored.
    """

    entries_changed = Signal()

    def __init__(self, journal: Journal, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._catalog = catalog
        self._since: date | None = None
        self._shown: list[LoggedCall] = []
        self._deleted: list[LoggedCall] = []
        self._dialog: QuickLogDialog | None = None
        self._build()

    def _build(self) -> None:
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Filter by category"))
        self.category.addItem(self.tr("All categories"), "")
        for choice in self._catalog.categories:
            self.category.addItem(choice.label, choice.id)
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = QLabel()
        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setHorizontalHeaderLabels([
            self.tr("When (local)"), self.tr("Stress"), self.tr("What made it hard"),
            self.tr("Flags"), self.tr("Private note")])
        self.table.setAccessibleName(self.tr("History of logged calls"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the selected entry (Del); you can undo it"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.more_button = QPushButton(self.tr("Show &more"))
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.category)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for widget in (self.edit_button, self.delete_button, self.undo_label, self.undo_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_undo()

    # --- data -------------------------------------------------------------------------
    def set_since(self, since: date | None) -> None:
        """Show entries from this local day on (``None``: all)."""
        self._since = since
        self.refresh()

    def refresh(self) -> None:
        """Reload the first page for the current filters."""
        self._shown = []
        self._load_page()

    def _load_page(self) -> None:
        page, total = history_page(self._journal, self._since,
                                   self.category.currentData() or None,
                                   limit=PAGE_SIZE, offset=len(self._shown))
        self._shown += page
        self._fill_table()
        self.count_label.setText(self.tr("{shown} of %n entry(s)", "", total).format(
            shown=number(len(self._shown))))
        self.more_button.setVisible(len(self._shown) < total)

    def _on_more_button_clicked(self) -> None:
        self._load_page()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._shown))
        for row, call in enumerate(self._shown):
            flags = [label for flag, label in (("escalated", self.tr("escalated")),
                                               ("ended_for_abuse", self.tr("ended for abuse")))
                     if getattr(call, flag)]
            values = (date_time(call.at_local), str(call.stress),
                      ", ".join(self._catalog.label_for(c) for c in call.categories),
                      ", ".join(flags), call.note.replace("\n", " "))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def selected_call(self) -> LoggedCall | None:
        """The entry of the selected row."""
        row = self.table.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    # --- actions ----------------------------------------------------------------------
    def edit_selected(self) -> None:
        """Open the log dialog on the selected entry."""
        call = self.selected_call()
        if call is None:
            return
        if self._dialog is None:
            self._dialog = QuickLogDialog(self._catalog, self)
            self._dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            self._dialog.submitted.connect(self._on_dialog_submitted)
        self._dialog.prepare_edit(call.id, call.draft)
        self._dialog.setWindowTitle(self.tr("Edit the entry"))
        self._dialog.show()

    @property
    def dialog(self) -> QuickLogDialog | None:
        """The edit dialog, once opened (for tests)."""
        return self._dialog

    def _on_dialog_submitted(self, draft: CallDraft) -> None:
        assert self._dialog is not None and self._dialog.editing_id is not None
        try:
            self._journal.update_call(self._dialog.editing_id, draft)
        except (KeyError, OSError, RuntimeError) as error:
            self._dialog.show_error(self.tr("Could not save: {error}. Your changes are still here.")
                                   .format(error=error))
            return
        self._dialog.hide()
        self.refresh()
        self.entries_changed.emit()

    def delete_selected(self) -> None:
        """Delete the selected entry; it can be brought back with Undo."""
        call = self.selected_call()
        if call is None:
            return
        removed = self._journal.delete_call(call.id)
        if removed is not None:
            self._deleted.append(removed)
        self._update_undo()
        self.refresh()
        self.entries_changed.emit()

    def undo_delete(self) -> None:
        """Restore the most recently deleted entry, with its id and time."""
        if not self._deleted:
            return
        self._journal.restore_call(self._deleted.pop())
        self._update_undo()
        self.refresh()
        self.entries_changed.emit()

    def _update_undo(self) -> None:
        last = self._deleted[-1] if self._deleted else None
        self.undo_button.setEnabled(last is not None)
        text = "" if last is None else self.tr(
            "Deleted the entry of {when} (stress {stress}).").format(
                when=short_date_time(last.at_local), stress=last.stress)
        self.undo_label.setText(text)
        self.undo_button.setAccessibleDescription(text)  # focus on the button skips the label
