"""IT's enrollment (admin) key: an Ed25519 key that signs the roster of enrolled agents."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from wellbeing_app.domain.team.public_keys import AdminPublicKey, b64_bytes
from wellbeing_app.team.key_files import KeyFileError, create_private, read_private

ADMIN_KEY_FORMAT = "between-calls-admin-key"


def raw_public(private: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of an Ed25519 public key."""
    return private.public_key().public_bytes(serialization.Encoding.Raw,
                                             serialization.PublicFormat.Raw)


def raw_private(private: Ed25519PrivateKey) -> bytes:
    """The 32 raw seed bytes of an Ed25519 private key."""
    return private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                 serialization.NoEncryption())


def decode_field(data: object, field: str, path: Path) -> bytes:
    """One base64 32-byte field of a key file, or ``KeyFileError``."""
    raw = b64_bytes(data.get(field) if isinstance(data, dict) else None)
    if raw is None:
        raise KeyFileError(f"{path} is not a Between Calls key file ({field} missing).")
    return raw


def load_key_json(path: Path, key_format: str) -> dict[str, object]:
    """The JSON object of a key file of ``key_format``."""
    try:
        data = json.loads(read_private(path).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KeyFileError(f"{path} is not a Between Calls key file.") from None
    if not isinstance(data, dict) or data.get("format") != key_format:
        raise KeyFileError(f"{path} is not a {key_format} file.")
    return data


class AdminKey:
    """Signs rosters; its public half goes into the policy as ``team_admin_public_key``."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public = AdminPublicKey(raw_public(private))

    @classmethod
    def generate(cls) -> AdminKey:
        """A new random key."""
        return cls(Ed25519PrivateKey.generate())

    def save(self, path: Path) -> None:
        """Write the private key owner-only; refuses to overwrite."""
        text = json.dumps({"format": ADMIN_KEY_FORMAT, "version": 1,
                           "ed25519_private": base64.b64encode(raw_private(self._private))
                           .decode("ascii")}, indent=2)
        create_private(path, text + "\n")

    @classmethod
    def load(cls, path: Path) -> AdminKey:
        """Read a key written by ``save``."""
        data = load_key_json(path, ADMIN_KEY_FORMAT)
        seed = decode_field(data, "ed25519_private", path)
        return cls(Ed25519PrivateKey.from_private_bytes(seed))

    def sign(self, message: bytes) -> bytes:
        """An Ed25519 signature."""
        return self._private.sign(message)
