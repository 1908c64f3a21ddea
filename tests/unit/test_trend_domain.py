"""Trend aggregates and insights against hand-computed fixtures."""

import math
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from tests.support.trend_oracles import (
    RatedSession,
    category_counts,
    day_tallies,
    exercise_effects,
    grid_from_calls,
)
from wellbeing_app.domain.calls.logged_call import LoggedCall
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.exercises.exercise_effect import exercise_label
from wellbeing_app.domain.reminders.check_in_trend import (
    WEEKLY_STRESS,
    CheckInScore,
    latest_high_streak,
)
from wellbeing_app.domain.trends.insights import (
    exercise_insight,
    hardest_time_insights,
    trend_insight,
    weekly_stress_insight,
)
from wellbeing_app.domain.trends.stress_grid import EMPTY_GRID, StressGrid, grid_from_cells
from wellbeing_app.domain.trends.stress_tally import StressTally, tally
from wellbeing_app.domain.trends.trend_range import TrendRange, parse_range
from wellbeing_app.domain.trends.trend_report import TrendInputs, build_report, report_to_dict
from wellbeing_app.domain.trends.trend_series import daily_points
from wellbeing_app.domain.trends.trend_statistics import mann_kendall, theil_sen_slope

D = date(2026, 11, 2)  # a Monday


def call(at_utc: datetime, offset_minutes: int, stress: int, *cats: str) -> LoggedCall:
    local = at_utc.astimezone(timezone(timedelta(minutes=offset_minutes)))
    return LoggedCall(id=1, at_utc=at_utc, local_date=local.date(),
                      utc_offset_minutes=offset_minutes, stress=stress, categories=cats,
                      escalated=False, ended_for_abuse=False, note="")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_tally_mean_is_none_when_empty() -> None:
    assert tally([]).mean is None
    assert tally([4, 6, 8]) == StressTally(3, 18) and tally([4, 6, 8]).mean == 6


@pytest.mark.parametrize("text, days", [("7d", 7), ("30d", 30), ("90d", 90), ("1y", 365),
                                         (" ALL ", None)])
def test_ranges(text: str, days: int | None) -> None:
    chosen = parse_range(text)
    assert chosen.days == days
    assert chosen.start(D) == (None if days is None else D - timedelta(days=days - 1))


def test_unknown_range_is_explained() -> None:
    with pytest.raises(ValidationError, match="choose one of: 7d, 30d, 90d, 1y, all"):
        parse_range("2w")


def test_daily_points_keep_gaps_and_roll_over_seven_days() -> None:
    tallies = {D: StressTally(2, 10), D + timedelta(days=2): StressTally(1, 2)}
    points = daily_points(tallies, D, D + timedelta(days=3))
    assert [(p.count, p.mean_stress, p.rolling_mean) for p in points] == [
        (2, 5.0, 5.0), (0, None, 5.0), (1, 2.0, 4.0), (0, None, 4.0)]


def test_rolling_mean_uses_six_days_before_the_range_and_no_more() -> None:
    tallies = {D - timedelta(days=6): StressTally(1, 9), D - timedelta(days=7): StressTally(5, 0)}
    first, second = daily_points(tallies, D, D + timedelta(days=1))
    assert (first.count, first.mean_stress, first.rolling_mean) == (0, None, 9.0)
    assert second.rolling_mean is None  # the 9 left the window; nothing else in it


def test_day_tallies_use_the_stored_local_date_across_dst() -> None:
    # Berlin, 29 March 2026: clocks jump 02:00 → 03:00. 23:30 UTC on the 28th is 00:30 CET.
    calls = [call(utc(2026, 3, 28, 23, 30), 60, 4), call(utc(2026, 3, 29, 1, 30), 120, 8),
             call(utc(2026, 3, 29, 22, 30), 120, 6)]  # 00:30 CEST on the 30th
    assert day_tallies(calls) == {date(2026, 3, 29): StressTally(2, 12),
                                  date(2026, 3, 30): StressTally(1, 6)}


