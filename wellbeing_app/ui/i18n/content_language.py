"""Which language the shipped content (tips, exercises, reminder texts) is read in."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from wellbeing_app.ui.i18n.languages import resolve_language


def content_language() -> str:
    """The language the UI is shown in now, as a content folder name (``de``, ``pt_BR``, ``en``).

    ``Translations.apply`` sets the default ``QLocale`` to the shown language, so content read
    after a language switch follows it; a desktop in ``C`` reads English.
    """
    return resolve_language("system", [QLocale().name()])


def language_for_setting(setting: str) -> str:
    """The language a ``language`` setting shows, before the catalogues are installed."""
    return resolve_language(setting, QLocale.system().uiLanguages())
