"""Synthetic detected calls for demos, screenshots and benchmarks: busy weekday shifts."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, tzinfo

SHIFT_START = time(9, 0)
SHIFT_LENGTH = timedelta(hours=8, minutes=30)


def _gap(rng: random.Random) -> timedelta:
    """Mostly back to back, sometimes a minute or two, now and then a real break (our choice)."""
    roll = rng.random()
    if roll < 0.65:
        return timedelta(seconds=rng.uniform(3, 30))
    if roll < 0.93:
        return timedelta(seconds=rng.uniform(30, 170))
    return timedelta(minutes=rng.uniform(3, 15))


def demo_spans(end: date, days: int, per_day: int, seed: int, zone: tzinfo,
               weekends: bool = False) -> Iterator[tuple[datetime, datetime]]:
    """``per_day`` calls on each working day (every day with ``weekends``) up to ``end``.

    Call lengths (1.5–7 minutes) and gaps are drawn so a day fits the shift; a rare span under
    20 s stands for a microphone test.
    """
    rng = random.Random(seed)
    for offset in range(days - 1, -1, -1):
        day = end - timedelta(days=offset)
        if day.weekday() >= 5 and not weekends:
            continue
        moment = datetime.combine(day, SHIFT_START, zone)
        finish = moment + SHIFT_LENGTH
        scale = min(1.0, SHIFT_LENGTH / (per_day * timedelta(minutes=6)))
        for _ in range(per_day):
            length = timedelta(seconds=rng.uniform(8, 20) if rng.random() < 0.02
                               else rng.uniform(90, 420) * scale)
            if moment + length > finish:
                break
            yield moment, moment + length
            moment += length + _gap(rng) * scale
