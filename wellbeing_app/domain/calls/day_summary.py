"""Today at a glance: the numbers behind the tray tooltip."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wellbeing_app import APP_NAME


@dataclass(frozen=True)
class DaySummary:
    """How many tough calls and their mean stress, for one local day."""

    count: int
    mean_stress: float | None


def summarize(stresses: Iterable[int]) -> DaySummary:
    """Mean of the ratings; ``None`` when nothing was logged."""
    values = list(stresses)
    if not values:
        return DaySummary(0, None)
    return DaySummary(len(values), sum(values) / len(values))


def tooltip_text(summary: DaySummary) -> str:
    """``3 tough calls today · avg 6`` — the tray tooltip."""
    if summary.count == 0 or summary.mean_stress is None:
        return f"{APP_NAME} · no tough calls logged today"
    noun = "tough call" if summary.count == 1 else "tough calls"
    return f"{summary.count} {noun} today · avg {summary.mean_stress:.0f}"
