"""The one-line public keys IT puts in the policy: the aggregator's and the admin's."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from wellbeing_app.domain.errors import ValidationError

AGGREGATOR_PREFIX = "bc-aggregator-1"
ADMIN_PREFIX = "bc-admin-1"
KEY_BYTES = 32


def b64_bytes(value: object, size: int = KEY_BYTES) -> bytes | None:
    """Standard base64 text of exactly ``size`` bytes, decoded; ``None`` for anything else."""
    if not isinstance(value, str):
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == size else None


def decode_key(text: str, key: str, what: str) -> bytes:
    """Standard base64 of exactly 32 bytes, or a ``ValidationError`` naming ``what``."""
    raw = b64_bytes(text)
    if raw is None:
        raise ValidationError(key, f"{what} is not a 32-byte key in base64.")
    return raw


def _key_parts(line: str, prefix: str, count: int, key: str, command: str) -> list[str]:
    """The ``count`` base64 parts after ``prefix:`` of a policy line, or a ``ValidationError``."""
    parts = line.strip().split(":")
    if len(parts) != count + 1 or parts[0] != prefix:
        shape = ":".join((prefix, *["<key>"] * count))
        raise ValidationError(key, f"{key} must look like {shape} "
                                   f"(as printed by 'wellbeing team {command}').")
    return parts[1:]


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
        sealing, signing = _key_parts(line, AGGREGATOR_PREFIX, 2, key, "aggregator-key")
        return cls(decode_key(sealing, key, f"{key} (sealing part)"),
                   decode_key(signing, key, f"{key} (signing part)"))

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
        (signing,) = _key_parts(line, ADMIN_PREFIX, 1, key, "admin-key")
        return cls(decode_key(signing, key, key))

    def line(self) -> str:
        """The form printed for the policy."""
        return f"{ADMIN_PREFIX}:{encode_key(self.signing)}"
