"""Which language the shipped content (tips, exercises, reminder texts) is read in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing_app.ui.i18n.languages import resolve_language

#: Where ``Translations.apply`` records the language it installed, on the application object.
_SHOWN_PROPERTY = "betweenCallsShownLanguage"


def language_for_setting(setting: str) -> str:
    """The language a ``language`` setting shows: the one resolution the UI and content share."""
    return resolve_language(setting, QLocale.system().uiLanguages())


def record_shown_language(app: QCoreApplication, language: str) -> None:
    """Called by ``Translations.apply`` once the catalogues of ``language`` are installed."""
    app.setProperty(_SHOWN_PROPERTY, language)


def content_language() -> str:
    """The language the UI is shown in now, as a content folder name (``de``, ``pt_BR``, ``en``).

    Read from what ``Translations.apply`` installed, never from the default ``QLocale``: that
    one carries the desktop's formats, which may differ from its display language (English
    Windows with German regional formats shows English texts, so its content is English too).
    """
    app = QCoreApplication.instance()
    shown = app.property(_SHOWN_PROPERTY) if app is not None else None
    return shown if isinstance(shown, str) else "en"
