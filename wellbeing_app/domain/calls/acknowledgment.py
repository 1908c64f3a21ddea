"""What the agent reads right after logging: a kind word and one fitting tip."""

from __future__ import annotations

from dataclasses import dataclass

from wellbeing_app.domain.calls.catalog import Catalog
from wellbeing_app.domain.calls.logged_call import HIGH_STRESS, CallDraft

SERIOUS_CATEGORY = "abusive"


@dataclass(frozen=True)
class Acknowledgment:
    """The text of the post-save message; ``serious`` asks for the supervisor line."""

    headline: str
    tip: str
    serious: bool
    supervisor_suggestion: str
    support_line: str
    #: The rating, so a UI can word the plain headline ("Logged · stress 6/10") in its language.
    stress: int = 0


def is_serious(draft: CallDraft) -> bool:
    """Abuse or a 9–10 rating deserve more than a tip (CONTENT.md §5)."""
    return (
        draft.stress >= HIGH_STRESS
        or draft.ended_for_abuse
        or SERIOUS_CATEGORY in draft.categories
    )


def pick_tip(draft: CallDraft, catalog: Catalog, seed: int) -> str:
    """Choose a tip for the first category that has some, rotating by ``seed``."""
    keys = [*draft.categories]
    if draft.ended_for_abuse:
        keys.insert(0, "ended_for_abuse")
    if draft.escalated:
        keys.append("escalated")
    for key in [*keys, "general"]:
        texts = catalog.tips.get(key)
        if texts:
            return texts[seed % len(texts)]
    return ""


def _supervisor_line(draft: CallDraft, catalog: Catalog) -> str:
    """The abuse wording only when the call was abusive; a plain 9–10 gets its own line."""
    abusive = draft.ended_for_abuse or SERIOUS_CATEGORY in draft.categories
    if abusive or not catalog.supervisor_suggestion_high:
        return catalog.supervisor_suggestion
    return catalog.supervisor_suggestion_high


def compose_acknowledgment(
    draft: CallDraft, catalog: Catalog, *, seed: int, support_line: str = ""
) -> Acknowledgment:
    """Build the message; the support line only shows after a serious call."""
    serious = is_serious(draft)
    headline = catalog.serious_message if serious else f"Logged · stress {draft.stress}/10"
    return Acknowledgment(
        headline=headline or f"Logged · stress {draft.stress}/10",
        tip=pick_tip(draft, catalog, seed),
        serious=serious,
        supervisor_suggestion=_supervisor_line(draft, catalog) if serious else "",
        support_line=support_line.strip() if serious else "",
        stress=draft.stress,
    )
