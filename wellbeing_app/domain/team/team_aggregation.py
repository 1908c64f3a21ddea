"""Team figures per ISO week from validated summaries, under the privacy rules."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.privacy_rules import (
    FEW_REPORTERS,
    MIN_CELL_AGENTS,
    NO_CALLS,
    NO_DATA,
    NO_DETECTED_CALLS,
    NO_NOISE,
    WORKED_OUT,
    Figure,
    Noise,
    PrivacyPolicy,
    group_rule,
    hidden,
)
from wellbeing_app.domain.team.weekly_summary import WeeklySummary

#: Column heads of the team view, in order (translated where the report is shown).
FIGURE_LABELS = {
    "agents": _t("TeamReport", "Agents contributing"),
    "tough_calls": _t("TeamReport", "Tough calls logged"),
    "stress_mean": _t("TeamReport", "Mean stress (0–10)"),
    "stress_median": _t("TeamReport", "Median stress, typical agent"),
    "high_stress_share": _t("TeamReport", "Calls rated 7 or more"),
    "exercise_agents": _t("TeamReport", "Agents who did an exercise"),
    "exercise_sessions": _t("TeamReport", "Exercise sessions"),
    "exercise_minutes": _t("TeamReport", "Exercise minutes"),
    "exercise_change": _t("TeamReport", "Mean stress change after an exercise"),
    "calls_handled": _t("TeamReport", "Calls handled (detected)"),
    "tough_share": _t("TeamReport", "Share of calls logged as tough"),
}
#: Figures that are counts or means; every other figure (and every category) is a share.
COUNT_FIGURES = frozenset({"agents", "tough_calls", "exercise_agents", "exercise_sessions",
                           "exercise_minutes", "calls_handled"})
MEAN_FIGURES = frozenset({"stress_mean", "stress_median", "exercise_change"})


@dataclass(frozen=True)
class Rejection:
    """A team-folder file that was not counted, and why."""

    file_name: str
    reason: str
    detail: str


@dataclass(frozen=True)
class TeamWeek:
    """One week's team figures; ``categories`` maps a category id to its figure."""

    week: IsoWeek
    figures: tuple[Figure, ...]
    categories: tuple[tuple[str, Figure], ...]

    def figure(self, key: str) -> Figure:
        """Look a figure up by key."""
        return next(f for f in self.figures if f.key == key)

    @property
    def anything_shown(self) -> bool:
        """``True`` when at least one figure of the week may be displayed."""
        return any(f.shown for f in self.figures)


def _figure(rule: str | None, key: str, make: Figure | None) -> Figure:
    if rule is not None or make is None:
        return hidden(key, rule or NO_DATA)
    return make


@dataclass(frozen=True)
class _Floors:
    """The week's pool rule first, then the figure's own contributors: one rule per figure.

    When the whole pool is hidden, every figure says the pool's reason. A figure's own reason
    ("no calls", or "fewer than N" among a subset) would otherwise tell the lead something
    about the few anonymous-only agents the pool rule protects (e.g. that they logged nothing).
    """

    pool_rule: str | None
    named: set[str]
    min_group: int

    def rule(self, contributors: Iterable[WeeklySummary]) -> str | None:
        """Why a figure over ``contributors`` must be hidden, or ``None``."""
        return self.pool_rule or group_rule({s.agent_id for s in contributors}, self.named,
                                            self.min_group)


def _stress_figures(pool: Sequence[WeeklySummary], floors: _Floors,
                    noise: Noise) -> list[Figure]:
    with_calls = [s for s in pool if s.tough_calls > 0]
    rule = floors.rule(with_calls)
    calls = sum(s.tough_calls for s in with_calls)
    if rule is not None or calls == 0:
        reason = rule or NO_CALLS
        return [hidden(k, reason) for k in ("stress_mean", "stress_median", "high_stress_share")]
    mean = sum((s.stress_mean or 0.0) * s.tough_calls for s in with_calls) / calls
    median = float(statistics.median(s.stress_median or 0.0 for s in with_calls))
    return [
        noise.mean("stress_mean", mean, 10 / calls, (0, 10)),
        noise.mean("stress_median", median, 10 / len(with_calls), (0, 10)),
        noise.share("high_stress_share", sum(s.high_stress_calls for s in with_calls), calls),
    ]


