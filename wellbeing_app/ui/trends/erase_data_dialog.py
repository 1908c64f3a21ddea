"""Two-step confirmation before everything the agent logged is erased for good."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

# Always accepted, also where the shown language has its own word (help desks quote it).
CONFIRM_WORD = "ERASE"


class EraseDataDialog(QDialog):
    """Step 1 explains what goes; step 2 asks the agent to type the word (``ERASE`` in English)."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase all my data"))
        self.word = self.tr("ERASE", "the word the agent types to confirm erasing: one word, "
                            "capitals, easy to type on that language's keyboard")
        explain = QLabel(
            "<p>" + self.tr("<b>This deletes everything you have logged</b>: every call, note, "
                            "exercise, check-in, detected call time and setting, and the daily "
                            "backups.")
            + f"</p><p>{what}</p><p>"
            + self.tr("It cannot be undone. If you might want your history later, export it "
                      "first (Cancel, then Export).") + "</p>")
        explain.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(self.word)
        self.confirm.setAccessibleName(self.tr("Type {word} to confirm").format(word=self.word))
        self.confirm.textChanged.connect(self._on_confirm_text_changed)
        step_two = QWidget()
        two = QVBoxLayout(step_two)
        two.addWidget(QLabel(self.tr("To erase everything now, type {word} below.").format(
            word=f"<b>{self.word}</b>")))
        two.addWidget(self.confirm)
        self.pages = QStackedWidget()
        self.pages.addWidget(explain)
        self.pages.addWidget(step_two)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.continue_button = QPushButton(self.tr("Continue…"))
        self.erase_button = QPushButton(self.tr("Erase everything"))
        self.erase_button.setEnabled(False)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.hide()  # after addButton, which shows it
        buttons.rejected.connect(self.reject)
        self.continue_button.clicked.connect(self.go_to_step_two)
        self.erase_button.clicked.connect(self.accept)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)

    def go_to_step_two(self) -> None:
        """Show the typed confirmation."""
        self.pages.setCurrentIndex(1)
        self.continue_button.hide()
        self.erase_button.show()
        # Enter after typing the word erases; Enter before that does nothing (never Cancel).
        self.cancel_button.setDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.erase_button.setAutoDefault(False)
        self.confirm.setFocus()

    def _on_confirm_text_changed(self, text: str) -> None:
        typed = text.strip() in (self.word, CONFIRM_WORD)
        self.erase_button.setEnabled(typed)
        self.erase_button.setDefault(typed)

    def accept(self) -> None:
        """Only a typed confirmation on step two counts."""
        if self.pages.currentIndex() == 1 and self.erase_button.isEnabled():
            super().accept()
