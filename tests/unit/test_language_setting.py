"""The ``language`` setting: declared once, validated, and settable or lockable by policy."""

from __future__ import annotations

import pytest

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.settings.declaration import LANGUAGES, spec_for
from wellbeing_app.domain.settings.layers import parse_policy, resolve, validate_value


def test_declared_on_the_about_page_with_every_shipped_language() -> None:
    spec = spec_for("language")
    assert (spec.page, spec.default) == ("About", "system")
    assert LANGUAGES == ("system", "en", "es", "pt_br", "fr", "de")


def test_values_are_checked_and_case_does_not_matter() -> None:
    assert validate_value("language", "pt_BR") == "pt_br"
    with pytest.raises(ValidationError, match="language must be one of"):
        validate_value("language", "klingon")


def test_policy_can_preset_or_lock_it_and_the_agent_cannot_override_a_lock() -> None:
    preset = resolve(parse_policy({"defaults": {"language": "fr"}}), {})
    assert preset.value("language") == "fr"
    assert resolve(parse_policy({"defaults": {"language": "fr"}}),
                   {"language": "de"}).value("language") == "de"
    locked = resolve(parse_policy({"locked": {"language": "es"}}), {"language": "de"})
    assert locked.value("language") == "es" and "language" in locked.locked


def test_the_catalogue_script_ships_the_same_translations() -> None:
    from tests.support.catalogues import translations_tool
    from wellbeing_app.domain.i18n import TRANSLATED_LANGUAGES

    assert translations_tool().LANGUAGES == TRANSLATED_LANGUAGES
