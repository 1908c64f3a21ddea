"""Team view for a team lead: the aggregator's published figures, named summaries, rejections."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.cli.output_file import write_atomically
from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.team.lead_report import LeadReport
from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.team.report_format import report_to_html
from wellbeing_app.ui.i18n.formats import date_time
from wellbeing_app.ui.placement import fit_to_screen
from wellbeing_app.ui.team.report_words import ShownReportWords
from wellbeing_app.usecases.team_admin import lead_report


class TeamViewWindow(QMainWindow):
    """Reads the folder on a worker thread and shows the report; never blocks the tray.

    Signals:
        report_shown(object): a ``LeadReport`` is on screen.
        failed(str): the folder could not be read.
    """

    report_shown = Signal(object)
    failed = Signal(str)
    _scan_finished = Signal(object)

    def __init__(self, settings: TeamSettings, data_dir: Path, clock: Clock,
                 labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Team view — Between Calls"))
        self._settings = settings
        self._clock = clock
        self._labels = labels
        self._data_dir = data_dir
        self._worker: threading.Thread | None = None
        self.report: LeadReport | None = None
        self.folder_edit = QLineEdit(settings.team_folder)
        self.folder_edit.setPlaceholderText(self.tr("The folder your team's summaries are "
                                                    "written to"))
        folder_label = QLabel(self.tr("Team &folder:"))
        folder_label.setBuddy(self.folder_edit)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button = QPushButton(self.tr("&Save printable report…"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.save_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Team view status"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Team report"))
        row = QHBoxLayout()
        for widget in (folder_label, self.folder_edit, browse, self.refresh_button,
                       self.save_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self._central())
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
        self._scan_finished.connect(self._on_scan_finished)
        fit_to_screen(self, 980, 680)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # every binding: Ctrl+W too

    def use_settings(self, settings: TeamSettings) -> None:
        """The policy's keys and label for the next refresh (the folder typed here stays)."""
        self._settings = settings

    def refresh(self) -> None:
        """Read the folder again (in the background) and show the new report."""
        if self._worker is not None and self._worker.is_alive():
            return
        text = self.folder_edit.text().strip()
        folder = Path(text).expanduser()
        if not text:
            self._show_problem(self.tr("No team folder is set: type or browse for the shared "
                                       "folder."))
            return
        if not folder.is_dir():
            self._show_problem(self.tr("The team folder {folder} does not exist.").format(
                folder=repr(str(folder))))
            return
        self.status.setText(self.tr("Reading and checking every file in {folder}…").format(
            folder=folder))
        self.refresh_button.setEnabled(False)
        self._worker = threading.Thread(target=self._scan, args=(folder, self._settings),
                                        daemon=True)
        self._worker.start()

    def wait_for_scan(self, timeout: float = 30.0) -> None:
        """Join the worker (for tests and shutdown)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def _scan(self, folder: Path, settings: TeamSettings) -> None:
        # Runs on the worker thread: touches no widget, only emits a (queued) signal.
        try:
            result: object = lead_report(folder, settings, self._data_dir)
        except OSError as error:
            result = self.tr("Cannot read {folder}: {error}").format(
                folder=folder, error=error.strerror or error)
        except Exception as error:  # noqa: BLE001 - the window must hear back, or it stays busy
            result = self.tr("Cannot read {folder}: {error}").format(folder=folder, error=error)
        self._scan_finished.emit(result)

    def _on_scan_finished(self, result: object) -> None:
        self.refresh_button.setEnabled(True)
        if not isinstance(result, LeadReport):
            self._show_problem(str(result))
            return
        self.report = result
        generated = date_time(self._clock.now().astimezone())
        self.browser.setHtml(report_to_html(result, self._labels, generated, standalone=False,
                                            words=ShownReportWords()))
        status = ", ".join((self.tr("%n file(s) read", "", result.files_seen),
                             self.tr("%n not counted", "", len(result.rejected)),
                             self.tr("%n week(s).", "", len(result.weeks))))
        if not result.aggregator_configured:
            status += " " + self.tr("No aggregator key is set, so no team figures can be "
                                    "shown; named summaries still are.")
        self.status.setText(status)
        self.save_button.setEnabled(True)
        self.report_shown.emit(result)

    def _show_problem(self, message: str) -> None:
        self.status.setText(message)
        self.browser.clear()
        self.save_button.setEnabled(False)
        self.failed.emit(message)

    def save_html(self, target: Path) -> None:
        """Write the self-contained, printable report."""
        if self.report is None:
            return
        generated = date_time(self._clock.now().astimezone())
        try:
            write_atomically(target, report_to_html(self.report, self._labels, generated,
                                                    words=ShownReportWords()))
        except OSError as error:
            self.status.setText(self.tr("Could not save {target}: {error}.").format(
                target=target, error=error.strerror or error))
            return
        self.status.setText(self.tr("Saved {target}.").format(target=target))

    def _on_save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save team report"),
                                              "team-report.html", self.tr("HTML (*.html)"))
        if name:
            self.save_html(Path(name))

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Team folder"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let a running scan finish before the window goes away."""
        self.wait_for_scan(5.0)
        super().closeEvent(event)

    def _central(self) -> QWidget:
        """The main window's content; a main window is what assistive technology calls a frame."""
        central = QWidget(self)
        self.setCentralWidget(central)
        return central
