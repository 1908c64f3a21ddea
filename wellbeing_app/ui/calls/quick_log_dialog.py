"""The quick log dialog: rating, what made it hard, flags, a private note."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.calls.catalog import Catalog
from wellbeing_app.domain.calls.logged_call import NOTE_MAX_CHARS, CallDraft
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.validation import validate_call
from wellbeing_app.ui.i18n.formats import number
from wellbeing_app.ui.theme import mark_error

TEN_KEY_WINDOW_MS = 800
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}


class QuickLogDialog(QDialog):
    """Built once and re-shown, so it opens in a few milliseconds.

    Signals:
        submitted(object): a validated ``CallDraft``; ``editing_id`` tells new from edit.
    """

    submitted = Signal(object)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.editing_id: int | None = None
        self._last_one = QElapsedTimer()
        self.setWindowTitle(self.tr("Log a tough call"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._build()

    # --- construction -----------------------------------------------------------------
    def _build(self) -> None:
        from wellbeing_app.ui.calls.stress_scale import StressScale

        prompt = QLabel(self.tr("How stressed do you feel right now? (keys 0–9; 1 then 0 for 10)"))
        self.scale = StressScale()
        self.category_boxes = {c.id: QCheckBox(c.label) for c in self._catalog.categories}
        categories = QGroupBox(self.tr("What made it hard? (any that apply)"))
        grid = QGridLayout(categories)
        for index, (category_id, box) in enumerate(self.category_boxes.items()):
            box.setObjectName(f"category_{category_id}")
            grid.addWidget(box, index // 2, index % 2)
        self.flag_boxes = {f.id: QCheckBox(f.label) for f in self._catalog.flags}
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Private note (optional, stays on this computer)"))
        self.note.setAccessibleName(self.tr("Private note"))
        self.note.setAccessibleDescription(self.tr("Optional, stays on this computer; "
                                                   "Enter saves, Shift+Enter makes a new line"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note.installEventFilter(self)
        self.note.textChanged.connect(self._on_note_text_changed)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error = QLabel()
        self.error.setObjectName("error")
        mark_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (prompt, self.scale, categories, *self.flag_boxes.values(),
                       self.note, self.counter, self.error, buttons):
            layout.addWidget(widget)
        self.scale.value_changed.connect(lambda _v: self.error.hide())
        # WORKAROUND: under Qt's GTK platform theme (what Qt picks on GNOME) Enter is one of the
        # "button press keys", so a focused check box or rating button ticks instead of letting
        # the dialog save. Enter saves everywhere in this dialog; Space still ticks.
        boxes: list[QAbstractButton] = [*self.category_boxes.values(), *self.flag_boxes.values(),
                                        *self.scale.findChildren(QAbstractButton)]
        for button in boxes:
            button.installEventFilter(self)
        self._on_note_text_changed()

    # --- public API -------------------------------------------------------------------
    def prepare_new(self) -> None:
        """Reset to an empty entry before showing."""
        self.editing_id = None
        self.setWindowTitle(self.tr("Log a tough call"))
        self._load(CallDraft(stress=0), rating_chosen=False)

    def prepare_edit(self, call_id: int, draft: CallDraft) -> None:
        """Load an existing entry so the agent can add details."""
        self.editing_id = call_id
        self.setWindowTitle(self.tr("Add details to the call you logged"))
        self._load(draft, rating_chosen=True)

    def show_error(self, message: str) -> None:
        """Show why saving did not work; the entry stays as typed."""
        self.error.setText(message)
        self.error.show()

    def try_submit(self) -> None:
        """Validate through the domain; emit on success, explain inline on failure."""
        try:
            draft = validate_call(
                stress=self._stress_text(),
                categories=[cid for cid, box in self.category_boxes.items() if box.isChecked()],
                known_categories=self._catalog.category_ids,
                escalated=self._flag("escalated"),
                ended_for_abuse=self._flag("ended_for_abuse"),
                note=self.note.toPlainText(),
            )
        except ValidationError as error:
            self.show_error(error.message)
            return
        self.error.hide()
        self.submitted.emit(draft)

    # --- internals --------------------------------------------------------------------
    def _stress_text(self) -> str:
        value = self.scale.value()
        if value is None:
            raise ValidationError(
                "stress", self.tr("Pick a stress rating from 0 to 10 first (press a digit key).")
            )
        return str(value)

    def _flag(self, flag_id: str) -> bool:
        box = self.flag_boxes.get(flag_id)
        return bool(box and box.isChecked())

    def _load(self, draft: CallDraft, *, rating_chosen: bool) -> None:
        self.scale.set_value(draft.stress if rating_chosen else None)
        for cid, box in self.category_boxes.items():
            box.setChecked(cid in draft.categories)
        for fid, box in self.flag_boxes.items():
            box.setChecked(getattr(draft, fid, False))
        self.note.setPlainText(draft.note)
        self.error.hide()
        first = next(iter(self.category_boxes.values()), None)
        if first is not None:
            first.setFocus()

    def _on_note_text_changed(self) -> None:
        length = len(self.note.toPlainText())
        self.counter.setText(self.tr("{length} / {limit}").format(
            length=number(length), limit=number(NOTE_MAX_CHARS)))
        over = length > NOTE_MAX_CHARS
        mark_error(self.counter, over)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter saves from the note and every box; Shift+Enter makes a new line in the note."""
        if event.type() == QEvent.Type.KeyPress and (
                watched is self.note or isinstance(watched, QAbstractButton)):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.try_submit()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits pick the rating (``1`` then ``0`` within a moment means 10)."""
        digit = DIGIT_KEYS.get(Qt.Key(event.key()))
        if digit is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if digit == 0 and self.scale.value() == 1 and self._last_one.isValid() \
                and self._last_one.elapsed() < TEN_KEY_WINDOW_MS:
            self.scale.set_value(10)
            return
        self.scale.set_value(digit)
        if digit == 1:
            self._last_one.restart()