def _exercise_figures(pool: Sequence[WeeklySummary], floors: _Floors,
                      noise: Noise) -> list[Figure]:
    rule = floors.rule(pool)
    minutes = round(sum(s.exercise_minutes for s in pool))
    figures = [
        _figure(rule, "exercise_agents",
                noise.count("exercise_agents", sum(1 for s in pool if s.exercise_sessions))),
        _figure(rule, "exercise_sessions",
                noise.count("exercise_sessions", sum(s.exercise_sessions for s in pool))),
        _figure(rule, "exercise_minutes", noise.count("exercise_minutes", minutes, 15.0)),
    ]
    rated = [s for s in pool if s.exercise_change_sessions > 0]
    change_rule = floors.rule(rated)
    sessions = sum(s.exercise_change_sessions for s in rated)
    change = None
    if sessions:
        value = sum((s.exercise_change_mean or 0.0) * s.exercise_change_sessions for s in rated)
        change = noise.mean("exercise_change", value / sessions, 20 / sessions, (-10, 10))
    figures.append(_figure(change_rule, "exercise_change", change))
    return figures


def _workload_figures(pool: Sequence[WeeklySummary], floors: _Floors,
                      noise: Noise) -> list[Figure]:
    """Calls handled and the share logged as tough, from agents whose detection ran.

    The same floors as every figure: enough such agents (and never a named one alone), a
    noisy count, a share that never shows exactly 0 % or 100 %.
    """
    sensed = [s for s in pool if s.calls_handled]
    rule = floors.rule(sensed)
    handled = sum(s.calls_handled or 0 for s in sensed)
    tough = sum(min(s.tough_calls, s.calls_handled or 0) for s in sensed)
    if rule is not None or handled == 0:
        return [hidden(k, rule or NO_DETECTED_CALLS) for k in ("calls_handled", "tough_share")]
    return [noise.count("calls_handled", handled), noise.share("tough_share", tough, handled)]


def _category_figures(pool: Sequence[WeeklySummary], rule: str | None, noise: Noise,
                      ) -> tuple[tuple[str, Figure], ...]:
    calls = sum(s.tough_calls for s in pool)
    ids = sorted({key for s in pool for key in s.categories})
    cells: dict[str, Figure] = {}
    for key in ids:
        reporters = sum(1 for s in pool if s.categories.get(key, 0) > 0)
        count = sum(s.categories.get(key, 0) for s in pool)
        if rule is not None:
            cells[key] = hidden(key, rule)
        elif reporters < MIN_CELL_AGENTS:
            cells[key] = hidden(key, FEW_REPORTERS.format(min_cell=MIN_CELL_AGENTS))
        else:
            cells[key] = noise.share(key, count, calls)
    _complementary_suppression(cells)
    return tuple(cells.items())


def _complementary_suppression(cells: dict[str, Figure]) -> None:
    """One hidden cell next to a shown total could be worked out: hide the smallest other one."""
    hidden_keys = [k for k, f in cells.items() if not f.shown]
    shown = sorted((f.value or 0.0, k) for k, f in cells.items() if f.shown)
    if len(hidden_keys) == 1 and shown:
        key = shown[0][1]
        cells[key] = hidden(key, WORKED_OUT)


def aggregate_week(week: IsoWeek, summaries: Sequence[WeeklySummary],
                   policy: PrivacyPolicy, noise: Noise = NO_NOISE) -> TeamWeek:
    """Figures for one week from its valid, de-duplicated, non-revoked summaries.

    The aggregator passes its fresh, secret ``noise``; without it the figures are exact.
    """
    pool = [s for s in summaries if s.anonymous]
    named = {s.agent_id for s in summaries if s.named}
    rule = group_rule({s.agent_id for s in pool}, named, policy.min_group)
    floors = _Floors(rule, named, policy.min_group)
    figures = [
        _figure(rule, "agents", Figure("agents", float(len(pool)), str(len(pool)))),
        _figure(rule, "tough_calls",
                noise.count("tough_calls", sum(s.tough_calls for s in pool))),
        *_stress_figures(pool, floors, noise),
        *_exercise_figures(pool, floors, noise),
        *_workload_figures(pool, floors, noise),
    ]
    return TeamWeek(week, tuple(figures), _category_figures(pool, rule, noise))

