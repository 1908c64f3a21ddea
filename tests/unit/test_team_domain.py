import json
import math
import random
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from tests.support.team_factory import WEEK, summary_for
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.privacy_rules import (
    LAPLACE_95,
    Noise,
    PrivacyPolicy,
    format_share,
    group_rule,
    laplace,
)
from wellbeing_app.domain.team.summary_validation import (
    REASON_CAP,
    REASON_MALFORMED,
    REASON_RANGE,
    REASON_SCHEMA,
    SummaryError,
    parse_summary,
)
from wellbeing_app.domain.team.team_aggregation import aggregate_week
from wellbeing_app.domain.team.team_settings import TeamSettings, load_team_settings
from wellbeing_app.domain.team.weekly_summary import (
    ExerciseRecord,
    WeeklySummary,
    build_summary,
    describe_summary,
    summary_payload,
)
from wellbeing_app.team.agent_key import AgentKey


def agent_ids(n: int) -> list[str]:
    return [f"{i:032x}" for i in range(1, n + 1)]


def summaries(n: int, stresses: tuple[int, ...] = (4, 6, 8),
              categories: tuple[str, ...] = ("hostile",)) -> list[WeeklySummary]:
    base = summary_for(AgentKey.ephemeral(), stresses=stresses, categories=categories)
    return [replace(base, agent_id=a) for a in agent_ids(n)]


# --- ISO weeks and settings ------------------------------------------------------------------
@pytest.mark.parametrize("text, monday", [("2026-W48", date(2026, 11, 23)),
                                          ("2020-W53", date(2020, 12, 28)),
                                          ("2027-W01", date(2027, 1, 4))])
def test_iso_week_parses_and_knows_its_days(text: str, monday: date) -> None:
    week = IsoWeek.parse(text)
    assert (str(week), week.monday, week.sunday - week.monday) == (text, monday,
                                                                   date(1, 1, 7) - date(1, 1, 1))
    assert IsoWeek.containing(monday) == week and week.previous() < week


