"""The agent's Ed25519 signing key: made on opt-in, kept in the data dir with 0600 perms."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.team.key_files import KeyFileError, read_private
from wellbeing_app.team.key_location import KEY_FILENAME

__all__ = ["KEY_FILENAME", "AgentKey", "CorruptKeyError", "agent_id_for"]

MAX_KEY_BYTES = 16 * 1024


class CorruptKeyError(ValidationError):
    """The stored signing key cannot be read: sharing stops, revoking still works."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("key", f"Your signing key {path} cannot be used ({reason}); "
                                "run 'wellbeing summary revoke' to stop sharing and start afresh.")
        self.path = path


def agent_id_for(public_key: bytes) -> str:
    """The pseudonymous agent id: the first 16 bytes of SHA-256 of the public key, in hex."""
    return hashlib.sha256(public_key).hexdigest()[:32]


class AgentKey:
    """A private key and the pseudonymous id derived from its public half."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private = private_key
        self.public_bytes = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.agent_id = agent_id_for(self.public_bytes)

    @classmethod
    def ephemeral(cls) -> AgentKey:
        """A throwaway key for previews before the agent opted in."""
        return cls(Ed25519PrivateKey.generate())

    @staticmethod
    def path_in(data_dir: Path) -> Path:
        """Where the key lives."""
        return data_dir / KEY_FILENAME

    @classmethod
    def load(cls, data_dir: Path) -> AgentKey | None:
        """The stored key, or ``None`` when the agent has not opted in (or revoked)."""
        path = cls.path_in(data_dir)
        if not path.exists():
            return None
        try:  # read_private narrows widened permissions back to 0600 first
            key = serialization.load_pem_private_key(read_private(path, MAX_KEY_BYTES),
                                                     password=None)
        except (KeyFileError, ValueError, TypeError, UnsupportedAlgorithm):
            raise CorruptKeyError(path, "not a readable Ed25519 key") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise CorruptKeyError(path, "not an Ed25519 key")
        return cls(key)

    @classmethod
    def load_or_create(cls, data_dir: Path) -> AgentKey:
        """Load the key, making it (readable by the agent only) on first opt-in."""
        existing = cls.load(data_dir)
        if existing is not None:
            return existing
        private = Ed25519PrivateKey.generate()
        pem = private.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
        descriptor = os.open(cls.path_in(data_dir), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        return cls(private)

    @classmethod
    def forget(cls, data_dir: Path) -> bool:
        """Delete the key after a revoke: a later opt-in gets a new pseudonymous id."""
        path = cls.path_in(data_dir)
        existed = path.exists()
        path.unlink(missing_ok=True)
        return existed

    def sign(self, message: bytes) -> bytes:
        """An Ed25519 signature of ``message``."""
        return self._private.sign(message)
