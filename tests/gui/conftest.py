"""GUI test fixtures: offscreen Qt, and a check that no timer or animation outlives a test."""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QLocale, QTimer, QTranslator

from tests.support.catalogues import build_catalogues
from wellbeing_app.ui.i18n.translations import Translations

_started_timers: list[weakref.ref[QTimer]] = []
_started_animations: list[weakref.ref[QAbstractAnimation]] = []
_original_timer_start = QTimer.start
_original_animation_start = QAbstractAnimation.start
KEEP_WHEN_STOPPED = QAbstractAnimation.DeletionPolicy.KeepWhenStopped


def _tracking_timer_start(self: QTimer, *args: object) -> None:
    _started_timers.append(weakref.ref(self))
    _original_timer_start(self, *args)


def _tracking_animation_start(
        self: QAbstractAnimation,
        policy: QAbstractAnimation.DeletionPolicy = KEEP_WHEN_STOPPED) -> None:
    _started_animations.append(weakref.ref(self))
    _original_animation_start(self, policy)


# Patching Qt's own classes is the point here; mypy forbids assigning to a method by default.
QTimer.start = _tracking_timer_start  # type: ignore[method-assign]
QAbstractAnimation.start = _tracking_animation_start  # type: ignore[method-assign]


def _still_running() -> list[str]:
    running: list[str] = []
    for ref in _started_timers:
        timer = ref()
        try:
            if timer is not None and timer.isActive():
                parent = timer.parent()
                owner = type(parent).__name__
                running.append(f"QTimer(interval={timer.interval()}, parent={owner})")
        except RuntimeError:  # the C++ object is already gone: fine
            continue
    for animation_ref in _started_animations:
        animation = animation_ref()
        try:
            if animation is not None and animation.state() == QAbstractAnimation.State.Running:
                running.append(f"{type(animation).__name__} still running")
        except RuntimeError:
            continue
    return running


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm catalogues built from the .ts sources for this run."""
    return build_catalogues(tmp_path_factory.mktemp("i18n"))


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: QCoreApplication, qm_dir: Path) -> Iterator[None]:
    """Widgets built in tests speak English with real plurals ("1 call", "2 calls")."""
    QLocale.setDefault(QLocale("en_GB"))
    translator = QTranslator()
    assert translator.load("between_calls_en", str(qm_dir))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def translations(qapp: QCoreApplication, qm_dir: Path) -> Iterator[Translations]:
    """The language setting's catalogue switcher; English and en_GB formats again after."""
    chosen = Translations(qapp, qm_dir)
    yield chosen
    chosen.apply("en")
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture
def german(translations: Translations) -> None:
    """The German catalogue, as the language setting installs it."""
    assert translations.apply("de") == "de"


@pytest.fixture(autouse=True)
def no_dangling_timers(qtbot: object) -> Iterator[None]:
    """Fail a test that leaves a QTimer or animation running after its widgets closed."""
    _started_timers.clear()
    _started_animations.clear()
    yield
    leftovers = _still_running()
    for ref in _started_timers:
        timer = ref()
        try:
            if timer is not None:
                timer.stop()
        except RuntimeError:
            continue
    assert not leftovers, f"dangling timers/animations after the test: {leftovers}"