@pytest.mark.parametrize("text", ["2026-48", "2026-W5", "2026-W54", "2021-W53", "", "W48-2026"])
def test_bad_iso_weeks_are_explained(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        IsoWeek.parse(text)
    assert caught.value.field == "week"


def test_team_settings_defaults_and_validation() -> None:
    assert load_team_settings(lambda _k, d: d) == TeamSettings()
    good = {"team_min_group": 12, "team_noise_epsilon": 1, "share_named": True,
            "display_name": " Sam ", "team_folder": "/srv/team"}
    loaded = load_team_settings(lambda k, d: good.get(k, d))
    assert (loaded.min_group, loaded.noise_epsilon, loaded.display_name) == (12, 1.0, "Sam")
    assert loaded.opted_in


@pytest.mark.parametrize("key, value, message", [
    ("team_min_group", 4, "never be below 5"),
    ("team_min_group", "10", "whole number"),
    ("team_min_group", True, "whole number"),
    ("team_noise_epsilon", float("nan"), "must be a number"),
    ("team_noise_epsilon", 0.01, "from 0.05"),
    ("share_anonymous", "yes", "true or false"),
    ("display_name", "x" * 41, "limit is 40"),
    ("display_name", "Sam\x1b[2J", "control characters"),
    ("team_folder", 3, "folder path"),
])
def test_team_settings_refuse_bad_values(key: str, value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
        load_team_settings(lambda k, d: value if k == key else d)


# --- the agent's summary ---------------------------------------------------------------------
def test_summary_holds_weekly_aggregates_only() -> None:
    summary = build_summary(
        agent_id="a" * 32, week=WEEK, created_utc="2026-11-23T08:00:00Z",
        calls=[(9, ("abusive", "hostile")), (3, ("hostile",)), (7, ()), (2, ("hostile",))],
        exercises=[ExerciseRecord(1.5, 8, 5), ExerciseRecord(2.0, None, None),
                   ExerciseRecord(2.5, 6, 5)],
        anonymous=True, display_name=None,
    )
    assert (summary.tough_calls, summary.stress_mean, summary.stress_median) == (4, 5.25, 5.0)
    assert summary.high_stress_share == 0.5 and summary.high_stress_calls == 2
    assert summary.categories == {"abusive": 1, "hostile": 3}
    assert (summary.exercise_sessions, summary.exercise_minutes) == (3, 6.0)
    assert (summary.exercise_change_mean, summary.exercise_change_sessions) == (-2.0, 2)
    payload = summary_payload(summary)
    text = json.dumps(payload)
    for forbidden in ("note", "at_utc", "who5", "check", "local_date"):
        assert forbidden not in text
    assert parse_summary(json.loads(text)) == summary


def test_an_empty_week_is_valid_and_described() -> None:
    summary = build_summary(agent_id="b" * 32, week=WEEK, created_utc="2026-11-23T08:00:00Z",
                            calls=[], exercises=[], anonymous=False, display_name="Sam")
    assert summary.stress_mean is None and summary.named
    assert parse_summary(summary_payload(summary)) == summary
    words = describe_summary(summary, {})
    assert "No tough calls logged." in words and "“Sam”" in words[0]
    assert any("Not included" in line and "WHO-5" in line for line in words)


def _payload(**changes: object) -> dict[str, Any]:
    payload = summary_payload(summary_for(AgentKey.ephemeral()))
    payload.update(changes)
    return payload


@pytest.mark.parametrize("changes, reason", [
    ({"schema_version": 2}, REASON_SCHEMA),
    ({"schema": "other"}, REASON_SCHEMA),
    ({"tough_calls": -1}, REASON_RANGE),
    ({"tough_calls": 10**9}, REASON_CAP),
    ({"tough_calls": 701}, REASON_CAP),
    ({"exercise_sessions": 701}, REASON_CAP),
    ({"exercise_minutes": 3000.5}, REASON_CAP),
    ({"tough_calls": "3"}, REASON_MALFORMED),
    ({"tough_calls": True}, REASON_MALFORMED),
    ({"stress_mean": 11.0}, REASON_RANGE),
    ({"stress_mean": float("nan")}, REASON_RANGE),
    ({"stress_mean": float("inf")}, REASON_RANGE),
    ({"high_stress_share": 1.5}, REASON_RANGE),
    ({"categories": {"../etc": 1}}, REASON_MALFORMED),
    ({"categories": {"hostile": 99}}, REASON_RANGE),
    ({"categories": [1, 2]}, REASON_MALFORMED),
    ({"agent_id": "../../x"}, REASON_MALFORMED),
    ({"week": "2026-W99"}, REASON_MALFORMED),
    ({"created_utc": "yesterday"}, REASON_MALFORMED),
    ({"note": "hello"}, REASON_MALFORMED),
    ({"display_name": "Sam"}, REASON_MALFORMED),
    ({"sharing": {"anonymous": False, "named": False}}, REASON_RANGE),
    ({"stress_mean": None}, REASON_RANGE),
    ({"exercise_change_sessions": 5}, REASON_RANGE),
])
def test_strict_validation_names_the_reason(changes: dict[str, object], reason: str) -> None:
    with pytest.raises(SummaryError) as caught:
        parse_summary(_payload(**changes))
    assert caught.value.reason == reason


# --- thresholds and suppression --------------------------------------------------------------
def test_nine_contributors_show_nothing_ten_show_figures() -> None:
    policy = PrivacyPolicy()
    nine = aggregate_week(WEEK, summaries(9), policy)
    assert not nine.anything_shown
    assert not any(f.shown for _, f in nine.categories)
    ten = aggregate_week(WEEK, summaries(10), policy)
    assert ten.anything_shown
    assert ten.figure("agents").text == "10" and ten.figure("tough_calls").text == "30"
    assert ten.figure("stress_mean").text == "6.0"
    assert ten.figure("high_stress_share").text == "33 %"
    assert ten.figure("exercise_change").value == -3.0


def test_minimum_group_can_be_raised_never_lowered_below_five() -> None:
    assert not aggregate_week(WEEK, summaries(10), PrivacyPolicy(min_group=12)).anything_shown
    assert aggregate_week(WEEK, summaries(5), PrivacyPolicy(min_group=5)).anything_shown
    with pytest.raises(ValueError):
        PrivacyPolicy(min_group=4)


def test_named_only_agents_are_not_counted_in_team_figures() -> None:
    sam = replace(summaries(1)[0], agent_id="f" * 32, anonymous=False, named=True,
                  display_name="Sam")
    group = [*summaries(9), sam]
    week = aggregate_week(WEEK, group, PrivacyPolicy())
    assert not week.anything_shown
    assert [s.display_name for s in group if s.named] == ["Sam"]


def test_subtracting_named_summaries_must_not_reveal_a_small_anonymous_group() -> None:
    group = summaries(12)
    named = [replace(s, named=True, display_name=f"N{i}") for i, s in enumerate(group[:3])]
    week = aggregate_week(WEEK, named + group[3:], PrivacyPolicy())
    assert not week.figure("tough_calls").shown
    assert "subtracting the named summaries" in (week.figure("tough_calls").suppressed or "")
    all_named = [replace(s, named=True, display_name="N") for s in group]
    assert aggregate_week(WEEK, all_named, PrivacyPolicy()).anything_shown


def test_a_hidden_pool_hides_every_figure_for_the_same_reason() -> None:
    # 12 agents, 3 named, nobody logged a call: "no calls" would tell the lead that the
    # 9 anonymous-only agents logged nothing, so every figure gives the pool's reason.
    group = summaries(12, stresses=(), categories=())
    named = [replace(s, named=True, display_name=f"N{i}") for i, s in enumerate(group[:3])]
    week = aggregate_week(WEEK, named + group[3:], PrivacyPolicy())
    reasons = {f.suppressed for f in week.figures}
    assert len(reasons) == 1 and "subtracting the named summaries" in (reasons.pop() or "")


def test_group_rule_counts_distinct_agents() -> None:
    assert group_rule(agent_ids(9), [], 10) == "fewer than 10 agents contributed"
    assert group_rule(agent_ids(10), [], 10) is None
    assert group_rule(agent_ids(10), agent_ids(10), 10) is None
    assert group_rule(agent_ids(15), agent_ids(6), 10) is not None


def test_stress_figures_need_the_group_among_agents_with_calls() -> None:
    quiet = [replace(s, agent_id=f"{i + 100:032x}") for i, s in
             enumerate(summaries(3, stresses=(), categories=()))]
    week = aggregate_week(WEEK, summaries(9) + quiet, PrivacyPolicy())
    assert week.figure("tough_calls").shown and not week.figure("stress_mean").shown


def test_rare_category_and_its_complement_are_hidden() -> None:
    group = summaries(12, categories=("hostile", "urgent"))
    group[0] = replace(group[0], categories={"abusive": 1, "hostile": 3, "urgent": 3})
    week = dict(aggregate_week(WEEK, group, PrivacyPolicy()).categories)
    assert not week["abusive"].shown and "fewer than 3" in (week["abusive"].suppressed or "")
    hidden_too = [k for k in ("hostile", "urgent") if not week[k].shown]
    assert len(hidden_too) == 1 and "worked out" in (week[hidden_too[0]].suppressed or "")


@pytest.mark.parametrize("share, text", [(0.0, "< 5 %"), (0.049, "< 5 %"), (0.05, "5 %"),
                                         (0.5, "50 %"), (0.95, "95 %"), (0.951, "> 95 %"),
                                         (1.0, "> 95 %")])
def test_shares_are_never_a_bare_zero_or_hundred(share: float, text: str) -> None:
    assert format_share(share) == text


def test_all_calls_high_stress_shows_more_than_95_percent() -> None:
    week = aggregate_week(WEEK, summaries(10, stresses=(9, 10)), PrivacyPolicy())
    assert week.figure("high_stress_share").text == "> 95 %"
    none = aggregate_week(WEEK, summaries(10, stresses=(1, 2)), PrivacyPolicy())
    assert none.figure("high_stress_share").text == "< 5 %"


# --- noise -----------------------------------------------------------------------------------
def test_noise_is_seeded_and_shows_its_uncertainty() -> None:
    group = summaries(10)
    policy = PrivacyPolicy()

    def noise(seed: str) -> Noise:
        return Noise(random.Random(seed), 1.0)

    first = aggregate_week(WEEK, group, policy, noise("s1"))
    assert first == aggregate_week(WEEK, group, policy, noise("s1"))
    other = aggregate_week(WEEK, group, policy, noise("s2"))
    assert first != other
    calls = first.figure("tough_calls")
    assert calls.uncertainty == "± 3 (95 %)" and calls.value is not None and calls.value >= 0
    assert first.figure("agents").uncertainty is None


def test_laplace_draws_have_scale_one_over_epsilon() -> None:
    rng = random.Random(7)
    draws = [laplace(rng, 2.0) for _ in range(20000)]
    mean_abs = sum(abs(d) for d in draws) / len(draws)
    assert 1.9 < mean_abs < 2.1  # E|X| = scale
    # The empirical CDF follows Laplace(0, 2) at several points (Kolmogorov bound, n = 20000).
    for x in (-4.0, -1.0, 0.5, 3.0):
        expected = 0.5 * math.exp(x / 2.0) if x < 0 else 1 - 0.5 * math.exp(-x / 2.0)
        observed = sum(1 for d in draws if d <= x) / len(draws)
        assert abs(observed - expected) < 0.015
    # Same random stream, double the scale: every draw doubles exactly.
    wide, narrow = random.Random(3), random.Random(3)
    assert [laplace(wide, 2.0) for _ in range(5)] == [2 * laplace(narrow, 1.0) for _ in range(5)]
    inside = sum(1 for d in draws if abs(d) <= 2.0 * LAPLACE_95) / len(draws)
    assert 0.94 < inside < 0.96


def test_noisy_counts_never_go_negative() -> None:
    noise = Noise(random.Random("x|2026-W47"), 0.1)
    assert all((noise.count("c", 0).value or 0) >= 0 for _ in range(200))


def test_zero_epsilon_means_no_noise() -> None:
    from wellbeing_app.domain.team.team_settings import load_team_settings

    loaded = load_team_settings(
        lambda key, default: 0.0 if key == "team_noise_epsilon" else default)
    assert loaded.noise_epsilon is None
