"""Install the app's catalogue, Qt's own ``qtbase`` catalogue and the matching ``QLocale``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wellbeing_app.ui.i18n.content_language import language_for_setting, record_shown_language
from wellbeing_app.ui.i18n.languages import SHIPPED

CATALOGUE = "between_calls"


def qt_translations_dir() -> str:
    """Where the PySide6 wheel (or the frozen bundle) keeps ``qtbase_*.qm``."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _format_locale(setting: str, language: str) -> QLocale:
    """Dates and numbers: the chosen language's formats, or the desktop's own.

    The desktop's locale is kept when the language follows the desktop ("system", even if its
    formats are another language's) or when the desktop speaks the chosen language.
    """
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        system = QLocale("en_GB")  # 24-hour clock, day-month dates
    if setting not in SHIPPED or system.name().split("_")[0] == language.split("_")[0]:
        return system
    return QLocale(language)


class Translations:
    """Owns the installed translators; ``apply`` swaps them for another language at run time."""

    def __init__(self, app: QCoreApplication, qm_dir: Path) -> None:
        self._app = app
        self._qm_dir = qm_dir
        self._installed: list[QTranslator] = []
        self.language = "en"
        self.setting: str | None = None

    def apply(self, setting: str) -> str:
        """Show ``setting`` ("system" or a shipped id); returns the Qt locale name now shown."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.setting = setting
        self.language = language_for_setting(setting)
        QLocale.setDefault(_format_locale(setting, self.language))
        if self.language != "en":
            self._install(f"qtbase_{self.language}", qt_translations_dir())
        # English too: its catalogue holds the plural forms ("1 call", "2 calls").
        self._install(f"{CATALOGUE}_{self.language}", str(self._qm_dir))
        record_shown_language(self._app, self.language)
        return self.language

    def _install(self, name: str, directory: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, directory):
            self._app.installTranslator(translator)
            self._installed.append(translator)
