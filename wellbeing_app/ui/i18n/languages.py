"""Which shipped language to show: the setting, else the desktop's UI languages, else English."""

from __future__ import annotations

from collections.abc import Iterable

from wellbeing_app.domain.i18n import SHIPPED_LANGUAGES

#: Setting value -> Qt locale name of each shipped catalogue ("en" is the source text).
SHIPPED = SHIPPED_LANGUAGES
SYSTEM = "system"
#: How each language names itself in the language menu (never translated).
ENDONYMS = {SYSTEM: "", "en": "English", "es": "Español", "pt_br": "Português (Brasil)",
            "fr": "Français", "de": "Deutsch"}


def resolve_language(setting: str, ui_languages: Iterable[str]) -> str:
    """The Qt locale name to load: the chosen one, or the first desktop language we ship.

    ``ui_languages`` is ``QLocale.system().uiLanguages()`` (``"de-DE"``, ``"pt-BR"``, ``"C"`` …);
    a Portuguese desktop of any region gets ``pt_BR``, the only Portuguese we ship.
    """
    if setting in SHIPPED:
        return SHIPPED[setting]
    for raw in ui_languages:
        tag = raw.replace("-", "_").lower()
        if tag in ("c", "posix"):
            return "en"
        if tag in SHIPPED:
            return SHIPPED[tag]
        base = tag.split("_", 1)[0]
        if base == "pt":
            return "pt_BR"
        if base in SHIPPED:
            return SHIPPED[base]
    return "en"
