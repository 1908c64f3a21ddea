"""Timing arithmetic of breathing and PMR timelines (hypothesis for totals and boundaries)."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.exercises.breathing import (
    BreathingPattern,
    Dose,
    breathing_timeline,
    cycles_for,
    default_dose,
    validate_custom_pattern,
)
from wellbeing_app.domain.exercises.exercise_run import ExerciseRun
from wellbeing_app.domain.exercises.exercise_timeline import (
    Step,
    Timeline,
    ease_in_out,
    shape_level,
)
from wellbeing_app.domain.exercises.pmr import MuscleGroup, PmrScript, pmr_timeline
from wellbeing_app.platform.resources import load_exercise_library

LIBRARY = load_exercise_library()
KINDS = st.sampled_from(["inhale", "hold", "exhale", "hold_empty"])
PHASES = st.lists(st.tuples(KINDS, st.integers(1, 12)), min_size=1, max_size=6)
T0 = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)


def pattern_of(phases: list[tuple[str, int]], cap: int | None = None) -> BreathingPattern:
    return BreathingPattern("p", "P", "", tuple(phases), "test", default_seconds=60,
                            max_cycles=cap)


@given(PHASES, st.integers(1, 40))
def test_total_is_cycles_times_cycle_length(phases: list[tuple[str, int]], cycles: int) -> None:
    pattern = pattern_of(phases)
    timeline = breathing_timeline(pattern, cycles)
    assert timeline.total_seconds == cycles * pattern.cycle_seconds
    assert len(timeline.steps) == cycles * len(phases)
    assert timeline.unit_count == cycles


@given(PHASES, st.integers(1, 10), st.data())
def test_phase_at_every_boundary_starts_the_next_step(
    phases: list[tuple[str, int]], cycles: int, data: st.DataObject
) -> None:
    timeline = breathing_timeline(pattern_of(phases), cycles)
    index = data.draw(st.integers(0, len(timeline.steps) - 1))
    step = timeline.steps[index]
    at_start = timeline.phase_at(step.start)
    assert at_start.index == index and at_start.seconds_left_in_step == step.seconds
    just_before_end = timeline.phase_at(step.end - 1e-6)
    assert just_before_end.index == index and 0 < just_before_end.seconds_left_in_step < 1e-5
    assert timeline.phase_at(step.end).index == index + 1


@given(PHASES, st.integers(1, 10), st.floats(-5, 1000, allow_nan=False))
def test_phase_at_is_consistent_anywhere(
    phases: list[tuple[str, int]], cycles: int, elapsed: float
) -> None:
    timeline = breathing_timeline(pattern_of(phases), cycles)
    position = timeline.phase_at(elapsed)
    if elapsed >= timeline.total_seconds:
        assert position.finished and position.progress == 1.0 and position.whole_seconds_left == 0
        return
    assert position.step is not None
    clamped = max(0.0, elapsed)
    assert position.step.start <= clamped < position.step.end
    assert position.seconds_left_in_step == pytest.approx(position.step.end - clamped)
    assert 0 <= position.progress < 1 and 0 <= position.fraction_of_step < 1
    assert 1 <= position.whole_seconds_left <= position.step.seconds
    # The countdown shows the seconds left in the step, rounded up: 2.3 s left reads "3".
    left = position.step.end - clamped
    assert position.whole_seconds_left == (int(left) + 1 if left % 1 > 1e-9 else max(1, int(left)))


@given(st.integers(1, 600), st.integers(1, 30))
def test_duration_dose_rounds_to_whole_cycles_and_respects_caps(seconds: int, cap: int) -> None:
    pattern = pattern_of([("inhale", 4), ("hold", 7), ("exhale", 8)], cap=cap)
    cycles = cycles_for(pattern, Dose(seconds=seconds), 300)
    assert 1 <= cycles <= cap
    assert cycles <= max(1, 300 // 19)
    # Nearest whole cycle of 19 s (halves round up), then the tighter of the cap and 300 s.
    nearest = max(1, (2 * seconds + 19) // 38)
    assert cycles == min(nearest, cap, 300 // 19)


def test_478_is_capped_at_8_cycles_with_a_lead_in_exhale() -> None:
    pattern = LIBRARY.pattern("478")
    assert cycles_for(pattern, Dose(cycles=20), LIBRARY.session_max_seconds) == 8
    assert cycles_for(pattern, Dose(seconds=300), LIBRARY.session_max_seconds) == 8
    assert cycles_for(pattern, default_dose(pattern), LIBRARY.session_max_seconds) == 4
    timeline = breathing_timeline(pattern, 4)
    assert [s.kind for s in timeline.steps[:4]] == ["exhale", "inhale", "hold", "exhale"]
    assert timeline.steps[0].unit == -1 and timeline.unit_count == 4
    assert timeline.total_seconds == 4 + 4 * 19


@pytest.mark.parametrize("pattern_id, phases, cycle", [
    ("box", [("inhale", 4), ("hold", 4), ("exhale", 4), ("hold_empty", 4)], 16),
    ("478", [("inhale", 4), ("hold", 7), ("exhale", 8)], 19),
    ("resonance", [("inhale", 5), ("exhale", 5)], 10),
    ("resonance_4_6", [("inhale", 4), ("exhale", 6)], 10),
    ("long_exhale", [("inhale", 2), ("exhale", 8)], 10),
    ("cyclic_sigh", [("inhale", 3), ("top_up", 1), ("exhale", 7)], 11),
    ("sigh", [("inhale", 3), ("top_up", 1), ("exhale", 6)], 10),
])
def test_shipped_patterns_match_content_md(pattern_id: str, phases: list[tuple[str, int]],
                                           cycle: int) -> None:
    pattern = LIBRARY.pattern(pattern_id)
    assert list(pattern.phases) == phases and pattern.cycle_seconds == cycle
    assert pattern.source


def test_default_doses() -> None:
    def cycles(pid: str) -> int:
        p = LIBRARY.pattern(pid)
        return cycles_for(p, default_dose(p), LIBRARY.session_max_seconds)

    assert cycles("box") == 4 and cycles("long_exhale") == 6 and cycles("sigh") == 3
    assert cycles("cyclic_sigh") == 27 and LIBRARY.default_pattern == "long_exhale"
    assert not LIBRARY.pattern("long_exhale").has_hold


def test_shape_grows_on_inhale_rests_on_hold_and_shrinks_on_exhale() -> None:
    timeline = breathing_timeline(LIBRARY.pattern("box"), 1)
    levels = [shape_level(timeline.phase_at(t)) for t in (0, 2, 3.99, 4, 6, 8, 10, 12, 14)]
    assert levels[0] == 0 and levels[1] == pytest.approx(0.5) and levels[2] > 0.99
    assert levels[3] == levels[4] == 1.0
    assert levels[5] == 1.0 and levels[6] == pytest.approx(0.5)
    assert levels[7] == levels[8] == 0.0
    sigh = breathing_timeline(LIBRARY.pattern("cyclic_sigh"), 1)
    assert shape_level(sigh.phase_at(3)) == pytest.approx(0.8)


@given(st.floats(0, 1))
def test_easing_is_monotonic_and_bounded(fraction: float) -> None:
    value = ease_in_out(fraction)
    assert 0 <= value <= 1 and ease_in_out(min(1.0, fraction + 0.01)) >= value


@pytest.mark.parametrize("values, message", [
    ([0, 0, 4, 0], "breathe in: 0 s is outside 1–12 s"),
    ([4, 13, 4, 0], "hold: 13 s"),
    ([4, 0, 0, 0], "breathe out: 0 s"),
    ([4, "x", 4, 0], "not a whole number"),
    ([4, 2, 4], "four numbers"),
    ([4, True, 4, 0], "whole seconds"),
])
def test_custom_pattern_validation(values: list[object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_custom_pattern(values)


@given(st.integers(1, 12), st.integers(0, 12), st.integers(1, 12), st.integers(0, 12))
def test_valid_custom_patterns_drop_zero_phases(i: int, h: int, e: int, r: int) -> None:
    pattern = validate_custom_pattern([i, h, e, str(r)])
    assert pattern.cycle_seconds == i + h + e + r
    assert all(seconds > 0 for _k, seconds in pattern.phases)


@pytest.mark.parametrize("script_id, groups, total", [
    ("pmr16", 16, 752), ("pmr7", 7, 329), ("pmr4", 4, 188), ("desk_quick", 4, 120),
    ("recall4", 4, 160),
])
def test_pmr_scripts_match_content_md(script_id: str, groups: int, total: int) -> None:
    script = LIBRARY.script(script_id)
    timeline = pmr_timeline(script)
    assert len(script.groups) == groups and timeline.total_seconds == total
    assert timeline.unit_count == groups
    if not script.recall:
        assert 5 <= script.tense_seconds <= 7
    assert script.release_seconds >= 20


def test_pmr16_order_and_toes_up() -> None:
    script = LIBRARY.script("pmr16")
    assert [g.id for g in script.groups][:4] == [
        "dom_hand", "dom_upper_arm", "nondom_hand", "nondom_upper_arm"]
    assert "up" in script.groups[12].tense and "Keep breathing" in script.groups[8].tense
    recall = pmr_timeline(LIBRARY.script("recall4"))
    assert "tense" not in {s.kind for s in recall.steps}


@given(st.integers(0, 10), st.integers(1, 10), st.integers(1, 60), st.integers(0, 120),
       st.integers(1, 8))
def test_pmr_total_and_group_starts(prepare: int, tense: int, release: int, rest: int,
                                    groups: int) -> None:
    script = PmrScript("s", "S", "", tuple(MuscleGroup(f"g{i}", f"G{i}", "t")
                                             for i in range(groups)),
                       prepare, tense, release, "test")
    timeline = pmr_timeline(script, end_rest_seconds=rest)
    assert timeline.total_seconds == groups * (prepare + tense + release) + rest
    for unit in range(groups - 1):
        start = unit * script.group_seconds
        assert timeline.next_unit_start(start) == start + script.group_seconds


def test_timeline_rejects_gaps() -> None:
    with pytest.raises(ValueError):
        Timeline((Step("inhale", "in", 2, 0, 0), Step("exhale", "out", 2, 3, 0)))


@given(st.lists(st.tuples(st.sampled_from(["wait", "pause", "resume", "skip"]),
                          st.floats(0, 30, allow_nan=False)), max_size=20))
def test_run_elapsed_never_exceeds_wall_time_plus_skips(actions: list[tuple[str, float]]) -> None:
    timeline = pmr_timeline(LIBRARY.script("desk_quick"))
    run = ExerciseRun.start(timeline, T0)
    now = T0
    for action, seconds in actions:
        now += timedelta(seconds=seconds)
        if action == "pause":
            run = run.pause(now)
        elif action == "resume":
            run = run.resume(now)
        elif action == "skip":
            run = run.skip_unit(now)
        wall = (now - T0).total_seconds()
        assert 0 <= run.active_seconds(now) <= wall + 1e-6
        assert run.elapsed(now) <= timeline.total_seconds


def test_run_pause_freezes_and_skip_jumps_to_next_group() -> None:
    timeline = pmr_timeline(LIBRARY.script("desk_quick"))
    run = ExerciseRun.start(timeline, T0)
    run = run.pause(T0 + timedelta(seconds=10))
    assert run.elapsed(T0 + timedelta(seconds=100)) == 10
    run = run.resume(T0 + timedelta(seconds=100))
    assert run.elapsed(T0 + timedelta(seconds=101)) == 11
    run = run.skip_unit(T0 + timedelta(seconds=101))
    assert run.elapsed(T0 + timedelta(seconds=101)) == 30 and run.skipped_units == (0,)
    step = run.position(T0 + timedelta(seconds=101)).step
    assert step is not None and step.unit == 1
