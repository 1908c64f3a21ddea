"""Choosing the language: the setting, the desktop's languages, Qt's own catalogue, QLocale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing_app.ui.i18n.formats import decimal, number, weekday_name
from wellbeing_app.ui.i18n.languages import resolve_language
from wellbeing_app.ui.i18n.translations import Translations


@pytest.mark.parametrize(("setting", "desktop", "shown"), [
    ("system", ["de-DE", "de"], "de"),
    ("system", ["pt-PT"], "pt_BR"),
    ("system", ["pt-BR", "pt"], "pt_BR"),
    ("system", ["fr-CA"], "fr"),
    ("system", ["it-IT", "es-ES"], "es"),
    ("system", ["it-IT"], "en"),
    ("system", ["C"], "en"),
    ("system", ["en-US", "de"], "en"),
    ("system", [], "en"),
    ("de", ["en-US"], "de"),
    ("pt_br", ["C"], "pt_BR"),
    ("en", ["fr-FR"], "en"),
    ("xx", ["fr-FR"], "fr"),
])
def test_setting_then_desktop_then_english(setting: str, desktop: list[str], shown: str) -> None:
    assert resolve_language(setting, desktop) == shown


@pytest.fixture
def translations(qapp: QCoreApplication, qm_dir: Path) -> Iterator[Translations]:
    chosen = Translations(qapp, qm_dir)
    yield chosen
    chosen.apply("en")
    QLocale.setDefault(QLocale("en_GB"))


def test_german_brings_qt_own_words_and_german_numbers(translations: Translations) -> None:
    assert translations.apply("de") == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert (number(2000), decimal(6.2), weekday_name(0)) == ("2.000", "6,2", "Mo.")


def test_switching_back_removes_the_catalogues(translations: Translations) -> None:
    translations.apply("fr")
    assert decimal(6.2) == "6,2"
    translations.apply("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert (number(2000), decimal(6.2)) == ("2,000", "6.2")
