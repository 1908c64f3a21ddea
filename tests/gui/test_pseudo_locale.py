"""Layout survives translation: a pseudo-locale shows no English and cuts nothing off."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QPushButton

from tests.support.all_windows import every_window
from tests.support.visible_text import content_strings, cut_off, english_left
from wellbeing_app.domain.reminders import check_ins
from wellbeing_app.ui.i18n.languages import ENDONYMS


def domain_content() -> list[str]:
    """The WHO-5, kept with the instrument: only its verified official wording is shown.

    The weekly stress item's question and answers are content (``reminders.toml``), translated
    like any other text, so they are not allowed here.
    """
    words: list[str] = []
    for name in ("WHO5_STEM", "WHO5_ITEMS", "WHO5_ANSWERS", "WHO5_SOURCE"):
        value = getattr(check_ins, name, ())
        words += [value] if isinstance(value, str) else list(value)
    return [w for w in words if w]


@pytest.fixture
def pseudo_locale(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    """Pseudo-translated texts; Arabic dates and digits, so no format can pass for English."""
    translator = QTranslator()
    assert translator.load("between_calls_pseudo", str(qm_dir))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("ar_EG"))
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_GB"))


def test_every_window_is_translated_and_nothing_is_cut_off(pseudo_locale: None,
                                                           tmp_path: Path) -> None:
    allowed = [*content_strings(), *domain_content(), *ENDONYMS.values(), str(tmp_path)]
    untranslated: list[str] = []
    truncated: list[str] = []
    names = []
    for name, window in every_window(tmp_path):
        names.append(name)
        untranslated += [f"{name}: {line}" for line in english_left(window, allowed)]
        truncated += [f"{name}: {line}" for line in cut_off(window)]
    assert len(names) > 30
    assert untranslated == []
    assert truncated == []


def test_the_check_sees_english_and_cut_text(pseudo_locale: None, qapp: QApplication) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel(QCoreApplication.translate("ExerciseWindow", "Keep on top")))
    layout.addWidget(QLabel("Plain English"))
    button = QPushButton("A long caption that cannot fit")
    button.setFixedWidth(40)
    layout.addWidget(button)
    window.show()
    qapp.processEvents()
    assert [line.split(": ", 1)[1] for line in english_left(window, [])] == [
        "'Plain English' (Plain English)", "'A long caption that cannot fit' "
        "(long caption that cannot fit)"]
    assert len(cut_off(window)) == 1
    window.close()


def test_right_to_left_mirrors_every_window(qapp: QApplication, tmp_path: Path) -> None:
    """One screenshot per window in right-to-left layout (into $WELLBEING_RTL_SHOTS if set)."""
    out = Path(os.environ.get("WELLBEING_RTL_SHOTS", str(tmp_path / "rtl")))
    out.mkdir(parents=True, exist_ok=True)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        shots = []
        for name, window in every_window(tmp_path):
            assert window.isRightToLeft(), name
            if name == "log-dialog":
                zero = window.findChild(QPushButton, "stress_0")
                ten = window.findChild(QPushButton, "stress_10")
                assert zero is not None and ten is not None
                assert zero.mapTo(window, zero.rect().center()).x() > \
                    ten.mapTo(window, ten.rect().center()).x()  # 0 sits on the right
            target = out / f"rtl-{name}.png"
            assert window.grab().save(str(target))
            shots.append(target)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert len(shots) > 30 and all(shot.stat().st_size > 1000 for shot in shots)
