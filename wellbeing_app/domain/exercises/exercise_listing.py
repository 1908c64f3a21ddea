"""Every exercise described for ``wellbeing exercises`` (text and JSON)."""

from __future__ import annotations

from typing import Any

from wellbeing_app.domain.exercises.breathing import (
    PHASE_LABELS,
    BreathingPattern,
    breathing_timeline,
    cycles_for,
    default_dose,
    max_cycles,
)
from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.exercises.exercise_session import BREATHING, PMR
from wellbeing_app.domain.exercises.pmr import PmrScript, pmr_timeline


def _phase_list(phases: tuple[tuple[str, int], ...]) -> list[dict[str, Any]]:
    return [{"phase": kind, "label": PHASE_LABELS[kind], "seconds": s} for kind, s in phases]


def describe_pattern(pattern: BreathingPattern, library: ExerciseLibrary) -> dict[str, Any]:
    """A breathing pattern's phases, default cycles and total seconds."""
    cycles = cycles_for(pattern, default_dose(pattern), library.session_max_seconds)
    return {
        "id": pattern.id, "kind": BREATHING, "name": pattern.name, "summary": pattern.summary,
        "lead_in": _phase_list(pattern.lead_in), "phases": _phase_list(pattern.phases),
        "cycle_seconds": pattern.cycle_seconds, "cycles": cycles,
        "max_cycles": max_cycles(pattern, library.session_max_seconds),
        "total_seconds": breathing_timeline(pattern, cycles).total_seconds,
        "source": pattern.source,
    }


def describe_script(script: PmrScript) -> dict[str, Any]:
    """A PMR script's groups with tense and release seconds, and its total."""
    return {
        "id": script.id, "kind": PMR, "name": script.name, "summary": script.summary,
        "groups": [{"id": g.id, "name": g.name, "tense": "" if script.recall else g.tense,
                    "prepare_seconds": script.prepare_seconds,
                    "tense_seconds": 0 if script.recall else script.tense_seconds,
                    "release_seconds": script.release_seconds} for g in script.groups],
        "total_seconds": pmr_timeline(script).total_seconds,
        "shortened": script.shortened, "source": script.source,
    }


def describe_library(library: ExerciseLibrary) -> list[dict[str, Any]]:
    """Every pattern, then every script."""
    return [*(describe_pattern(p, library) for p in library.patterns),
            *(describe_script(s) for s in library.scripts)]


def _minutes(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def format_entry(entry: dict[str, Any]) -> list[str]:
    """Human-readable lines for one described exercise."""
    total = _minutes(entry["total_seconds"])
    head = f"{entry['id']:<14} {entry['kind']:<9} {entry['name']}  ({total})"
    if entry["kind"] == BREATHING:
        phases = ", ".join(f"{p['label'].lower()} {p['seconds']}s" for p in entry["phases"])
        lead = "".join(f"first {p['label'].lower()} {p['seconds']}s; " for p in entry["lead_in"])
        return [head, f"    {lead}{phases} × {entry['cycles']} cycles "
                      f"(max {entry['max_cycles']})"]
    lines = [head]
    for group in entry["groups"]:
        tense = f"tense {group['tense_seconds']}s, " if group["tense_seconds"] else ""
        lines.append(f"    {group['name']}: {tense}release {group['release_seconds']}s")
    return lines
