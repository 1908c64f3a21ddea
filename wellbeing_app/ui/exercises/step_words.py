"""What an exercise step says on screen and aloud, in the shown language.

The timelines come from the Qt-free domain with English words; the kind of each step is enough
to word it here. Group names and how to tense them are content (translated as data).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from wellbeing_app.domain.exercises.breathing import LEAD_IN_LABEL
from wellbeing_app.domain.exercises.exercise_timeline import Step


class StepWords(QObject):
    """Labels and details for breathing phases and PMR steps."""

    def label(self, step: Step, group_name: str = "") -> str:
        """The big word of the step: "Breathe in", "Tense", "Next: Right hand" …."""
        if step.label == LEAD_IN_LABEL:
            return self.tr("Breathe all the way out")
        if step.kind == "prepare":
            return self.tr("Next: {name}").format(name=group_name) if group_name else step.label
        return self.word(step.kind) or step.label

    def word(self, kind: str) -> str:
        """The word for a step kind ("Breathe in" for ``inhale``); '' for an unknown kind."""
        words = {"inhale": self.tr("Breathe in"), "top_up": self.tr("A little more in"),
                 "hold": self.tr("Hold"), "exhale": self.tr("Breathe out"),
                 "hold_empty": self.tr("Rest"), "tense": self.tr("Tense"),
                 "release": self.tr("Relax — let go all at once"), "recall": self.tr("Let go"),
                 "rest": self.tr("Rest quietly")}
        return words.get(kind, "")

    def detail(self, step: Step) -> str:
        """The instruction under it (how to tense a group is content, shown as it comes)."""
        details = {"release": self.tr("Notice the difference between tension and relaxation."),
                   "recall": self.tr("Without tensing, recall how these muscles felt when they "
                                     "let go, and let them relax further."),
                   "rest": self.tr("Stay relaxed; breathe easily.")}
        return details.get(step.kind, step.detail)
