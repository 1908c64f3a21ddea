"""Breathing patterns, doses and caps, and the timeline of one breathing session."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.exercises.exercise_timeline import Step, Timeline

PHASE_LABELS = {
    "inhale": "Breathe in",
    "top_up": "A little more in",
    "hold": "Hold",
    "exhale": "Breathe out",
    "hold_empty": "Rest",
}
LEAD_IN_LABEL = "Breathe all the way out"
TOP_UP_FROM = 0.8
LEAD_IN_LEVEL = 0.5
CUSTOM_ID = "custom"
CUSTOM_ORDER = ("inhale", "hold", "exhale", "hold_empty")


@dataclass(frozen=True)
class BreathingPattern:
    """A named sequence of phases with its default dose and cap.

    Attributes:
        phases: ``(kind, seconds)`` pairs of one cycle.
        lead_in: phases run once before the first cycle (4-7-8 starts with a full exhale).
        default_seconds: default dose as a duration (``None`` when given in cycles).
        default_cycles: default dose in cycles (``None`` when given as a duration).
        max_cycles: hard cap (4-7-8: 8), or ``None`` for the session limit only.
    """

    id: str
    name: str
    summary: str
    phases: tuple[tuple[str, int], ...]
    source: str
    lead_in: tuple[tuple[str, int], ...] = ()
    default_seconds: int | None = None
    default_cycles: int | None = None
    max_cycles: int | None = None

    @property
    def cycle_seconds(self) -> int:
        """Length of one cycle."""
        return sum(seconds for _kind, seconds in self.phases)

    @property
    def has_hold(self) -> bool:
        """True when the pattern asks to hold the breath."""
        return any(kind in ("hold", "hold_empty") for kind, _s in self.phases)


@dataclass(frozen=True)
class Dose:
    """How much to do: a duration in seconds or a number of cycles (exactly one is set)."""

    seconds: int | None = None
    cycles: int | None = None

    def __post_init__(self) -> None:
        if (self.seconds is None) == (self.cycles is None):
            raise ValidationError("dose", "Choose either a duration or a number of cycles.")
        if (self.seconds or self.cycles or 0) <= 0:
            raise ValidationError("dose", "The dose must be at least one cycle or one second.")


def default_dose(pattern: BreathingPattern) -> Dose:
    """The dose the content names for this pattern."""
    if pattern.default_cycles is not None:
        return Dose(cycles=pattern.default_cycles)
    return Dose(seconds=pattern.default_seconds or 60)


def max_cycles(pattern: BreathingPattern, session_max_seconds: int) -> int:
    """The most cycles allowed: the pattern's hard cap, else what fits the session limit."""
    fitting = max(1, session_max_seconds // pattern.cycle_seconds)
    return min(fitting, pattern.max_cycles) if pattern.max_cycles else fitting


def cycles_for(pattern: BreathingPattern, dose: Dose, session_max_seconds: int) -> int:
    """Whole cycles for a dose (a duration rounds to the nearest cycle), capped."""
    if dose.cycles is not None:
        wanted = dose.cycles
    else:
        assert dose.seconds is not None
        wanted = max(1, math.floor(dose.seconds / pattern.cycle_seconds + 0.5))
    return min(wanted, max_cycles(pattern, session_max_seconds))


def _level_after(kind: str, level: float, top_up_follows: bool) -> float:
    if kind == "inhale":
        return TOP_UP_FROM if top_up_follows else 1.0
    if kind == "top_up":
        return 1.0
    if kind == "exhale":
        return 0.0
    return level


def _steps(phases: Sequence[tuple[str, int]], unit: int, start: int, level: float,
           lead_in: bool = False) -> tuple[list[Step], float]:
    steps: list[Step] = []
    for position, (kind, seconds) in enumerate(phases):
        if seconds <= 0:
            continue
        following = phases[position + 1][0] if position + 1 < len(phases) else ""
        target = _level_after(kind, level, following == "top_up")
        label = LEAD_IN_LABEL if lead_in else PHASE_LABELS[kind]
        steps.append(Step(kind, label, seconds, start, unit,
                          level_from=level, level_to=target))
        start += seconds
        level = target
    return steps, level


def breathing_timeline(pattern: BreathingPattern, cycles: int) -> Timeline:
    """The steps of ``cycles`` cycles, after the pattern's lead-in."""
    if cycles < 1:
        raise ValidationError("cycles", "At least one cycle, please.")
    level = LEAD_IN_LEVEL if pattern.lead_in else 0.0
    steps, level = _steps(pattern.lead_in, -1, 0, level, lead_in=True)
    for cycle in range(cycles):
        start = steps[-1].end if steps else 0
        more, level = _steps(pattern.phases, cycle, start, level)
        steps += more
    return Timeline(tuple(steps))


def custom_phase_range(kind: str, *, phase_max: int = 12, breath_min: int = 1) -> tuple[int, int]:
    """The seconds a custom phase may last: breathing in and out at least ``breath_min``."""
    return (breath_min if kind in ("inhale", "exhale") else 0), phase_max


def validate_custom_pattern(seconds: Sequence[object], *, phase_max: int = 12,
                            breath_min: int = 1) -> BreathingPattern:
    """A custom pattern from inhale, hold, exhale, rest seconds (each 0–12, breaths ≥ 1)."""
    if len(seconds) != len(CUSTOM_ORDER):
        raise ValidationError("custom", "A custom pattern has four numbers: in, hold, out, rest.")
    phases: list[tuple[str, int]] = []
    for kind, raw in zip(CUSTOM_ORDER, seconds, strict=True):
        name = PHASE_LABELS[kind].lower()
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise ValidationError("custom", f"{name}: whole seconds, please.")
        try:
            value = int(str(raw).strip())
        except ValueError:
            raise ValidationError("custom", f"{name}: {raw!r} is not a whole number.") from None
        low, high = custom_phase_range(kind, phase_max=phase_max, breath_min=breath_min)
        if not low <= value <= high:
            raise ValidationError("custom", f"{name}: {value} s is outside {low}–{high} s.")
        phases.append((kind, value))
    summary = " · ".join(f"{PHASE_LABELS[k].lower()} {s}" for k, s in phases if s)
    return BreathingPattern(
        id=CUSTOM_ID, name="Custom", summary=summary,
        phases=tuple((k, s) for k, s in phases if s), source="your own pattern",
        default_seconds=60,
    )
