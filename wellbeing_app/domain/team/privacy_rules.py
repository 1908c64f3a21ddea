"""The team-view privacy rules: thresholds, suppression, display and Laplace noise."""

from __future__ import annotations

import math
import random
from collections.abc import Collection
from dataclasses import dataclass

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.team.team_settings import MIN_GROUP_DEFAULT, MIN_GROUP_FLOOR

#: A category count is hidden when fewer agents than this reported it (our choice).
MIN_CELL_AGENTS = 3
#: Half-width of the central 95 % interval of a Laplace variable, in units of its scale.
LAPLACE_95 = math.log(20)

# The sentences the aggregator publishes, kept in English in the signed files; the team view
# recognises them (``{placeholders}`` hold numbers) and shows them in the reader's language.
FEWER_THAN = _t("TeamReport", "fewer than {min_group} agents contributed")
WOULD_REVEAL = _t("TeamReport", "subtracting the named summaries would reveal {remainder} "
                  "anonymous agents (fewer than {min_group})")
FEW_REPORTERS = _t("TeamReport", "reported by fewer than {min_cell} agents")
WORKED_OUT = _t("TeamReport", "hidden so that another hidden figure cannot be worked out")
NO_CALLS = _t("TeamReport", "no calls")
NO_DETECTED_CALLS = _t("TeamReport", "no detected calls")
NO_DATA = _t("TeamReport", "no data")
SPREAD = _t("TeamReport", "± {spread} (95 %)")
SPREAD_POINTS = _t("TeamReport", "± {spread} points (95 %)")
#: Every published sentence above, for the reader's side.
PUBLISHED_SENTENCES = (FEWER_THAN, WOULD_REVEAL, FEW_REPORTERS, WORKED_OUT, NO_CALLS,
                       NO_DETECTED_CALLS, NO_DATA, SPREAD, SPREAD_POINTS)


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
        return FEWER_THAN.format(min_group=min_group)
    remainder = len(set(contributors) - set(named))
    if 0 < remainder < min_group:
        return WOULD_REVEAL.format(remainder=remainder, min_group=min_group)
    return None


def share_parts(share: float) -> tuple[str, int]:
    """How a share is shown: ``("<", 5)``, ``(">", 95)`` or ``("", percent)``."""
    if share < 0.05:
        return "<", 5
    if share > 0.95:
        return ">", 95
    return "", round(share * 100)


def format_share(share: float) -> str:
    """A percentage that is never a bare 0 % or 100 %."""
    bound, percent = share_parts(share)
    return f"{bound} {percent} %" if bound else f"{percent} %"


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
                      uncertainty=SPREAD.format(spread=f"{scale * LAPLACE_95:,.0f}"))

    def mean(self, key: str, true_value: float, scale_at_eps1: float, bounds: tuple[float, float],
             ) -> Figure:
        """A bounded mean; the noise scale is the mean's sensitivity over epsilon."""
        low, high = bounds
        if self.rng is None or self.epsilon is None:
            return Figure(key, true_value, f"{true_value:.1f}")
        scale = scale_at_eps1 / self.epsilon
        value = min(high, max(low, true_value + laplace(self.rng, scale)))
        return Figure(key, value, f"{value:.1f}", uncertainty=SPREAD.format(
            spread=f"{scale * LAPLACE_95:.1f}"))

    def share(self, key: str, part: int, whole: int) -> Figure:
        """A share of calls from a noisy part over the true whole."""
        if whole <= 0:
            return hidden(key, NO_CALLS)
        if self.rng is None or self.epsilon is None:
            return Figure(key, part / whole, format_share(part / whole))
        scale = 1.0 / self.epsilon
        noisy = min(float(whole), max(0.0, part + laplace(self.rng, scale)))
        spread = min(100.0, 100 * scale * LAPLACE_95 / whole)
        return Figure(key, noisy / whole, format_share(noisy / whole),
                      uncertainty=SPREAD_POINTS.format(spread=f"{spread:.0f}"))


#: Exact figures: for tests and for reading what was already published.
NO_NOISE = Noise(None, None)
