"""Property tests: hostile team folders never crash the report and every bad file is listed."""

import base64
import json
import tempfile
from pathlib import Path
from typing import Literal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.team_factory import WEEK, It, aggregate, sealed_team, summary_for
from wellbeing_app.domain.team.weekly_summary import summary_payload
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.folder_reader import MAX_FILE_BYTES, FolderReader
from wellbeing_app.team.report_builder import build_team_report
from wellbeing_app.team.report_format import report_to_html, report_to_json
from wellbeing_app.team.sealed_file import sealed_text
from wellbeing_app.team.signed_envelope import signed_text
from wellbeing_app.team.summary_writer import (
    SummaryWriter,
    TeamFolderError,
    sealed_file_name,
    summary_file_name,
)

HONEST = 10
_KEYS = [AgentKey.ephemeral() for _ in range(HONEST + 1)]
_VALID = {summary_file_name(k.agent_id, WEEK):
          signed_text(summary_payload(summary_for(k, name="Agent", anonymous=False)), k)
          for k in _KEYS[:HONEST]}
_VICTIM = _KEYS[HONEST]
_VICTIM_NAME = summary_file_name(_VICTIM.agent_id, WEEK)
_VICTIM_TEXT = signed_text(summary_payload(summary_for(_VICTIM, name="Agent", anonymous=False)),
                           _VICTIM)
_IT = It()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)


def truncated() -> st.SearchStrategy[bytes]:
    raw = _VICTIM_TEXT.encode()
    return st.integers(0, len(raw) - 1).map(lambda n: raw[:n])


def wrong_types() -> st.SearchStrategy[bytes]:
    fields = sorted(summary_payload(summary_for(_VICTIM)))

    def mutate(field: str, value: object) -> bytes:
        envelope = json.loads(_VICTIM_TEXT)
        envelope["payload"][field] = value
        return json.dumps(envelope, allow_nan=True).encode()

    return st.builds(mutate, st.sampled_from(fields), json_values)


def nan_and_huge_numbers() -> st.SearchStrategy[bytes]:
    return st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e400"]).map(
        lambda token: _VICTIM_TEXT.replace('"stress_mean": 6.0', f'"stress_mean": {token}')
        .encode())


def forged_signatures() -> st.SearchStrategy[bytes]:
    def forge(signature: bytes) -> bytes:
        envelope = json.loads(_VICTIM_TEXT)
        envelope["signature"] = base64.b64encode(signature).decode()
        return json.dumps(envelope).encode()

    return st.binary(min_size=0, max_size=80).map(forge)


def oversize() -> st.SearchStrategy[bytes]:
    return st.integers(MAX_FILE_BYTES + 1, MAX_FILE_BYTES + 4096).map(lambda n: b" " * n)


# Lone surrogates cannot be file names on any platform.
SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
hostile_contents = st.one_of(truncated(), wrong_types(), nan_and_huge_numbers(),
                             forged_signatures(), oversize(), st.binary(max_size=300))
safe_name_chars = st.characters(exclude_characters="/\x00", exclude_categories=SURROGATES)
hostile_names = st.one_of(
    st.just(_VICTIM_NAME),
    st.text(safe_name_chars, min_size=1, max_size=60).filter(
        lambda n: not n.startswith(".") and n not in _VALID and len(n.encode()) < 200),
)


def _sealed_around(inner: bytes) -> bytes:
    """Hostile bytes correctly sealed to the aggregator: only the inside is wrong."""
    return sealed_text(WEEK, _IT.aggregator.public, inner.decode("utf-8", "replace")).encode()


def _fill(folder: Path, extras: list[tuple[str, bytes]]) -> None:
    for name, text in _VALID.items():
        (folder / name).write_text(text)
    for name, content in extras:
        (folder / name).write_bytes(content)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(hostile_names, hostile_contents), min_size=1, max_size=4,
                unique_by=lambda pair: pair[0]))
def test_the_report_survives_hostile_files_and_lists_each(extras: list[tuple[str, bytes]],
                                                          ) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        _fill(folder, extras)
        scan = FolderReader(workers=2).scan(folder)
        report = build_team_report(folder, _IT.aggregator.public)
        report_to_html(report, {}, "now")
        json.dumps(report_to_json(report))
    counted = {s.agent_id for s in scan.summaries}
    assert {k.agent_id for k in _KEYS[:HONEST]} <= counted
    assert counted <= {k.agent_id for k in _KEYS}
    rejected = {r.file_name for r in scan.rejected}
    for name, _ in extras:
        if name != _VICTIM_NAME or _VICTIM.agent_id not in counted:
            assert name in rejected, name
    assert scan.files_seen == len(scan.summaries) + len(scan.rejected)
    assert len(report.named) >= HONEST


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(hostile_contents, st.builds(_sealed_around, hostile_contents)),
                min_size=1, max_size=4))
def test_the_aggregator_survives_hostile_sealed_files(contents: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "team"
        folder.mkdir()
        sealed_team(folder, _IT, 2)
        for index, content in enumerate(contents):
            (folder / sealed_file_name(WEEK, f"{index:032x}")).write_bytes(content)
        outcome = aggregate(folder, _IT, Path(scratch)).weeks[0]
    assert outcome.counted == 2 and len(outcome.rejected) == len(contents)


@settings(max_examples=80, deadline=None)
@given(st.text(st.characters(exclude_categories=SURROGATES), min_size=1, max_size=80))
def test_the_writer_never_leaves_the_folder(name: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        folder = root / "team"
        folder.mkdir()
        try:
            written = SummaryWriter(folder).write(name, "{}")
        except TeamFolderError:
            written = None
        outside = [p for p in root.rglob("*") if folder not in (p, *p.parents)]
        assert outside == []
        if written is not None:
            assert written.parent == folder.resolve()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans(),
                          st.lists(st.integers(0, 10), max_size=6),
                          st.lists(st.sampled_from(["hostile", "abusive", "urgent", "other"]),
                                   max_size=3)),
                max_size=24),
       st.integers(5, 12))
def test_no_shown_figure_rests_on_a_group_below_the_minimum(
    agents: list[tuple[bool, bool, list[int], list[str]]], min_group: int
) -> None:
    from dataclasses import replace

    from wellbeing_app.domain.team.privacy_rules import PrivacyPolicy
    from wellbeing_app.domain.team.team_aggregation import aggregate_week

    template = summary_for(_VICTIM)
    group = []
    for index, (anonymous, named, stresses, categories) in enumerate(agents):
        built = summary_for(_VICTIM, stresses=tuple(stresses), categories=tuple(categories),
                            name="N" if named or not anonymous else None,
                            anonymous=anonymous)
        group.append(replace(built, agent_id=f"{index:032x}", created_utc=template.created_utc))
    week = aggregate_week(WEEK, group, PrivacyPolicy(min_group=min_group))
    pool = [s for s in group if s.anonymous]
    anonymous_only = [s for s in pool if not s.named]
    if week.anything_shown:
        assert len(pool) >= min_group
        assert len(anonymous_only) == 0 or len(anonymous_only) >= min_group
    for figure in week.figures:
        if figure.shown and figure.key.endswith("share"):
            assert figure.text not in ("0 %", "100 %")
    hidden = [key for key, figure in week.categories if not figure.shown]
    assert len(hidden) != 1 or len(week.categories) == 1
