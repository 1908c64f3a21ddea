"""Insights as plain sentences, each with the numbers behind it, only when the data holds up."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from wellbeing_app.domain.exercises.exercise_effect import ExerciseEffect
from wellbeing_app.domain.reminders.check_in_trend import CheckInScore, latest_high_streak
from wellbeing_app.domain.trends.stress_grid import WEEKDAY_NAMES, StressGrid
from wellbeing_app.domain.trends.stress_tally import StressTally
from wellbeing_app.domain.trends.trend_statistics import mann_kendall, theil_sen_slope

TREND_DAYS = 28
MIN_TREND_DAYS = 10
SIGNIFICANCE = 0.05
MIN_PATTERN_CALLS = 30
MIN_BUCKET_CALLS = 5
MIN_PATTERN_GAP = 0.5
MIN_EXERCISE_SESSIONS = 3
MIN_EXERCISE_DROP = 0.5
STALE_CHECK_IN_DAYS = 14

Number = int | float | str


@dataclass(frozen=True)
class Insight:
    """A sentence for the agent, its kind, and the figures it rests on."""

    kind: str
    text: str
    numbers: tuple[tuple[str, Number], ...]


def trend_insight(tallies: Mapping[date, StressTally], today: date) -> Insight | None:
    """Rising or falling daily mean over the last 4 weeks (Theil–Sen + Mann–Kendall).

    Needs at least ``MIN_TREND_DAYS`` days with entries and p < ``SIGNIFICANCE``.
    """
    start = today - timedelta(days=TREND_DAYS - 1)
    days = sorted(d for d, t in tallies.items() if start <= d <= today and t.count)
    if len(days) < MIN_TREND_DAYS:
        return None
    means = [float(tallies[d].mean or 0.0) for d in days]
    slope = theil_sen_slope([float((d - start).days) for d in days], means)
    test = mann_kendall(means)
    if slope is None or test.p_value >= SIGNIFICANCE or slope == 0:
        return None
    per_week = slope * 7
    direction = "rising" if per_week > 0 else "easing"
    text = (f"Your stress has been {direction} over the last 4 weeks: about {per_week:+.1f} "
            f"points a week (Theil–Sen slope over {len(days)} days with entries; "
            f"Mann–Kendall p = {test.p_value:.3f}).")
    return Insight("trend", text, (("slope_per_week", round(per_week, 2)),
                                   ("days", len(days)), ("p_value", round(test.p_value, 4)),
                                   ("min_days", MIN_TREND_DAYS)))


def _hardest(
    buckets: Sequence[StressTally], overall: StressTally
) -> tuple[int, StressTally] | None:
    if overall.count < MIN_PATTERN_CALLS or overall.mean is None:
        return None
    candidates = [(t.mean or 0.0, i, t) for i, t in enumerate(buckets)
                  if t.count >= MIN_BUCKET_CALLS]
    if len(candidates) < 2:
        return None
    mean, index, bucket = max(candidates, key=lambda c: (c[0], -c[1]))
    return (index, bucket) if mean - overall.mean >= MIN_PATTERN_GAP else None


def _pattern_numbers(bucket: StressTally, overall: StressTally) -> tuple[tuple[str, Number], ...]:
    return (("mean", round(bucket.mean or 0.0, 2)), ("calls", bucket.count),
            ("overall_mean", round(overall.mean or 0.0, 2)), ("overall_calls", overall.count),
            ("min_calls", MIN_PATTERN_CALLS), ("min_bucket_calls", MIN_BUCKET_CALLS))


def hardest_time_insights(grid: StressGrid) -> tuple[Insight, ...]:
    """The hour and the weekday with the highest mean, when clearly above the overall mean.

    Needs ``MIN_PATTERN_CALLS`` calls, ``MIN_BUCKET_CALLS`` in the bucket and a gap of
    at least ``MIN_PATTERN_GAP`` points.
    """
    overall = grid.total
    found: list[Insight] = []
    hour = _hardest(grid.by_hour(), overall)
    if hour is not None:
        index, bucket = hour
        found.append(Insight("hardest_hour", (
            f"Your hardest hour is {index:02d}:00–{(index + 1) % 24:02d}:00: mean stress "
            f"{bucket.mean or 0:.1f} over {bucket.count} calls, against {overall.mean or 0:.1f} "
            f"across all {overall.count} calls in this range."),
            (("hour", index), *_pattern_numbers(bucket, overall))))
    weekday = _hardest(grid.by_weekday(), overall)
    if weekday is not None:
        index, bucket = weekday
        found.append(Insight("hardest_weekday", (
            f"{WEEKDAY_NAMES[index]}s are your hardest day: mean stress {bucket.mean or 0:.1f} "
            f"over {bucket.count} calls, against {overall.mean or 0:.1f} overall."),
            (("weekday", WEEKDAY_NAMES[index]), *_pattern_numbers(bucket, overall))))
    return tuple(found)


def exercise_insight(
    effects: Sequence[ExerciseEffect], label_for: Callable[[str], str]
) -> Insight | None:
    """The exercise with the biggest mean drop (≥ ``MIN_EXERCISE_SESSIONS`` rated sessions)."""
    eligible = [e for e in effects if e.sessions >= MIN_EXERCISE_SESSIONS]
    if not eligible:
        return None
    best = min(eligible, key=lambda e: (e.change, e.exercise_id))
    if -best.change < MIN_EXERCISE_DROP:
        return None
    before, after = best.before.mean or 0.0, best.after.mean or 0.0
    text = (f"{label_for(best.exercise_id)} lowers your rating most: from {before:.1f} to "
            f"{after:.1f} on average ({best.change:+.1f} points) over {best.sessions} sessions.")
    return Insight("best_exercise", text, (
        ("exercise_id", best.exercise_id), ("mean_before", round(before, 2)),
        ("mean_after", round(after, 2)), ("sessions", best.sessions),
        ("min_sessions", MIN_EXERCISE_SESSIONS)))


def weekly_stress_insight(scores: Sequence[CheckInScore], today: date) -> Insight | None:
    """Weekly stress item at 4–5 for two or more weeks in a row, answered recently."""
    streak = latest_high_streak(scores)
    if len(streak) < 2 or (today - streak[-1].local_date).days > STALE_CHECK_IN_DAYS:
        return None
    latest = streak[-1]
    text = (f"Your weekly stress check-in has been 4 or 5 for {len(streak)} weeks in a row "
            f"(latest: {latest.score:.0f} on {latest.local_date:%d %b}). That is a lot to carry. "
            "It may help to talk to someone you trust, your supervisor, or your employee "
            "assistance line.")
    return Insight("weekly_stress_high", text, (
        ("weeks", len(streak)), ("latest_score", latest.score),
        ("latest_date", latest.local_date.isoformat()), ("min_weeks", 2)))
