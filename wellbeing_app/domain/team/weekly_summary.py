"""One agent's weekly summary: aggregates only, never notes, times or check-ins."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from wellbeing_app.domain.iso_week import IsoWeek

SUMMARY_SCHEMA = "between-calls/weekly-summary"
SCHEMA_VERSION = 1
HIGH_STRESS_FROM = 7


@dataclass(frozen=True)
class ExerciseRecord:
    """What the summary needs from one exercise session (no times)."""

    minutes: float
    stress_before: int | None = None
    stress_after: int | None = None


@dataclass(frozen=True)
class WeeklySummary:
    """The aggregates an agent may share for one ISO week.

    ``display_name`` is set only for named sharing. Means are ``None`` when nothing was logged.
    """

    agent_id: str
    week: IsoWeek
    created_utc: str
    anonymous: bool
    named: bool
    display_name: str | None
    tough_calls: int
    stress_mean: float | None
    stress_median: float | None
    high_stress_share: float | None
    categories: Mapping[str, int]
    exercise_sessions: int
    exercise_minutes: float
    exercise_change_mean: float | None
    exercise_change_sessions: int
    #: Sensed workload: calls detected during shifts that week (``None`` when detection did not
    #: run) and tough calls / calls handled. Weekly totals only, never spans or times.
    calls_handled: int | None = None
    tough_share: float | None = None

    @property
    def high_stress_calls(self) -> int:
        """Calls rated 7 or more (recovered from the share)."""
        return round((self.high_stress_share or 0.0) * self.tough_calls)


def _mean(values: list[float]) -> float | None:
    import statistics  # here: the running app builds a summary once a week, not at start

    return round(statistics.fmean(values), 2) if values else None


def _median(values: list[int]) -> float | None:
    import statistics  # here: the running app builds a summary once a week, not at start

    return float(statistics.median(values)) if values else None


def build_summary(
    *,
    agent_id: str,
    week: IsoWeek,
    created_utc: str,
    calls: Iterable[tuple[int, tuple[str, ...]]],
    exercises: Iterable[ExerciseRecord],
    anonymous: bool,
    display_name: str | None,
    calls_handled: int | None = None,
) -> WeeklySummary:
    """Aggregate a week of (stress, categories) pairs and exercise sessions.

    ``calls_handled`` is the week's count of detected calls, ``None`` without detection.
    """
    call_list = list(calls)
    stresses = [stress for stress, _ in call_list]
    counts = Counter(category for _, categories in call_list for category in set(categories))
    sessions = list(exercises)
    changes = [
        float(s.stress_after - s.stress_before)
        for s in sessions
        if s.stress_before is not None and s.stress_after is not None
    ]
    high = sum(1 for stress in stresses if stress >= HIGH_STRESS_FROM)
    return WeeklySummary(
        agent_id=agent_id,
        week=week,
        created_utc=created_utc,
        anonymous=anonymous,
        named=display_name is not None,
        display_name=display_name,
        tough_calls=len(stresses),
        stress_mean=_mean([float(s) for s in stresses]),
        stress_median=_median(stresses),
        high_stress_share=round(high / len(stresses), 4) if stresses else None,
        categories=dict(sorted(counts.items())),
        exercise_sessions=len(sessions),
        exercise_minutes=float(round(sum(max(0.0, s.minutes) for s in sessions), 1)),
        exercise_change_mean=_mean(changes),
        exercise_change_sessions=len(changes),
        calls_handled=calls_handled,
        tough_share=(round(min(1.0, len(stresses) / calls_handled), 4) if calls_handled
                     else None),
    )


def summary_payload(summary: WeeklySummary) -> dict[str, Any]:
    """The exact fields written to the file (before signing)."""
    return {
        "schema": SUMMARY_SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "agent_id": summary.agent_id,
        "week": str(summary.week),
        "created_utc": summary.created_utc,
        "sharing": {"anonymous": summary.anonymous, "named": summary.named},
        "display_name": summary.display_name,
        "tough_calls": summary.tough_calls,
        "stress_mean": summary.stress_mean,
        "stress_median": summary.stress_median,
        "high_stress_share": summary.high_stress_share,
        "categories": dict(summary.categories),
        "exercise_sessions": summary.exercise_sessions,
        "exercise_minutes": summary.exercise_minutes,
        "exercise_change_mean": summary.exercise_change_mean,
        "exercise_change_sessions": summary.exercise_change_sessions,
        "calls_handled": summary.calls_handled,
        "tough_share": summary.tough_share,
    }


def _who(summary: WeeklySummary) -> str:
    if summary.named and summary.anonymous:
        return (f"sealed for the aggregator's team figures, and readable by your lead under the "
                f"name “{summary.display_name}”")
    if summary.named:
        return f"readable by your lead under the name “{summary.display_name}”"
    return "sealed for the aggregator's team figures only, without your name"


def describe_summary(summary: WeeklySummary, label_for: Mapping[str, str]) -> list[str]:
    """The same summary in plain words, one sentence per line, for the preview."""
    lines = [f"Week {summary.week} ({summary.week.monday:%d %b} – {summary.week.sunday:%d %b %Y}),"
             f" {_who(summary)}."]
    if summary.tough_calls:
        lines.append(
            f"{summary.tough_calls} tough calls logged; stress mean {summary.stress_mean}, "
            f"median {summary.stress_median}; {round((summary.high_stress_share or 0) * 100)} % "
            f"rated {HIGH_STRESS_FROM} or more."
        )
    else:
        lines.append("No tough calls logged.")
    if summary.calls_handled is not None:
        share = ("" if summary.tough_share is None
                 else f"; {round(summary.tough_share * 100)} % of them logged as tough")
        lines.append(f"{summary.calls_handled} calls handled (detected during your shifts)"
                     f"{share}. Only the weekly count, never when each call was.")
    if summary.categories:
        parts = [f"{label_for.get(k, k)} {v}" for k, v in summary.categories.items()]
        lines.append("What made them hard: " + "; ".join(parts) + ".")
    lines.append(f"{summary.exercise_sessions} exercise sessions, "
                 f"{summary.exercise_minutes} minutes in all.")
    if summary.exercise_change_mean is not None:
        lines.append(f"Stress changed by {summary.exercise_change_mean:+} on average after "
                     f"{summary.exercise_change_sessions} rated exercises.")
    lines.append("Not included: your notes, when each call happened, your check-ins and "
                 "WHO-5 answers.")
    return lines