def test_grid_buckets_by_local_hour_and_weekday_on_dst_and_negative_offsets() -> None:
    calls = [call(utc(2026, 10, 25, 0, 30), 120, 7),   # 02:30 CEST, Sunday 25 Oct
             call(utc(2026, 10, 25, 1, 30), 60, 5),    # 02:30 CET again (the repeated hour)
             call(utc(2026, 11, 24, 3, 0), -300, 9)]   # 22:00 Monday in New York
    grid = grid_from_calls(calls)
    assert grid.cell(6, 2) == StressTally(2, 12)
    assert grid.cell(0, 22) == StressTally(1, 9)
    assert grid.total == StressTally(3, 21)
    assert grid.by_hour()[2].mean == 6 and grid.by_weekday()[6].count == 2


def test_grid_rejects_impossible_cells() -> None:
    with pytest.raises(ValueError):
        grid_from_cells([(7, 0, 1, 1)])


def test_category_counts_most_frequent_first_then_by_id() -> None:
    at = utc(2026, 11, 2, 9)
    calls = [call(at, 0, 5, "urgent", "hostile"), call(at, 0, 5, "hostile"),
             call(at, 0, 5, "abusive"), call(at, 0, 5)]
    assert category_counts(calls) == (("hostile", 2), ("abusive", 1), ("urgent", 1))


def test_theil_sen_ignores_one_outlier() -> None:
    # Pairwise slopes: six are 1, the four involving the outlier are large; the median is 1.
    assert theil_sen_slope([0, 1, 2, 3, 4], [1, 2, 3, 4, 100]) == 1
    assert theil_sen_slope([3, 3], [1, 2]) is None


def test_mann_kendall_by_hand() -> None:
    result = mann_kendall([1, 2, 3, 4, 5])
    # S = 10; Var = 5·4·15/18 = 16.67; z = (10 − 1)/√16.67 = 2.205; p = erfc(z/√2)
    assert result.s == 10
    assert result.z == pytest.approx(9 / math.sqrt(50 / 3))
    assert result.p_value == pytest.approx(0.0275, abs=1e-4)
    tied = mann_kendall([1, 1, 2])
    assert tied.s == 2 and tied.z == pytest.approx(1 / math.sqrt(48 / 18))
    assert mann_kendall([3, 3, 3]).p_value == 1.0


def _daily(means: list[float]) -> dict[date, StressTally]:
    return {D + timedelta(days=i): StressTally(2, int(m * 2)) for i, m in enumerate(means)}


def _number(value: int | float | str) -> float:
    """A figure that must be numeric (the insight numbers also hold names such as a weekday)."""
    assert not isinstance(value, str), value
    return value


def test_rising_trend_is_reported_with_its_numbers() -> None:
    tallies = _daily([3 + 0.5 * i for i in range(11)] + [1])  # one odd day at the end
    found = trend_insight(tallies, D + timedelta(days=11))
    assert found is not None and found.kind == "trend"
    numbers = dict(found.numbers)
    assert numbers["days"] == 12 and _number(numbers["p_value"]) < 0.05
    assert numbers["slope_per_week"] == pytest.approx(3.5)  # 0.5 a day, Theil–Sen median
    assert "rising" in found.text and "+3.5 points a week" in found.text


def test_falling_trend_reads_as_easing() -> None:
    found = trend_insight(_daily([8, 7.5, 7, 7, 6.5, 6, 6, 5.5, 5, 5]), D + timedelta(days=9))
    assert found is not None and "easing" in found.text


def test_no_trend_without_enough_days_or_significance() -> None:
    assert trend_insight(_daily([3, 4, 5, 6, 7, 8, 9, 9, 10]), D + timedelta(days=8)) is None
    assert trend_insight(_daily([5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6]),
                         D + timedelta(days=11)) is None


