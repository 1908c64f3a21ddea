"""The one-line public keys IT puts in the policy: the aggregator's and the admin's."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from wellbeing_app.domain.errors import ValidationError

AGGREGATOR_PREFIX = "bc-aggregator-1"
ADMIN_PREFIX = "bc-admin-1"
KEY_BYTES = 32


def decode_key(text: str, key: str, what: str) -> bytes:
    """Standard base64 of exactly 32 bytes, or a ``ValidationError`` naming ``what``."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != KEY_BYTES:
        raise ValidationError(key, f"{what} is not a 32-byte key in base64.")
    return raw


def encode_key(raw: bytes) -> str:
    """Standard base64 of a 32-byte key."""
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True)
class AggregatorPublicKey:
    """The aggregator's X25519 key (files are sealed to it) and Ed25519 key (its reports)."""

    sealing: bytes
    signing: bytes

    @classmethod
    def parse(cls, line: str, key: str = "team_aggregator_public_key") -> AggregatorPublicKey:
        """Read ``bc-aggregator-1:<x25519 base64>:<ed25519 base64>``."""
        parts = line.strip().split(":")
        if len(parts) != 3 or parts[0] != AGGREGATOR_PREFIX:
            raise ValidationError(key, f"{key} must look like {AGGREGATOR_PREFIX}:<key>:<key> "
                                       "(as printed by 'wellbeing team aggregator-key').")
        return cls(decode_key(parts[1], key, f"{key} (sealing part)"),
                   decode_key(parts[2], key, f"{key} (signing part)"))

    def line(self) -> str:
        """The form printed for the policy."""
        return f"{AGGREGATOR_PREFIX}:{encode_key(self.sealing)}:{encode_key(self.signing)}"


@dataclass(frozen=True)
class AdminPublicKey:
    """The Ed25519 key that signs the roster of enrolled agents."""

    signing: bytes

    @classmethod
    def parse(cls, line: str, key: str = "team_admin_public_key") -> AdminPublicKey:
        """Read ``bc-admin-1:<ed25519 base64>``."""
        parts = line.strip().split(":")
        if len(parts) != 2 or parts[0] != ADMIN_PREFIX:
            raise ValidationError(key, f"{key} must look like {ADMIN_PREFIX}:<key> "
                                       "(as printed by 'wellbeing team admin-key').")
        return cls(decode_key(parts[1], key, key))

    def line(self) -> str:
        """The form printed for the policy."""
        return f"{ADMIN_PREFIX}:{encode_key(self.signing)}"
