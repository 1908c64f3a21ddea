"""Find and load the shipped content under ``resources/``, in source and frozen builds."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


def load_toml(*parts: str) -> dict[str, Any]:
    """Parse one TOML resource file."""
    import tomllib

    with resource_path(*parts).open("rb") as handle:
        return tomllib.load(handle)


def load_catalog() -> Catalog:
    """Categories, flags and tips from ``resources/content``."""
    from wellbeing_app.domain.calls.catalog import parse_catalog

    return parse_catalog(load_toml("content", "calls.toml"), load_toml("content", "tips.toml"))


def load_exercise_library() -> ExerciseLibrary:
    """Breathing patterns and PMR scripts from ``resources/exercises``."""
    from wellbeing_app.domain.exercises.exercise_content import parse_exercise_library

    return parse_exercise_library(load_toml("exercises", "breathing.toml"),
                                  load_toml("exercises", "pmr.toml"))


def load_reminder_texts() -> ReminderTexts:
    """What reminder prompts say, from ``resources/content/reminders.toml``."""
    from wellbeing_app.domain.reminders.reminder_texts import parse_reminder_texts

    return parse_reminder_texts(load_toml("content", "reminders.toml"))
