"""The aggregator's keys: X25519 to open sealed summaries, Ed25519 to sign team reports."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from wellbeing_app.domain.team.public_keys import AggregatorPublicKey
from wellbeing_app.team.admin_key import decode_field, load_key_json, raw_private, raw_public
from wellbeing_app.team.key_files import create_private

AGGREGATOR_KEY_FORMAT = "between-calls-aggregator-key"


class SealedBoxError(ValueError):
    """The ciphertext was not sealed to this key, or was changed after sealing."""


def seal_to(public: AggregatorPublicKey, plaintext: bytes) -> bytes:
    """Libsodium's sealed box (crypto_box_seal): an anonymous sender, only the key holder opens."""
    return bytes(SealedBox(PublicKey(public.sealing)).encrypt(plaintext))


class AggregatorKey:
    """Held by IT (e.g. a service desk server); never by the team lead."""

    def __init__(self, sealing: PrivateKey, signing: Ed25519PrivateKey) -> None:
        self._sealing = sealing
        self._signing = signing
        self._box = SealedBox(sealing)
        self.public = AggregatorPublicKey(bytes(sealing.public_key), raw_public(signing))

    @classmethod
    def generate(cls) -> AggregatorKey:
        """A new random pair of keys."""
        return cls(PrivateKey.generate(), Ed25519PrivateKey.generate())

    def save(self, path: Path) -> None:
        """Write both private keys owner-only; refuses to overwrite."""
        def b64(raw: bytes) -> str:
            return base64.b64encode(raw).decode("ascii")

        text = json.dumps({"format": AGGREGATOR_KEY_FORMAT, "version": 1,
                           "x25519_private": b64(bytes(self._sealing)),
                           "ed25519_private": b64(raw_private(self._signing))}, indent=2)
        create_private(path, text + "\n")

    @classmethod
    def load(cls, path: Path) -> AggregatorKey:
        """Read a key written by ``save``."""
        data = load_key_json(path, AGGREGATOR_KEY_FORMAT)
        return cls(PrivateKey(decode_field(data, "x25519_private", path)),
                   Ed25519PrivateKey.from_private_bytes(
                       decode_field(data, "ed25519_private", path)))

    def open(self, ciphertext: bytes) -> bytes:
        """Decrypt a sealed box, or ``SealedBoxError`` when it is not ours or was changed."""
        try:
            return bytes(self._box.decrypt(ciphertext))
        except CryptoError:
            raise SealedBoxError("the sealed box does not open with this key") from None

    def sign(self, message: bytes) -> bytes:
        """An Ed25519 signature (for team reports)."""
        return self._signing.sign(message)
