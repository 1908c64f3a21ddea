"""The verdict of call detection: on a call or free, and which provider said so."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CallVerdict:
    """``available`` is False when a provider cannot look (tool missing, other OS)."""

    on_call: bool
    provider: str
    detail: str = ""
    available: bool = True


def combine(verdicts: list[CallVerdict]) -> CallVerdict:
    """The first provider that sees a call wins; otherwise 'free', naming who looked."""
    for verdict in verdicts:
        if verdict.on_call:
            return verdict
    looked = [v.provider for v in verdicts if v.available]
    if not looked:
        reasons = "; ".join(f"{v.provider}: {v.detail}" for v in verdicts)
        return CallVerdict(False, "none", (reasons + "; " if reasons else "")
                           + "use the On a call toggle", available=False)
    return CallVerdict(False, ", ".join(looked), "no call detected")
