"""'Welcome to Between Calls': what it does, what stays private, and the few choices that matter."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.reminders.shift_picker import DEFAULT_PICK, pick_from_text
from wellbeing_app.domain.settings.layers import EffectiveSettings, validate_value
from wellbeing_app.ui.placement import grow_to_content
from wellbeing_app.ui.settings.shift_picker import ShiftPicker


class StartAtLogin(Protocol):
    """The autostart entry (``platform.autostart``), as the window needs it."""

    def is_enabled(self) -> bool:
        """Whether the app starts at login now."""
        ...

    def set_enabled(self, enabled: bool) -> object:
        """Switch start at login on or off."""
        ...


def hotkey_help(platform: str = sys.platform) -> str:
    """Where this OS binds a command to a keyboard shortcut."""
    if platform == "win32":
        return QCoreApplication.translate(
            "WelcomeWindow", "Right-click the Between Calls shortcut in the Start menu → Open "
            "file location → Properties → Shortcut key, or use a shortcut tool to run the command.")
    if platform == "darwin":
        return QCoreApplication.translate(
            "WelcomeWindow", "Create a Shortcuts action that runs the command (Run Shell Script), "
            "then give it a keyboard shortcut in its details.")
    return QCoreApplication.translate(
        "WelcomeWindow", "GNOME: Settings → Keyboard → View and Customise Shortcuts → Custom "
        "Shortcuts. KDE: System Settings → Shortcuts → Add Command. Paste the command and press "
        "your keys.")


class WelcomeWindow(QDialog):
    """Shown once; Finish saves the choices, Skip keeps the defaults. Both end the first start.

    Signals:
        breathing_requested(): 'Try one minute of breathing'.
        finished_first_start(): finished or skipped (the caller remembers it).
    """

    breathing_requested = Signal()
    finished_first_start = Signal()

    def __init__(self, effective: EffectiveSettings, save: Callable[[dict[str, Any]], object],
                 autostart: StartAtLogin | None, hotkey_command: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Between Calls"))
        self._effective = effective
        self._save = save
        self._autostart = autostart
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        layout.addWidget(self._shift_box())
        layout.addWidget(self._support_box())
        layout.addWidget(self._start_box(hotkey_command))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.finish_button = buttons.addButton(self.tr("&Finish"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("S&kip for now"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.finish_button.setDefault(True)
        buttons.accepted.connect(self.finish)
        buttons.rejected.connect(self.skip)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for every wrapped line, even on a small screen in a long language."""
        super().showEvent(event)
        grow_to_content(self)

    # --- building ---------------------------------------------------------------------------
    def _intro(self) -> QLabel:
        text = QLabel(self.tr(
            "<p>After a tough call, log it in a few seconds — a stress rating, what made it "
            "hard, an optional private note — and get a kind word and a one-minute reset on "
            "offer. Reminders never interrupt a call.</p><p><b>What stays private:</b> "
            "everything you enter stays in one file on this computer. Nothing is sent "
            "anywhere; a weekly summary reaches your team only if you opt in later.</p>"))
        text.setWordWrap(True)
        return text

    def _shift_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("When do you work? Reminders only come inside a shift"))
        self.shift_picker = ShiftPicker(pick_from_text(str(self._effective.value("shifts")))
                                        or DEFAULT_PICK)
        self.day_boxes = self.shift_picker.day_boxes
        self.start_edit = self.shift_picker.start_edit
        self.end_edit = self.shift_picker.end_edit
        QVBoxLayout(box).addWidget(self.shift_picker)
        if "shifts" in self._effective.locked:
            box.setEnabled(False)
            box.setTitle(self.tr("Your shifts are set by your organisation"))
        return box

    def _support_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Support line"))
        column = QVBoxLayout(box)
        current = str(self._effective.value("support_line"))
        self.support_edit = QLineEdit(current)
        self.support_edit.setAccessibleName(self.tr("Support line"))
        self.support_edit.setPlaceholderText(self.tr("e.g. your EAP number; shown after a "
                                                     "serious call"))
        if "support_line" in self._effective.locked:
            self.support_edit.hide()
            column.addWidget(QLabel(self.tr("Set by your organisation: {0}").format(
                current or self.tr("none"))))
        column.addWidget(self.support_edit)
        return box

    def _start_box(self, hotkey_command: str) -> QGroupBox:
        box = QGroupBox(self.tr("Getting to it fast"))
        column = QVBoxLayout(box)
        self.autostart_box = QCheckBox(self.tr("Start Between Calls when I &log in"))
        self.autostart_box.setChecked(self._autostart is not None
                                      and self._autostart.is_enabled())
        self.autostart_box.setEnabled(self._autostart is not None)
        column.addWidget(self.autostart_box)
        hotkey = QLabel(self.tr("A hotkey for logging: bind this command to a keyboard "
                                "shortcut.\n{0}").format(hotkey_help()))
        hotkey.setWordWrap(True)
        self.command_edit = QLineEdit(hotkey_command)
        self.command_edit.setReadOnly(True)
        self.command_edit.setAccessibleName(self.tr("Hotkey command to copy"))
        column.addWidget(hotkey)
        column.addWidget(self.command_edit)
        self.breathe_button = QPushButton(self.tr("Try one minute of &breathing"))
        # Not a default candidate: Enter anywhere in the window means Finish, not "breathe now".
        self.breathe_button.setAutoDefault(False)
        self.breathe_button.clicked.connect(self.breathing_requested)
        column.addWidget(self.breathe_button)
        return box

    # --- choices ----------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        """The validated settings to store (locked ones left out); raises ``ValidationError``."""
        changes: dict[str, Any] = {}
        if "shifts" not in self._effective.locked:
            pick = self.shift_picker.pick()
            if pick is None:
                raise ValidationError("shifts", self.tr("Tick at least one day you work."))
            changes["shifts"] = validate_value("shifts", pick.to_text())
        if "support_line" not in self._effective.locked:
            changes["support_line"] = validate_value("support_line",
                                                     self.support_edit.text().strip())
        return {k: v for k, v in changes.items() if v != self._effective.value(k)}

    def finish(self) -> None:
        """Store the choices; a bad one is explained inline and nothing is stored."""
        try:
            changes = self.changes()
        except ValidationError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        if changes:
            self._save(changes)
        if self._autostart is not None and \
                self.autostart_box.isChecked() != self._autostart.is_enabled():
            try:
                self._autostart.set_enabled(self.autostart_box.isChecked())
            except OSError as error:
                self.error.setText(self.tr("Start at login could not be changed: {0}")
                                   .format(error))
                self.error.show()
                return
        self._done()
        self.accept()

    def skip(self) -> None:
        """Keep the defaults; the window does not come back by itself."""
        self.reject()

    def reject(self) -> None:
        """Skip, Esc and closing the window all end the first start, storing nothing."""
        self._done()
        super().reject()

    def _done(self) -> None:
        self.finished_first_start.emit()
