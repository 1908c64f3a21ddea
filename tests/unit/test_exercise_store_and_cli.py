"""Exercise sessions in the journal, the suggestion rule, requests and the CLI."""

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import run
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.exercises.exercise_request import (
    ExerciseRequest,
    parse_message,
    validate_request,
)
from wellbeing_app.domain.exercises.exercise_session import SessionRecord, suggest_exercise
from wellbeing_app.platform.resources import load_exercise_library
from wellbeing_app.store.journal import DB_FILENAME, Journal

LIBRARY = load_exercise_library()


def record(clock: ManualClock, **changes: object) -> SessionRecord:
    # Unchecked on purpose: the bad-session cases feed values that only run-time validation refuses.
    values: dict[str, Any] = dict(
        kind="pmr", exercise_id="desk_quick", started_at=clock.now(),
        ended_at=clock.now() + timedelta(seconds=120), planned_seconds=120, active_seconds=90,
        completed=False, stopped_at_step=5, stopped_at_label="Tense",
        skipped_groups=("face_neck",), stress_before=7, stress_after=None)
    values.update(changes)
    return SessionRecord(**values)


def test_session_round_trip_and_after_rating(clock: ManualClock) -> None:
    journal = Journal.in_memory()
    call = journal.log_call(CallDraft(stress=8), clock.now())
    store = journal.exercises
    stored = store.record(record(clock, call_id=call.id))
    assert stored.id == 1 and stored.call_id == call.id and stored.skipped_groups == ("face_neck",)
    assert stored.started_at == clock.now() and stored.stopped_at_step == 5
    assert store.set_stress_after(stored.id, 3).stress_after == 3
    assert store.sessions(clock.now() + timedelta(hours=1)) == []
    assert store.count() == 1


def test_undoing_the_call_keeps_the_session_and_unlinks_it(clock: ManualClock) -> None:
    journal = Journal.in_memory()
    assert journal.durability()["foreign_keys"] == 1
    call = journal.log_call(CallDraft(stress=8), clock.now())
    store = journal.exercises
    stored = store.record(record(clock, call_id=call.id))
    journal.delete_call(call.id)
    assert store.get(stored.id).call_id is None


@pytest.mark.parametrize("changes", [
    {"kind": "yoga"}, {"stress_before": 11}, {"stress_after": -1},
    {"ended_at": None},
])
def test_bad_sessions_are_rejected(clock: ManualClock, changes: dict[str, object]) -> None:
    if changes.get("ended_at", 0) is None:
        changes = {"ended_at": clock.now() - timedelta(seconds=1)}
    with pytest.raises(ValidationError):
        record(clock, **changes)


def test_migration_set_is_named_and_applied_once(tmp_path: Path) -> None:
    Journal.open(tmp_path / DB_FILENAME).close()
    journal = Journal.open(tmp_path / DB_FILENAME)
    rows = sorted(m for m in journal.applied_migrations() if "exerc" in m[0])
    journal.close()
    assert rows == [("between_calls_exercises", "0001_exercise_sessions"),
                    ("between_calls_exercises", "0002_rating_totals_by_exercise")]


def test_suggestion_rule(clock: ManualClock) -> None:
    assert suggest_exercise(3).exercise_id == "long_exhale"
    assert suggest_exercise(6).prompt == "Take 60 seconds?"
    assert suggest_exercise(7).exercise_id == "cyclic_sigh"
    history = [record(clock, exercise_id="desk_quick", stress_before=8, stress_after=3),
               record(clock, kind="breathing", exercise_id="cyclic_sigh",
                      stress_before=8, stress_after=7)]
    suggestion = suggest_exercise(9, history)
    assert (suggestion.exercise_id, suggestion.prompt) == ("desk_quick", "Take 2 minutes?")


@pytest.mark.parametrize("raw, expected", [
    ("breathe", ExerciseRequest("breathing")),
    ("breathe box", ExerciseRequest("breathing", "box")),
    ("relax pmr4", ExerciseRequest("pmr", "pmr4")),
    ("relax ../etc", None), ("breathe a b", None), ("log-dialog", None), ("breathe BOX", None),
])
def test_channel_messages(raw: str, expected: ExerciseRequest | None) -> None:
    assert parse_message(raw) == expected
    if expected is not None:
        assert parse_message(expected.to_message()) == expected


