"""Synthetic exercise sessions as the exercises feature stores them (through its own store)."""

from __future__ import annotations

from datetime import timedelta

from wellbeing_app.domain.demo.demo_history import DemoExercise
from wellbeing_app.domain.exercises.exercise_session import BREATHING, PMR, SessionRecord

DEMO_SECONDS = 120
PMR_IDS = frozenset({"desk_quick", "pmr4", "pmr7", "pmr16", "recall4"})


def demo_session_record(session: DemoExercise) -> SessionRecord:
    """A completed two-minute session at the demo's moment, rated before and after."""
    return SessionRecord(
        kind=PMR if session.exercise_id in PMR_IDS else BREATHING,
        exercise_id=session.exercise_id,
        started_at=session.at,
        ended_at=session.at + timedelta(seconds=DEMO_SECONDS),
        planned_seconds=DEMO_SECONDS,
        active_seconds=DEMO_SECONDS,
        completed=True,
        stress_before=session.stress_before,
        stress_after=session.stress_after,
    )
