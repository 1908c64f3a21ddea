"""Find and load the shipped content under ``resources/``, in source and frozen builds."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellbeing_app.domain.i18n import TRANSLATED_LANGUAGES

if TYPE_CHECKING:
    from wellbeing_app.domain.calls.catalog import Catalog
    from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
    from wellbeing_app.domain.reminders.reminder_texts import ReminderTexts


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one shipped file."""
    return resources_dir().joinpath(*parts)


#: Content languages shipped beside English (folder names under each content folder).
CONTENT_LANGUAGES = TRANSLATED_LANGUAGES


def load_toml(*parts: str, language: str = "en") -> dict[str, Any]:
    """Parse one TOML resource file, with its translation laid over it when one is shipped.

    ``language`` is a Qt locale name (``de``, ``pt_BR``); the translation lives beside the
    English file in a folder of that name (``content/de/tips.toml``). English, or a language we
    do not ship, reads the English file alone.
    """
    import tomllib

    with resource_path(*parts).open("rb") as handle:
        english = tomllib.load(handle)
    if language not in CONTENT_LANGUAGES:
        return english
    translated_path = resource_path(*parts[:-1], language, parts[-1])
    if not translated_path.is_file():
        return english
    from wellbeing_app.domain.content_translation import overlay

    with translated_path.open("rb") as handle:
        return overlay(english, tomllib.load(handle))


def load_catalog(language: str = "en") -> Catalog:
    """Categories, flags and tips from ``resources/content``, in ``language``."""
    from wellbeing_app.domain.calls.catalog import parse_catalog

    return parse_catalog(load_toml("content", "calls.toml", language=language),
                         load_toml("content", "tips.toml", language=language))


def load_exercise_library(language: str = "en") -> ExerciseLibrary:
    """Breathing patterns and PMR scripts from ``resources/exercises``, in ``language``."""
    from wellbeing_app.domain.exercises.exercise_content import parse_exercise_library

    return parse_exercise_library(load_toml("exercises", "breathing.toml", language=language),
                                  load_toml("exercises", "pmr.toml", language=language))


def load_reminder_texts(language: str = "en") -> ReminderTexts:
    """What reminder prompts say, from ``resources/content/reminders.toml``, in ``language``."""
    from wellbeing_app.domain.reminders.reminder_texts import parse_reminder_texts

    return parse_reminder_texts(load_toml("content", "reminders.toml", language=language))