def test_validate_request() -> None:
    assert validate_request("breathe", "Box", LIBRARY) == ExerciseRequest("breathing", "box")
    assert validate_request("breathe", "custom", LIBRARY).exercise_id == "custom"
    with pytest.raises(ValidationError, match="Unknown script 'pmr99'"):
        validate_request("relax", "pmr99", LIBRARY)


def test_exercises_json_lists_every_exercise(tmp_path: Path, clock: ManualClock) -> None:
    code, out, _ = run(["exercises", "--json"], tmp_path, clock)
    entries = {e["id"]: e for e in json.loads(out)}
    assert code == 0 and set(entries) >= {"box", "478", "resonance", "long_exhale",
                                          "cyclic_sigh", "sigh", "pmr16", "pmr7", "pmr4",
                                          "desk_quick", "recall4"}
    assert entries["478"]["max_cycles"] == 8 and entries["478"]["total_seconds"] == 80
    assert entries["desk_quick"]["groups"][0]["tense_seconds"] == 5
    assert entries["pmr16"]["total_seconds"] == 752


def test_exercises_text_and_sessions(tmp_path: Path, clock: ManualClock) -> None:
    code, out, _ = run(["exercises"], tmp_path, clock)
    assert code == 0 and "first breathe out 4s" in out and "Dominant foot: tense 7s" in out
    code, out, _ = run(["exercise-sessions"], tmp_path, clock)
    assert out.strip() == "No exercise sessions yet."
    journal = Journal.open(tmp_path / DB_FILENAME)
    journal.exercises.record(record(clock))
    journal.close()
    code, out, _ = run(["exercise-sessions"], tmp_path, clock)
    assert "desk_quick" in out and "stopped at Tense" in out and "stress 7 → -" in out
    code, out, _ = run(["exercise-sessions", "--json"], tmp_path, clock)
    assert json.loads(out)[0]["skipped_groups"] == ["face_neck"]


def _docs() -> tuple[dict[str, Any], dict[str, Any]]:
    from wellbeing_app.platform.resources import load_toml

    return load_toml("exercises", "breathing.toml"), load_toml("exercises", "pmr.toml")


# Damages the parsed breathing and PMR documents (TOML tables, so untyped) in place.
Breaking = Callable[[dict[str, Any], dict[str, Any]], object]


@pytest.mark.parametrize("breaking, message", [
    (lambda b, p: b["pattern"][0].pop("source"), "name its source"),
    (lambda b, p: b["pattern"][0].update(phases=[["inhale", 4]]), "needs an inhale and an exhale"),
    (lambda b, p: b["pattern"][0].update(phases=[["inhale", 0], ["exhale", 4]]), "bad phase"),
    (lambda b, p: b["pattern"][0].update(phases=[["hyperventilate", 2], ["exhale", 2]]),
     "bad phase"),
    (lambda b, p: p["script"][0]["groups"].append("left_ear"), "needs known groups"),
    (lambda b, p: b.update(caution=""), "must not be empty"),
    (lambda b, p: b.update(default_pattern="nope"), "Unknown pattern"),
])
def test_broken_content_is_rejected_with_a_reason(breaking: Breaking, message: str) -> None:
    from wellbeing_app.domain.exercises.exercise_content import parse_exercise_library

    breathing, pmr = _docs()
    breaking(breathing, pmr)
    with pytest.raises(ValidationError, match=message):
        parse_exercise_library(breathing, pmr)


def test_every_shipped_exercise_names_its_source_and_safety_copy_is_complete() -> None:
    assert all(p.source for p in LIBRARY.patterns) and all(s.source for s in LIBRARY.scripts)
    assert "dizzy" in LIBRARY.caution and "seated" in LIBRARY.caution.lower()
    safety = " ".join(LIBRARY.safety)
    for phrase in ("never to pain", "cramp", "clinician", "3 in 10"):
        assert phrase in safety
    assert LIBRARY.script("desk_quick").shortened
