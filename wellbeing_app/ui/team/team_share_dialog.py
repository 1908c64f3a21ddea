"""Share with my team: what sharing means, the two opt-ins, the exact preview, the history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.team.share_files import KIND_SEALED
from wellbeing_app.team.sharing_service import SharePreview
from wellbeing_app.ui.i18n.formats import day_month
from wellbeing_app.ui.placement import fit_to_screen
from wellbeing_app.ui.tab_captions import keep_caption_accents
from wellbeing_app.ui.team.sharing_words import SharingWords
from wellbeing_app.ui.team.summary_words import SummaryWords
from wellbeing_app.ui.team.team_share_controller import TeamShareController
from wellbeing_app.ui.theme import mark_error, mark_good


def _status_label() -> QLabel:
    """Where errors and outcomes appear; the words carry the meaning, the palette colours it."""
    label = QLabel()
    label.setWordWrap(True)
    mark_error(label)
    return label


class TeamShareDialog(QDialog):
    """Three tabs over one ``TeamShareController``; every error is shown inline."""

    def __init__(self, controller: TeamShareController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share with my team"))
        self._controller = controller
        self._preview: SharePreview | None = None
        self.confirm: Callable[[str], bool] = self._ask
        self.ask_unsaved: Callable[[], QMessageBox.StandardButton] = self._ask_unsaved
        self.tabs = QTabWidget()
        keep_caption_accents(self.tabs)
        self.tabs.setAccessibleName(self.tr("Sharing pages"))
        self.tabs.addTab(self._build_privacy_tab(), self.tr("&Privacy"))
        self.tabs.addTab(self._build_preview_tab(), self.tr("Pre&view"))
        self.tabs.addTab(self._build_history_tab(), self.tr("&Shared so far"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        controller.history_changed.connect(self._on_controller_history_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._on_tabs_current_changed(0)
        fit_to_screen(self, 640, 600)
        self.reload()

    # --- building ---------------------------------------------------------------------------
    def _build_privacy_tab(self) -> QWidget:
        page = QWidget()
        self.privacy_text = QLabel()
        self.privacy_text.setWordWrap(True)
        self.anonymous_box = QCheckBox(self.tr("&Count me in team figures (anonymous)"))
        self.named_box = QCheckBox(self.tr("Let my lead &read my weekly summary (named)"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.name_edit.setPlaceholderText(self.tr("The name your lead sees, e.g. Sam K."))
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("A shared or synced folder your team lead "
                                                    "reads"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)  # Enter saves the choices; it never opens a file browser
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.anonymous_box)
        form.addRow(self.named_box)
        name_label = QLabel(self.tr("Display &name:"))
        name_label.setBuddy(self.name_edit)
        folder_label = QLabel(self.tr("Team &folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(folder_label, folder_row)
        self.privacy_error = _status_label()
        self.save_button = QPushButton(self.tr("S&ave choices"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.named_box.toggled.connect(self.name_edit.setEnabled)
        layout = QVBoxLayout(page)
        layout.addWidget(self.privacy_text)
        layout.addLayout(form)
        layout.addWidget(self.privacy_error)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        return page

    def _build_preview_tab(self) -> QWidget:
        page = QWidget()
        self.week_combo = QComboBox()
        self.week_combo.currentIndexChanged.connect(self._on_week_combo_changed)
        week_label = QLabel(self.tr("&Week:"))
        week_label.setBuddy(self.week_combo)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.file_view = QPlainTextEdit()
        self.file_view.setReadOnly(True)
        self.file_view.setAccessibleName(self.tr("The exact file that would be shared"))
        self.file_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.preview_error = _status_label()
        self.share_button = QPushButton(self.tr("S&hare this summary"))
        self.share_button.clicked.connect(self._on_share_clicked)
        row = QHBoxLayout()
        row.addWidget(week_label)
        row.addWidget(self.week_combo, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.words)
        layout.addWidget(self.file_label)
        layout.addWidget(self.file_view, 1)
        layout.addWidget(self.preview_error)
        layout.addWidget(self.share_button)
        return page

    def _build_history_tab(self) -> QWidget:
        page = QWidget()
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When (UTC)"), self.tr("What"), self.tr("File"), "SHA-256"])
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.setColumnWidth(2, 170)
        self.history.setWordWrap(False)
        self.history.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.history.setAccessibleName(self.tr("What you shared so far"))
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.revoke_button = QPushButton(self.tr("Stop sharing and &revoke…"))
        self.revoke_button.setAutoDefault(False)  # revoking is never what Enter means
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.history_status = _status_label()
        layout = QVBoxLayout(page)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.history_status)
        layout.addWidget(self.revoke_button)
        return page

    def _on_tabs_current_changed(self, index: int) -> None:
        """Enter does the shown tab's own action: save the choices, or share the preview."""
        self.save_button.setDefault(index == 0)
        self.share_button.setDefault(index == 1)

    # --- state --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fill every tab from the current settings and history."""
        self.privacy_text.setText(self._controller.privacy_html())
        try:
            settings = self._controller.settings()
        except ValidationError as error:
            self.privacy_error.setText(error.message)
            return
        offered = settings.anonymous_offered
        self.anonymous_box.setEnabled(offered or settings.share_anonymous)
        self.anonymous_box.setToolTip("" if offered else self.tr(
            "Not offered: your organisation's policy names no aggregator."))
        self.anonymous_box.setChecked(settings.share_anonymous and offered)
        self.named_box.setChecked(settings.share_named)
        self.name_edit.setText(settings.display_name)
        self.name_edit.setEnabled(settings.share_named)
        self.folder_edit.setText(settings.team_folder)
        self.week_combo.blockSignals(True)
        self.week_combo.clear()
        for week in self._controller.weeks():
            span = f"{day_month(week.monday)} – {day_month(week.sunday)}"
            self.week_combo.addItem(f"{week}  ({span})",
                                    week)
        self.week_combo.setCurrentIndex(1)  # last full week
        self.week_combo.blockSignals(False)
        self._refresh_preview()
        self._refresh_history()

    def _refresh_preview(self) -> None:
        week = self.week_combo.currentData()
        self.preview_error.clear()
        if week is None:
            return
        try:
            self._preview = self._controller.preview(week)
        except ValidationError as error:
            self._preview = None
            self.preview_error.setText(error.message)
            return
        settings = self._controller.settings()
        words = (SummaryWords().lines(self._preview.summary, self._controller.labels)
                 if self._preview.files else [])
        words += SharingWords().lines(settings, self._preview.files, self._preview.enrolled)
        if self._preview.example_key and self._preview.files:
            words.append(self.tr("The agent id and signature are examples until you opt in; "
                                 "your own pseudonymous id is made then."))
        self.words.setText("\n".join(words))
        self.file_label.setText(self.tr("Nothing would be written.") if not self._preview.files
                                else self.tr("The team folder will get exactly these files:"))
        self.file_view.setPlainText(self._files_text(self._preview))
        ready = not self._preview.example_key and bool(self._preview.files)
        self.share_button.setEnabled(ready)
        self.share_button.setToolTip("" if ready else self.tr("Opt in on the Privacy tab first."))

    def _files_text(self, preview: SharePreview) -> str:
        parts = []
        for file in preview.files:
            parts.append(f"=== {file.name} ===\n{file.text}")
            if file.kind == KIND_SEALED:
                parts.append(self.tr("--- sealed inside it; only the aggregator can read "
                                     "this part ---") + f"\n{file.inside}")
        return "\n".join(parts)

    def _refresh_history(self) -> None:
        records = self._controller.history()
        self.history.setRowCount(len(records))
        for row, record in enumerate(records):
            kinds = {"summary": self.tr("summary {week}"), "sealed": self.tr("sealed {week}")}
            what = kinds.get(record.kind, self.tr("revoked")).format(week=record.week)
            for column, text in enumerate((record.shared_at_utc, what, record.file_name,
                                           record.sha256)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, column, item)
        self.history_status.setText(
            self.tr("%n entry(s); hover a cell for the full file name or hash.", "",
                    len(records)) if records else self.tr("Nothing shared yet."))

    # --- slots --------------------------------------------------------------------------------
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Team folder"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _on_save_clicked(self) -> None:
        try:
            outcome = self._controller.save_choices(
                self.anonymous_box.isChecked(), self.named_box.isChecked(),
                self.name_edit.text(), self.folder_edit.text(), self.confirm)
        except ValidationError as error:
            mark_error(self.privacy_error)
            self.privacy_error.setText(error.message)
            return
        self.reload()
        mark_good(self.privacy_error)
        self.privacy_error.setText(outcome or self.tr("Nothing changed."))

    def _on_week_combo_changed(self, _index: int) -> None:
        self._refresh_preview()

    def _on_share_clicked(self) -> None:
        if self._preview is None:
            return
        try:
            paths = self._controller.share(self._preview)
        except ValidationError as error:
            mark_error(self.preview_error)
            self.preview_error.setText(error.message)
            return
        mark_good(self.preview_error)
        self.preview_error.setText(self.tr("Shared: {files}").format(
            files=", ".join(path.name for path in paths)))

    def _on_revoke_clicked(self) -> None:
        if not self.confirm(self._controller.revoke_question()):
            return
        try:
            message = self._controller.revoke()
        except ValidationError as error:
            self.history_status.setText(error.message)
            return
        self.reload()
        self.history_status.setText(message)

    def _on_controller_history_changed(self) -> None:
        self._refresh_history()

    def unsaved_choices(self) -> bool:
        """The Privacy tab differs from what is stored (ticked, but not saved yet)."""
        try:
            stored = self._controller.settings()
        except ValidationError:
            return False
        shown = (self.anonymous_box.isChecked(), self.named_box.isChecked(),
                 self.name_edit.text().strip(), self.folder_edit.text().strip())
        return shown != (stored.share_anonymous, stored.share_named,
                         stored.display_name.strip(), stored.team_folder.strip())

    def reject(self) -> None:
        """Close (or Esc) with unsaved choices asks: save, discard, or stay."""
        if self.unsaved_choices():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self._on_save_clicked()
                if self.unsaved_choices():  # not saved: the reason is on the Privacy tab
                    self.tabs.setCurrentIndex(0)
                    return
            else:
                self.reload()
        super().reject()

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Sharing choices not saved"),
            self.tr("You changed your sharing choices but did not save them. Save them now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Stop sharing"), text)
        return answer == QMessageBox.StandardButton.Yes
