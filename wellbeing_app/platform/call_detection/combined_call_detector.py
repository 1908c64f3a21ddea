"""The detector the app and the CLI use: the manual toggle, then every enabled provider."""

from __future__ import annotations

import sys
from collections.abc import Callable

from wellbeing_app.domain.reminders.call_state import CallVerdict, combine
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.platform.call_detection.call_detector import CallDetector
from wellbeing_app.platform.call_detection.pulse_call_detector import PulseCallDetector
from wellbeing_app.platform.call_detection.window_title_detector import (
    WindowTitleDetector,
    foreground_title_reader,
)
from wellbeing_app.platform.command_runner import CommandRunner


def microphone_detector(platform: str = sys.platform,
                        runner: CommandRunner | None = None) -> CallDetector | None:
    """The microphone provider of this OS, or ``None`` where there is none.

    Only this OS's provider is imported (the macOS one loads ctypes).
    """
    if platform == "win32":
        from wellbeing_app.platform.call_detection.windows_call_detector import (
            RegistryConsentReader,
            WindowsCallDetector,
        )

        return WindowsCallDetector(RegistryConsentReader())
    if platform == "darwin":
        from wellbeing_app.platform.call_detection.mac_call_detector import (
            CoreAudioReader,
            MacCallDetector,
        )

        try:
            return MacCallDetector(CoreAudioReader())
        except OSError:
            return None
    return PulseCallDetector(runner or CommandRunner())


class CombinedCallDetector:
    """Manual 'On a call' wins; otherwise the first provider that sees a call."""

    name = "combined"

    def __init__(self, providers: list[CallDetector],
                 manual: Callable[[], bool] = lambda: False) -> None:
        self.providers = providers
        self._manual = manual

    @classmethod
    def from_settings(cls, settings: Settings, manual: Callable[[], bool] = lambda: False,
                      platform: str = sys.platform) -> CombinedCallDetector:
        """Build the providers the settings enable on this OS."""
        runner = CommandRunner()
        providers: list[CallDetector] = []
        mic = microphone_detector(platform, runner) if settings.detect_microphone else None
        if mic is not None:
            providers.append(mic)
        if settings.softphone_window_title.strip():
            providers.append(WindowTitleDetector(settings.softphone_window_title,
                                                 foreground_title_reader(runner, platform)))
        return cls(providers, manual)

    def detect(self) -> CallVerdict:
        """Ask the toggle, then each provider, stopping at the first call seen."""
        if self._manual():
            return CallVerdict(True, "manual toggle", "you said you are on a call")
        verdicts: list[CallVerdict] = []
        for provider in self.providers:
            verdict = provider.detect()
            if verdict.on_call:
                return verdict
            verdicts.append(verdict)
        return combine(verdicts)
