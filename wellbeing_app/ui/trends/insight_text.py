"""An insight's sentence in the shown language, rebuilt from the figures it rests on."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QObject

from wellbeing_app.domain.trends.insights import Insight, Number
from wellbeing_app.domain.trends.stress_grid import WEEKDAY_NAMES
from wellbeing_app.ui.i18n.formats import day_month, decimal, hour_text, signed, weekday_name

Figures = Mapping[str, Number]
Labeller = Callable[[str], str]


class InsightText(QObject):
    """One method per insight kind (a QObject, so lupdate sees the plural forms)."""

    def trend(self, n: Figures, _label: Labeller) -> str:
        """Rising or easing stress over four weeks."""
        slope, days = float(n["slope_per_week"]), int(n["days"])
        if slope > 0:
            text = self.tr("Your stress has been rising over the last 4 weeks: about {slope} "
                           "points a week (Theil–Sen slope over %n day(s) with entries; "
                           "Mann–Kendall p = {p}).", "", days)
        else:
            text = self.tr("Your stress has been easing over the last 4 weeks: about {slope} "
                           "points a week (Theil–Sen slope over %n day(s) with entries; "
                           "Mann–Kendall p = {p}).", "", days)
        return text.format(slope=signed(slope), p=decimal(float(n["p_value"]), 3))

    def hour(self, n: Figures, _label: Labeller) -> str:
        """The hardest hour of the day."""
        hour = int(n["hour"])
        return self.tr("Your hardest hour is {start}–{end}: mean stress {mean} over {calls} "
                       "calls, against {overall} across all {overall_calls} calls in this "
                       "range.").format(
            start=hour_text(hour), end=hour_text(hour + 1), mean=decimal(float(n["mean"])),
            calls=n["calls"], overall=decimal(float(n["overall_mean"])),
            overall_calls=n["overall_calls"])

    def weekday(self, n: Figures, _label: Labeller) -> str:
        """The hardest day of the week."""
        index = WEEKDAY_NAMES.index(str(n["weekday"]))
        return self.tr("{weekday} is your hardest day: mean stress {mean} over {calls} calls, "
                       "against {overall} overall.").format(
            weekday=weekday_name(index, short=False), mean=decimal(float(n["mean"])),
            calls=n["calls"], overall=decimal(float(n["overall_mean"])))

    def exercise(self, n: Figures, label: Labeller) -> str:
        """The exercise that lowers the rating most."""
        before, after = float(n["mean_before"]), float(n["mean_after"])
        sessions = int(n["sessions"])
        return self.tr("{exercise} lowers your rating most: from {before} to {after} on "
                       "average ({change} points) over %n session(s).", "", sessions).format(
            exercise=label(str(n["exercise_id"])), before=decimal(before),
            after=decimal(after), change=signed(after - before))

    def weekly_stress(self, n: Figures, _label: Labeller) -> str:
        """The weekly stress item high for weeks in a row."""
        latest = date.fromisoformat(str(n["latest_date"]))
        weeks = int(n["weeks"])
        return self.tr("Your weekly stress check-in has been 4 or 5 for %n week(s) in a row "
                       "(latest: {score} on {day}). That is a lot to carry. It may help to talk "
                       "to someone you trust, your supervisor, or your employee assistance "
                       "line.", "", weeks).format(
            score=decimal(float(n["latest_score"]), 0), day=day_month(latest))


    def long_runs(self, n: Figures, _label: Labeller) -> str:
        """Stress after long runs of back-to-back calls versus otherwise."""
        after, otherwise = float(n["after_long_runs"]), float(n["otherwise"])
        if after > otherwise:
            text = self.tr("Your stress is higher after runs of {length}+ back-to-back calls: "
                           "{after} vs {otherwise} over %n call(s).", "", int(n["calls"]))
        else:
            text = self.tr("Your stress is lower after runs of {length}+ back-to-back calls: "
                           "{after} vs {otherwise} over %n call(s).", "", int(n["calls"]))
        return text.format(length=n["run_length"], after=decimal(after),
                           otherwise=decimal(otherwise))


KINDS: dict[str, Callable[[InsightText, Figures, Labeller], str]] = {
    "trend": InsightText.trend, "hardest_hour": InsightText.hour,
    "hardest_weekday": InsightText.weekday, "best_exercise": InsightText.exercise,
    "weekly_stress_high": InsightText.weekly_stress, "long_runs": InsightText.long_runs,
}


def insight_text(insight: Insight, label_for: Labeller) -> str:
    """The sentence for ``insight``; a kind this module does not know keeps its own text."""
    render = KINDS.get(insight.kind)
    if render is None:
        return insight.text
    try:
        return render(InsightText(), dict(insight.numbers), label_for)
    except (KeyError, ValueError):
        return insight.text
