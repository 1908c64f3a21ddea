"""The exercise library, parsed from ``resources/exercises/*.toml``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.exercises.breathing import PHASE_LABELS, BreathingPattern
from wellbeing_app.domain.exercises.pmr import MuscleGroup, PmrScript


@dataclass(frozen=True)
class ExerciseLibrary:
    """Every breathing pattern and PMR script, with the caution and safety copy."""

    patterns: tuple[BreathingPattern, ...]
    scripts: tuple[PmrScript, ...]
    caution: str
    safety: tuple[str, ...]
    default_pattern: str
    default_script: str
    session_max_seconds: int
    custom_phase_max: int
    custom_breath_min: int

    def pattern(self, pattern_id: str) -> BreathingPattern:
        """The pattern with this id, or a ``ValidationError`` naming the choices."""
        for pattern in self.patterns:
            if pattern.id == pattern_id:
                return pattern
        ids = ", ".join(p.id for p in self.patterns)
        raise ValidationError("pattern", f"Unknown pattern {pattern_id!r}; choose from: {ids}.")

    def script(self, script_id: str) -> PmrScript:
        """The script with this id, or a ``ValidationError`` naming the choices."""
        for script in self.scripts:
            if script.id == script_id:
                return script
        ids = ", ".join(s.id for s in self.scripts)
        raise ValidationError("script", f"Unknown script {script_id!r}; choose from: {ids}.")

    def name_of(self, exercise_id: str) -> str:
        """Display name of any exercise id (the id itself when unknown)."""
        names = {p.id: p.name for p in self.patterns} | {s.id: s.name for s in self.scripts}
        if exercise_id in names:
            return names[exercise_id]
        return "Custom breathing" if exercise_id == "custom" else exercise_id


def _phases(raw: Any, where: str) -> tuple[tuple[str, int], ...]:
    if not isinstance(raw, list):
        raise ValidationError(where, f"{where}: phases must be a list of [kind, seconds].")
    out = []
    for item in raw:
        ok = isinstance(item, list) and len(item) == 2 and item[0] in PHASE_LABELS
        if not ok or not isinstance(item[1], int) or item[1] <= 0:
            raise ValidationError(where, f"{where}: bad phase {item!r}.")
        out.append((str(item[0]), int(item[1])))
    return tuple(out)


def _pattern(raw: Mapping[str, Any]) -> BreathingPattern:
    where = f"pattern {raw.get('id')!r}"
    phases = _phases(raw.get("phases"), where)
    kinds = {kind for kind, _s in phases}
    if not {"inhale", "exhale"} <= kinds:
        raise ValidationError(where, f"{where}: needs an inhale and an exhale.")
    if not raw.get("source"):
        raise ValidationError(where, f"{where}: name its source.")
    return BreathingPattern(
        id=str(raw["id"]), name=str(raw["name"]), summary=str(raw.get("summary", "")),
        phases=phases, source=str(raw["source"]),
        lead_in=_phases(raw.get("lead_in", []), where),
        default_seconds=raw.get("default_seconds"), default_cycles=raw.get("default_cycles"),
        max_cycles=raw.get("max_cycles"),
    )


def _script(raw: Mapping[str, Any], groups: Mapping[str, MuscleGroup]) -> PmrScript:
    where = f"script {raw.get('id')!r}"
    missing = [g for g in raw.get("groups", []) if g not in groups]
    if missing or not raw.get("groups") or not raw.get("source"):
        raise ValidationError(where, f"{where}: needs known groups and a source {missing}.")
    return PmrScript(
        id=str(raw["id"]), name=str(raw["name"]), summary=str(raw.get("summary", "")),
        groups=tuple(groups[g] for g in raw["groups"]),
        prepare_seconds=int(raw["prepare_seconds"]), tense_seconds=int(raw["tense_seconds"]),
        release_seconds=int(raw["release_seconds"]), source=str(raw["source"]),
        recall=bool(raw.get("recall", False)), shortened=bool(raw.get("shortened", False)),
    )


def parse_exercise_library(breathing: Mapping[str, Any], pmr: Mapping[str, Any]) -> ExerciseLibrary:
    """Build the library from the parsed ``breathing.toml`` and ``pmr.toml`` documents."""
    groups = {str(g["id"]): MuscleGroup(str(g["id"]), str(g["name"]), str(g["tense"]))
              for g in pmr.get("group", [])}
    limits = breathing.get("limits", {})
    library = ExerciseLibrary(
        patterns=tuple(_pattern(p) for p in breathing.get("pattern", [])),
        scripts=tuple(_script(s, groups) for s in pmr.get("script", [])),
        caution=str(breathing.get("caution", "")).strip(),
        safety=tuple(str(s) for s in pmr.get("safety", [])),
        default_pattern=str(breathing.get("default_pattern", "")),
        default_script=str(pmr.get("default_script", "")),
        session_max_seconds=int(limits.get("session_max_seconds", 300)),
        custom_phase_max=int(limits.get("custom_phase_max_seconds", 12)),
        custom_breath_min=int(limits.get("custom_breath_min_seconds", 1)),
    )
    if not library.caution or not library.safety:
        raise ValidationError("content", "The caution and safety texts must not be empty.")
    library.pattern(library.default_pattern)
    library.script(library.default_script)
    return library
