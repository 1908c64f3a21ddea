"""A timed sequence of exercise steps and where a session is at a given elapsed time."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Step:
    """One phase of an exercise: a breath phase, or a PMR prepare/tense/release step.

    Attributes:
        kind: machine name (``inhale``, ``hold``, ``exhale``, ``tense``, ``release`` …).
        label: what the agent reads ("Breathe in", "Tense").
        seconds: how long the step lasts (> 0).
        start: seconds from the session start to this step.
        unit: the breathing cycle or PMR group this step belongs to (0-based; -1 = lead-in).
        detail: an instruction for the step ("Make a tight fist."), may be empty.
        level_from: breathing shape size at the step start, 0 (empty) … 1 (full).
        level_to: shape size at the step end.
    """

    kind: str
    label: str
    seconds: int
    start: int
    unit: int
    detail: str = ""
    level_from: float = 0.0
    level_to: float = 0.0

    @property
    def end(self) -> int:
        """Seconds from the session start to the end of this step."""
        return self.start + self.seconds


@dataclass(frozen=True)
class Position:
    """Where a session stands at an elapsed time; ``step`` is ``None`` once it is over."""

    index: int
    step: Step | None
    elapsed: float
    seconds_left_in_step: float
    fraction_of_step: float
    progress: float

    @property
    def finished(self) -> bool:
        """True once the last step has run out."""
        return self.step is None

    @property
    def whole_seconds_left(self) -> int:
        """The countdown the agent sees: 3, 2, 1 (never 0 while a step runs)."""
        return max(1, math.ceil(self.seconds_left_in_step - 1e-9)) if self.step else 0


@dataclass(frozen=True)
class Timeline:
    """Contiguous steps from 0 to ``total_seconds``."""

    steps: tuple[Step, ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.steps:
            raise ValueError("a timeline needs at least one step")
        expected = 0
        for step in self.steps:
            if step.seconds <= 0 or step.start != expected:
                raise ValueError(f"step {step.label!r} does not follow on at {expected} s")
            expected = step.end
        object.__setattr__(self, "_starts", tuple(s.start for s in self.steps))

    @property
    def total_seconds(self) -> int:
        """Length of the whole session."""
        return self.steps[-1].end

    @property
    def unit_count(self) -> int:
        """Cycles (breathing) or groups (PMR), not counting a lead-in."""
        return len({s.unit for s in self.steps if s.unit >= 0})

    def phase_at(self, elapsed: float) -> Position:
        """The step running ``elapsed`` seconds in; negative counts as 0."""
        elapsed = max(0.0, float(elapsed))
        total = self.total_seconds
        if elapsed >= total:
            return Position(len(self.steps), None, float(total), 0.0, 1.0, 1.0)
        index = bisect.bisect_right(self._starts, elapsed) - 1
        step = self.steps[index]
        into = elapsed - step.start
        return Position(
            index=index,
            step=step,
            elapsed=elapsed,
            seconds_left_in_step=step.seconds - into,
            fraction_of_step=into / step.seconds,
            progress=elapsed / total,
        )

    def next_unit_start(self, elapsed: float) -> int:
        """Start of the first step of the next cycle or group after ``elapsed`` (or the end)."""
        position = self.phase_at(elapsed)
        if position.step is None:
            return self.total_seconds
        for step in self.steps[position.index + 1:]:
            if step.unit != position.step.unit:
                return step.start
        return self.total_seconds


def ease_in_out(fraction: float) -> float:
    """Cosine easing: slow at both ends, like a breath."""
    clamped = min(1.0, max(0.0, fraction))
    return 0.5 - 0.5 * math.cos(math.pi * clamped)


def shape_level(position: Position) -> float:
    """Size of the breathing shape, 0 … 1, eased within the current step."""
    step = position.step
    if step is None:
        return 0.0
    eased = ease_in_out(position.fraction_of_step)
    return step.level_from + (step.level_to - step.level_from) * eased
