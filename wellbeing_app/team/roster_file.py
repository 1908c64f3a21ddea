"""``roster.json`` in the team folder: the enrolled agents' keys, signed with the admin key."""

from __future__ import annotations

from pathlib import Path

from wellbeing_app.domain.team.public_keys import AdminPublicKey
from wellbeing_app.domain.team.roster import Roster, parse_roster, roster_payload
from wellbeing_app.domain.team.summary_validation import REASON_SIGNATURE, SummaryError
from wellbeing_app.team.admin_key import AdminKey
from wellbeing_app.team.capped_read import read_capped
from wellbeing_app.team.signed_envelope import open_signed, sign_with
from wellbeing_app.team.summary_writer import ROSTER_NAME, SummaryWriter

MAX_ROSTER_BYTES = 2 * 1024 * 1024


def read_roster(folder: Path, admin: AdminPublicKey) -> Roster:
    """The roster in ``folder`` if the admin key signed it; an empty one if there is none.

    Raises:
        SummaryError: the roster exists but is damaged or signed by another key.
    """
    path = folder / ROSTER_NAME
    if not path.exists() and not path.is_symlink():
        return Roster.empty()
    payload, signer = open_signed(read_capped(str(path), MAX_ROSTER_BYTES))
    if signer != admin.signing:
        raise SummaryError(REASON_SIGNATURE, "the roster is not signed with the admin key "
                                             "in the policy")
    return parse_roster(payload)


def write_roster(folder: Path, roster: Roster, key: AdminKey) -> Path:
    """Sign and write the roster atomically."""
    text = sign_with(roster_payload(roster), key.public.signing, key.sign)
    return SummaryWriter(folder).write(ROSTER_NAME, text)
