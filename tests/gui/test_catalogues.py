"""The .ts catalogues match the code, and every shipped language translates every string."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.support.catalogues import tr_calls, translations_tool

TOOL = translations_tool()
SHIPPED = list(TOOL.LANGUAGES)


def test_ts_sources_hold_exactly_the_strings_of_the_code() -> None:
    stale = [line for lang in (TOOL.SOURCE_LANGUAGE, *SHIPPED) for line in TOOL.stale(lang)]
    assert stale == [], "run `make translations`, then translate the new strings"


def test_every_tr_call_is_a_literal_in_the_catalogue_with_its_plural_form() -> None:
    calls, not_literal = tr_calls(TOOL.sources())
    assert not_literal == [], "tr() needs a literal string (lupdate cannot read anything else)"
    catalogue = {(m.context, m.source, m.comment): m for m in TOOL.read_ts(TOOL.ts_path("de"))}
    missing = [c.where for c in calls if (c.context, c.source, c.comment) not in catalogue]
    assert missing == [], "lupdate did not collect these calls"
    wrong_plural = [c.where for c in calls
                    if c.plural and not catalogue[(c.context, c.source, c.comment)].numerus]
    assert wrong_plural == []
    assert len(calls) > 300


@pytest.mark.parametrize("language", [TOOL.SOURCE_LANGUAGE, *SHIPPED])
def test_every_string_is_translated_with_the_same_placeholders(language: str) -> None:
    assert TOOL.untranslated(language) == []
    assert TOOL.mismatched_placeholders(language) == []


@pytest.mark.parametrize("language", SHIPPED)
def test_qt_own_catalogue_ships_for_every_language(language: str, qapp: QCoreApplication) -> None:
    from wellbeing_app.ui.i18n.translations import qt_translations_dir

    assert QTranslator().load(f"qtbase_{language}", qt_translations_dir())


def test_english_catalogue_gives_singular_and_plural(qm_dir: Path) -> None:
    translator = QTranslator()
    assert translator.load("between_calls_en", str(qm_dir))
    source = "%n tough call(s) today · avg {mean}"
    one = translator.translate("LogFlowController", source, "", 1)
    many = translator.translate("LogFlowController", source, "", 3)
    assert (one, many) == ("%n tough call today · avg {mean}", "%n tough calls today · avg {mean}")
