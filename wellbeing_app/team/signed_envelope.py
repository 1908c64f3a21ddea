"""Canonical JSON and the signed envelope every team-folder file is wrapped in."""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Callable, Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from wellbeing_app.domain.team.public_keys import b64_bytes
from wellbeing_app.domain.team.summary_validation import (
    REASON_MALFORMED,
    REASON_SIGNATURE,
    SummaryError,
)
from wellbeing_app.team.agent_key import AgentKey, agent_id_for

ENVELOPE_FORMAT = "between-calls-signed"
ENVELOPE_VERSION = 1
#: Domain separation: a signature over anything else can never pass as a summary signature.
SIGNING_CONTEXT = b"between-calls-signed/1\n"
ENVELOPE_KEYS = frozenset({"format", "version", "payload", "public_key", "signature"})


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, ASCII only, NaN refused: one byte string per value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                      allow_nan=False).encode("ascii")


def signed_text(payload: Mapping[str, Any], key: AgentKey) -> str:
    """The file text: the payload, the agent's public key and its signature."""
    return sign_with(payload, key.public_bytes, key.sign)


def sign_with(payload: Mapping[str, Any], public_key: bytes,
              sign: Callable[[bytes], bytes]) -> str:
    """The envelope for any Ed25519 key (agent, admin or aggregator)."""
    signature = sign(SIGNING_CONTEXT + canonical_json(payload))
    envelope = {
        "format": ENVELOPE_FORMAT,
        "version": ENVELOPE_VERSION,
        "payload": dict(payload),
        "public_key": base64.b64encode(public_key).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return json.dumps(envelope, sort_keys=True, indent=2, ensure_ascii=False,
                      allow_nan=False) + "\n"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large")
    return value


def parse_json(raw: bytes) -> Any:
    """Strict JSON: UTF-8, no NaN/Infinity (also as 1e999), no runaway nesting."""
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant,
                          parse_float=_finite_float)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise SummaryError(REASON_MALFORMED, f"not valid JSON ({type(error).__name__})") from None


def _b64(value: Any, size: int, name: str) -> bytes:
    decoded = b64_bytes(value, size)
    if decoded is None:
        raise SummaryError(REASON_MALFORMED, f"{name} must be {size} bytes in base64")
    return decoded


def open_envelope(raw: bytes, keys: dict[bytes, Ed25519PublicKey] | None = None,
                  verified: bool = False) -> Any:
    """Check the envelope and its signature; return the payload (still to be validated).

    The payload's ``agent_id`` must belong to the signing key. ``verified`` skips only the
    Ed25519 check, for bytes whose signature already passed.
    """
    payload, public = open_signed(raw, keys, verified)
    if not isinstance(payload, dict) or payload.get("agent_id") != agent_id_for(public):
        raise SummaryError(REASON_SIGNATURE, "the agent id does not belong to the signing key")
    return payload


def open_signed(raw: bytes, keys: dict[bytes, Ed25519PublicKey] | None = None,
                verified: bool = False) -> tuple[Any, bytes]:
    """The payload and the public key that signed it; the caller decides if that key counts."""
    envelope = parse_json(raw)
    if not isinstance(envelope, dict) or set(envelope) != ENVELOPE_KEYS:
        raise SummaryError(REASON_MALFORMED, "not a signed Between Calls file")
    if envelope["format"] != ENVELOPE_FORMAT or envelope["version"] != ENVELOPE_VERSION:
        raise SummaryError(REASON_MALFORMED, "unknown envelope format")
    public = _b64(envelope["public_key"], 32, "public_key")
    signature = _b64(envelope["signature"], 64, "signature")
    payload = envelope["payload"]
    if not isinstance(payload, dict):
        raise SummaryError(REASON_MALFORMED, "the payload is not an object")
    if verified:
        return payload, public
    cache = keys if keys is not None else {}
    verifier = cache.get(public)
    if verifier is None:
        verifier = cache.setdefault(public, Ed25519PublicKey.from_public_bytes(public))
    try:
        verifier.verify(signature, SIGNING_CONTEXT + canonical_json(payload))
    except (InvalidSignature, ValueError):
        raise SummaryError(REASON_SIGNATURE, "the signature does not match the contents") from None
    return payload, public
