"""Per-week pseudonyms: a keyed hash of the agent's local secret and the ISO week."""

from __future__ import annotations

import hashlib
import hmac

from wellbeing_app.domain.iso_week import IsoWeek

SECRET_BYTES = 32
_PSEUDONYM_LABEL = b"between-calls/pseudonym/1|"
_FILE_TOKEN_LABEL = b"between-calls/sealed-file/1|"


def _keyed(secret: bytes, label: bytes, week: IsoWeek) -> str:
    if len(secret) != SECRET_BYTES:
        raise ValueError(f"the pseudonym secret must be {SECRET_BYTES} bytes")
    return hmac.new(secret, label + str(week).encode("ascii"), hashlib.sha256).hexdigest()[:32]


def week_pseudonym(secret: bytes, week: IsoWeek) -> str:
    """HMAC-SHA256(secret, week), 32 hex digits: stable within a week, unlinkable across weeks."""
    return _keyed(secret, _PSEUDONYM_LABEL, week)


def sealed_file_token(secret: bytes, week: IsoWeek) -> str:
    """The token in a sealed file's name; another label, so it never equals the pseudonym."""
    return _keyed(secret, _FILE_TOKEN_LABEL, week)
