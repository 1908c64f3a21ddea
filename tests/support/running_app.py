"""The whole app as ``launch`` builds it, on the fallback panel (no tray in tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale

from tests.support.all_windows import NOW
from wellbeing_app.app import BetweenCallsApp
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.settings.layers import NO_POLICY
from wellbeing_app.ui.i18n.language_feature import LanguageFeature
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.tray.fallback_panel import FallbackPanel
from wellbeing_app.ui.tray.icons import app_icon


@contextmanager
def running_app(data_dir: Path) -> Iterator[tuple[BetweenCallsApp, AppActions, FallbackPanel]]:
    """Built at ``NOW`` with no policy; shut down after, and back in English for the next test."""
    actions = AppActions()
    panel = FallbackPanel(app_icon(), actions)
    app = BetweenCallsApp(panel, actions, data_dir, ManualClock(NOW), lambda: NO_POLICY)
    language = app.feature(LanguageFeature)
    try:
        yield app, actions, panel
    finally:
        panel.close()
        app.shutdown()
        language.translations.apply("en")  # a test may have switched the language
        QLocale.setDefault(QLocale("en_GB"))
