"""The Qt-free use cases the tray, the windows and the CLI share: log, undo, edit, offer."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta

import pytest

from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.exercises.exercise_session import (
    SessionRecord,
    mean_drop,
    suggest_exercise,
)
from wellbeing_app.domain.exercises.pmr import pmr_timeline
from wellbeing_app.platform.resources import load_catalog, load_exercise_library
from wellbeing_app.store.journal import Journal
from wellbeing_app.usecases.call_logging import CallLogging
from wellbeing_app.usecases.exercise_offers import ExerciseOffers

LIBRARY = load_exercise_library()
EXERCISES = ("cyclic_sigh", "desk_quick", "box")


@pytest.fixture
def journal() -> Iterator[Journal]:
    j = Journal.in_memory()
    yield j
    j.close()


def session(clock: ManualClock, exercise: str, before: int | None,
            after: int | None) -> SessionRecord:
    start = clock.now()
    return SessionRecord(kind="pmr" if exercise == "desk_quick" else "breathing",
                         exercise_id=exercise, started_at=start,
                         ended_at=start + timedelta(seconds=60), planned_seconds=60,
                         active_seconds=60, completed=True, stress_before=before,
                         stress_after=after)


def random_sessions(clock: ManualClock, seed: int, count: int) -> list[SessionRecord]:
    rng = random.Random(seed)

    def rating() -> int | None:
        return None if rng.random() < 0.2 else rng.randrange(11)

    return [session(clock, rng.choice(EXERCISES), rating(), rating()) for _ in range(count)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_mean_drops_from_the_rollup_equal_the_per_session_rule(
        journal: Journal, clock: ManualClock, seed: int) -> None:
    journal.exercises.record_many(random_sessions(clock, seed, 300))
    rng = random.Random(seed)
    for stored in rng.sample(journal.exercises.sessions(), 60):  # after-ratings given later
        journal.exercises.set_stress_after(stored.id, rng.choice([None, 0, 5, 10]))
    sessions = journal.exercises.sessions()
    expected = {e: drop for e in EXERCISES if (drop := mean_drop(sessions, e)) is not None}
    assert journal.exercises.mean_drops(EXERCISES) == pytest.approx(expected)
    offers = ExerciseOffers(journal, lambda: LIBRARY)
    desk = pmr_timeline(LIBRARY.script("desk_quick")).total_seconds
    for stress in (3, 7, 10):
        assert offers.for_stress(stress).suggestion == suggest_exercise(stress, sessions, desk)


def test_the_offer_follows_what_helped_this_agent(journal: Journal, clock: ManualClock) -> None:
    offers = ExerciseOffers(journal, lambda: LIBRARY)
    assert offers.for_stress(4).text == "Take 60 seconds? Long exhale"
    assert offers.for_stress(8).text == "Take 60 seconds? Cyclic sighing"
    journal.exercises.record_many([session(clock, "desk_quick", 8, 3),
                                   session(clock, "cyclic_sigh", 8, 7)])
    assert offers.for_stress(8).text == "Take 2 minutes? Desk quick relaxation"
    assert offers.for_stress(6).suggestion.exercise_id == "long_exhale"


def test_log_acknowledges_offers_and_undo_edit_find(journal: Journal,
                                                    clock: ManualClock) -> None:
    catalog = load_catalog()
    calls = CallLogging(journal, lambda: catalog, clock, ExerciseOffers(journal, lambda: LIBRARY),
                        support_line=lambda: "EAP 0800")
    outcome = calls.log(CallDraft(stress=9, categories=("abusive",)))
    assert outcome is not None  # without a writer a call is saved or the error raised
    assert outcome.call.at_utc == clock.now()
    assert outcome.acknowledgment.serious and outcome.acknowledgment.support_line == "EAP 0800"
    assert outcome.offer is not None and outcome.offer.suggestion.exercise_id == "cyclic_sigh"
    today = calls.today_summary()
    assert (today.count, today.mean_stress) == (1, 9)
    edited = calls.edit(outcome.call.id, CallDraft(stress=5, note="calmer now"))
    assert (edited.stress, edited.note, edited.at_utc) == (5, "calmer now", outcome.call.at_utc)
    assert calls.undo(outcome.call.id) == edited
    assert calls.undo(outcome.call.id) is None and calls.find(outcome.call.id) is None
    plain = CallLogging(journal, lambda: catalog, clock).log(CallDraft(stress=3))
    assert plain is not None and plain.offer is None
