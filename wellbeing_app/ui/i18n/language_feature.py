"""The shown language: applied at start and switched live when the ``language`` setting changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.launch_message import LaunchMessage
from wellbeing_app.domain.settings.layers import EffectiveSettings
from wellbeing_app.platform.resources import resource_path
from wellbeing_app.ui.app_services import AppServices, Feature
from wellbeing_app.ui.error_reporting import LOG
from wellbeing_app.ui.i18n.translations import Translations


class LanguageFeature:
    """Installs the catalogues; on a change, texts are set again and idle windows rebuilt."""

    # Named (translated) in the start-up notice when it cannot start.
    name = _t("BetweenCallsApp", "Languages")

    def __init__(self, services: AppServices, features: Sequence[Feature],
                 translations: Translations | None = None) -> None:
        self._services = services
        self._features = features
        app = QCoreApplication.instance()
        assert app is not None  # the root runs inside the Qt application
        self.translations = translations or Translations(app, resource_path("i18n"))
        self._unsubscribe: Callable[[], None] = lambda: None
        self.set_language(services.settings.values.language)  # before the others build windows

    def start(self) -> None:
        """Follow the ``language`` setting (Settings dialog, CLI, policy)."""
        self._unsubscribe = self._services.settings.subscribe(self._on_settings_changed)

    def stop(self) -> None:
        """Stop following the setting."""
        self._unsubscribe()

    def handle(self, message: LaunchMessage, raw: str) -> bool:
        """Languages answer no launch message."""
        return False

    def retranslate(self) -> None:
        """Nothing of its own to redraw."""

    def set_language(self, setting: str) -> None:
        """Show another language now: texts are set again, idle windows are rebuilt on use."""
        if setting == self.translations.setting:
            return
        self.translations.apply(setting)
        services = self._services
        self._switch_content(self.translations.language)
        services.actions.retranslate()
        services.shell.retranslate()
        services.flow.drop_windows()
        services.flow.refresh_summary()
        for feature in self._features:
            if feature is not self:
                feature.retranslate()

    def _switch_content(self, language: str) -> None:
        """Categories, tips and exercises in the new language for every window built from now.

        Open windows keep what they show: a half-filled log dialog stays as it is, a running
        exercise finishes in the words it started with; the next ones are in the new language.
        A broken translation keeps the previous language's content (and is logged).
        """
        try:
            self._services.content.switch(language)
        except Exception:  # noqa: BLE001 - the UI texts switched; content must not stop that
            LOG.exception("cannot read the content in %s", language)

    def _on_settings_changed(self, effective: EffectiveSettings) -> None:
        self.set_language(effective.settings.language)
