"""One owner of the shipped content, switched live when the shown language changes."""

from __future__ import annotations

import pytest

from wellbeing_app.domain.calls.catalog import Catalog
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.usecases.shown_content import ShownContent


def test_switch_reads_the_new_language_and_the_library_only_once_used() -> None:
    content = ShownContent("en")
    assert content.catalog().label_for("hostile") == "Angry or hostile"
    content.switch("de")
    assert content.catalog().label_for("hostile") == "Wütend oder feindselig"
    assert content.library().name_of("cyclic_sigh") == "Zyklisches Seufzen"
    content.switch("fr")
    assert content.language == "fr" and content.library().name_of("cyclic_sigh") != (
        "Zyklisches Seufzen")


def test_a_broken_translation_keeps_the_language_shown() -> None:
    def loader(language: str) -> Catalog:
        if language == "de":
            raise ValueError("broken calls.toml")
        return load_catalog(language)

    content = ShownContent("en", catalog_loader=loader)
    with pytest.raises(ValueError, match="broken"):
        content.switch("de")
    assert content.language == "en"
    assert content.catalog().label_for("hostile") == "Angry or hostile"
