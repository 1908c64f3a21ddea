"""A weekly summary in plain words for the share preview, in the shown language."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from wellbeing_app.domain.team.weekly_summary import HIGH_STRESS_FROM, WeeklySummary
from wellbeing_app.ui.i18n.formats import date_span, decimal, number, signed


class SummaryWords(QObject):
    """The same sentences as ``describe_summary`` (which the CLI prints in English)."""

    def lines(self, summary: WeeklySummary, labels: Mapping[str, str]) -> list[str]:
        """One sentence per line: week and audience, calls, categories, exercises, exclusions."""
        span = date_span(summary.week.monday, summary.week.sunday)
        lines = [self.tr("Week {week} ({span}), {who}.").format(
            week=summary.week, span=span, who=self._who(summary))]
        lines.append(self._calls(summary))
        if summary.calls_handled is not None:
            lines.append(self._handled(summary))
        if summary.categories:
            parts = [f"{labels.get(k, k)} {number(v)}" for k, v in summary.categories.items()]
            lines.append(self.tr("What made them hard: {parts}.").format(parts="; ".join(parts)))
        lines.append(self.tr("%n exercise session(s), {minutes} minutes in all.", "",
                             summary.exercise_sessions).format(
            minutes=decimal(summary.exercise_minutes)))
        if summary.exercise_change_mean is not None:
            lines.append(self.tr("Stress changed by {change} on average after %n rated "
                                 "exercise(s).", "", summary.exercise_change_sessions).format(
                change=signed(summary.exercise_change_mean, 2)))
        lines.append(self.tr("Not included: your notes, when each call happened, your check-ins "
                             "and WHO-5 answers."))
        return lines

    def _who(self, summary: WeeklySummary) -> str:
        name = f"“{summary.display_name}”"
        if summary.named and summary.anonymous:
            return self.tr("counted in team figures, and your lead may read it under the name "
                           "{name}").format(name=name)
        if summary.named:
            return self.tr("readable by your lead under the name {name}").format(name=name)
        return self.tr("counted in team figures only, without your name")

    def _calls(self, summary: WeeklySummary) -> str:
        if not summary.tough_calls:
            return self.tr("No tough calls logged.")
        share = round((summary.high_stress_share or 0) * 100)
        return self.tr("%n tough call(s) logged; stress mean {mean}, median {median}; {share} % "
                       "rated {high} or more.", "", summary.tough_calls).format(
            mean=decimal(summary.stress_mean or 0, 2), median=decimal(summary.stress_median or 0),
            share=number(share), high=HIGH_STRESS_FROM)

    def _handled(self, summary: WeeklySummary) -> str:
        """Sensed workload: the week's count only, never when each call was."""
        text = self.tr("%n call(s) handled (detected during your shifts).", "",
                       summary.calls_handled or 0)
        if summary.tough_share is not None:
            text += " " + self.tr("{share} % of them logged as tough.").format(
                share=number(round(summary.tough_share * 100)))
        return text + " " + self.tr("Only the weekly count, never when each call was.")
