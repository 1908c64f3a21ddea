"""The roster IT signs: which agents' signing keys count toward team figures."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from wellbeing_app.domain.team.public_keys import b64_bytes
from wellbeing_app.domain.team.summary_validation import (
    AGENT_ID,
    REASON_MALFORMED,
    SummaryError,
    check_schema,
    check_timestamp,
)

ROSTER_SCHEMA = "between-calls/roster"
ENROLL_SCHEMA = "between-calls/enroll-request"
SCHEMA_VERSION = 1
MAX_MEMBERS = 20_000
ROSTER_KEYS = frozenset({"schema", "schema_version", "serial", "created_utc", "members",
                         "revoked"})
ENROLL_KEYS = frozenset({"schema", "schema_version", "agent_id", "created_utc"})


@dataclass(frozen=True)
class Roster:
    """Enrolled and unenrolled Ed25519 public keys; ``serial`` only ever grows."""

    serial: int
    created_utc: str
    members: frozenset[bytes]
    revoked: frozenset[bytes]

    @classmethod
    def empty(cls) -> Roster:
        """No roster yet."""
        return cls(0, "", frozenset(), frozenset())

    def enroll(self, keys: Iterable[bytes], created_utc: str) -> Roster:
        """A new roster with ``keys`` added (and no longer listed as unenrolled)."""
        added = frozenset(keys)
        return Roster(self.serial + 1, created_utc, self.members | added, self.revoked - added)

    def unenroll(self, key: bytes, created_utc: str) -> Roster:
        """A new roster without ``key``; it stays listed so its files say "unenrolled"."""
        return Roster(self.serial + 1, created_utc, self.members - {key}, self.revoked | {key})


def _keys(raw: Any, name: str) -> frozenset[bytes]:
    if not isinstance(raw, list) or len(raw) > MAX_MEMBERS:
        raise SummaryError(REASON_MALFORMED, f"{name} must be a list of at most "
                                             f"{MAX_MEMBERS:,} keys")
    keys = set()
    for item in raw:
        key = b64_bytes(item)
        if key is None:
            raise SummaryError(REASON_MALFORMED, f"{name} holds something that is not a key")
        keys.add(key)
    return frozenset(keys)


def roster_payload(roster: Roster) -> dict[str, Any]:
    """The fields IT signs (keys sorted, so the same roster is the same bytes)."""
    def listed(keys: frozenset[bytes]) -> list[str]:
        return sorted(base64.b64encode(k).decode("ascii") for k in keys)

    return {"schema": ROSTER_SCHEMA, "schema_version": SCHEMA_VERSION, "serial": roster.serial,
            "created_utc": roster.created_utc, "members": listed(roster.members),
            "revoked": listed(roster.revoked)}


def _schema(data: Any, schema: str, keys: frozenset[str]) -> Mapping[str, Any]:
    checked = check_schema(data, schema, keys, version=SCHEMA_VERSION)
    check_timestamp(checked["created_utc"])
    return checked


def parse_roster(data: Any) -> Roster:
    """A roster payload (signature already checked), strictly."""
    data = _schema(data, ROSTER_SCHEMA, ROSTER_KEYS)
    serial = data["serial"]
    if isinstance(serial, bool) or not isinstance(serial, int) or not 0 < serial < 2**53:
        raise SummaryError(REASON_MALFORMED, "serial must be a positive whole number")
    return Roster(serial, data["created_utc"], _keys(data["members"], "members"),
                  _keys(data["revoked"], "revoked"))


def enroll_payload(agent_id: str, created_utc: str) -> dict[str, Any]:
    """What an agent signs to ask IT for enrollment (proof that it holds the key)."""
    return {"schema": ENROLL_SCHEMA, "schema_version": SCHEMA_VERSION, "agent_id": agent_id,
            "created_utc": created_utc}


def parse_enroll_request(data: Any) -> str:
    """The agent id of a valid enrollment request payload."""
    data = _schema(data, ENROLL_SCHEMA, ENROLL_KEYS)
    if not isinstance(data["agent_id"], str) or not AGENT_ID.match(data["agent_id"]):
        raise SummaryError(REASON_MALFORMED, "agent_id must be 32 lowercase hex digits")
    return str(data["agent_id"])
