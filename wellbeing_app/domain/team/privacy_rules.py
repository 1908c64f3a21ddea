"""The team-view privacy rules: thresholds, suppression, display and Laplace noise."""

from __future__ import annotations

import math
import random
from collections.abc import Collection
from dataclasses import dataclass

from wellbeing_app.domain.team.team_settings import MIN_GROUP_DEFAULT, MIN_GROUP_FLOOR

#: A category count is hidden when fewer agents than this reported it (our choice).
MIN_CELL_AGENTS = 3
#: Half-width of the central 95 % interval of a Laplace variable, in units of its scale.
LAPLACE_95 = math.log(20)


@dataclass(frozen=True)
class PrivacyPolicy:
    """The minimum group (never below 5); noise is the aggregator's ``Noise``, drawn once."""

    min_group: int = MIN_GROUP_DEFAULT

    def __post_init__(self) -> None:
        if self.min_group < MIN_GROUP_FLOOR:
            raise ValueError(f"the minimum group can never be below {MIN_GROUP_FLOOR}")


@dataclass(frozen=True)
class Figure:
    """One cell of the team view: a value and its text, or why it is hidden."""

    key: str
    value: float | None
    text: str
    suppressed: str | None = None
    uncertainty: str | None = None

    @property
    def shown(self) -> bool:
        """``True`` when the figure may be displayed."""
        return self.suppressed is None


def hidden(key: str, reason: str) -> Figure:
    """A suppressed figure."""
    return Figure(key=key, value=None, text="—", suppressed=reason)


def group_rule(contributors: Collection[str], named: Collection[str], min_group: int) -> str | None:
    """Why a figure over ``contributors`` must be hidden, or ``None`` when it may be shown.

    Primary: fewer than ``min_group`` distinct agents. Secondary: named summaries are shown one
    by one, so subtracting them must not leave a group of anonymous agents below the minimum.
    """
    if len(contributors) < min_group:
        return f"fewer than {min_group} agents contributed"
    remainder = len(set(contributors) - set(named))
    if 0 < remainder < min_group:
        return (f"subtracting the named summaries would reveal {remainder} "
                f"anonymous agents (fewer than {min_group})")
    return None


def format_share(share: float) -> str:
    """A percentage that is never a bare 0 % or 100 %."""
    if share < 0.05:
        return "< 5 %"
    if share > 0.95:
        return "> 95 %"
    return f"{round(share * 100)} %"


def laplace(rng: random.Random, scale: float) -> float:
    """One draw from Laplace(0, scale) by inverting its CDF."""
    u = rng.random() - 0.5
    while u == -0.5:  # log(0) guard; probability 2**-53
        u = rng.random() - 0.5
    return -scale * math.copysign(1.0, u) * math.log(1.0 - 2.0 * abs(u))


@dataclass(frozen=True)
class Noise:
    """Laplace noise from ``rng`` with ``epsilon``, or no noise at all (both ``None``).

    The aggregator draws it once per week from the OS random generator and keeps what it
    published, so no second draw can average it away.
    """

    rng: random.Random | None
    epsilon: float | None

    def __post_init__(self) -> None:
        if self.epsilon is not None and not (math.isfinite(self.epsilon) and self.epsilon > 0):
            raise ValueError("epsilon must be a positive number")

    def count(self, key: str, true_value: int, sensitivity: float = 1.0) -> Figure:
        """A count, noisy when epsilon is set (count sensitivity 1, scale = 1/epsilon)."""
        if self.rng is None or self.epsilon is None:
            return Figure(key, float(true_value), f"{true_value:,}")
        scale = sensitivity / self.epsilon
        value = max(0, round(true_value + laplace(self.rng, scale)))
        return Figure(key, float(value), f"{value:,}",
                      uncertainty=f"± {scale * LAPLACE_95:,.0f} (95 %)")

    def mean(self, key: str, true_value: float, scale_at_eps1: float, bounds: tuple[float, float],
             ) -> Figure:
        """A bounded mean; the noise scale is the mean's sensitivity over epsilon."""
        low, high = bounds
        if self.rng is None or self.epsilon is None:
            return Figure(key, true_value, f"{true_value:.1f}")
        scale = scale_at_eps1 / self.epsilon
        value = min(high, max(low, true_value + laplace(self.rng, scale)))
        return Figure(key, value, f"{value:.1f}", uncertainty=f"± {scale * LAPLACE_95:.1f} (95 %)")

    def share(self, key: str, part: int, whole: int) -> Figure:
        """A share of calls from a noisy part over the true whole."""
        if whole <= 0:
            return hidden(key, "no calls")
        if self.rng is None or self.epsilon is None:
            return Figure(key, part / whole, format_share(part / whole))
        scale = 1.0 / self.epsilon
        noisy = min(float(whole), max(0.0, part + laplace(self.rng, scale)))
        spread = min(100.0, 100 * scale * LAPLACE_95 / whole)
        return Figure(key, noisy / whole, format_share(noisy / whole),
                      uncertainty=f"± {spread:.0f} points (95 %)")


#: Exact figures: for tests and for reading what was already published.
NO_NOISE = Noise(None, None)
