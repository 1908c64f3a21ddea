"""The files one share writes: a sealed anonymous summary and/or a signed named one."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.pseudonym import sealed_file_token, week_pseudonym
from wellbeing_app.domain.team.public_keys import AggregatorPublicKey
from wellbeing_app.domain.team.weekly_summary import WeeklySummary, summary_payload
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.sealed_file import sealed_text
from wellbeing_app.team.signed_envelope import signed_text
from wellbeing_app.team.summary_writer import sealed_file_name, summary_file_name

KIND_SEALED = "sealed"
KIND_NAMED = "summary"


@dataclass(frozen=True)
class ShareFile:
    """One file exactly as written, and what is inside it in readable form.

    For a sealed file ``inside`` is the signed summary only the aggregator can decrypt;
    for a named file it is the file itself.
    """

    kind: str
    name: str
    text: str
    inside: str

    @property
    def sha256(self) -> str:
        """Hash of the file text as written (UTF-8)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def sealed_file(figures: WeeklySummary, week: IsoWeek, key: AgentKey, secret: bytes,
                aggregator: AggregatorPublicKey) -> ShareFile:
    """The anonymous part: a per-week pseudonym inside, no id outside, sealed to the aggregator."""
    inner = replace(figures, agent_id=week_pseudonym(secret, week), anonymous=True,
                    named=False, display_name=None)
    inside = signed_text(summary_payload(inner), key)
    name = sealed_file_name(week, sealed_file_token(secret, week))
    return ShareFile(KIND_SEALED, name, sealed_text(week, aggregator, inside), inside)


def named_file(figures: WeeklySummary, week: IsoWeek, key: AgentKey,
               display_name: str) -> ShareFile:
    """The named part: readable by the lead, signed, under the name the agent typed."""
    named = replace(figures, agent_id=key.agent_id, anonymous=False, named=True,
                    display_name=display_name)
    text = signed_text(summary_payload(named), key)
    return ShareFile(KIND_NAMED, summary_file_name(key.agent_id, week), text, text)
