"""A sealed summary file: a signed summary inside libsodium's sealed box, for the aggregator."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.public_keys import AggregatorPublicKey
from wellbeing_app.domain.team.summary_validation import REASON_MALFORMED, SummaryError
from wellbeing_app.team.aggregator_key import seal_to
from wellbeing_app.team.signed_envelope import parse_json

SEALED_FORMAT = "between-calls-sealed"
SEALED_VERSION = 1
SEALED_KEYS = frozenset({"format", "version", "week", "recipient", "sealed"})


@dataclass(frozen=True)
class SealedFile:
    """What anyone can read of a sealed file: its week and the key it is sealed to."""

    week: IsoWeek
    recipient: bytes
    ciphertext: bytes


def sealed_text(week: IsoWeek, aggregator: AggregatorPublicKey, inner: str) -> str:
    """The file text: the week in clear (to route it), the signed summary sealed."""
    ciphertext = seal_to(aggregator, inner.encode("utf-8"))
    envelope = {"format": SEALED_FORMAT, "version": SEALED_VERSION, "week": str(week),
                "recipient": base64.b64encode(aggregator.sealing).decode("ascii"),
                "sealed": base64.b64encode(ciphertext).decode("ascii")}
    return json.dumps(envelope, sort_keys=True, indent=2) + "\n"


def _b64(value: object, name: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        raise SummaryError(REASON_MALFORMED, f"{name} is not base64") from None


def parse_sealed(raw: bytes) -> SealedFile:
    """The outer layer of a sealed file, strictly; the contents stay sealed."""
    data = parse_json(raw)
    if not isinstance(data, dict) or set(data) != SEALED_KEYS:
        raise SummaryError(REASON_MALFORMED, "not a sealed Between Calls file")
    if data["format"] != SEALED_FORMAT or data["version"] != SEALED_VERSION:
        raise SummaryError(REASON_MALFORMED, "unknown sealed format")
    try:
        week = IsoWeek.parse(data["week"])
    except ValidationError:
        raise SummaryError(REASON_MALFORMED, "week is not an ISO week") from None
    recipient = _b64(data["recipient"], "recipient")
    ciphertext = _b64(data["sealed"], "sealed")
    if len(recipient) != 32 or not ciphertext:
        raise SummaryError(REASON_MALFORMED, "recipient or sealed contents missing")
    return SealedFile(week, recipient, ciphertext)
