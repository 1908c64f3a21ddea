"""Optional sound cue at each phase change and spoken PMR guidance; silent when unavailable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl

from wellbeing_app.domain.exercises.exercise_timeline import Step
from wellbeing_app.ui.error_reporting import LOG


def spoken_cue(kind: str) -> str:
    """The word said as a PMR step of ``kind`` begins, in the shown language."""
    cues = {"tense": QCoreApplication.translate("ExerciseCues", "Now."),
            "release": QCoreApplication.translate("ExerciseCues", "And relax."),
            "recall": QCoreApplication.translate("ExerciseCues", "Let go."),
            "rest": QCoreApplication.translate("ExerciseCues", "Rest quietly.")}
    return cues.get(kind, "")


class Chime(Protocol):
    """Plays the shipped WAV (a ``QSoundEffect`` in production)."""

    def play(self) -> None:
        """Start playing."""
        ...


class Speaker(Protocol):
    """Says a sentence (a ``QTextToSpeech`` in production)."""

    def say(self, text: str) -> None:
        """Speak ``text`` without blocking."""
        ...


def qt_chime(wav: Path, parent: QObject) -> Chime | None:
    """A QSoundEffect for ``wav``, or ``None`` without QtMultimedia or an audio output."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except (ImportError, OSError) as error:  # missing libpulse and friends
        LOG.info("sound cue off: %s", error)
        return None
    if not QMediaDevices.audioOutputs():
        LOG.info("sound cue off: no audio output device")
        return None
    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(wav)))
    effect.setVolume(0.5)
    return effect


def qt_speaker(parent: QObject) -> Speaker | None:
    """A QTextToSpeech on the OS engine, or ``None`` when there is no engine."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except (ImportError, OSError) as error:
        LOG.info("spoken guidance off: %s", error)
        return None
    if not QTextToSpeech.availableEngines():
        LOG.info("spoken guidance off: no speech engine")
        return None
    speaker = QTextToSpeech(parent)
    if speaker.state() == QTextToSpeech.State.Error:  # listed engine whose plug-in fails to load
        LOG.info("spoken guidance off: %s", speaker.errorString())
        speaker.deleteLater()
        return None
    return speaker


class ExerciseCues(QObject):
    """Listens to step changes; builds the chime and the voice lazily, on first use."""

    def __init__(self, make_chime: Callable[[], Chime | None],
                 make_speaker: Callable[[], Speaker | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_chime = make_chime
        self._make_speaker = make_speaker
        self._chime: Chime | None = None
        self._speaker: Speaker | None = None
        self._tried_chime = self._tried_speaker = False
        self.sound_on = False
        self.speech_on = False

    def sound_available(self) -> bool:
        """Try to set up the chime; ``False`` means the exercise stays silent."""
        if not self._tried_chime:
            self._tried_chime = True
            self._chime = self._make_chime()
        return self._chime is not None

    def speech_available(self) -> bool:
        """Try to set up the voice; ``False`` means text only."""
        if not self._tried_speaker:
            self._tried_speaker = True
            self._speaker = self._make_speaker()
        return self._speaker is not None

    def on_step(self, step: Step, spoken_intro: str = "") -> None:
        """A new step began: chime, and for PMR say the instruction or the cue word."""
        if self.sound_on and self.sound_available() and self._chime is not None:
            self._chime.play()
        if not self.speech_on or not self.speech_available() or self._speaker is None:
            return
        text = spoken_intro or spoken_cue(step.kind)
        if text:
            self._speaker.say(text)
