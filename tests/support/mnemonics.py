"""Find Alt+letter mnemonics that two visible controls of one window share."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def clashing_mnemonics(window: QWidget) -> list[str]:
    """Letters used by more than one visible button, buddy label or tab of ``window``."""
    texts: list[str] = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            texts.append(button.text())
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.buddy() is not None:
            texts.append(label.text())
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            texts.extend(tabs.tabText(i) for i in range(tabs.count()))
    letters = Counter(letter for text in texts if (letter := _letter(text)))
    return sorted(letter for letter, count in letters.items() if count > 1)
