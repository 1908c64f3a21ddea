"""Own your data: export every entry as CSV or JSON, or erase everything for good."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_app.domain.calls.export_format import to_csv, to_json
from wellbeing_app.domain.workload.span_export import spans_to_csv, spans_to_json
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.ui.trends.erase_data_dialog import EraseDataDialog
from wellbeing_app.usecases.workload import list_spans

#: ``(format, suggested name) -> chosen path or None``; a file dialog unless tests inject one.
PathChooser = Callable[[str, str], Path | None]


def ask_for_path(fmt: str, suggested: str) -> Path | None:
    """The platform's save dialog."""
    name, _filter = QFileDialog.getSaveFileName(
        None, QCoreApplication.translate("DataPanel", "Export as {format}").format(
            format=fmt.upper()), suggested,
        QCoreApplication.translate("DataPanel", "{format} files (*.{extension})").format(
            format=fmt.upper(), extension=fmt))
    return Path(name) if name else None


class DataPanel(QWidget):
    """Export and erase, with a plain account of what each does.

    Signals:
        data_erased(): the journal file was deleted and a fresh empty one opened.
    """

    data_erased = Signal()

    def __init__(self, journal: Journal, data_dir: Path, choose_path: PathChooser = ask_for_path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._data_dir = data_dir
        self._choose_path = choose_path
        self.erase_dialog: EraseDataDialog | None = None
        export = QGroupBox(self.tr("Export"))
        self.csv_button = QPushButton(self.tr("Export as &CSV…"))
        self.json_button = QPushButton(self.tr("Export as &JSON…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        box = QVBoxLayout(export)
        box.addWidget(QLabel(self.tr("Every field of every call you logged, notes included, and "
                                     "the detected call times in a second file beside it. Keep "
                                     "the files somewhere private.")))
        box.addWidget(self.csv_button)
        box.addWidget(self.json_button)
        erase = QGroupBox(self.tr("Erase"))
        self.erase_button = QPushButton(self.tr("&Erase all my data…"))
        self.erase_button.clicked.connect(self.request_erase)
        erase_box = QVBoxLayout(erase)
        erase_box.addWidget(QLabel(self.tr("Your journal lives in {folder}.").format(
            folder=data_dir)))
        erase_box.addWidget(self.erase_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        layout = QVBoxLayout(self)
        for widget in (export, erase, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)

    def export(self, fmt: str) -> Path | None:
        """Ask where, then write atomically; say how it went."""
        # Imported here: the ``wellbeing_app.cli`` package loads every command with it, which
        # cost the trends window's first paint about 100 ms for a button rarely pressed.
        from wellbeing_app.cli.output_file import write_atomically

        target = self._choose_path(fmt, str(Path.home() / f"between-calls-export.{fmt}"))
        if target is None:
            return None
        calls = self._journal.calls()
        spans = list_spans(self._journal)
        spans_target = target.with_name(f"{target.stem}-call-spans{target.suffix}")
        try:
            write_atomically(target, to_csv(calls) if fmt == "csv" else to_json(calls))
            if spans:
                write_atomically(spans_target, spans_to_csv(spans) if fmt == "csv"
                                 else spans_to_json(spans))
        except OSError as error:
            self.status.setText(self.tr("Could not export to {target}: {error}.").format(
                target=target, error=error.strerror or error))
            return None
        text = self.tr("Exported %n call(s) to {target}.", "", len(calls)).format(target=target)
        if spans:
            text += " " + self.tr("Detected call times: %n span(s) in {target}.", "",
                                  len(spans)).format(target=spans_target)
        self.status.setText(text)
        return target

    def request_erase(self) -> None:
        """Open the two-step confirmation (non-blocking)."""
        self.erase_dialog = EraseDataDialog(
            self.tr("The file is {path}.").format(path=self._data_dir / DB_FILENAME), self)
        self.erase_dialog.accepted.connect(self._on_erase_dialog_accepted)
        self.erase_dialog.open()

    def _on_erase_dialog_accepted(self) -> None:
        try:
            removed = self._journal.erase_everything()
        except OSError as error:
            self.status.setText(self.tr("Could not erase everything: {error}. Nothing else "
                                        "changed.").format(error=error))
            return
        self.status.setText(self.tr("Erased. Removed %n file(s) and folder(s); you are starting "
                                    "again with an empty journal.", "", len(removed)))
        self.data_erased.emit()
