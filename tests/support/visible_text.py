"""What a window shows a person: every visible text, and the texts its widget cuts off."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from wellbeing_app.domain.content_translation import text_leaves

ROOT = Path(__file__).resolve().parents[2]
PSEUDO = re.compile(r"\[[^\[\]]*\]")
WORD = re.compile(r"[A-Za-z]{3,}")
#: A file path the app names (the journal, the team folder): the person's own, never English.
FILE_PATH = re.compile(r"(?<![\w/])/[\w.\-]+(?:/[\w.\-]+)+")
#: Names and formats that stay as they are in every language.
KEPT = ("Between Calls", "WHO-5", "SHA-256", "sha256", "CSV", "JSON", "HTML", "UTC", "Alt+",
        "wellbeing log-dialog", "wellbeing notice", "Theil–Sen", "Mann–Kendall", "Esc")


def plain(text: str) -> str:
    """Rich text as a person reads it; mnemonic ampersands dropped."""
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return _without_mnemonics(text)


def _without_mnemonics(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def content_strings() -> list[str]:
    """Every translatable text of the content files, longest first.

    Content is translated as data, not through ``tr()``: the texts ``text_leaves`` yields are the
    ones the content test proves every shipped language translates. Anything else in a file (a
    file's provenance ``source``, ids, phase kinds) is not translated, so it is not allowed here:
    shown in a window, it counts as English.
    """
    found: set[str] = set()
    for path in (ROOT / "resources").rglob("*.toml"):
        found |= {text for _, text in text_leaves(tomllib.loads(path.read_text(encoding="utf-8")))}
    return sorted({s for s in found if s.strip()}, key=len, reverse=True)


def _qt_standard(widget: QWidget) -> bool:
    """A QDialogButtonBox standard button: Qt's own catalogue (qtbase_*.qm) words it."""
    box = widget.parent()
    return (isinstance(box, QDialogButtonBox) and isinstance(widget, QPushButton)
            and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton)


def _single_text(widget: QWidget) -> str | None:
    """The one caption a simple widget shows (``None`` when it is not such a widget)."""
    if isinstance(widget, QLabel | QAbstractButton | QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QProgressBar):
        return widget.text() if widget.isTextVisible() else ""
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return "" if _typed(widget) else widget.placeholderText()
    if isinstance(widget, QTextBrowser):
        return widget.toPlainText()
    return None


def _own_texts(widget: QWidget) -> list[str]:
    if _qt_standard(widget):
        return []
    single = _single_text(widget)
    if single is not None:
        return [single]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTableWidget):
        return [item.text() for i in range(widget.columnCount())
                if (item := widget.horizontalHeaderItem(i)) is not None]
    if isinstance(widget, QMenu):
        return [a.text() for a in widget.actions() if a.isVisible()]
    return []


def _typed(widget: QLineEdit | QPlainTextEdit) -> bool:
    return bool(widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText())


def shown_widgets(window: QWidget) -> Iterable[QWidget]:
    """The window and every descendant a person can see."""
    yield window
    for child in window.findChildren(QWidget):
        if child.isVisibleTo(window) and child.window() is window:
            yield child


def _pattern(fragment: str) -> re.Pattern[str]:
    """A kept text as a pattern: its {placeholders} match whatever filled them.

    Its ampersands go as ``plain`` drops them from what is shown ("Bernstein & Borkovec").
    """
    parts = re.split(r"\{[a-z_]+\}", _without_mnemonics(fragment))
    body = r"[^\n]*?".join(re.escape(part) for part in parts)
    return re.compile(rf"(?<![A-Za-z]){body}(?![A-Za-z])", re.IGNORECASE)


def english_left(window: QWidget, allowed: Iterable[str]) -> list[str]:
    """Visible texts with English words outside the pseudo-locale's brackets."""
    patterns = [_pattern(fragment) for fragment in
                sorted([*allowed, *KEPT], key=len, reverse=True)]
    problems = []
    for widget in shown_widgets(window):
        for raw in [*_own_texts(widget), window.windowTitle() if widget is window else ""]:
            text = FILE_PATH.sub(" ", PSEUDO.sub(" ", plain(raw)))
            for pattern in patterns:
                text = pattern.sub(" ", text)
            words = WORD.findall(text)
            if words:
                problems.append(f"{type(widget).__name__} {widget.objectName()!r}: "
                                f"{plain(raw)!r} ({' '.join(words)})")
    return problems


def _label_cut(label: QLabel) -> str:
    if not label.text():
        return ""
    text = plain(label.text())[:60]
    if label.wordWrap():
        height = label.heightForWidth(label.width())
        return (f"label {text!r}: needs {height} px high, has {label.height()}"
                if height > label.height() + 1 else "")
    width = label.sizeHint().width()
    return (f"label {text!r}: needs {width} px wide, has {label.width()}"
            if width > label.width() + 1 else "")


def _caption_cut(widget: QAbstractButton | QGroupBox) -> str:
    text = plain(widget.title() if isinstance(widget, QGroupBox) else widget.text())
    icon = (widget.iconSize().width() + 4 if isinstance(widget, QAbstractButton)
            and not widget.icon().isNull() else 0)
    room = widget.contentsRect().width() - icon
    width = max((widget.fontMetrics().horizontalAdvance(line) for line in text.splitlines()),
                default=0)
    return (f"{type(widget).__name__} {text[:60]!r}: needs {width} px for its text, has {room}"
            if width > room else "")


def _tabs_cut(tabs: QTabWidget) -> list[str]:
    bar = tabs.tabBar()
    return [f"tab {plain(bar.tabText(i))!r} is elided" for i in range(bar.count())
            if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width()]


def cut_off(window: QWidget) -> list[str]:
    """Texts their widget is too small to show whole."""
    problems: list[str] = []
    for widget in shown_widgets(window):
        if isinstance(widget, QLabel):
            problems.append(_label_cut(widget))
        elif isinstance(widget, QAbstractButton | QGroupBox):
            problems.append(_caption_cut(widget))
        elif isinstance(widget, QTabWidget):
            problems += _tabs_cut(widget)
    return [problem for problem in problems if problem]