def test_trend_only_looks_at_the_last_four_weeks() -> None:
    old = _daily([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    assert trend_insight(old, D + timedelta(days=60)) is None


def _pattern_grid() -> StressGrid:
    # 25 calls on Monday 10:00 at 4, five on Wednesday 15:00 at 8: overall 140/30 = 4.67.
    return grid_from_cells([(0, 10, 25, 100), (2, 15, 5, 40)])


def test_hardest_hour_and_weekday() -> None:
    hour, weekday = hardest_time_insights(_pattern_grid())
    assert hour.text == ("Your hardest hour is 15:00–16:00: mean stress 8.0 over 5 calls, "
                         "against 4.7 across all 30 calls in this range.")
    assert weekday.text == ("Wednesdays are your hardest day: mean stress 8.0 over 5 calls, "
                            "against 4.7 overall.")
    assert dict(weekday.numbers)["min_calls"] == 30


def test_no_hardest_time_below_the_minimum_samples() -> None:
    assert hardest_time_insights(grid_from_cells([(0, 10, 25, 100), (2, 15, 4, 32)])) == ()
    assert hardest_time_insights(EMPTY_GRID) == ()
    # Enough calls, but every hour is alike: nothing to say.
    assert hardest_time_insights(grid_from_cells([(0, 10, 20, 100), (2, 15, 20, 104)])) == ()


def test_exercise_effects_and_the_best_one() -> None:
    records = [RatedSession("cyclic_sigh", b, a) for b, a in ((6, 4), (7, 4), (8, 5))]
    records += [RatedSession("box", 6, 5)] * 3 + [RatedSession("long_exhale", 9, 4)] * 2
    effects = exercise_effects(records)
    assert [e.exercise_id for e in effects] == ["long_exhale", "cyclic_sigh", "box"]
    assert effects[1].change == pytest.approx(-8 / 3)
    best = exercise_insight(effects, exercise_label)
    assert best is not None
    assert best.text == ("Cyclic sigh lowers your rating most: from 7.0 to 4.3 on average "
                         "(-2.7 points) over 3 sessions.")
    assert exercise_insight(exercise_effects([RatedSession("box", 6, 6)] * 5),
                            exercise_label) is None


def _weekly(*scores: tuple[int, float]) -> list[CheckInScore]:
    return [CheckInScore(WEEKLY_STRESS, D + timedelta(weeks=w), s) for w, s in scores]


def test_weekly_stress_streak() -> None:
    scores = _weekly((0, 3), (1, 4), (2, 5))
    assert [s.score for s in latest_high_streak(scores)] == [4, 5]
    found = weekly_stress_insight(scores, D + timedelta(weeks=2, days=3))
    assert found is not None and "2 weeks in a row" in found.text
    assert "employee assistance line" in found.text


def test_weekly_stress_gap_week_breaks_the_streak_and_old_streaks_are_quiet() -> None:
    assert weekly_stress_insight(_weekly((0, 5), (2, 5)), D + timedelta(weeks=2)) is None
    assert weekly_stress_insight(_weekly((0, 5), (1, 5)), D + timedelta(weeks=6)) is None
    assert weekly_stress_insight(_weekly((0, 5), (1, 3)), D + timedelta(weeks=1)) is None


def _inputs(**changes: object) -> TrendInputs:
    base = TrendInputs(day_tallies={}, categories=(), grid=EMPTY_GRID, exercises=(),
                       check_ins=(), first_day=None)
    return TrendInputs(**{**base.__dict__, **changes})


def test_empty_report_is_all_gaps() -> None:
    report = build_report(TrendRange.WEEK, D, _inputs())
    assert report.is_empty and report.insights == ()
    assert len(report.days) == 7 and all(p.mean_stress is None for p in report.days)
    data = report_to_dict(report)
    assert data["calls"] == 0 and data["mean_stress"] is None and data["days"][0]["count"] == 0
    everything = build_report(TrendRange.ALL, D, _inputs())
    assert (everything.start, len(everything.days)) == (D, 1)


def test_report_counts_only_the_range() -> None:
    tallies = {D - timedelta(days=8): StressTally(4, 40), D: StressTally(2, 6)}
    report = build_report(TrendRange.WEEK, D, _inputs(day_tallies=tallies,
                                                      first_day=D - timedelta(days=8)))
    assert report.total == StressTally(2, 6) and report.start == D - timedelta(days=6)
    assert build_report(TrendRange.ALL, D, _inputs(day_tallies=tallies, first_day=D - timedelta(
        days=8))).total == StressTally(6, 46)
