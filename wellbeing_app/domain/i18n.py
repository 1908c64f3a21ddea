"""Mark a text outside ``ui/`` for translation; the UI translates it when it shows it."""

from __future__ import annotations

#: Every shipped language: ``language`` setting value -> Qt locale name (``en`` is the source).
SHIPPED_LANGUAGES = {"en": "en", "es": "es", "pt_br": "pt_BR", "fr": "fr", "de": "de"}
#: The translations laid over the English texts and content (Qt locale names, folder names).
TRANSLATED_LANGUAGES = tuple(name for name in SHIPPED_LANGUAGES.values() if name != "en")


def translatable(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``pyside6-lupdate`` collects it under ``context``.

    Qt-free layers cannot call ``tr()``. Marking a literal here puts it into the ``.ts``
    catalogues (lupdate runs with ``-tr-function-alias QT_TRANSLATE_NOOP+=translatable``), and
    the widget that shows it calls ``QCoreApplication.translate(context, text)``.
    """
    del context
    return text
