"""Robust trend statistics: the Theil–Sen slope and the Mann–Kendall test, stdlib only."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median


@dataclass(frozen=True)
class MannKendall:
    """The Mann–Kendall statistic ``s``, its normal score ``z`` and two-sided ``p_value``."""

    s: int
    z: float
    p_value: float


def theil_sen_slope(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Median of all pairwise slopes; ``None`` with fewer than two distinct x values.

    Robust to outliers: a single awful day cannot make a trend on its own.
    """
    if len(xs) != len(ys):
        raise ValueError("xs and ys must have the same length")
    slopes = [
        (ys[j] - ys[i]) / (xs[j] - xs[i])
        for i in range(len(xs))
        for j in range(i + 1, len(xs))
        if xs[j] != xs[i]
    ]
    return median(slopes) if slopes else None


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


def mann_kendall(values: Sequence[float]) -> MannKendall:
    """Test ``values`` (in time order) for a monotonic trend, with the tie correction.

    Uses the normal approximation with continuity correction, fine from about 10 values.
    """
    n = len(values)
    s = sum(
        _sign(values[j] - values[i]) for i in range(n) for j in range(i + 1, n)
    )
    ties = Counter(values).values()
    variance = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties)) / 18
    if variance <= 0:
        return MannKendall(s, 0.0, 1.0)
    z = (s - _sign(s)) / math.sqrt(variance)
    return MannKendall(s, z, math.erfc(abs(z) / math.sqrt(2)))
