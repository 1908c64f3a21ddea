"""Mark a text outside ``ui/`` for translation; the UI translates it when it shows it."""

from __future__ import annotations


def translatable(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``pyside6-lupdate`` collects it under ``context``.

    Qt-free layers cannot call ``tr()``. Marking a literal here puts it into the ``.ts``
    catalogues (lupdate runs with ``-tr-function-alias QT_TRANSLATE_NOOP+=translatable``), and
    the widget that shows it calls ``QCoreApplication.translate(context, text)``.
    """
    del context
    return text
