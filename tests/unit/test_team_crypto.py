"""Sealing, the roster signature, per-week pseudonyms and the key files, one by one."""

from __future__ import annotations

import base64
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.team_factory import WEEK, Agent, It, enroll, summary_for
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.pseudonym import sealed_file_token, week_pseudonym
from wellbeing_app.domain.team.public_keys import AdminPublicKey, AggregatorPublicKey
from wellbeing_app.domain.team.roster import Roster
from wellbeing_app.domain.team.summary_validation import (
    REASON_MALFORMED,
    REASON_SIGNATURE,
    SummaryError,
)
from wellbeing_app.team.admin_key import AdminKey
from wellbeing_app.team.aggregator_key import AggregatorKey, SealedBoxError, seal_to
from wellbeing_app.team.key_files import KeyFileError
from wellbeing_app.team.roster_file import read_roster, write_roster
from wellbeing_app.team.sealed_file import parse_sealed
from wellbeing_app.team.share_files import sealed_file
from wellbeing_app.team.signed_envelope import open_signed


def test_a_sealed_box_opens_only_with_the_aggregator_key() -> None:
    key, other = AggregatorKey.generate(), AggregatorKey.generate()
    sealed = seal_to(key.public, b"weekly figures")
    assert key.open(sealed) == b"weekly figures"
    assert sealed != seal_to(key.public, b"weekly figures")  # a fresh ephemeral key each time
    with pytest.raises(SealedBoxError):
        other.open(sealed)
    changed = bytearray(sealed)
    changed[-1] ^= 1
    with pytest.raises(SealedBoxError):
        key.open(bytes(changed))


def test_a_sealed_summary_round_trips_and_shows_nothing_outside() -> None:
    it, agent = It(), Agent.new()
    figures = summary_for(agent.key)
    file = sealed_file(figures, WEEK, agent.key, agent.secret, it.aggregator.public)
    outer = json.loads(file.text)
    assert set(outer) == {"format", "version", "week", "recipient", "sealed"}
    assert agent.key.agent_id not in file.text and week_pseudonym(agent.secret, WEEK) not in \
        file.text and "tough_calls" not in file.text
    inner = it.aggregator.open(parse_sealed(file.text.encode()).ciphertext)
    payload, signer = open_signed(inner)
    assert signer == agent.key.public_bytes and inner.decode() == file.inside
    assert payload["agent_id"] == week_pseudonym(agent.secret, WEEK)
    assert payload["tough_calls"] == 3 and payload["sharing"] == {"anonymous": True,
                                                                  "named": False}
    assert file.name == f"sealed-{WEEK}-{sealed_file_token(agent.secret, WEEK)}.json"


def test_pseudonyms_are_stable_within_a_week_and_unlinkable_across_weeks() -> None:
    secret = bytes(range(32))
    weeks = [IsoWeek(2026, n) for n in range(1, 53)]
    names = [week_pseudonym(secret, w) for w in weeks]
    assert names == [week_pseudonym(bytes(range(32)), w) for w in weeks]  # stable
    assert len(set(names)) == 52  # a new one every week
    tokens = {sealed_file_token(secret, w) for w in weeks}
    assert len(tokens) == 52 and not tokens & set(names)
    # Without the secret they cannot be linked: another secret gives unrelated values, and
    # consecutive weeks share no more hex digits in place than chance (1/16 each).
    other = [week_pseudonym(bytes(32), w) for w in weeks]
    assert not set(other) & set(names)
    same_place = sum(a == b for x, y in itertools.pairwise(names)
                     for a, b in zip(x, y, strict=True))
    assert same_place < 51 * 32 * 0.15
    with pytest.raises(ValueError):
        week_pseudonym(b"short", WEEK)


def test_the_roster_is_signed_by_the_admin_key(tmp_path: Path) -> None:
    it, agents = It(), [Agent.new(), Agent.new()]
    enroll(tmp_path, it, agents)
    roster = read_roster(tmp_path, it.admin.public)
    assert roster.members == {a.key.public_bytes for a in agents} and roster.serial == 1
    with pytest.raises(SummaryError) as wrong:
        read_roster(tmp_path, It().admin.public)
    assert wrong.value.reason == REASON_SIGNATURE
    text = (tmp_path / "roster.json").read_text()
    extra = base64.b64encode(Agent.new().key.public_bytes).decode()
    data = json.loads(text)
    data["payload"]["members"].append(extra)  # the lead adds a forged agent
    (tmp_path / "roster.json").write_text(json.dumps(data))
    with pytest.raises(SummaryError) as tampered:
        read_roster(tmp_path, it.admin.public)
    assert tampered.value.reason == REASON_SIGNATURE
    assert read_roster(tmp_path / "missing", it.admin.public) == Roster.empty()


def test_unenrolling_keeps_the_key_listed_as_revoked(tmp_path: Path) -> None:
    it, agent = It(), Agent.new()
    roster = Roster.empty().enroll([agent.key.public_bytes], "2026-11-20T08:00:00Z")
    write_roster(tmp_path, roster.unenroll(agent.key.public_bytes, "2026-11-21T08:00:00Z"),
                 it.admin)
    read = read_roster(tmp_path, it.admin.public)
    assert read.members == frozenset() and read.revoked == {agent.key.public_bytes}
    assert read.serial == 2


def test_public_key_lines_round_trip_and_bad_ones_are_explained() -> None:
    aggregator, admin = AggregatorKey.generate(), AdminKey.generate()
    assert AggregatorPublicKey.parse(aggregator.public.line()) == aggregator.public
    assert AdminPublicKey.parse(admin.public.line()) == admin.public
    for bad in ("", admin.public.line(), "bc-aggregator-1:abc:def"):
        with pytest.raises(ValidationError, match="team_aggregator_public_key"):
            AggregatorPublicKey.parse(bad)
    with pytest.raises(ValidationError, match="team_admin_public_key"):
        AdminPublicKey.parse(aggregator.public.line())


def test_key_files_are_owner_only_and_never_overwritten(tmp_path: Path) -> None:
    key = AggregatorKey.generate()
    path = tmp_path / "aggregator.key"
    key.save(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert AggregatorKey.load(path).public == key.public
    with pytest.raises(KeyFileError, match="never overwritten"):
        AggregatorKey.generate().save(path)
    with pytest.raises(KeyFileError, match="not a between-calls-admin-key"):
        AdminKey.load(path)
    path.chmod(0o644)
    AggregatorKey.load(path)
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_outer_sealed_layer_is_strict() -> None:
    for raw in (b"{}", b'{"format": 1}', b"[]"):
        with pytest.raises(SummaryError) as error:
            parse_sealed(raw)
        assert error.value.reason == REASON_MALFORMED


def test_opening_a_fifo_returns_at_once(tmp_path: Path) -> None:
    """The file was listed as regular, then swapped for a FIFO: the open must not wait."""
    fifo = tmp_path / "swapped.json"
    os.mkfifo(fifo)
    code = ("import sys; from wellbeing_app.team.capped_read import read_capped\n"
            "from wellbeing_app.domain.team.summary_validation import SummaryError\n"
            f"try:\n    read_capped({str(fifo)!r}, 16384)\nexcept SummaryError as e:\n"
            "    print(e.reason)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=30, check=True)
    assert done.stdout.strip() == "not a regular file"
