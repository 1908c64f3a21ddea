"""Progressive muscle relaxation scripts and the timeline of one session."""

from __future__ import annotations

from dataclasses import dataclass

from wellbeing_app.domain.exercises.exercise_timeline import Step, Timeline

PREPARE_LABEL = "Next: {name}"
TENSE_LABEL = "Tense"
RELEASE_LABEL = "Relax — let go all at once"
RECALL_LABEL = "Let go"
RELEASE_DETAIL = "Notice the difference between tension and relaxation."
RECALL_DETAIL = ("Without tensing, recall how these muscles felt when they let go, "
                 "and let them relax further.")


@dataclass(frozen=True)
class MuscleGroup:
    """A muscle group and how to tense it."""

    id: str
    name: str
    tense: str


@dataclass(frozen=True)
class PmrScript:
    """Groups in order with the seconds of each step; ``recall`` means no tensing."""

    id: str
    name: str
    summary: str
    groups: tuple[MuscleGroup, ...]
    prepare_seconds: int
    tense_seconds: int
    release_seconds: int
    source: str
    recall: bool = False
    shortened: bool = False

    @property
    def group_seconds(self) -> int:
        """Length of one group's prepare, tense and release."""
        return self.prepare_seconds + self.tense_seconds + self.release_seconds


def _group_steps(script: PmrScript, unit: int, group: MuscleGroup, start: int) -> list[Step]:
    how = "" if script.recall else group.tense
    plan = [
        ("prepare", PREPARE_LABEL.format(name=group.name), script.prepare_seconds, how),
        ("tense", TENSE_LABEL, 0 if script.recall else script.tense_seconds, how),
        ("recall" if script.recall else "release",
         RECALL_LABEL if script.recall else RELEASE_LABEL,
         script.release_seconds,
         RECALL_DETAIL if script.recall else RELEASE_DETAIL),
    ]
    steps: list[Step] = []
    for kind, label, seconds, detail in plan:
        if seconds > 0:
            steps.append(Step(kind, label, seconds, start, unit, detail=detail))
            start += seconds
    return steps


def pmr_timeline(script: PmrScript, end_rest_seconds: int = 0) -> Timeline:
    """Each group's steps in order, then an optional quiet rest at the end."""
    steps: list[Step] = []
    for unit, group in enumerate(script.groups):
        steps += _group_steps(script, unit, group, steps[-1].end if steps else 0)
    if end_rest_seconds > 0:
        steps.append(Step("rest", "Rest quietly", end_rest_seconds, steps[-1].end,
                          len(script.groups), detail="Stay relaxed; breathe easily."))
    return Timeline(tuple(steps))


def group_of(script: PmrScript, unit: int) -> MuscleGroup | None:
    """The group a step's ``unit`` points at (``None`` for the end rest)."""
    return script.groups[unit] if 0 <= unit < len(script.groups) else None
