"""Realistic synthetic history for demos and benchmarks: shifts, weekday patterns, exercises."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from wellbeing_app.domain.calls.logged_call import STRESS_MAX, STRESS_MIN, CallDraft

# Our choice of shape, not data from a study: harder Mondays and mid-afternoons,
# a slow seasonal swing, and a gentle rise over the last four weeks.
WEEKDAY_BIAS = (1.0, 0.3, 0.0, 0.2, -0.6, 0.4, 0.4)
AFTERNOON_PEAK = {13: 0.4, 14: 1.0, 15: 0.8, 16: 0.3}
DEMO_EXERCISES = (("cyclic_sigh", 2.3), ("long_exhale", 1.8), ("desk_quick", 1.5),
                  ("box", 1.1))
EXERCISE_SHARE = 0.3
CATEGORY_WEIGHTS = (3.0, 1.2, 2.5, 2.0, 1.5, 2.2, 1.4, 0.8)  # in catalog order, our choice


@dataclass(frozen=True)
class DemoCall:
    """A synthetic tough call."""

    at: datetime
    draft: CallDraft


@dataclass(frozen=True)
class DemoExercise:
    """A synthetic exercise session right after a call, rated before and after."""

    at: datetime
    exercise_id: str
    stress_before: int
    stress_after: int


def _clamp(value: float) -> int:
    return max(STRESS_MIN, min(STRESS_MAX, round(value)))


class _Generator:
    def __init__(self, seed: int, zone: tzinfo, categories: Sequence[str], end: date) -> None:
        self.rng = random.Random(seed)
        self.zone = zone
        self.categories = tuple(categories)
        self.end = end

    def works(self, day: date) -> bool:
        if day.weekday() == 6:
            return False
        if day.weekday() == 5:
            return self.rng.random() < 0.15
        return self.rng.random() > 0.06  # leave, sick days, training

    def stress(self, day: date, hour: int) -> int:
        base = 4.6 + WEEKDAY_BIAS[day.weekday()] + AFTERNOON_PEAK.get(hour, 0.0)
        base += 0.6 * ((day.toordinal() // 91) % 2)  # quieter and busier seasons
        recent = (self.end - day).days
        if recent < 28:
            base += (28 - recent) * 0.05
        return _clamp(self.rng.gauss(base, 1.6))

    def draft(self, stress: int) -> CallDraft:
        count = self.rng.choice((0, 1, 1, 1, 2))
        weights = [CATEGORY_WEIGHTS[i % len(CATEGORY_WEIGHTS)] for i in range(len(self.categories))]
        chosen = tuple(dict.fromkeys(self.rng.choices(self.categories, weights, k=count)))
        return CallDraft(stress=stress, categories=chosen,
                         escalated=stress >= 8 and self.rng.random() < 0.3,
                         ended_for_abuse=stress >= 9 and self.rng.random() < 0.1)

    def moment(self, day: date) -> datetime:
        start_hour = 8 if day.toordinal() % 3 else 10  # early and late shifts
        minute = self.rng.randrange(8 * 60)
        naive = datetime.combine(day, time(start_hour)) + timedelta(minutes=minute)
        return naive.replace(tzinfo=self.zone)

    def exercise(self, call: DemoCall) -> DemoExercise | None:
        if call.draft.stress < 5 or self.rng.random() > EXERCISE_SHARE:
            return None
        exercise_id, effect = self.rng.choice(DEMO_EXERCISES)
        after = _clamp(call.draft.stress - self.rng.gauss(effect, 1.0))
        return DemoExercise(call.at + timedelta(minutes=1), exercise_id, call.draft.stress, after)


def demo_history(
    *, end: date, days: int, per_day: float, seed: int, zone: tzinfo, categories: Sequence[str]
) -> Iterator[DemoCall | DemoExercise]:
    """Calls (and exercises after some of them) over ``days`` local days ending at ``end``.

    Deterministic for a given seed. ``per_day`` is the mean number of tough calls on a
    working day; ``zone`` should be a real time zone so DST days appear.
    """
    gen = _Generator(seed, zone, categories, end)
    for offset in range(days - 1, -1, -1):
        day = end - timedelta(days=offset)
        if not gen.works(day):
            continue
        count = max(0, round(gen.rng.gauss(per_day, max(1.0, per_day / 3))))
        for at in sorted(gen.moment(day) for _ in range(count)):
            call = DemoCall(at, gen.draft(gen.stress(day, at.hour)))
            yield call
            session = gen.exercise(call)
            if session is not None:
                yield session
